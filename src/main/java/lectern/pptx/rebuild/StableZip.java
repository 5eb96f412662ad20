package lectern.pptx.rebuild;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Packs a deck's parts so the same deck is always the same bytes. POI stamps every zip entry with the moment
 * it writes it; here every entry carries the deck's own date, in one fixed order, at one compression level.
 */
final class StableZip {
    /** OPC readers look for the content types first; the rest follow by name. */
    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Comparator<String> ORDER = Comparator.comparing((String name) -> !name.equals(CONTENT_TYPES))
            .thenComparing(Comparator.naturalOrder());

    /** What a zip entry's DOS date can hold; outside it the JDK adds a time-zone dependent extra field. */
    private static final LocalDateTime FIRST_DOS_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 0);
    private static final LocalDateTime LAST_DOS_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private StableZip() {
    }

    /** Copies the entries of {@code zip} to {@code out}, each stamped with {@code date}; leaves {@code out} open. */
    static void copy(byte[] zip, Instant date, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IOException("the deck has two parts named " + entry.getName());
                }
            }
        }
        LocalDateTime time = dosTime(date);
        ZipOutputStream packed = new ZipOutputStream(out);
        packed.setMethod(ZipOutputStream.DEFLATED);
        packed.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            // A fresh entry: one copied from POI's zip would bring its time and extra fields along.
            ZipEntry written = new ZipEntry(entry.getKey());
            written.setTimeLocal(time);
            packed.putNextEntry(written);
            packed.write(entry.getValue());
            packed.closeEntry();
        }
        packed.finish();
    }

    /** The date as a zip stores it: UTC wall-clock time, so the bytes do not depend on the machine's time zone. */
    static LocalDateTime dosTime(Instant date) {
        LocalDateTime utc = LocalDateTime.ofInstant(date, ZoneOffset.UTC);
        return utc.isBefore(FIRST_DOS_TIME) ? FIRST_DOS_TIME : utc.isAfter(LAST_DOS_TIME) ? LAST_DOS_TIME : utc;
    }
}
