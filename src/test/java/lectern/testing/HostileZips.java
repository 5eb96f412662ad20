package lectern.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Decks and templates made hostile on the fly, from real ones: a part that unpacks to far more than it packs,
 * more parts than any deck has, a part that claims a gigabyte in a file that takes none of the disk.
 */
public final class HostileZips {
    private HostileZips() {
    }

    /**
     * A copy of {@code from} with a part of {@code size} bytes of one repeated byte, what zip bombs are made of;
     * its sizes stand in its header, as most zip tools write them.
     */
    public static Path withBomb(Path from, Path to, String name, long size) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(to.toFile())) {
            copy(from, zip);
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            for (long left = size; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            zip.closeArchiveEntry();
        }
        return to;
    }

    /** A copy of {@code from} with an XML part that says "la" {@code times} times, as a chant in an essay's notes would. */
    public static Path withChant(Path from, Path to, String name, int times) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(to.toFile())) {
            copy(from, zip);
            zip.putArchiveEntry(new ZipArchiveEntry(name));
            zip.write(("<chant>" + "la ".repeat(times) + "</chant>").getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        return to;
    }

    /** A copy of {@code from} with {@code count} more small parts. */
    public static Path withParts(Path from, Path to, int count) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(to.toFile())) {
            copy(from, zip);
            for (int i = 0; i < count; i++) {
                zip.putArchiveEntry(new ZipArchiveEntry("ppt/extra/part" + i + ".xml"));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return to;
    }

    private static void copy(Path from, ZipArchiveOutputStream zip) throws IOException {
        try (ZipFile source = new ZipFile(from.toFile())) {
            for (ZipEntry entry : source.stream().toList()) {
                zip.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                zip.write(source.getInputStream(entry).readAllBytes());
                zip.closeArchiveEntry();
            }
        }
    }

    /**
     * A copy of {@code from} with a part of {@code size} zero bytes stored as they are, in a sparse file: the
     * gigabyte it claims (and holds, read back) takes no room on the disk.
     */
    public static Path withHugePart(Path from, Path to, String name, long size) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile source = new ZipFile(from.toFile())) {
            for (ZipEntry entry : source.stream().toList()) {
                entries.put(entry.getName(), source.getInputStream(entry).readAllBytes());
            }
        }
        List<byte[]> central = new ArrayList<>();
        try (FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                byte[] packed = deflate(entry.getValue());
                central.add(header(true, entry.getKey(), 8, crc(entry.getValue()), packed.length, entry.getValue().length,
                        out.position()));
                out.write(ByteBuffer.wrap(header(false, entry.getKey(), 8, crc(entry.getValue()), packed.length,
                        entry.getValue().length, 0)));
                out.write(ByteBuffer.wrap(packed));
            }
            // The zeros' checksum is not worth a gigabyte of reading: nothing that reads this far is right to.
            central.add(header(true, name, 0, 0, size, size, out.position()));
            out.write(ByteBuffer.wrap(header(false, name, 0, 0, size, size, 0)));
            out.position(out.position() + size);
            long start = out.position();
            for (byte[] header : central) {
                out.write(ByteBuffer.wrap(header));
            }
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
                    .putShort((short) central.size()).putInt((int) (out.position() - start)).putInt((int) start)
                    .putShort((short) 0);
            out.write(end.flip());
        }
        return to;
    }

    /** A local ({@code central} false) or central directory header, sizes below 4 GB. */
    private static byte[] header(boolean central, String name, int method, long crc, long packed, long size, long offset) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate((central ? 46 : 30) + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(central ? 0x02014b50 : 0x04034b50);
        if (central) {
            header.putShort((short) 20);
        }
        header.putShort((short) 20).putShort((short) 0).putShort((short) method).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt((int) packed).putInt((int) size).putShort((short) bytes.length).putShort((short) 0);
        if (central) {
            header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
        }
        return header.put(bytes).array();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(packed, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            out.write(data);
        }
        return packed.toByteArray();
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }
}
