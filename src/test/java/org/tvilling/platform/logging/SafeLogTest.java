package org.tvilling.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLogTest {

    @Test
    void personalNumbersAreMaskedWithAndWithoutDash() {
        assertThat(SafeLog.mask("Key (cpr)=(0101901234) already exists; also 010190-1234."))
                .isEqualTo("Key (cpr)=(**********) already exists; also **********.");
    }

    @Test
    void otherNumbersAreKept() {
        assertThat(SafeLog.mask("CVR 12345678, request 123456789012")).isEqualTo("CVR 12345678, request 123456789012");
    }

    @Test
    void theWholeCauseChainIsDescribedAndMasked() {
        var failure = new IllegalStateException("outer", new IllegalArgumentException("cpr 0101901234"));
        assertThat(SafeLog.describe(failure))
                .contains("IllegalStateException: outer")
                .contains("caused by java.lang.IllegalArgumentException: cpr **********")
                .doesNotContain("0101901234");
    }
}
