package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lectern.Pipeline;
import lectern.Warnings;
import lectern.layout.Fonts;
import lectern.layout.Region;
import lectern.layout.TextMeasure;
import lectern.layout.TextStyle;
import lectern.plan.Claim;
import lectern.plan.PlanOptions;
import lectern.testing.Seed;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads decks back and measures every title and text box at the size PowerPoint would use (a run's own
 * size, or the one inherited from layout and master): the text must fit inside its box, and no claim or
 * title may be smaller than the theme allows.
 */
class TextFitTest {
    private final Theme theme = ThemeLoader.load("default");

    @Test
    void everyTextBoxOfTheSeedDeckHoldsItsText() throws IOException {
        assertFits(Seed.deck().deck());
    }

    @Test
    void longHeadingsAndLongClaimsStillFit(@TempDir Path dir) throws IOException {
        String longHeading = "A heading that goes on and on because its author could not decide where to stop it";
        String longClaim = "**This is a long claim that the author wrote as one sentence, with clauses piled on clauses, "
                + "because every one of them felt important at the time of writing.**";
        StringBuilder essay = new StringBuilder("# " + longHeading + "\n\n_" + longHeading + "_\n\n");
        essay.append("## ").append(longHeading).append("\n\n");
        for (int i = 0; i < 6; i++) {
            essay.append(longClaim.replace("This is", "Claim " + i + " is")).append(" Prose.\n\n");
        }
        essay.append("## ").append(longHeading).append(" again\n\nNo claims here.\n");
        Path file = dir.resolve("long.md");
        Files.writeString(file, essay);
        Path deck = dir.resolve("long.pptx");
        new Pipeline(theme, PlanOptions.DEFAULTS).build(file, deck, new Warnings());
        assertFits(deck);
    }

    private void assertFits(Path file) throws IOException {
        TextMeasure heading = new TextMeasure(Fonts.firstInstalled(theme.fonts().heading()));
        TextMeasure body = new TextMeasure(Fonts.firstInstalled(theme.fonts().body()));
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFTextShape box : slide.getPlaceholders()) {
                    Placeholder type = box.getPlaceholderDetails().getPlaceholder();
                    boolean title = type == Placeholder.TITLE || type == Placeholder.CENTERED_TITLE;
                    boolean claims = type == Placeholder.BODY || type == Placeholder.CONTENT;
                    TextStyle style = title ? TextStyle.TITLE : claims ? TextStyle.CLAIMS : TextStyle.PLAIN;
                    double size = size(box);
                    double needed = (title ? heading : body).height(paragraphs(box), size,
                            box.getAnchor().getWidth() - 2 * Region.INSET_X, style);
                    double room = box.getAnchor().getHeight() - 2 * Region.INSET_Y;
                    String where = "slide " + slide.getSlideNumber() + " " + type + " \"" + box.getText() + "\"";
                    assertThat(needed).as(where + " at " + size + " pt").isLessThanOrEqualTo(room);
                    if (title) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().titleMin());
                    } else if (claims) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().claimMin());
                    }
                }
            }
        }
    }

    private static double size(XSLFTextShape box) {
        for (XSLFTextParagraph paragraph : box.getTextParagraphs()) {
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                if (run.getFontSize() != null) {
                    return run.getFontSize();
                }
            }
        }
        throw new AssertionError("no font size resolves for " + box.getShapeName());
    }

    private static List<List<Claim.Span>> paragraphs(XSLFTextShape box) {
        List<List<Claim.Span>> paragraphs = new ArrayList<>();
        for (XSLFTextParagraph paragraph : box.getTextParagraphs()) {
            List<Claim.Span> spans = new ArrayList<>();
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                spans.add(new Claim.Span(run.getRawText(), run.isBold()));
            }
            paragraphs.add(spans);
        }
        return paragraphs;
    }
}
