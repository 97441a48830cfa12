package org.tvilling.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderCharactersTest {

    @Test
    void everyCodePoint_isJudgedAsTheStrictFirewallJudgesIt() {
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String alone = Character.toString(c);
            String within = "Bearer a" + alone + "b";
            compare(StrictHttpFirewall.ALLOWED_HEADER_NAMES, HeaderCharacters::name, alone, differ);
            compare(StrictHttpFirewall.ALLOWED_HEADER_VALUES, HeaderCharacters::value, alone, differ);
            compare(StrictHttpFirewall.ALLOWED_HEADER_VALUES, HeaderCharacters::value, within, differ);
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void unpairedSurrogatesAndEmptyText_areJudgedAsTheStrictFirewallJudgesThem() {
        List<String> differ = new ArrayList<>();
        for (String text : List.of("", "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "\uD83D\uDE00x", "\uDE00\uD83D")) {
            compare(StrictHttpFirewall.ALLOWED_HEADER_NAMES, HeaderCharacters::name, text, differ);
            compare(StrictHttpFirewall.ALLOWED_HEADER_VALUES, HeaderCharacters::value, text, differ);
        }
        assertThat(differ).isEmpty();
    }

    private static void compare(Predicate<String> library, Predicate<String> ours, String text, List<String> differ) {
        if (library.test(text) != ours.test(text)) {
            differ.add(text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
