package lectern.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lectern.Warning;
import lectern.Warnings;
import lectern.layout.Fonts;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each family a deck names is drawn with itself, its stand-in or a fallback, and a missing one is reported once. */
class PreviewFontsTest {
    private static final String MISSING = "No Such Font Family";
    private static final String TEXT = "Lectern draws Calibri with Carlito";
    private static final double SIZE = 40;
    /** PowerPoint's default left inset of a text box, in points. */
    private static final double INSET = 7.2;

    @TempDir
    Path dir;

    @Test
    void aFamilyThatExistsNowhereIsReportedOnceAndDrawnWithSansSerif() throws IOException {
        Path deck = deckNaming(MISSING, 3);
        Warnings warnings = new Warnings();
        Path folder = dir.resolve("preview");
        Preview.of(320).write(deck, folder, warnings);
        assertThat(warnings.all()).containsExactly(new Warning(folder, 0,
                "font '" + MISSING + "' is not installed; drew it with SansSerif"));
    }

    @Test
    void withAThemeAMissingFamilyIsDrawnWithTheThemesFirstInstalledFallback() throws IOException {
        Theme theme = ThemeLoader.load("default");
        Warnings warnings = new Warnings();
        Preview.of(320, theme).write(deckNaming(MISSING, 1), dir.resolve("preview"), warnings);
        assertThat(warnings.all()).singleElement().extracting(Warning::message)
                .isEqualTo("font '" + MISSING + "' is not installed; drew it with " + Fonts.firstInstalled(theme.fonts().body()));
    }

    @Test
    void calibriIsDrawnWithCarlitosWidthsAndWithoutAWarning() throws IOException {
        Warnings warnings = new Warnings();
        // One pixel per point: the page is 960 points wide.
        Preview.Written written = Preview.of(960).write(deckNaming("Calibri", 1), dir.resolve("preview"), warnings);
        assertThat(warnings.all()).isEmpty();

        int inkRight = rightmostInk(ImageIO.read(written.slides().get(0).toFile()));
        double carlito = INSET + advance(Fonts.standIn("Calibri").orElseThrow());
        double dialog = INSET + advance(Font.DIALOG);
        // Guards the test itself: the two must be told apart at this size.
        assertThat(Math.abs(dialog - carlito)).isGreaterThan(40);
        assertThat((double) inkRight).isCloseTo(carlito, offset(6.0));
    }

    @Test
    void wingdingsKeepsItsNameSoPoiDrawsItsPictogramsAndIsReportedOnlyWhenMissing() throws IOException {
        Warnings warnings = new Warnings();
        Preview.of(320, ThemeLoader.load("default")).write(deckNaming("Wingdings", 2), dir.resolve("preview"), warnings);
        if (Fonts.isInstalled("Wingdings")) {
            assertThat(warnings.all()).isEmpty();
        } else {
            // Not the theme's fallback: POI draws a symbol font it cannot find with SansSerif.
            assertThat(warnings.all()).singleElement().extracting(Warning::message)
                    .isEqualTo("font 'Wingdings' is not installed; drew it with SansSerif");
        }
    }

    private Path deckNaming(String family, int slides) throws IOException {
        Path deck = dir.resolve(family.replace(' ', '-') + ".pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(deck)) {
            show.setPageSize(new Dimension(960, 540));
            for (int i = 0; i < slides; i++) {
                XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new Rectangle2D.Double(0, 0, 960, 100));
                XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
                run.setText(TEXT);
                run.setFontFamily(family);
                run.setFontSize(SIZE);
                run.setFontColor(Color.BLACK);
            }
            show.write(out);
        }
        return deck;
    }

    private static double advance(String family) {
        Font font = new Font(family, Font.PLAIN, 1).deriveFont((float) SIZE);
        return font.getStringBounds(TEXT, new FontRenderContext(null, true, true)).getMaxX();
    }

    /** The right edge of the dark text in the top band of the slide. */
    private static int rightmostInk(BufferedImage slide) {
        for (int x = slide.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < 100; y++) {
                if ((slide.getRGB(x, y) & 0xFF) < 128) {
                    return x + 1;
                }
            }
        }
        return 0;
    }
}
