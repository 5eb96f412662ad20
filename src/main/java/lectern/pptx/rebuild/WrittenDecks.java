package lectern.pptx.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lectern.Digest;

/**
 * The decks this run of Lectern wrote, by the digest of their bytes: before a rebuild replaces one, a deck whose
 * bytes are still exactly those it wrote is known unedited without opening it with POI again, which was a fifth
 * of a rebuild under {@code --watch}. Anything else, a byte changed or a deck from another run, is read as before.
 */
final class WrittenDecks {
    private static final int KEPT = 16;

    private record Written(byte[] digest, Fingerprint print) {
    }

    private static final Map<Path, Written> WRITTEN = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Written> eldest) {
            return size() > KEPT;
        }
    };

    private WrittenDecks() {
    }

    /** A digest to take of a deck's bytes as they are written, for {@link #remember}. */
    static MessageDigest digest() {
        return Digest.sha256();
    }

    /** @param digest the {@link #digest()} of the bytes written to {@code deck} */
    static void remember(Path deck, byte[] digest, Fingerprint print) {
        synchronized (WRITTEN) {
            WRITTEN.put(key(deck), new Written(digest, print));
        }
    }

    /** The fingerprint the deck at {@code deck} was written with, when its bytes are still the ones written. */
    static Optional<Fingerprint> unchanged(Path deck) {
        Written written;
        synchronized (WRITTEN) {
            written = WRITTEN.get(key(deck));
        }
        if (written == null) {
            return Optional.empty();
        }
        return digest(deck).filter(now -> Arrays.equals(now, written.digest())).map(same -> written.print());
    }

    private static Path key(Path deck) {
        return deck.toAbsolutePath().normalize();
    }

    private static Optional<byte[]> digest(Path deck) {
        try {
            return Optional.of(digest().digest(Files.readAllBytes(deck)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
