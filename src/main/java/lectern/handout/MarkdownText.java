package lectern.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.deck.Claim;
import lectern.deck.Run;

/**
 * The author's words as Markdown that a viewer shows exactly as they were written: bold, italic, code and links
 * as Markdown marks, and every character that a viewer would take for a mark escaped.
 */
final class MarkdownText {
    /** Characters that start or end Markdown syntax wherever they stand in a line. */
    private static final String SPECIAL = "\\`*_[]<>#|~";
    /** An ampersand only matters where it would spell an entity: {@code &amp;} would show as "&". */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /**
     * What makes a line a list item ("- ", "+ ", "3. "), a rule ("---") or a heading's underline ("===") when it
     * stands at its start; "1.2 M" or "-5 degrees" is prose and stays as it is.
     */
    private static final Pattern BLOCK_START = Pattern.compile("^([-+](?=\\s|$)|\\d{1,9}(?=[.)](?:\\s|$))|[-=]+\\s*$)");

    private MarkdownText() {
    }

    /** Plain text, such as a title or a question, with nothing in it read as Markdown. */
    static String plain(String text) {
        return lineStart(escape(text.replace('\n', ' ').strip()));
    }

    /** A claim's spans, with the author's bold and links. */
    static String spans(List<Claim.Span> spans, String continuation) {
        return runs(spans.stream().map(s -> new Run(s.text(), s.bold(), false, false, s.link())).toList(), continuation);
    }

    /**
     * Formatted runs, as one paragraph. A line break inside them becomes Markdown's hard break, and the next line
     * starts with {@code continuation} (the indent or "> " of the block it is in) so it stays in that block.
     */
    static String runs(List<Run> runs, String continuation) {
        String text = inline(runs);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(lineStart(lines[0].stripLeading()));
        for (int i = 1; i < lines.length; i++) {
            out.append("\\\n").append(continuation).append(lineStart(lines[i].stripLeading()));
        }
        return out.toString();
    }

    private static String inline(List<Run> runs) {
        List<Marks.Token> tokens = new ArrayList<>();
        bold(runs.stream().filter(r -> !r.text().isEmpty()).toList(), tokens);
        return Marks.resolve(tokens);
    }

    /** A code span that holds any text, backticks included. */
    static String code(String text) {
        String fence = "`".repeat(longestRun(text, '`') + 1);
        // A code span loses one space at each end when it has one at both, and needs one against a backtick.
        boolean spaced = text.startsWith(" ") && text.endsWith(" ") && !text.isBlank();
        String pad = text.startsWith("`") || text.endsWith("`") || spaced ? " " : "";
        return fence + pad + text.replace('\n', ' ') + pad + fence;
    }

    /** A fence for a code block that no line of the code can close. */
    static String fence(String code) {
        return "`".repeat(Math.max(3, longestRun(code, '`') + 1));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher entity = ENTITY.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || c == '&' && entity.region(i, text.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A line of prose that begins like "- ", "+ ", "3." or "===" would become a list or a heading. */
    private static String lineStart(String line) {
        Matcher m = BLOCK_START.matcher(line);
        if (!m.find()) {
            return line;
        }
        return Character.isDigit(line.charAt(0)) ? line.substring(0, m.end()) + "\\" + line.substring(m.end())
                : "\\" + line;
    }

    // Runs are grouped from the outside in, bold, then links, then italic, so that marks nest and never cross:
    // a bold claim with a link inside stays one bold span, as the author wrote it.

    private static void bold(List<Run> runs, List<Marks.Token> out) {
        for (List<Run> group : groups(runs, Run::bold)) {
            if (group.get(0).bold()) {
                marked(group, out, "**", "strong", MarkdownText::linked);
            } else {
                linked(group, out);
            }
        }
    }

    private static void linked(List<Run> runs, List<Marks.Token> out) {
        for (List<Run> group : groups(runs, Run::link)) {
            String link = group.get(0).link();
            if (link.isEmpty()) {
                italic(group, out);
            } else {
                out.add(new Marks.Token("[", false, 0));
                italic(group, out);
                out.add(new Marks.Token("](" + destination(link) + ")", false, 0));
            }
        }
    }

    private static void italic(List<Run> runs, List<Marks.Token> out) {
        for (List<Run> group : groups(runs, Run::italic)) {
            if (group.get(0).italic()) {
                marked(group, out, "*", "em", MarkdownText::words);
            } else {
                words(group, out);
            }
        }
    }

    private static void words(List<Run> runs, List<Marks.Token> out) {
        for (Run run : runs) {
            out.add(new Marks.Token(run.code() ? code(run.text()) : escape(run.text()), false, 0));
        }
    }

    /**
     * Emphasis around the runs, with the spaces at its edges left outside the marks: Markdown only takes
     * {@code ** bold **} for bold when the marks touch the words.
     */
    private static void marked(List<Run> runs, List<Marks.Token> out, String mark, String tag,
                               java.util.function.BiConsumer<List<Run>, List<Marks.Token>> inner) {
        String text = runs.stream().map(Run::text).reduce("", String::concat);
        if (text.isBlank()) {
            inner.accept(runs, out);
            return;
        }
        List<Run> trimmed = new ArrayList<>(runs);
        String before = leading(trimmed);
        String after = trailing(trimmed);
        if (!before.isEmpty()) {
            out.add(new Marks.Token(before, false, 0));
        }
        int pair = out.size();
        Marks.Token open = new Marks.Token(mark, true, pair);
        open.tag = "<" + tag + ">";
        out.add(open);
        inner.accept(trimmed, out);
        Marks.Token close = new Marks.Token(mark, true, pair);
        close.tag = "</" + tag + ">";
        out.add(close);
        if (!after.isEmpty()) {
            out.add(new Marks.Token(after, false, 0));
        }
    }

    /** Takes the white space off the start of the runs, however many runs it spans, and returns it. */
    private static String leading(List<Run> runs) {
        StringBuilder taken = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            String kept = run.text().stripLeading();
            taken.append(run.text(), 0, run.text().length() - kept.length());
            runs.set(i, new Run(kept, run.bold(), run.italic(), run.code(), run.link()));
            if (!kept.isEmpty()) {
                break;
            }
        }
        return taken.toString();
    }

    private static String trailing(List<Run> runs) {
        StringBuilder taken = new StringBuilder();
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            String kept = run.text().stripTrailing();
            taken.insert(0, run.text().substring(kept.length()));
            runs.set(i, new Run(kept, run.bold(), run.italic(), run.code(), run.link()));
            if (!kept.isEmpty()) {
                break;
            }
        }
        return taken.toString();
    }

    private static String destination(String link) {
        if (link.chars().noneMatch(c -> c <= ' ' || "()<>\\".indexOf(c) >= 0)) {
            return link;
        }
        return "<" + link.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>").replace("\n", "") + ">";
    }

    private static <K> List<List<Run>> groups(List<Run> runs, java.util.function.Function<Run, K> key) {
        List<List<Run>> groups = new ArrayList<>();
        for (Run run : runs) {
            if (groups.isEmpty() || !key.apply(groups.get(groups.size() - 1).get(0)).equals(key.apply(run))) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(run);
        }
        return groups;
    }

    private static int longestRun(String text, char c) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            current = text.charAt(i) == c ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
