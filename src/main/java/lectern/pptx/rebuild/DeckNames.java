package lectern.pptx.rebuild;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The names a deck's neighbours get: the new deck beside one Lectern must keep, and a kept deck moved aside. */
public final class DeckNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private DeckNames() {
    }

    /** {@code talk.pptx} → {@code talk.new.pptx}, in the same folder. */
    public static Path beside(Path deck) {
        return deck.resolveSibling(base(deck) + ".new" + extension(deck));
    }

    /** {@code talk.pptx} → {@code talk.edited-20261124-221500.pptx}, in the same folder. */
    public static Path kept(Path deck, LocalDateTime when) {
        return deck.resolveSibling(base(deck) + ".edited-" + STAMP.format(when) + extension(deck));
    }

    /** The {@code n}th choice of {@link #kept} when the earlier ones are taken: {@code talk.edited-…-2.pptx}. */
    static Path kept(Path deck, LocalDateTime when, int n) {
        Path first = kept(deck, when);
        return n < 2 ? first : deck.resolveSibling(base(first) + "-" + n + extension(deck));
    }

    private static String base(Path deck) {
        String name = deck.getFileName().toString();
        return name.substring(0, name.length() - extension(deck).length());
    }

    private static String extension(Path deck) {
        String name = deck.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }
}
