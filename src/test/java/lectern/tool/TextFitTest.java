package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lectern.Warnings;
import lectern.deck.Claim;
import lectern.layout.Fonts;
import lectern.layout.Region;
import lectern.layout.TextMeasure;
import lectern.layout.TextStyle;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.Essays;
import lectern.testing.Seed;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads decks back and measures every title and text box at the size PowerPoint would use (a run's own
 * size, or the one inherited from layout and master): in every theme, for the seed essay and for essays
 * written to strain the layouts, the text must fit inside its box, and no claim or title may be smaller
 * than the theme allows.
 */
class TextFitTest {

    static Stream<Arguments> decks() {
        List<Arguments> cases = new ArrayList<>();
        for (ThemeLoader.Listed listed : ThemeLoader.available().values()) {
            for (String essay : List.of("seed", "everything", "long", "general")) {
                cases.add(Arguments.of(listed.name(), essay));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("decks")
    void everyTextBoxHoldsItsText(String themeName, String essayName, @TempDir Path dir) throws IOException {
        Theme theme = ThemeLoader.load(themeName);
        Path essay = switch (essayName) {
            case "seed" -> Seed.ESSAY;
            case "everything" -> Essays.everything(dir);
            case "general" -> Essays.general(dir);
            default -> Essays.longText(dir);
        };
        Path deck = dir.resolve("deck.pptx");
        new Pipeline(theme, PlanOptions.DEFAULTS).build(essay, deck, new Warnings());
        assertFits(deck, theme);
    }

    private static void assertFits(Path file, Theme theme) throws IOException {
        TextMeasure heading = new TextMeasure(Fonts.firstInstalled(theme.fonts().heading()));
        TextMeasure body = new TextMeasure(Fonts.firstInstalled(theme.fonts().body()));
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                figuresFit(slide, theme);
                for (XSLFTextShape box : slide.getPlaceholders()) {
                    Placeholder type = box.getPlaceholderDetails().getPlaceholder();
                    // A statement's or quotation's title is its heading, small over the sentence its text box sets large.
                    boolean statement = "Statement".equals(slide.getSlideLayout().getName());
                    boolean kicker = statement && type == Placeholder.TITLE;
                    boolean sentence = statement && (type == Placeholder.BODY || type == Placeholder.CONTENT);
                    boolean title = !kicker && (type == Placeholder.TITLE || type == Placeholder.CENTERED_TITLE);
                    boolean claims = !statement && (type == Placeholder.BODY || type == Placeholder.CONTENT);
                    TextStyle style = title || sentence ? TextStyle.TITLE
                            : claims ? bodyStyle(slide, box) : TextStyle.PLAIN;
                    double size = size(box);
                    double needed = (title || sentence ? heading : body).height(paragraphs(box), size,
                            box.getAnchor().getWidth() - 2 * Region.INSET_X, style);
                    double room = box.getAnchor().getHeight() - 2 * Region.INSET_Y;
                    String where = theme.name() + ", slide " + slide.getSlideNumber() + " " + type + " \"" + box.getText() + "\"";
                    assertThat(needed).as(where + " at " + size + " pt").isLessThanOrEqualTo(room);
                    if (sentence) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().statementMin());
                    } else if (kicker) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(Math.min(theme.sizes().subtitle(), theme.sizes().claimMin()));
                    } else if (title) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().titleMin());
                    } else if (claims && caption(slide)) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().tableMin());
                    } else if (claims) {
                        assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().claimMin());
                    }
                }
            }
        }
    }

    /** A picture shown whole has its caption in the text placeholder under it, set as a table's cells are. */
    private static boolean caption(XSLFSlide slide) {
        return "Title and Content".equals(slide.getSlideLayout().getName()) && slide.getShapes().stream()
                .anyMatch(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance);
    }

    /** A table ends above the footer band; code fits its box in the code font. */
    private static void figuresFit(XSLFSlide slide, Theme theme) {
        TextMeasure code = new TextMeasure(Fonts.standIn(Fonts.CODE).orElseThrow());
        for (var shape : slide.getShapes()) {
            String where = theme.name() + ", slide " + slide.getSlideNumber() + " " + shape.getShapeName();
            if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTable table) {
                assertThat(table.getAnchor().getMaxY()).as(where).isLessThanOrEqualTo(Region.BODY.y + Region.BODY.height);
            } else if (shape instanceof XSLFTextShape box && shape.getShapeName().startsWith("Code")) {
                double size = size(box);
                assertThat(size).as(where).isGreaterThanOrEqualTo(theme.sizes().codeMin());
                double needed = code.height(paragraphs(box), size, box.getAnchor().getWidth() - 2 * Region.INSET_X, TextStyle.PLAIN);
                assertThat(needed).as(where).isLessThanOrEqualTo(box.getAnchor().getHeight() - 2 * Region.INSET_Y);
            }
        }
    }

    /** Body placeholders hold claims, except an agenda's numbered lines and the layouts that set plain lines. */
    private static TextStyle bodyStyle(XSLFSlide slide, XSLFTextShape box) {
        if (box.getTextParagraphs().get(0).getAutoNumberingScheme() != null) {
            // Its lines hang as far right of their numbers as the deck says.
            return new TextStyle(TextStyle.AGENDA.lineSpacing(), TextStyle.AGENDA.spaceBefore(),
                    box.getTextParagraphs().get(0).getLeftMargin());
        }
        if (box.getTextParagraphs().size() > 1 && box.getTextParagraphs().stream().noneMatch(p -> p.isBullet())) {
            // Words over code, an exercise's task, a solution: plain paragraphs, as their box was measured.
            return TextStyle.PLAIN;
        }
        return switch (slide.getSlideLayout().getName()) {
            case "Section Header" -> TextStyle.LINES;
            case "Statement" -> TextStyle.PLAIN;
            default -> TextStyle.CLAIMS;
        };
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
