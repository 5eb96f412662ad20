package lectern.pptx.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import lectern.LecternException;

/**
 * Decides where a new deck goes so that no one's edits are lost. Lectern replaces only its own deck as it
 * wrote it. A deck edited since, or one Lectern did not write (or cannot read), stays; the new deck goes beside
 * it as {@code talk.new.pptx}. With {@code --force} the deck found is moved aside as
 * {@code talk.edited-<date>-<time>.pptx} and the new one takes its place. Nothing is ever overwritten but
 * Lectern's own unedited decks.
 */
final class DeckGuard {
    private final Function<Path, ExistingDeck> look;
    private final Predicate<Path> taken;
    private final Clock clock;

    /**
     * @param look  what is at a path
     * @param taken whether a path is in use, so a deck is never moved over another file
     * @param clock when a deck is moved aside, for its name
     */
    DeckGuard(Function<Path, ExistingDeck> look, Predicate<Path> taken, Clock clock) {
        this.look = look;
        this.taken = taken;
        this.clock = clock;
    }

    static DeckGuard onDisk() {
        return new DeckGuard(ExistingDeck::at, path -> Files.exists(path) || Files.isSymbolicLink(path),
                Clock.systemDefaultZone());
    }

    /** A file to move out of the way before the new deck is written. */
    record Move(Path from, Path to) {
        void make() {
            try {
                // No REPLACE_EXISTING: should the name have been taken since, this fails rather than overwrite.
                Files.move(from, to);
            } catch (IOException e) {
                throw new LecternException(from, 0, "cannot move it aside to " + to.getFileName() + " ("
                        + e.getMessage() + "); nothing was replaced", e);
            }
        }
    }

    /** Where to write the new deck, what to move out of its way first, and what to tell the user. */
    record Decision(Path writeTo, Optional<Move> moveFirst, Rebuild rebuild) {
    }

    /**
     * @param target where the deck belongs
     * @param fresh  the new deck's fingerprint, to say what it changes in Lectern's own deck
     * @param force  replace a deck Lectern would otherwise keep, after moving it aside
     */
    Decision decide(Path target, Fingerprint fresh, boolean force) {
        ExistingDeck found = look.apply(target);
        switch (found.found()) {
            case NOTHING -> {
                return write(target, target, found, Changes.NONE, Optional.empty(), Optional.empty());
            }
            case LECTERNS_DECK -> {
                Changes changes = fresh.since(found.now().orElseThrow());
                return write(target, target, found, changes, Optional.empty(), Optional.empty());
            }
            default -> {
                if (force) {
                    Move aside = new Move(target, keptName(target));
                    return write(target, target, found, found.edits(), Optional.of(aside), Optional.empty());
                }
                Path beside = DeckNames.beside(target);
                Rebuild.Found there = look.apply(beside).found();
                // talk.new.pptx is Lectern's to replace too, unless someone has edited it in the meantime.
                Optional<Move> keepBeside = there == Rebuild.Found.NOTHING || there == Rebuild.Found.LECTERNS_DECK
                        ? Optional.empty() : Optional.of(new Move(beside, keptName(beside)));
                return write(target, beside, found, found.edits(), Optional.empty(), keepBeside);
            }
        }
    }

    private static Decision write(Path target, Path writeTo, ExistingDeck found, Changes changes,
                                  Optional<Move> keptFromTarget, Optional<Move> keptFromBeside) {
        Rebuild rebuild = new Rebuild(target, writeTo, found.found(), found.problem(), changes,
                keptFromTarget.map(Move::to), keptFromBeside.map(Move::to));
        return new Decision(writeTo, keptFromTarget.or(() -> keptFromBeside), rebuild);
    }

    private Path keptName(Path deck) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path name = DeckNames.kept(deck, now);
        for (int n = 2; taken.test(name); n++) {
            name = DeckNames.kept(deck, now, n);
        }
        return name;
    }
}
