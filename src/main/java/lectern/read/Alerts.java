package lectern.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's alerts: a quotation that opens with {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]},
 * {@code [!WARNING]} or {@code [!CAUTION]} (in any case) is a callout of that kind, not a quotation, and its marker
 * is markup, not words.
 */
final class Alerts {
    private static final Pattern MARKER = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\\]\\s*",
            Pattern.CASE_INSENSITIVE);

    private Alerts() {
    }

    /** The quotation's blocks as an alert when its first paragraph opens with a marker, else as a quotation. */
    static Block of(List<Block> blocks, int line) {
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph first)) {
            return new Quote(blocks, line);
        }
        Matcher marker = MARKER.matcher(first.text());
        if (!marker.find()) {
            return new Quote(blocks, line);
        }
        List<Block> rest = new ArrayList<>();
        List<Run> runs = without(first.runs(), marker.end());
        if (runs.stream().anyMatch(run -> !run.text().isBlank())) {
            rest.add(new Paragraph(runs, first.line(), first.cites()));
        }
        rest.addAll(blocks.subList(1, blocks.size()));
        return new Div(marker.group(1).toLowerCase(Locale.ROOT), "", rest, line);
    }

    /** The runs without their first {@code chars} characters. */
    private static List<Run> without(List<Run> runs, int chars) {
        List<Run> kept = new ArrayList<>();
        int left = chars;
        for (Run run : runs) {
            if (left >= run.text().length()) {
                left -= run.text().length();
                continue;
            }
            String text = run.text().substring(left);
            left = 0;
            kept.add(new Run(kept.isEmpty() ? text.stripLeading() : text, run.bold(), run.italic(), run.code(), run.link()));
        }
        return kept;
    }
}
