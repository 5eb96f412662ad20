package lectern.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A footnote's text, which goes to the speaker notes of the slide that cites it.
 *
 * @param label  the name the essay cites it by ({@code [^label]})
 * @param number its number in the order it is first cited, as the marker in the text shows it
 * @param line   the essay line of its definition
 */
public record Footnote(String label, int number, List<Run> runs, int line) {

    public Footnote {
        runs = List.copyOf(runs);
    }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
