package lectern.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import lectern.LecternException;
import lectern.Warnings;

/**
 * An essay's bytes as text. Markdown is UTF-8, but essays come from editors that save otherwise: a byte order
 * mark is skipped, UTF-16 with its mark is read as such, and a file that is not UTF-8 is read as Windows-1252 when
 * that is plainly what it is (Word and older Windows editors save accents and curly quotes so), else as UTF-8 with
 * its bad bytes marked. A file that is not text at all is refused: its "prose" would be noise in the notes.
 */
final class EssayText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a file is looked at to tell text from binary data, as git does. */
    private static final int SNIFF = 8000;

    private EssayText() {
    }

    static String decode(Path file, byte[] bytes, Warnings warnings) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        refuseBinary(file, bytes);
        int bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        int line = lineOf(bytes, bad);
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        if (looksLikeWindows1252(bytes, utf8)) {
            warnings.add(file, line, "the essay is not UTF-8; read it as Windows-1252, as its accents and quotes "
                    + "suggest (save it as UTF-8 to be sure)");
            return new String(bytes, WINDOWS_1252);
        }
        warnings.add(file, line, "the essay is not valid UTF-8 from here on; bytes that are not text were "
                + "replaced by \uFFFD (save it as UTF-8)");
        return utf8;
    }

    /** NUL bytes, or mostly control characters, mean a program, picture or archive, not an essay. */
    private static void refuseBinary(Path file, byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw notText(file);
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        if (control * 10 > length) {
            throw notText(file);
        }
    }

    private static LecternException notText(Path file) {
        return new LecternException(file, 0, "not a text file: it holds binary data, not Markdown");
    }

    /** The index of the first byte that is not part of valid UTF-8, or -1. */
    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /**
     * Windows-1252 when no byte is one it leaves undefined and nothing in the file is valid UTF-8 beyond ASCII:
     * a UTF-8 essay with one damaged byte still has its other accents in UTF-8, and stays UTF-8.
     */
    private static boolean looksLikeWindows1252(byte[] bytes, String asUtf8) {
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                return false;
            }
        }
        return asUtf8.chars().noneMatch(c -> c >= 0x80 && c != '\uFFFD');
    }

    private static int lineOf(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
