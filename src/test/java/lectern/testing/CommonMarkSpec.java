package lectern.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The CommonMark spec's examples (0.30, as flexmark's test jar ships it): Markdown's odd corners, each on its own. */
public final class CommonMarkSpec {
    private static final String FENCE = "````````````````````````````````";

    private CommonMarkSpec() {
    }

    public record Example(int number, String section, String markdown) {
    }

    /** The examples, with the spec's → turned back into the tabs it stands for. */
    public static List<Example> examples() {
        String spec;
        try (InputStream in = CommonMarkSpec.class.getClassLoader().getResourceAsStream("spec.0.30.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        String section = "";
        StringBuilder markdown = null;
        for (String line : spec.split("\n", -1)) {
            if (markdown == null) {
                if (line.startsWith("#")) {
                    section = line.replaceFirst("^#+\\s*", "");
                } else if (line.equals(FENCE + " example")) {
                    markdown = new StringBuilder();
                }
            } else if (line.equals(".")) {
                examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('\u2192', '\t')));
                markdown = null;
            } else {
                markdown.append(line).append('\n');
            }
        }
        return examples;
    }
}
