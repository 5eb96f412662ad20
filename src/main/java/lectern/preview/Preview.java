package lectern.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.Warnings;
import lectern.pptx.DeckReader;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * Shows a deck without PowerPoint: every slide drawn by POI's own renderer to {@code slide-01.png},
 * {@code slide-02.png}, … in a folder, plus {@code contact-sheet.png} with all of them. The deck file is only
 * read; fonts it names that are not installed are drawn with a stand-in and reported as warnings.
 */
public final class Preview {
    public static final int DEFAULT_WIDTH = 1600;
    public static final String CONTACT_SHEET = "contact-sheet.png";
    private static final Pattern OUR_PICTURES = Pattern.compile("slide-\\d+\\.png|" + Pattern.quote(CONTACT_SHEET));

    private final int width;
    private final List<String> headingFallbacks;
    private final List<String> bodyFallbacks;

    /** What was written: the slides' pictures in order, and the contact sheet. */
    public record Written(Path folder, List<Path> slides, Path contactSheet) {
        public Written {
            slides = List.copyOf(slides);
        }
    }

    private Preview(int width, List<String> headingFallbacks, List<String> bodyFallbacks) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, was " + width);
        }
        this.width = width;
        this.headingFallbacks = headingFallbacks;
        this.bodyFallbacks = bodyFallbacks;
    }

    /** For any deck: a family with neither itself nor a stand-in installed is drawn with SansSerif. */
    public static Preview of(int width) {
        return new Preview(width, List.of(), List.of());
    }

    /** For a deck built with {@code theme}: a missing family is drawn with the theme's first installed fallback. */
    public static Preview of(int width, Theme theme) {
        return new Preview(width, theme.fonts().heading(), theme.fonts().body());
    }

    /**
     * Draws every slide of {@code deck} into {@code folder}, replacing the pictures of an earlier preview there.
     *
     * @param warnings gets one warning, naming {@code folder}, per font family the deck names that is missing
     */
    public Written write(Path deck, Path folder, Warnings warnings) {
        Typefaces typefaces = new Typefaces(headingFallbacks, bodyFallbacks);
        TypefaceHandler fonts = new TypefaceHandler(typefaces);
        RunTypefaces runs = new RunTypefaces(fonts);
        SlideRenderer renderer = new SlideRenderer(width, fonts);
        try (XMLSlideShow show = DeckReader.open(deck)) {
            List<XSLFSlide> slides = show.getSlides();
            prepare(folder);
            ContactSheet sheet = new ContactSheet(slides.size(), width,
                    SlideRenderer.height(width, show.getPageSize()));
            String name = "slide-%0" + Math.max(2, Integer.toString(slides.size()).length()) + "d.png";
            List<Path> written = new ArrayList<>();
            for (XSLFSlide slide : slides) {
                runs.name(slide);
                VectorPictures.drawFromBitmaps(slide);
                BulletSizes.followText(slide);
                var picture = renderer.draw(slide);
                Path file = folder.resolve(String.format(Locale.ROOT, name, slide.getSlideNumber()));
                PngFile.write(picture, file);
                written.add(file);
                sheet.add(picture);
            }
            Path contactSheet = folder.resolve(CONTACT_SHEET);
            sheet.write(contactSheet);
            typefaces.missing().forEach((family, drawn) -> warnings.add(folder, 0,
                    "font '" + family + "' is not installed; drew it with " + drawn));
            return new Written(folder, written, contactSheet);
        } catch (IOException e) {
            // Only closing can get here, and the deck was opened for reading only: the font changes the renderer
            // needs never reach the file.
            throw new LecternException(deck, 0, "cannot close the deck: " + e.getMessage(), e);
        }
    }

    /** A shorter deck must not leave the last slides of the previous preview behind. */
    private static void prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path old : files.filter(f -> OUR_PICTURES.matcher(f.getFileName().toString()).matches()).toList()) {
                    Files.delete(old);
                }
            }
        } catch (IOException e) {
            throw new LecternException(folder, 0, "cannot write the preview here: " + PngFile.reason(e), e);
        }
    }
}
