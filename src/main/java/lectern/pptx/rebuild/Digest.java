package lectern.pptx.rebuild;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of fields, each preceded by its length, so that no two different sequences
 * ("ab", "c" and "a", "bc") can feed the hash the same bytes.
 */
final class Digest {
    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Digest add(String field) {
        return add(field.getBytes(StandardCharsets.UTF_8));
    }

    Digest add(long field) {
        return add(Long.toString(field));
    }

    Digest add(boolean field) {
        return add(field ? "1" : "0");
    }

    Digest add(byte[] field) {
        sha.update(Integer.toString(field.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(field);
        return this;
    }

    /** The digest in hex, 64 characters. */
    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** SHA-256 of some bytes, in hex. */
    static String of(byte[] bytes) {
        return new Digest().add(bytes).hex();
    }
}
