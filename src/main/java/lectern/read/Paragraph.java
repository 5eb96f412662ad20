package lectern.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph of prose as formatted runs. A hard line break is kept as {@code \n} inside a run.
 *
 * @param cites the labels of the footnotes it cites, in order
 */
public record Paragraph(List<Run> runs, int line, List<String> cites) implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
        cites = List.copyOf(cites);
    }

    public Paragraph(List<Run> runs, int line) {
        this(runs, line, List.of());
    }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
