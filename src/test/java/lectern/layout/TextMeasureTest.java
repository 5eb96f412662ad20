package lectern.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lectern.deck.Claim;
import org.junit.jupiter.api.Test;

/**
 * Measuring text as far as the room asked about: what fits is measured whole, what cannot fit costs no more than
 * the room. Text without a space, which the line breaker searches backwards for a break on every line, took minutes.
 */
class TextMeasureTest {
    private static final TextMeasure MEASURE = new TextMeasure(Fonts.firstInstalled(List.of("Carlito", "Calibri")));

    private static List<List<Claim.Span>> text(String words) {
        return List.of(List.of(new Claim.Span(words, false)));
    }

    @Test
    void textThatFitsTheRoomIsMeasuredWhole() {
        List<List<Claim.Span>> words = text("The constraint was always human capability. ".repeat(8));
        double whole = MEASURE.height(words, 24, 600, TextStyle.PLAIN);
        assertThat(MEASURE.heightUpTo(words, 24, 600, TextStyle.PLAIN, whole)).isEqualTo(whole);
        assertThat(MEASURE.heightUpTo(words, 24, 600, TextStyle.PLAIN, whole - 1)).isGreaterThan(whole - 1);
    }

    @Test
    void aParagraphAskedAboutLessRoomFirstIsStillMeasuredRightWhole() {
        // Fresh words, so no earlier test has measured them: first asked about too little room, then about all.
        List<List<Claim.Span>> words = text("Asked first about a box too small for it, then about its height. ".repeat(6));
        double over = MEASURE.heightUpTo(words, 20, 500, TextStyle.PLAIN, 10);
        double whole = MEASURE.height(words, 20, 500, TextStyle.PLAIN);
        assertThat(over).isGreaterThan(10);
        assertThat(whole).isGreaterThanOrEqualTo(over).isEqualTo(MEASURE.height(words, 20, 500, TextStyle.PLAIN));
        assertThat(MEASURE.height(words, 20, 250, TextStyle.PLAIN)).isGreaterThan(whole);
    }

    @Test
    void fiveMegabytesWithoutASpaceAreFoundNotToFitABox() {
        List<List<Claim.Span>> word = text("x".repeat(5 * 1024 * 1024));
        assertThat(MEASURE.fit(word, 800, 300, TextStyle.PLAIN, 40, 28).fits()).isFalse();
        assertThat(MEASURE.heightUpTo(word, 28, 800, TextStyle.PLAIN, 300)).isGreaterThan(300);
    }

    @Test
    void aFooterOfAHundredThousandWordsIsCutAfterTheWordsThatFitOneLine() {
        String footer = MEASURE.oneLine("word, ".repeat(100_000).strip(), 12, 400);
        assertThat(footer).startsWith("word, word").endsWith("word\u2026").hasSizeLessThan(200);
        assertThat(MEASURE.oneLine("A short title", 12, 400)).isEqualTo("A short title");
    }

    @Test
    void aSizeIsChosenAtWhichTheLongestWordFitsItsLineWhenThereIsOne() {
        List<List<Claim.Span>> title = text("KEP-2091: Add support for AdminNetworkPolicy resources");
        double column = MEASURE.width("AdminNetworkPolicy", 40, true) - 1;
        TextMeasure.Fit fit = MEASURE.fit(title, column, 1000, TextStyle.TITLE, 44, 20);
        assertThat(fit.fits()).isTrue();
        assertThat(fit.size()).isLessThan(40);
        assertThat(MEASURE.width("AdminNetworkPolicy", fit.size(), true)).isLessThanOrEqualTo(column);
        // A word no size lets fit (an address) leaves the size to the height, as before.
        List<List<Claim.Span>> address = text("See https://example.org/a/very/long/path/that/never/fits/one/narrow/line");
        assertThat(MEASURE.fit(address, 100, 1000, TextStyle.PLAIN, 30, 20)).isEqualTo(new TextMeasure.Fit(30, true));
    }
}
