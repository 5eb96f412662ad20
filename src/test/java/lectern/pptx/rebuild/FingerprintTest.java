package lectern.pptx.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    /** A fingerprint from "name=digest" pairs. */
    private static Fingerprint print(String theme, String... slides) {
        List<Fingerprint.SlidePrint> prints = new ArrayList<>();
        for (String slide : slides) {
            String[] parts = slide.split("=");
            prints.add(new Fingerprint.SlidePrint(parts[0], parts[1]));
        }
        return new Fingerprint(theme, prints);
    }

    @Test
    void theSameSlidesGiveTheSameFingerprintAndNoChanges() {
        Fingerprint one = print("t", "A=1", "B=2");
        assertThat(print("t", "A=1", "B=2").deck()).isEqualTo(one.deck()).startsWith("v1:").hasSize(67);
        assertThat(print("t", "A=1", "B=2").since(one).none()).isTrue();
    }

    @Test
    void aChangedSlideIsNamed() {
        Changes changes = print("t", "A=1", "B=9").since(print("t", "A=1", "B=2"));
        assertThat(changes.changed()).containsExactly("B");
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.reordered()).isFalse();
    }

    @Test
    void addedAndRemovedSlidesAreNamedAndDoNotCountAsAReordering() {
        Changes changes = print("t", "A=1", "New=5", "C=3").since(print("t", "A=1", "B=2", "C=3"));
        assertThat(changes.added()).containsExactly("New");
        assertThat(changes.removed()).containsExactly("B");
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.reordered()).isFalse();
    }

    @Test
    void movingSlidesChangesTheFingerprintAndCountsAsAReordering() {
        Fingerprint before = print("t", "A=1", "B=2");
        Fingerprint after = print("t", "B=2", "A=1");
        assertThat(after.deck()).isNotEqualTo(before.deck());
        assertThat(after.since(before).reordered()).isTrue();
        assertThat(after.since(before).changed()).isEmpty();
    }

    @Test
    void anotherThemeIsAChange() {
        Fingerprint before = print("t", "A=1");
        Fingerprint after = print("u", "A=1");
        assertThat(after.deck()).isNotEqualTo(before.deck());
        assertThat(after.since(before).theme()).isTrue();
    }

    @Test
    void aCopiedSlideCountsAsAdded() {
        Changes changes = print("t", "A=1", "A=1").since(print("t", "A=1"));
        assertThat(changes.added()).containsExactly("A");
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.reordered()).isFalse();
    }
}
