package lectern.plan;

import java.util.List;
import java.util.Optional;

/**
 * One slide, decided but not yet drawn.
 *
 * @param number   1-based position in the deck
 * @param title    the slide's title, the heading it comes from; a statement's claim is in {@code claims}
 * @param subtitle only on the title slide
 * @param claims   the author's claims the slide shows, in essay order
 * @param items    lines the slide lists that are not claims: the subsections a divider opens, the sections an
 *                 agenda names, the questions a discussion puts to the room, who is presenting
 * @param line     the essay line the slide comes from (its heading), 0 for none
 * @param figure   the table, code or quotation a slide of such a kind shows
 * @param level    the level of the heading it comes from: 1 for the title and the slides about the whole talk
 */
public record Slide(int number, SlideKind kind, String title, Optional<String> subtitle, List<Claim> claims,
                    List<String> items, Optional<Picture> picture, SpeakerNotes notes, int line,
                    Optional<Figure> figure, int level) {

    public Slide {
        claims = List.copyOf(claims);
        items = List.copyOf(items);
    }

    /** A slide of the essay's own: no listed items, no figure, at the level of a section. */
    public Slide(int number, SlideKind kind, String title, Optional<String> subtitle, List<Claim> claims,
                 Optional<Picture> picture, SpeakerNotes notes, int line) {
        this(number, kind, title, subtitle, claims, List.of(), picture, notes, line, Optional.empty(), 2);
    }

    Slide withNumber(int n) {
        return new Slide(n, kind, title, subtitle, claims, items, picture, notes, line, figure, level);
    }

    Slide withNotes(SpeakerNotes more) {
        return new Slide(number, kind, title, subtitle, claims, items, picture, more, line, figure, level);
    }

    Slide withLevel(int depth) {
        return new Slide(number, kind, title, subtitle, claims, items, picture, notes, line, figure, depth);
    }

    Slide withItems(List<String> lines) {
        return new Slide(number, kind, title, subtitle, claims, lines, picture, notes, line, figure, level);
    }

    /** Whether the slide continues the one before it: more claims, rows, lines or pictures of the same heading. */
    public boolean continues() {
        return title.endsWith(" (continued)");
    }
}
