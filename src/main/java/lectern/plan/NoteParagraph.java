package lectern.plan;

import java.util.List;
import java.util.stream.Collectors;
import lectern.read.Run;

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

    public enum Style { PROSE, HEADING, BULLET, NUMBERED, QUOTE, CODE, FOOTNOTE }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
