package lectern.picture;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lectern.Digest;

/**
 * Remembers what the pictures of recent decks were made into, by their bytes, so that a rebuild (the next
 * essay of a folder, or the same essay saved again under {@code --watch}) does not decode and re-encode the same
 * photographs again: that was a sixth of a warm build. Only a few decks' worth is kept.
 */
final class PictureMemo {
    private static final int KEPT = 48;

    private record Key(String digest, double scale, String how) {
    }

    /** What a picture was made into: its bytes, or nothing when it goes in as its file is. */
    private record Made(byte[] bytes, PictureFormat format, int width, int height) {
    }

    @FunctionalInterface
    interface Making {
        Optional<PictureFile> make() throws IOException;
    }

    private static final Map<Key, Optional<Made>> MADE = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<Made>> eldest) {
            return size() > KEPT;
        }
    };

    /** What recent pictures were seen to be, by their bytes: looking decodes a picture, as making it smaller does. */
    private static final Map<String, Optional<PictureLook>> LOOKS = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<PictureLook>> eldest) {
            return size() > KEPT;
        }
    };

    private PictureMemo() {
    }

    /** What the picture is, looked at once for the same bytes. */
    static Optional<PictureLook> look(PictureFile picture) {
        String digest = Digest.of(picture.bytes());
        Optional<PictureLook> known;
        synchronized (LOOKS) {
            known = LOOKS.get(digest);
        }
        if (known == null) {
            known = PictureLooks.of(picture);
            synchronized (LOOKS) {
                LOOKS.put(digest, known);
            }
        }
        return known;
    }

    /** What {@code making} makes of {@code picture} at {@code scale}, made once for the same bytes. */
    static Optional<PictureFile> of(PictureFile picture, double scale, String how, Making making) throws IOException {
        Key key = new Key(Digest.of(picture.bytes()), scale, how);
        Optional<Made> known;
        synchronized (MADE) {
            known = MADE.get(key);
        }
        if (known == null) {
            Optional<PictureFile> made = making.make();
            known = made.map(m -> new Made(m.bytes(), m.format(), m.width(), m.height()));
            synchronized (MADE) {
                MADE.put(key, known);
            }
        }
        return known.map(m -> picture.with(m.bytes(), m.format(), m.width(), m.height()));
    }
}
