package lectern.layout;

import java.util.function.IntPredicate;

/**
 * The longest start of something that fits a box: how many words of a heading, or characters of a word, still
 * fit. Searched from the short end, doubling, then by halves, so the work grows with what fits, not with what was
 * given: a heading of a million words is tried at 1, 2, 4 … 64 words, never at a million.
 */
public final class Longest {
    private Longest() {
    }

    /**
     * The largest n from 0 to {@code most} for which {@code fits} holds, given that it holds up to some n and not
     * after; 0 when it holds for none from 1.
     */
    public static int start(int most, IntPredicate fits) {
        int good = 0;
        int bad = most + 1;
        for (int n = 1; n <= most; n = n > most / 2 ? most + 1 : n * 2) {
            if (!fits.test(n)) {
                bad = n;
                break;
            }
            good = n;
        }
        while (bad - good > 1) {
            int middle = (good + bad) >>> 1;
            if (fits.test(middle)) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good;
    }
}
