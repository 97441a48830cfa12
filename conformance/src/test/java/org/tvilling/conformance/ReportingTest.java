package org.tvilling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReportingTest {

    @Test
    void secretsAreRedactedWhereverTheyAppear() {
        Secrets secrets = new Secrets();
        secrets.add("demo-pw", "heliumv.user.password");
        secrets.add("eyJ.token.demo-pw", "role star's token");
        secrets.add("x", "too short to blank");

        assertThat(secrets.redact("Bearer eyJ.token.demo-pw and {\"password\":\"demo-pw\"}, x"))
                .isEqualTo("Bearer <redacted: role star's token> and"
                        + " {\"password\":\"<redacted: heliumv.user.password>\"}, x");
    }

    @Test
    void percentagesAreNeverRoundedUpToAPass() {
        assertThat(Figures.percent(1.0)).isEqualTo("100 %");
        assertThat(Figures.percent(0.9999)).isEqualTo("99.9 %");
        assertThat(Figures.percent(0.5)).isEqualTo("50 %");
    }

    @Test
    void anUnknownApiIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(
                new String[] {"--base-url", "http://localhost:1", "--api", "nope"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No API named nope");
    }
}
