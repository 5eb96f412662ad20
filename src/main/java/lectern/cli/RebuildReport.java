package lectern.cli;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lectern.Locations;
import lectern.pptx.rebuild.Changes;
import lectern.pptx.rebuild.DeckNames;
import lectern.pptx.rebuild.Rebuild;

/** Says in words what a build did about the deck that was already there. */
final class RebuildReport {
    /** More names than this and a message stops being read. */
    private static final int NAMES_SHOWN = 3;

    private RebuildReport() {
    }

    /** What goes after the deck's own line: what changed since the last build, or where the old deck went. */
    static String suffix(Rebuild rebuild) {
        if (rebuild.keptAs().isPresent()) {
            return "; kept " + what(rebuild.found()) + " that was there as " + Locations.display(rebuild.keptAs().get());
        }
        if (rebuild.found() == Rebuild.Found.LECTERNS_DECK) {
            return "; since the last build: " + sinceLastBuild(rebuild.changes());
        }
        return "";
    }

    /** The warning for a deck that was kept and the new deck written beside it; empty when there is none. */
    static Optional<String> warning(Rebuild rebuild, LocalDateTime now) {
        if (!rebuild.besideIt()) {
            return Optional.empty();
        }
        String why = switch (rebuild.found()) {
            case EDITED_DECK -> "edited after Lectern wrote it (" + edits(rebuild.changes()) + ")";
            case OTHER_DECK -> "not written by Lectern (it has no Lectern fingerprint), so it was left alone";
            default -> "cannot be read as a deck (" + rebuild.problem().orElse("unknown problem")
                    + "), so it was left alone";
        };
        String earlier = rebuild.besideKeptAs().map(kept -> " (the earlier " + rebuild.written().getFileName()
                + " had been edited: it is now " + kept.getFileName() + ")").orElse("");
        return Optional.of(why + "; wrote " + Locations.display(rebuild.written()) + " beside it" + earlier
                + "; --force replaces it, keeping " + what(rebuild.found()) + " as "
                + DeckNames.kept(rebuild.target(), now).getFileName());
    }

    private static String what(Rebuild.Found found) {
        return switch (found) {
            case EDITED_DECK -> "the edited deck";
            case UNREADABLE -> "the file";
            default -> "the deck";
        };
    }

    /** {@code 1 changed ("X"), 2 added ("Y", "Z"), 0 removed}, or {@code unchanged}. */
    static String sinceLastBuild(Changes changes) {
        if (changes.none()) {
            return "unchanged";
        }
        List<String> parts = new ArrayList<>(List.of(counted(changes.changed(), "changed"),
                counted(changes.added(), "added"), counted(changes.removed(), "removed")));
        if (changes.reordered()) {
            parts.add("slides in a new order");
        }
        if (changes.theme()) {
            parts.add("new theme colours or fonts");
        }
        return String.join(", ", parts);
    }

    /** {@code slides "X", "Y"; deleted "Z"}: what a person changed, so they know what a rebuild would lose. */
    static String edits(Changes changes) {
        List<String> parts = new ArrayList<>();
        if (!changes.changed().isEmpty()) {
            parts.add((changes.changed().size() == 1 ? "slide " : "slides ") + names(changes.changed()));
        }
        if (!changes.removed().isEmpty()) {
            parts.add("deleted " + names(changes.removed()));
        }
        if (!changes.added().isEmpty()) {
            parts.add("added " + names(changes.added()));
        }
        if (changes.reordered()) {
            parts.add("moved slides");
        }
        if (changes.theme()) {
            parts.add("changed the theme's colours or fonts");
        }
        return parts.isEmpty() ? "its fingerprint no longer matches" : String.join("; ", parts);
    }

    private static String counted(List<String> names, String what) {
        return names.size() + " " + what + (names.isEmpty() ? "" : " (" + names(names) + ")");
    }

    private static String names(List<String> names) {
        String shown = names.stream().limit(NAMES_SHOWN).map(name -> "\"" + name + "\"")
                .collect(Collectors.joining(", "));
        return names.size() <= NAMES_SHOWN ? shown : shown + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
