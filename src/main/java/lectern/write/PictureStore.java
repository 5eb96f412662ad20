package lectern.write;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lectern.plan.Picture;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * The pictures of one deck: each file read once, made no larger than the largest frame it fills needs, and
 * stored in the deck once however often it is shown.
 */
final class PictureStore {
    /** Pixels a picture keeps per point of its frame: twice a 144 dpi screen, sharp on any projector. */
    static final double PIXELS_PER_POINT = 2 * 144 / 72.0;
    /** Pixels per point of the PNG that stands in for an SVG where PowerPoint cannot draw the vector. */
    private static final double FALLBACK_PIXELS_PER_POINT = 144 / 72.0;

    private final XMLSlideShow show;
    private final Path essay;
    private final boolean keepOriginals;
    private final Map<String, List<Rectangle2D>> frames = new HashMap<>();
    private final Map<String, Stored> stored = new HashMap<>();
    private int madeSmaller;

    /**
     * A picture as the deck holds it.
     *
     * @param data    the bitmap the deck shows (for an SVG, the PNG drawn from it)
     * @param svg     the vector itself, or null
     * @param problem why the picture could not be used, or null
     */
    record Stored(PictureFile file, XSLFPictureData data, XSLFPictureData svg, String problem) {
    }

    PictureStore(XMLSlideShow show, Path essay, boolean keepOriginals) {
        this.show = show;
        this.essay = essay;
        this.keepOriginals = keepOriginals;
    }

    /** Says a picture will fill {@code frame}; every frame must be known before the picture is first used. */
    void expect(Picture picture, Rectangle2D frame) {
        frames.computeIfAbsent(picture.src(), src -> new ArrayList<>()).add(frame);
    }

    Stored get(Picture picture) {
        return stored.computeIfAbsent(picture.src(), src -> load(picture));
    }

    /** How many pictures went into the deck smaller than their files. */
    int madeSmaller() {
        return madeSmaller;
    }

    private Stored load(Picture picture) {
        PictureFile file;
        try {
            file = PictureFile.load(picture.src(), essay);
        } catch (PictureFile.Problem e) {
            return new Stored(null, null, null, e.getMessage());
        }
        List<Rectangle2D> shown = frames.getOrDefault(picture.src(), List.of());
        if (file.type() == PictureType.SVG) {
            return svg(file, shown);
        }
        if (!keepOriginals) {
            file = smaller(file, shown);
        }
        // POI keeps one copy of identical bytes, so a picture used twice is stored once.
        return new Stored(file, show.addPicture(file.bytes(), file.type()), null, null);
    }

    private PictureFile smaller(PictureFile file, List<Rectangle2D> shown) {
        double scale = 0;
        for (Rectangle2D frame : shown) {
            // Covering the frame: the picture's shorter side, relative to the frame, sets the scale.
            scale = Math.max(scale, Math.max(frame.getWidth() * PIXELS_PER_POINT / file.width(),
                    frame.getHeight() * PIXELS_PER_POINT / file.height()));
        }
        try {
            var fitted = Resampler.fit(file, shown.isEmpty() ? 1 : scale);
            if (fitted.isPresent()) {
                madeSmaller++;
                return fitted.get();
            }
        } catch (IOException | RuntimeException e) {
            // A picture the JDK cannot decode fully (a CMYK JPEG, say) still goes in as it is.
        }
        return file;
    }

    private Stored svg(PictureFile file, List<Rectangle2D> shown) {
        double width = shown.stream().mapToDouble(Rectangle2D::getWidth).max().orElse(file.width());
        double height = shown.stream().mapToDouble(Rectangle2D::getHeight).max().orElse(file.height());
        double scale = Math.max(width / file.width(), height / file.height()) * FALLBACK_PIXELS_PER_POINT;
        int pngWidth = Math.max(1, (int) Math.round(file.width() * scale));
        int pngHeight = Math.max(1, (int) Math.round(file.height() * scale));
        byte[] png;
        try {
            png = SvgPicture.png(file.bytes(), pngWidth, pngHeight);
        } catch (RuntimeException e) {
            return new Stored(null, null, null, "image " + file.name() + " is an SVG that cannot be drawn: " + e.getMessage());
        }
        return new Stored(file, show.addPicture(png, PictureType.PNG), show.addPicture(file.bytes(), PictureType.SVG), null);
    }
}
