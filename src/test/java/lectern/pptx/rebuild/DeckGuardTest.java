package lectern.pptx.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decisions alone, on made-up findings: what is replaced, what is kept, and under which name. */
class DeckGuardTest {
    private static final Path TARGET = Path.of("out", "talk.pptx");
    private static final Path BESIDE = Path.of("out", "talk.new.pptx");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T22:15:00Z"), ZoneOffset.UTC);
    private static final Fingerprint FRESH = new Fingerprint("t", List.of(new Fingerprint.SlidePrint("A", "2"),
            new Fingerprint.SlidePrint("B", "3")));
    private static final Fingerprint OLD = new Fingerprint("t", List.of(new Fingerprint.SlidePrint("A", "1")));

    private final Map<Path, ExistingDeck> files = new HashMap<>();
    private final Set<Path> taken = new HashSet<>();

    private DeckGuard.Decision decide(boolean force) {
        DeckGuard guard = new DeckGuard(path -> files.getOrDefault(path, ExistingDeck.NOTHING),
                path -> taken.contains(path) || files.containsKey(path), CLOCK);
        return guard.decide(TARGET, FRESH, force);
    }

    private static ExistingDeck found(Rebuild.Found found) {
        return new ExistingDeck(found, found == Rebuild.Found.LECTERNS_DECK ? Optional.of(OLD) : Optional.empty(),
                found == Rebuild.Found.EDITED_DECK ? new Changes(List.of("A"), List.of(), List.of(), false, false)
                        : Changes.NONE, Optional.empty());
    }

    @Test
    void aNewDeckIsWrittenWhereItBelongs() {
        DeckGuard.Decision decision = decide(false);
        assertThat(decision.writeTo()).isEqualTo(TARGET);
        assertThat(decision.moveFirst()).isEmpty();
        assertThat(decision.rebuild().found()).isEqualTo(Rebuild.Found.NOTHING);
    }

    @Test
    void lecternsOwnUneditedDeckIsReplacedAndTheChangesAreListed() {
        files.put(TARGET, found(Rebuild.Found.LECTERNS_DECK));
        DeckGuard.Decision decision = decide(false);
        assertThat(decision.writeTo()).isEqualTo(TARGET);
        assertThat(decision.moveFirst()).isEmpty();
        assertThat(decision.rebuild().changes().changed()).containsExactly("A");
        assertThat(decision.rebuild().changes().added()).containsExactly("B");
    }

    @Test
    void anEditedDeckIsKeptAndTheNewOneGoesBesideIt() {
        for (Rebuild.Found kept : List.of(Rebuild.Found.EDITED_DECK, Rebuild.Found.OTHER_DECK, Rebuild.Found.UNREADABLE)) {
            files.put(TARGET, found(kept));
            DeckGuard.Decision decision = decide(false);
            assertThat(decision.writeTo()).as("%s", kept).isEqualTo(BESIDE);
            assertThat(decision.moveFirst()).isEmpty();
            assertThat(decision.rebuild().besideIt()).isTrue();
            assertThat(decision.rebuild().found()).isEqualTo(kept);
        }
        files.put(TARGET, found(Rebuild.Found.EDITED_DECK));
        assertThat(decide(false).rebuild().changes().changed()).containsExactly("A");
    }

    @Test
    void withForceTheDeckFoundIsMovedAsideFirstUnderANameNotYetTaken() {
        files.put(TARGET, found(Rebuild.Found.EDITED_DECK));
        taken.add(Path.of("out", "talk.edited-20261124-221500.pptx"));
        taken.add(Path.of("out", "talk.edited-20261124-221500-2.pptx"));
        DeckGuard.Decision decision = decide(true);
        assertThat(decision.writeTo()).isEqualTo(TARGET);
        assertThat(decision.moveFirst()).contains(new DeckGuard.Move(TARGET, Path.of("out", "talk.edited-20261124-221500-3.pptx")));
        assertThat(decision.rebuild().keptAs()).contains(Path.of("out", "talk.edited-20261124-221500-3.pptx"));
    }

    @Test
    void anEarlierNewDeckIsReplacedUnlessItWasEditedToo() {
        files.put(TARGET, found(Rebuild.Found.EDITED_DECK));
        files.put(BESIDE, found(Rebuild.Found.LECTERNS_DECK));
        assertThat(decide(false).moveFirst()).isEmpty();

        files.put(BESIDE, found(Rebuild.Found.EDITED_DECK));
        DeckGuard.Decision decision = decide(false);
        assertThat(decision.writeTo()).isEqualTo(BESIDE);
        assertThat(decision.moveFirst()).contains(new DeckGuard.Move(BESIDE, Path.of("out", "talk.new.edited-20261124-221500.pptx")));
        assertThat(decision.rebuild().besideKeptAs()).contains(Path.of("out", "talk.new.edited-20261124-221500.pptx"));
    }
}
