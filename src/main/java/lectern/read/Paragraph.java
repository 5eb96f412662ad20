package lectern.read;

import java.util.List;
import java.util.stream.Collectors;

/** A paragraph of prose as formatted runs. A hard line break is kept as {@code \n} inside a run. */
public record Paragraph(List<Run> runs, int line) implements Block {

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
