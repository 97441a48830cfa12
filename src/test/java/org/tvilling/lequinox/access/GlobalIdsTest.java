package org.tvilling.lequinox.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Global IDs: their format, and the retry of a write whose fresh ID was taken. */
class GlobalIdsTest {

    @Test
    void newIds_areTheCompanysGlobalIds_andDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = GlobalIds.next("se03");
            assertThat(id).matches("se03\\.[A-Za-z0-9]{8}\\.[A-Za-z0-9]{8}");
            assertThat(GlobalIds.valid(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void theFormat_is4Plus8Plus8LettersAndDigits() {
        assertThat(GlobalIds.valid("se03.Y7piBURe.6WkhTKEB")).isTrue();
        assertThat(GlobalIds.valid("se03.Y7piBURe.6WkhTKE")).isFalse();
        assertThat(GlobalIds.valid("se3.Y7piBURe.6WkhTKEB")).isFalse();
        assertThat(GlobalIds.valid("se03.Y7piBURe.6WkhTKEB.")).isFalse();
        assertThat(GlobalIds.valid("se03-Y7piBURe-6WkhTKEB")).isFalse();
        assertThat(GlobalIds.valid("se03.Y7piBUR-.6WkhTKEB")).isFalse();
        assertThat(GlobalIds.valid("se03.Y7piBURé.6WkhTKEB")).isFalse();
        assertThat(GlobalIds.valid(null)).isFalse();
        assertThat(GlobalIds.company("se03.Y7piBURe.6WkhTKEB")).isEqualTo("se03");
    }

    @Test
    void aTakenId_isRetriedWithAnother() {
        Iterator<String> ids = List.of("se03.Taken001.Taken001", "se03.Taken002.Taken002", "se03.FreeFree.FreeFree")
                .iterator();
        List<String> tried = new ArrayList<>();
        String id = GlobalIds.insertUnderFreshId(ids::next, candidate -> {
            tried.add(candidate);
            return !candidate.contains("Taken");
        });
        assertThat(id).isEqualTo("se03.FreeFree.FreeFree");
        assertThat(tried).hasSize(3);
    }

    @Test
    void noFreeIdAfterTheAttempts_fails() {
        List<String> tried = new ArrayList<>();
        assertThatThrownBy(() -> GlobalIds.insertUnderFreshId("se03", candidate -> !tried.add(candidate)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tried).hasSize(GlobalIds.ATTEMPTS).doesNotHaveDuplicates();
    }
}
