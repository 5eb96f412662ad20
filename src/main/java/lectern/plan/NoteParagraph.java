package lectern.plan;

import java.util.List;
import java.util.stream.Collectors;
import lectern.read.Run;

/**
 * One paragraph of speaker notes.
 *
 * @param depth  nesting level, 0 for top-level prose
 * @param number the item's number in a numbered list, 0 otherwise
 */
public record NoteParagraph(Style style, int depth, int number, List<Run> runs) {

    public NoteParagraph {
        runs = List.copyOf(runs);
    }

    public enum Style { PROSE, HEADING, BULLET, NUMBERED, QUOTE, CODE }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
