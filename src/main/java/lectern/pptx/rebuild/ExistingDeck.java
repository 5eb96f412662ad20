package lectern.pptx.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * What is at the place a deck is about to be written: nothing, Lectern's deck as it wrote it, Lectern's deck
 * edited since, or a file Lectern did not write.
 *
 * @param now   Lectern's deck's fingerprint as it is now
 * @param edits what was edited since Lectern wrote it
 */
record ExistingDeck(Rebuild.Found found, Optional<Fingerprint> now, Changes edits, Optional<String> problem) {

    static final ExistingDeck NOTHING = new ExistingDeck(Rebuild.Found.NOTHING, Optional.empty(), Changes.NONE,
            Optional.empty());

    static ExistingDeck at(Path file) {
        if (!Files.exists(file)) {
            return NOTHING;
        }
        if (!Files.isRegularFile(file)) {
            return unreadable("it is not a file");
        }
        Optional<Fingerprint> asWritten = WrittenDecks.unchanged(file);
        if (asWritten.isPresent()) {
            return new ExistingDeck(Rebuild.Found.LECTERNS_DECK, asWritten, Changes.NONE, Optional.empty());
        }
        try (XMLSlideShow show = DeckFile.read(file)) {
            Optional<Fingerprints.Recorded> recorded = Fingerprints.recorded(show);
            if (recorded.isEmpty()) {
                return new ExistingDeck(Rebuild.Found.OTHER_DECK, Optional.empty(), Changes.NONE, Optional.empty());
            }
            Fingerprint now = Fingerprints.take(show);
            boolean unchanged = now.deck().equals(recorded.get().deck());
            return new ExistingDeck(unchanged ? Rebuild.Found.LECTERNS_DECK : Rebuild.Found.EDITED_DECK, Optional.of(now),
                    unchanged ? Changes.NONE : now.since(recorded.get().parts()), Optional.empty());
        } catch (IOException | RuntimeException e) {
            // Whatever POI cannot read is not a deck Lectern can vouch for, so it is kept, never replaced.
            return unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static ExistingDeck unreadable(String problem) {
        return new ExistingDeck(Rebuild.Found.UNREADABLE, Optional.empty(), Changes.NONE, Optional.of(problem));
    }
}
