package lectern.picture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image an essay refers to, read and checked before it goes into a deck: from where it may come, how large
 * it is on disk and in pixels, and what kind of picture it is, all before a pixel is decoded.
 *
 * @param name    the file name, for shape names (never the path: a deck travels)
 * @param width   pixels, read from the file's header (for an SVG, its own units)
 * @param removed what was taken out of it on its way in (an SVG's scripts), as a warning says it; empty when nothing was
 */
public record PictureFile(String name, byte[] bytes, PictureFormat format, int width, int height, String removed) {
    /** The largest picture file Lectern reads, and the most an inline ({@code data:}) picture may decode to. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /**
     * The most pixels a picture may have: 100 megapixels, beyond the photos of any camera. The header is read
     * first, so a 30,000 × 30,000 PNG of a hundred kilobytes is refused before it can fill the memory.
     */
    static final long MAX_PIXELS = 100_000_000L;
    /** How a problem's words say the picture is missing; a deck's gap keeps only the words (see PictureCheck). */
    static final String NOT_FOUND = " not found";
    static final String ON_THE_WEB = " is on the web";
    /** The name of a picture written into the essay, which has no file name. */
    private static final String INLINE = "inline picture";

    /** The same picture with other bytes: smaller, or drawn from a vector. */
    PictureFile with(byte[] newBytes, PictureFormat newFormat, int newWidth, int newHeight) {
        return new PictureFile(name, newBytes, newFormat, newWidth, newHeight, removed);
    }

    /**
     * How messages name the picture {@code src} refers to: as the essay does, but an absolute path by its file
     * name only, since a marked gap shows the message in the deck, and a deck should not tell where its author
     * keeps their files.
     */
    public static String called(String src) {
        if (InlinePicture.is(src)) {
            return InlinePicture.name(src);
        }
        String path = src.replaceFirst("(?i)^file://", "");
        try {
            if (!path.equals(src) || !path.isEmpty() && Path.of(path).isAbsolute()) {
                return "image " + Path.of(path).getFileName();
            }
        } catch (InvalidPathException unnamed) {
            // A name this Java cannot spell (see FileNames) is still the author's to read.
            return "image " + (path.startsWith("/") ? path.substring(path.lastIndexOf('/') + 1) : abbreviate(src));
        }
        return "image " + abbreviate(src);
    }

    /**
     * Reads the image {@code src} names: a file inside the folders pictures may come from (looked up beside the
     * essay, then in the folder above it, so essays in {@code content/} can use the project's {@code assets/}; a
     * path from the site's root, {@code /img/x.png}, from the essay's folder up to its repository), or
     * a picture written into the essay as a {@code data:} address. Pictures on the web are never fetched.
     */
    static PictureFile load(String src, Path essay, PictureFolders folders) throws PictureProblem {
        if (InlinePicture.is(src)) {
            return checked(called(src), INLINE, InlinePicture.decode(src));
        }
        if (onTheWeb(src)) {
            throw new PictureProblem(called(src) + ON_THE_WEB + ", and Lectern never fetches pictures",
                    "download it beside the essay and refer to it there", true);
        }
        PicturePlaces.Found found = PicturePlaces.locate(src, essay, folders);
        Path file = found.real();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PictureProblem(called(src) + " is " + size / (1024 * 1024) + " MB, more than the "
                        + MAX_BYTES / (1024 * 1024) + " MB a picture may be", "make it smaller first");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PictureProblem("cannot read " + called(src), e.getMessage());
        }
        return checked(called(src), found.name(), bytes);
    }

    private static PictureFile checked(String called, String name, byte[] given) throws PictureProblem {
        byte[] bytes = given;
        if (bytes.length == 0) {
            throw new PictureProblem(called + " is empty (0 bytes)");
        }
        Optional<String> unusable = unusableFormat(bytes);
        if (unusable.isPresent()) {
            String png = name.replaceFirst("(\\.[^.]*)?$", ".png");
            throw new PictureProblem(called + " is " + unusable.get() + " picture, which Lectern cannot put into a deck",
                    "convert it to PNG or JPEG first" + (name.equals(INLINE) ? "" : ", for example: magick " + name + " " + png));
        }
        PictureFormat format = formatOf(bytes);
        if (format == null) {
            throw new PictureProblem(called + " is not a JPEG, PNG, GIF, BMP, TIFF or SVG file");
        }
        int[] size;
        String removed = "";
        if (format == PictureFormat.SVG) {
            try {
                InertSvg.Taken inert = InertSvg.of(called, bytes);
                bytes = inert.bytes();
                removed = inert.removed();
                size = SvgPicture.dimensions(bytes);
            } catch (SvgPicture.ReachesOut e) {
                throw SvgAddresses.refused(called, e.address());
            } catch (Undrawable e) {
                throw new PictureProblem(called + SvgPicture.CANNOT_BE_DRAWN + e.getMessage());
            }
        } else {
            size = dimensions(bytes);
            if (size == null) {
                throw new PictureProblem(called + " is damaged: its header cannot be read");
            }
            if ((long) size[0] * size[1] > MAX_PIXELS) {
                throw new PictureProblem(called + " is " + size[0] + " \u00D7 " + size[1] + " pixels, more than the "
                        + MAX_PIXELS / 1_000_000 + " megapixels Lectern reads",
                        "make it smaller first: 4000 pixels across is plenty for a slide");
            }
        }
        return new PictureFile(name, bytes, format, size[0], size[1], removed);
    }

    /**
     * Where on disk the picture {@code src} may be, in the order they are looked at; none for a picture written
     * into the essay or one on the web. Whether a place may be used at all is decided when it is read.
     */
    public static List<Path> places(String src, Path essay) {
        if (InlinePicture.is(src) || onTheWeb(src)) {
            return List.of();
        }
        try {
            return PicturePlaces.of(src, essay);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static boolean onTheWeb(String src) {
        return lectern.deck.Picture.isOnTheWeb(src);
    }

    private static PictureFormat formatOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return PictureFormat.JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureFormat.PNG;
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return PictureFormat.GIF;
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return PictureFormat.BMP;
        }
        if (b.length >= 4 && (b[0] == 'I' && b[1] == 'I' && b[2] == '*' && b[3] == 0
                || b[0] == 'M' && b[1] == 'M' && b[2] == 0 && b[3] == '*')) {
            return PictureFormat.TIFF;
        }
        if (SvgPicture.looksLikeSvg(b)) {
            return PictureFormat.SVG;
        }
        return null;
    }

    /**
     * Formats phones and browsers save that neither POI nor the JDK can read: named, so the author knows what to
     * convert. The JDK reads TIFF, which goes in converted to PNG.
     */
    private static Optional<String> unusableFormat(byte[] b) {
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Optional.of("a WebP");
        }
        if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
            String brand = ascii(b, 8, 4);
            if (brand.startsWith("avi")) {
                return Optional.of("an AVIF");
            }
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of("a HEIC");
            }
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
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
