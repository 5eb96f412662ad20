package lectern.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures of one deck on their way in: each file read once, checked, and made no larger than the largest
 * frame it fills needs; an SVG drawn to the PNG that readers without SVG show. Whatever writes the deck only
 * stores what this hands it.
 */
public final class PictureIntake {
    /** Pixels a picture keeps per point of its frame: twice a 144 dpi screen, sharp on any projector. */
    public static final double PIXELS_PER_POINT = 2 * 144 / 72.0;
    /** Pixels per point of the PNG that stands in for an SVG where PowerPoint cannot draw the vector. */
    private static final double FALLBACK_PIXELS_PER_POINT = 144 / 72.0;

    private final Path essay;
    private final PictureFolders folders;
    private final boolean keepOriginals;
    private final Map<String, List<Frame>> frames = new HashMap<>();
    private final Map<String, Optional<PictureLook>> looks = new HashMap<>();
    private int madeSmaller;

    /** The size of a frame a picture fills, in points. */
    private record Frame(double width, double height) {
    }

    /**
     * A picture as it goes into the deck.
     *
     * @param picture  the picture itself: its name, its proportions, and the bytes that go in (for an SVG, the vector)
     * @param fallback for an SVG, the PNG drawn from it, which readers that draw no SVG show instead
     */
    public record Taken(PictureFile picture, Optional<PictureFile> fallback) {
    }

    /**
     * @param allowOutside  folders outside the essay's own that pictures may come from
     * @param keepOriginals put pictures in as their files are, however large
     */
    public PictureIntake(Path essay, List<Path> allowOutside, boolean keepOriginals) {
        this.essay = essay;
        this.folders = PictureFolders.of(essay, allowOutside);
        this.keepOriginals = keepOriginals;
    }

    /** The PNG that stands in for an SVG, drawn at the SVG's own size: to see whether it can be drawn at all. */
    static void drawable(PictureFile svg) throws PictureProblem {
        svg(svg, List.of(new Frame(svg.width(), svg.height())));
    }

    /** Says the picture {@code src} will fill a frame this large; every frame must be known before it is taken. */
    public void expect(String src, double width, double height) {
        frames.computeIfAbsent(src, s -> new ArrayList<>()).add(new Frame(width, height));
    }

    /** The essay whose pictures these are. */
    public Path essay() {
        return essay;
    }

    /** How many pictures went in smaller than their files. */
    public int madeSmaller() {
        return madeSmaller;
    }

    /**
     * What the picture {@code src} is, for deciding how to show it (the rule is {@link PictureLook}'s); empty when
     * it cannot be used, which {@link #take} will say why. Read as {@code take} reads it, from the same folders
     * only, and never throws. Each picture is read and decoded once per intake, a large one only at a sample of its
     * pixels, so asking for every picture of a deck is cheap.
     */
    public Optional<PictureLook> look(String src) {
        return looks.computeIfAbsent(src, s -> {
            try {
                return PictureMemo.look(PictureFile.load(s, essay, folders));
            } catch (PictureProblem | RuntimeException e) {
                // A path the file system rejects outright is as unusable as a missing file.
                return Optional.empty();
            }
        });
    }

    /** The picture {@code src} ready to go in, or why it cannot. */
    public Taken take(String src) throws PictureProblem {
        PictureFile file = PictureFile.load(src, essay, folders);
        List<Frame> shown = frames.getOrDefault(src, List.of());
        if (file.format() == PictureFormat.SVG) {
            return svg(file, shown);
        }
        try {
            PictureFile read = file;
            if (file.format() == PictureFormat.TIFF) {
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
            outOfMemory(e);
            throw new PictureProblem(PictureFile.called(src) + " is damaged: its picture data is cut short or corrupt");
        }
        return new Taken(file, Optional.empty());
    }

    /**
     * Throws the memory running out that the JDK's image readers wrap as a read failure, for what it is: the picture
     * is not damaged, and the user can give Java more memory.
     */
    static void outOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError memory) {
                throw memory;
            }
        }
    }

    /** How much smaller than its file the picture may go in: covering its largest frame at the pixels it needs. */
    private static double scale(PictureFile file, List<Frame> shown) {
        double scale = 0;
        for (Frame frame : shown) {
            // Covering the frame: the picture's shorter side, relative to the frame, sets the scale.
            scale = Math.max(scale, Math.max(frame.width() * PIXELS_PER_POINT / file.width(),
                    frame.height() * PIXELS_PER_POINT / file.height()));
        }
        return shown.isEmpty() ? 1 : scale;
    }

    /**
     * An SVG with the PNG that stands in for it, drawn at its largest frame's size. A PNG that comes out blank is
     * a problem, not a picture: the slide gets a marked gap and the author a warning, rather than readers without
     * SVG an empty frame nobody notices until the talk.
     */
    static Taken svg(PictureFile file, List<Frame> shown) throws PictureProblem {
        double width = shown.stream().mapToDouble(Frame::width).max().orElse(file.width());
        double height = shown.stream().mapToDouble(Frame::height).max().orElse(file.height());
        double scale = Math.max(width / file.width(), height / file.height()) * FALLBACK_PIXELS_PER_POINT;
        int pngWidth = Math.max(1, (int) Math.round(file.width() * scale));
        int pngHeight = Math.max(1, (int) Math.round(file.height() * scale));
        byte[] png;
        try {
            BufferedImage drawn = SvgPicture.draw(file.bytes(), pngWidth, pngHeight);
            if (Blank.isBlank(drawn)) {
                throw new PictureProblem("image " + file.name() + " is an SVG that comes out blank when drawn for "
                        + "readers without SVG (LibreOffice, PowerPoint before 2019)", "Batik drew nothing of it: "
                        + "if a browser shows it, save it from there as plain SVG or as PNG");
            }
            png = SvgPicture.png(drawn);
        } catch (IOException e) {
            throw new PictureProblem("image " + file.name() + SvgPicture.CANNOT_BE_DRAWN + Undrawable.because(e).getMessage());
        }
        return new Taken(file, Optional.of(file.with(png, PictureFormat.PNG, pngWidth, pngHeight)));
    }
}
