package lectern.plan;

import java.util.List;
import java.util.Optional;

/**
 * One slide, decided but not yet drawn.
 *
 * @param number   1-based position in the deck
 * @param title    the slide's title; for a statement, the statement itself
 * @param subtitle only on the title slide
 * @param claims   what the slide shows as text, in essay order
 * @param line     the essay line the slide comes from (its heading), 0 for none
 * @param figure   the table, code or quotation a slide of such a kind shows
 */
public record Slide(int number, SlideKind kind, String title, Optional<String> subtitle, List<Claim> claims,
                    Optional<Picture> picture, SpeakerNotes notes, int line, Optional<Figure> figure) {

    public Slide {
        claims = List.copyOf(claims);
    }

    public Slide(int number, SlideKind kind, String title, Optional<String> subtitle, List<Claim> claims,
                 Optional<Picture> picture, SpeakerNotes notes, int line) {
        this(number, kind, title, subtitle, claims, picture, notes, line, Optional.empty());
    }

    Slide withNumber(int n) {
        return new Slide(n, kind, title, subtitle, claims, picture, notes, line, figure);
    }

    Slide withNotes(SpeakerNotes more) {
        return new Slide(number, kind, title, subtitle, claims, picture, more, line, figure);
    }
}
