package lectern.write;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final PictureFolders folders;
    private final boolean keepOriginals;
    private final Map<String, List<Rectangle2D>> frames = new HashMap<>();
    private final Map<String, Stored> stored = new HashMap<>();
    private int madeSmaller;

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

    /** @param allowed folders outside the essay's own that pictures may come from */
    PictureStore(XMLSlideShow show, Path essay, List<Path> allowed, boolean keepOriginals) {
        this.show = show;
        this.essay = essay;
        this.folders = PictureFolders.of(essay, allowed);
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
            file = PictureFile.load(picture.src(), essay, folders);
        } catch (PictureFile.Problem e) {
            return Stored.gap(e.getMessage(), e.advice());
        }
        List<Rectangle2D> shown = frames.getOrDefault(picture.src(), List.of());
        if (file.type() == PictureType.SVG) {
            return svg(file, shown);
        }
        try {
            PictureFile read = file;
            if (file.type() == PictureType.TIFF) {
                // PowerPoint for the web, Keynote and Google Slides show no TIFF; the JDK reads it.
                double scale = scale(file, shown);
                file = PictureMemo.of(read, scale, "converted", () -> Optional.of(Resampler.converted(read, scale)))
                        .orElseThrow();
            } else {
                double scale = keepOriginals ? 1 : scale(file, shown);
                var fitted = PictureMemo.of(read, scale, "fitted", () -> Resampler.fit(read, scale));
                if (fitted.isPresent()) {
                    madeSmaller++;
                    file = fitted.get();
                }
            }
        } catch (IOException e) {
            return Stored.gap(PictureFile.called(picture.src()) + " is damaged: its picture data is cut short or corrupt",
                    "");
        }
        // POI keeps one copy of identical bytes, so a picture used twice is stored once.
        return new Stored(file, KnownSize.of(show.addPicture(file.bytes(), file.type()), file.bytes(), file.width(),
                file.height()), null, null, "");
    }

    /** How much smaller than its file the picture may go in: covering its largest frame at the pixels it needs. */
    private static double scale(PictureFile file, List<Rectangle2D> shown) {
        double scale = 0;
        for (Rectangle2D frame : shown) {
            // Covering the frame: the picture's shorter side, relative to the frame, sets the scale.
            scale = Math.max(scale, Math.max(frame.getWidth() * PIXELS_PER_POINT / file.width(),
                    frame.getHeight() * PIXELS_PER_POINT / file.height()));
        }
        return shown.isEmpty() ? 1 : scale;
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
        } catch (IOException | RuntimeException e) {
            return Stored.gap("image " + file.name() + " is an SVG that cannot be drawn", String.valueOf(e.getMessage()));
        }
        return new Stored(file, KnownSize.of(show.addPicture(png, PictureType.PNG), png, pngWidth, pngHeight),
                show.addPicture(file.bytes(), PictureType.SVG), null, "");
    }
}
