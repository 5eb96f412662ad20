package lectern.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.Slide;
import lectern.deck.Timing;
import lectern.theme.Rgb;
import lectern.picture.PictureCheck;

/**
 * A talk as {@code lectern check} looks at it, whether it comes from an essay (the deck a build would write) or
 * from a deck (as it is now, edited or not).
 *
 * @param file     what was given to check: the essay or the deck
 * @param essay    the essay the slides' lines are lines of; for a deck, the one it was built from if it was found
 * @param slides   the slides, each with its essay line (0 where it is not known)
 * @param timing   how long each slide takes, and which are hidden
 * @param pictures every picture the slides show
 * @param headings the essay's headings in order, its title first; empty when the essay is not known
 * @param setApart the essay's headings set inside a div, alert, {@code <details>}, list or quotation
 * @param literalEmphasis the essay's {@code **} and {@code __} that pair with no other mark; none for a deck, whose
 *                 text is checked as it is now
 * @param fromDeck whether the slides were read from a deck, so a fix is done in PowerPoint rather than the essay
 * @param claimLines for slides read from a deck, by number: the essay line of each claim worded as the essay words it
 * @param access   what the Accessibility Checker looks at besides the words
 */
public record Talk(Path file, Optional<Path> essay, String title, List<Slide> slides, Timing timing,
                   List<ShownPicture> pictures, List<Heading> headings, List<Heading> setApart,
                   List<Mark> literalEmphasis, boolean fromDeck, Map<Integer, Map<String, Integer>> claimLines,
                   Access access) {

    /**
     * What a screen reader and PowerPoint's Accessibility Checker meet besides the words.
     *
     * @param colours         each text colour on what it stands on
     * @param declared        the language the essay says it is in (front matter {@code lang:}), where it says one
     * @param declaredAt      the front matter's line, for a finding about it
     * @param writtenIn       the language most of the deck's letters are written in, when that is not a Latin script
     * @param readBeforeTitle slides on which a screen reader reads a shape before the title (decks only)
     * @param mislabelled     slides with text marked as a language it is not written in (decks only)
     */
    public record Access(List<ColourPair> colours, Optional<String> declared, int declaredAt, Optional<String> writtenIn,
                         List<Slip> readBeforeTitle, List<Slip> mislabelled) {
        public Access {
            colours = List.copyOf(colours);
            readBeforeTitle = List.copyOf(readBeforeTitle);
            mislabelled = List.copyOf(mislabelled);
        }
    }

    /** A text colour on its background, named by where it is used. */
    public record ColourPair(String what, Rgb text, Rgb on) {
    }

    /** What was found on one slide. */
    public record Slip(int slide, String what) {
    }

    public Talk {
        slides = List.copyOf(slides);
        pictures = List.copyOf(pictures);
        headings = List.copyOf(headings);
        setApart = List.copyOf(setApart);
        literalEmphasis = List.copyOf(literalEmphasis);
        claimLines = Map.copyOf(claimLines);
    }

    /**
     * A picture on a slide.
     *
     * @param src     the picture as the essay names it, or its file name in a deck
     * @param alt     the description written for it; empty when there is none of the author's own
     * @param line    the essay line of the picture (or of its slide), 0 where it is not known
     * @param problem why the deck shows a gap instead of it
     * @param sharpness how many of its pixels fall on each point of its frame; empty for a vector, or not known
     */
    public record ShownPicture(int slide, String src, String alt, int line, Optional<PictureCheck.Problem> problem,
                               Optional<Double> sharpness) {
    }

    /**
     * A heading of the essay: {@code level} 1 for the title, 2 for {@code ##}.
     *
     * @param inside what it is set inside ("::: solution"); empty for a heading of the talk's own
     */
    public record Heading(int level, String text, int line, String inside) {
        public Heading(int level, String text, int line) {
            this(level, text, line, "");
        }
    }

    /**
     * Marks of emphasis that pair with no other, so the slides or notes show them as typed.
     *
     * @param mark    {@code **}, {@code __}, {@code ***} or {@code ___}
     * @param context the essay's line around them
     */
    public record Mark(String mark, String context, int line) {
    }

    /** The file a finding at this line points to: the essay where the line is known, else what was checked. */
    Path where(int line) {
        return line > 0 && essay.isPresent() ? essay.get() : file;
    }

    /** The essay line of a claim on a slide: its own, or the essay's for its words, or else its slide's. */
    int lineOf(Claim claim, Slide slide) {
        return claim.line() > 0 ? claim.line()
                : claimLines.getOrDefault(slide.number(), Map.of()).getOrDefault(claim.text(), slide.line());
    }

    /**
     * The slide a line's heading starts, or the one whose notes the line ends up in; 0 before every slide. The
     * closing slide carries the line of the claim it repeats, which its own section's slide shows first.
     */
    int slideOf(int line) {
        int slide = 0;
        for (Slide candidate : slides) {
            if (candidate instanceof ClosingSlide) {
                continue;
            }
            if (candidate.line() == line) {
                return candidate.number();
            }
            if (candidate.line() > 0 && candidate.line() < line && !(candidate instanceof DiscussionSlide)) {
                slide = candidate.number();
            }
        }
        return slide;
    }

    Slide slide(int number) {
        return slides.get(number - 1);
    }
}
