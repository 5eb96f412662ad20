package lectern.pptx.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lectern.LecternException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a package Lectern opens may hold, checked on the zip itself, with the zip reader POI uses, before POI
 * reads it. POI's own zip-bomb limits ({@code ZipSecureFile}) are global, shared by every thread (a template
 * opens on one while a deck is read back on another), so they are set here, once, to the widest any file needs,
 * and each kind of file is first held to its own:
 * <ul>
 * <li>a template comes from elsewhere: POI's limits as POI sets them, and no larger than a template needs;
 * <li>a deck is read back by limits fitted to what Lectern writes: parts in proportion to its slides, and XML
 * as repetitive as an author's notes can make it, which packs tighter than POI allows.
 * </ul>
 */
public final class PackageLimits {
    /** POI's own limits (ZipSecureFile's defaults), which a template is held to. */
    static final int TEMPLATE_PARTS = 1_000;
    static final double TEMPLATE_RATIO = 0.01;
    /** A part this small is held to no ratio, as POI holds none (its grace size). */
    static final long GRACE = 100 * 1024;
    /** The most of one part POI is let unpack: under the 100,000,000 bytes POI reads of one, over the 50 MB picture Lectern puts in. */
    static final long PART_BYTES = 80L << 20;
    static final long TEMPLATE_FILE_BYTES = 100L << 20;
    static final long TEMPLATE_BYTES = 200L << 20;
    /** Lectern writes four parts a slide and a picture; the rest is room for what PowerPoint adds to a deck edited. */
    static final int PARTS_PER_SLIDE = 10;
    static final int SLIDES = 10_000;
    /**
     * A deck's XML may pack as tight as deflate packs anything (about 1,032 to 1, a run of one byte): the notes of an
     * essay that repeats itself pack 400 to 1 and are Lectern's to read back. Its size holds a deck's XML in; its
     * pictures, packed already, are held to POI's ratio.
     */
    static final double DECK_XML_RATIO = 0.001;
    /** The XML a deck unpacks to, which POI holds in memory: room for a long essay's notes on every slide. */
    static final long DECK_XML_BYTES = 100L << 20;
    static final long DECK_XML_BYTES_PER_SLIDE = 1L << 20;

    private static final Pattern SLIDE = Pattern.compile("ppt/slides/slide\\d+\\.xml");
    private static final Pattern PICTURE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)");

    static {
        ZipSecureFile.setMaxFileCount(TEMPLATE_PARTS + (long) PARTS_PER_SLIDE * SLIDES);
        ZipSecureFile.setMinInflateRatio(DECK_XML_RATIO);
    }

    private PackageLimits() {
    }

    /** A template file too big to read into memory is refused by its size, before a byte of it is read. */
    public static void templateFile(Path file, long size) {
        if (size > TEMPLATE_FILE_BYTES) {
            throw new LecternException(file, 0, "is " + size(size) + ", too large for a template: Lectern reads "
                    + "templates of up to " + size(TEMPLATE_FILE_BYTES));
        }
    }

    /**
     * Refuses a template's bytes that hold more than POI would read, as POI would read them (a stream of entries).
     * A zip broken in itself is left to POI, which reads the same entries and says what is wrong.
     */
    public static void template(Path file, byte[] bytes) {
        Budget budget = new Budget(file, "a template", TEMPLATE_RATIO, TEMPLATE_BYTES, Long.MAX_VALUE);
        List<String> names = new ArrayList<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (names.size() > TEMPLATE_PARTS) {
                    throw bomb(file, "it holds more than the " + count(TEMPLATE_PARTS) + " parts a template may have");
                }
                budget.unpack(entry, zip, zip::getCompressedCount);
            }
        } catch (IOException e) {
            // POI reads the same bytes with the same reader: what it gets to was checked, and it says what broke.
        }
        OtherKinds.refuse(file, names, "a PowerPoint template or deck (.pptx or .potx)");
    }

    /** Refuses a deck that holds more than a deck Lectern wrote (or one edited since) could. */
    public static void deck(Path file) throws IOException {
        try (ZipFile zip = ZipFile.builder().setFile(file.toFile()).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            OtherKinds.refuse(file, entries.stream().map(ZipArchiveEntry::getName).toList(), "a PowerPoint deck (.pptx)");
            long slides = Math.min(SLIDES, entries.stream().filter(e -> SLIDE.matcher(e.getName()).matches()).count());
            long parts = TEMPLATE_PARTS + PARTS_PER_SLIDE * slides;
            if (entries.size() > parts) {
                throw bomb(file, "it holds " + count(entries.size()) + " parts, and a deck of " + count(slides)
                        + " slide" + (slides == 1 ? "" : "s") + " has no more than " + count(parts));
            }
            Budget budget = new Budget(file, "a deck", DECK_XML_RATIO, Long.MAX_VALUE,
                    DECK_XML_BYTES + DECK_XML_BYTES_PER_SLIDE * slides);
            for (ZipArchiveEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    budget.unpack(entry, in, () -> in instanceof org.apache.commons.compress.utils.InputStreamStatistics stats
                            ? stats.getCompressedCount() : entry.getCompressedSize());
                }
            }
        }
    }

    /** What the parts unpack to, part by part, as they are read: no header is taken at its word. */
    private static final class Budget {
        private final Path file;
        private final String what;
        private final double xmlRatio;
        private final long allBytes;
        private final long xmlBytes;
        private long all;
        private long xml;
        private final byte[] buffer = new byte[64 * 1024];

        /** @param xmlRatio how tight an XML part may pack; any other is held to {@link #TEMPLATE_RATIO}, POI's */
        Budget(Path file, String what, double xmlRatio, long allBytes, long xmlBytes) {
            this.file = file;
            this.what = what;
            this.xmlRatio = xmlRatio;
            this.allBytes = allBytes;
            this.xmlBytes = xmlBytes;
        }

        interface Packed {
            long count();
        }

        void unpack(ZipArchiveEntry entry, InputStream in, Packed packed) throws IOException {
            String name = entry.getName();
            if (entry.getSize() > PART_BYTES) {
                throw tooLarge(name, size(entry.getSize()));
            }
            boolean isXml = name.endsWith(".xml") || name.endsWith(".rels");
            double ratio = isXml ? xmlRatio : TEMPLATE_RATIO;
            long unpacked = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                unpacked += read;
                all += read;
                xml += isXml ? read : 0;
                if (unpacked > PART_BYTES) {
                    throw tooLarge(name, "more than " + size(PART_BYTES));
                }
                if (unpacked > GRACE && packed.count() < unpacked * ratio) {
                    throw bomb(file, name + " unpacks to more than " + count(Math.round(1 / ratio))
                            + " times its packed size");
                }
                if (all > allBytes) {
                    throw bomb(file, "its parts unpack to more than " + size(allBytes));
                }
                if (xml > xmlBytes) {
                    throw bomb(file, "its XML unpacks to more than " + size(xmlBytes));
                }
            }
        }

        private LecternException tooLarge(String name, String more) {
            if (name.startsWith("ppt/media/")) {
                String kind = PICTURE.matcher(name).matches() ? "picture" : "media file";
                return new LecternException(file, 0, "holds a " + kind + " too big to read: " + name + " is " + more
                        + ", and Lectern reads " + kind + "s of up to " + size(PART_BYTES));
            }
            return bomb(file, name + " unpacks to " + more + ", and no part of " + what + " is over " + size(PART_BYTES));
        }
    }

    private static LecternException bomb(Path file, String why) {
        return new LecternException(file, 0, "looks like a zip bomb: " + why);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A size as a file browser shows it: 80 MB, 1.0 GB. */
    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
