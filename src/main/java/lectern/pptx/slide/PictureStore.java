package lectern.pptx.slide;

import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import lectern.deck.Picture;
import lectern.picture.PictureFile;
import lectern.picture.PictureFormat;
import lectern.picture.PictureIntake;
import lectern.picture.PictureProblem;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/** The pictures of one deck, as the deck holds them: each stored once however often it is shown. */
final class PictureStore {
    private final XMLSlideShow show;
    private final PictureIntake intake;
    private final Map<String, Stored> stored = new HashMap<>();

    /**
     * A picture as the deck holds it.
     *
     * @param data    the bitmap the deck shows (for an SVG, the PNG drawn from it)
     * @param svg     the vector itself, or null
     * @param problem why the picture could not be used, or null; shown in its gap on the slide
     * @param advice  what the author can do about the problem, for the warning only
     */
    record Stored(PictureFile file, XSLFPictureData data, XSLFPictureData svg, String problem, String advice) {
        static Stored gap(String problem, String advice) {
            return new Stored(null, null, null, problem, advice);
        }
    }

    PictureStore(XMLSlideShow show, PictureIntake intake) {
        this.show = show;
        this.intake = intake;
    }

    /** Says a picture will fill {@code frame}; every frame must be known before the picture is first used. */
    void expect(Picture picture, Rectangle2D frame) {
        intake.expect(picture.src(), frame.getWidth(), frame.getHeight());
    }

    Stored get(Picture picture) {
        return stored.computeIfAbsent(picture.src(), this::load);
    }

    private Stored load(String src) {
        PictureIntake.Taken taken;
        try {
            taken = intake.take(src);
        } catch (PictureProblem e) {
            return Stored.gap(e.getMessage(), e.advice());
        }
        PictureFile file = taken.picture();
        if (taken.fallback().isPresent()) {
            PictureFile png = taken.fallback().get();
            return new Stored(file, add(png), show.addPicture(file.bytes(), PictureType.SVG), null, "");
        }
        // POI keeps one copy of identical bytes, so a picture used twice is stored once.
        return new Stored(file, add(file), null, null, "");
    }

    private XSLFPictureData add(PictureFile file) {
        return KnownSize.of(show.addPicture(file.bytes(), type(file.format())), file.bytes(), file.width(), file.height());
    }

    private static PictureType type(PictureFormat format) {
        return switch (format) {
            case JPEG -> PictureType.JPEG;
            case PNG -> PictureType.PNG;
            case GIF -> PictureType.GIF;
            case BMP -> PictureType.BMP;
            case TIFF -> PictureType.TIFF;
            case SVG -> PictureType.SVG;
        };
    }
}
