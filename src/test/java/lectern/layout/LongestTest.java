package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The longest start that fits is found by trying starts about as long as it, whatever the length given. */
class LongestTest {

    @Test
    void findsTheLongestStartThatFits() {
        for (int most = 0; most <= 40; most++) {
            for (int fit = 0; fit <= most; fit++) {
                int answer = fit;
                assertThat(Longest.start(most, n -> n <= answer)).as("%d of %d", fit, most).isEqualTo(fit);
            }
        }
    }

    @Test
    void aMillionWordsAreTriedOnlyAtStartsNoLongerThanTwiceWhatFits() {
        List<Integer> tried = new ArrayList<>();
        assertThat(Longest.start(1_000_000, n -> {
            tried.add(n);
            return n <= 33;
        })).isEqualTo(33);
        assertThat(tried).allMatch(n -> n <= 66).hasSizeLessThan(15);
    }
}
