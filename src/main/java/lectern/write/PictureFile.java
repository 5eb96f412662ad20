package lectern.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.sl.usermodel.PictureData.PictureType;

/**
 * An image file an essay refers to, read and checked before it goes into a deck.
 *
 * @param name  the file name, for messages and shape names (never the path: a deck travels)
 * @param width pixels, read from the file's header (for an SVG, its own units)
 */
record PictureFile(String name, byte[] bytes, PictureType type, int width, int height) {

    /** Why a picture could not be used, in words for the essay's author. */
    static final class Problem extends Exception {
        /** The file is not there to read (or not fetched), rather than there but not usable. */
        private final boolean missing;

        Problem(String message) {
            this(message, false);
        }

        Problem(String message, boolean missing) {
            super(message);
            this.missing = missing;
        }

        boolean missing() {
            return missing;
        }
    }

    /**
     * Reads the image {@code src} names. Relative references are looked up beside the essay, then in the
     * folder above it, so essays in {@code content/} can use the project's {@code assets/}.
     */
    /** The same picture with other bytes: smaller, or drawn from a vector. */
    PictureFile with(byte[] newBytes, PictureType newType, int newWidth, int newHeight) {
        return new PictureFile(name, newBytes, newType, newWidth, newHeight);
    }

    static PictureFile load(String src, Path essay) throws Problem {
        if (src.matches("(?i)^(https?|ftp|data):.*")) {
            throw new Problem("remote and inline images are not fetched (" + abbreviate(src) + ")", true);
        }
        String decoded = URLDecoder.decode(src.replaceFirst("(?i)^file://", "").replaceFirst("[?#].*$", "")
                .replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = locate(decoded, essay);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Problem("cannot read image " + src + ": " + e.getMessage());
        }
        String name = file.getFileName().toString();
        PictureType type = typeOf(bytes);
        if (type == null) {
            throw new Problem("image " + src + " is not a JPEG, PNG, GIF, BMP or SVG file" + (bytes.length == 0 ? " (it is empty)" : ""));
        }
        int[] size = type == PictureType.SVG ? SvgPicture.dimensions(bytes) : dimensions(bytes);
        if (size == null) {
            throw new Problem(type == PictureType.SVG ? "image " + src + " is an SVG that cannot be drawn (not valid SVG, or no size)"
                    : "image " + src + " is damaged: its header cannot be read");
        }
        return new PictureFile(name, bytes, type, size[0], size[1]);
    }

    private static Path locate(String src, Path essay) throws Problem {
        Path folder = essay.toAbsolutePath().getParent();
        List<Path> candidates = new ArrayList<>();
        Path given = Path.of(src);
        if (given.isAbsolute()) {
            candidates.add(given);
        } else {
            candidates.add(folder.resolve(given).normalize());
            if (folder.getParent() != null) {
                candidates.add(folder.getParent().resolve(given).normalize());
            }
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new Problem("image " + src + " not found", true);
    }

    private static PictureType typeOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return PictureType.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureType.PNG;
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return PictureType.GIF;
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return PictureType.BMP;
        }
        if (SvgPicture.looksLikeSvg(b)) {
            return PictureType.SVG;
        }
        return null;
    }

    /** Width and height from the header alone: a huge image is not decoded just to be measured. */
    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? new int[] {width, height} : null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String abbreviate(String src) {
        return src.length() <= 60 ? src : src.substring(0, 57) + "...";
    }
}
