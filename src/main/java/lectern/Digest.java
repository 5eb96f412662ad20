package lectern;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each preceded by its length, so that no two different sequences
 * ("ab", "c" and "a", "bc") can feed the hash the same bytes.
 */
public final class Digest {
    private final MessageDigest sha;

    public Digest() {
        sha = sha256();
    }

    /** SHA-256 itself, for bytes that stream past (a deck as it is written). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Digest add(String field) {
        return add(field.getBytes(StandardCharsets.UTF_8));
    }

    public Digest add(long field) {
        return add(Long.toString(field));
    }

    public Digest add(boolean field) {
        return add(field ? "1" : "0");
    }

    public Digest add(byte[] field) {
        sha.update(Integer.toString(field.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(field);
        return this;
    }

    /** The digest in hex, 64 characters. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of some bytes, in hex. */
    public static String of(byte[] bytes) {
        return new Digest().add(bytes).hex();
    }
}
