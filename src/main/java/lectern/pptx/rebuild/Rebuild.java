package lectern.pptx.rebuild;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a build did about the file already where its deck belongs, as plain data for the command to report.
 *
 * @param target  where the deck belongs: {@code out/talk.pptx}
 * @param written where the new deck went: the target, or {@code out/talk.new.pptx} beside a deck Lectern must
 *                not replace
 * @param found   what was at the target
 * @param problem why the file found could not be read as a deck, for {@link Found#UNREADABLE}
 * @param changes for {@link Found#LECTERNS_DECK}, what the new deck changes; for {@link Found#EDITED_DECK}, what
 *                was edited by hand
 * @param keptAs  where the file found at the target was moved before the new deck took its place ({@code --force})
 * @param besideKeptAs where an edited {@code talk.new.pptx} was moved before the new one took its place
 */
public record Rebuild(Path target, Path written, Found found, Optional<String> problem, Changes changes,
                     Optional<Path> keptAs, Optional<Path> besideKeptAs) {

    /** What was where the deck belongs. */
    public enum Found {
        /** Nothing: the deck is new. */
        NOTHING,
        /** The deck Lectern wrote last time, as Lectern wrote it. */
        LECTERNS_DECK,
        /** The deck Lectern wrote last time, edited since. */
        EDITED_DECK,
        /** A deck Lectern did not write: it has no Lectern fingerprint. */
        OTHER_DECK,
        /** A file that cannot be read as a deck. */
        UNREADABLE
    }

    /** True when the new deck is not where it belongs because the file there had to be kept. */
    public boolean besideIt() {
        return !written.equals(target);
    }
}
