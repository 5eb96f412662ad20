package lectern.deck;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One paragraph of speaker notes.
 *
 * @param depth  nesting level, 0 for top-level prose
 * @param number the item's number in a numbered list, or a footnote's; 0 otherwise
 * @param cites  the labels of the footnotes the paragraph cites
 */
public record NoteParagraph(Style style, int depth, int number, List<Run> runs, List<String> cites) {

    public NoteParagraph {
        runs = List.copyOf(runs);
        cites = List.copyOf(cites);
    }

    public NoteParagraph(Style style, int depth, int number, List<Run> runs) {
        this(style, depth, number, runs, List.of());
    }

    /** {@code CUE} is Lectern's own line for the presenter (time, what comes next), never the author's prose. */
    public enum Style { PROSE, HEADING, BULLET, NUMBERED, QUOTE, CODE, FOOTNOTE, CUE }

    /** What a cue says before the notes of a claim that appears on a click. */
    public static final String CLICK = "Click: ";

    /** One of Lectern's own lines for the presenter. */
    public static NoteParagraph cue(String text) {
        return new NoteParagraph(Style.CUE, 0, 0, List.of(Run.plain(text)));
    }

    /**
     * Whether a line of notes, read back from a deck, is one of Lectern's cues rather than the author's prose:
     * a cue changes with the whole talk's timing, so a deck is not "edited" when only its cues would differ.
     */
    public static boolean isCue(String line) {
        return CUES.matcher(line.strip()).matches();
    }

    private static final java.util.regex.Pattern CUES = java.util.regex.Pattern.compile(
            "~\\d+:\\d\\d(:\\d\\d)? (\u00B7 at|\\(shortened from) .*|Skipped to keep to \\d.*|Next: .*|Click: .*"
                    + "|Discussion about \u201C.*\u201D, about \\d+ minutes: .*");

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
