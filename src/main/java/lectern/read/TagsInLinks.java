package lectern.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Site generator tags inside a link's address, as Hugo's pages write them:
 * {@code [the docs](https://example.com/v{{% param vers %}}/README.md)}. Hugo fills the tag in before Markdown
 * sees the page; read as it stands, the spaces inside the tag end the address, and the whole link would show on a
 * slide as typed. The tag's spaces become no-break spaces, which an address may hold, so the link is read as a
 * link (and {@link Inlines} then leaves out the address it cannot complete). Code is left as written.
 */
final class TagsInLinks {
    /** An address opened by {@code ](} that holds a tag before it closes. */
    private static final Pattern TAG_IN_ADDRESS = Pattern.compile("\\]\\([^)\\s]*?(\\{\\{[%<][^}]*?[%>]\\}\\})");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private TagsInLinks() {
    }

    static String protect(String markdown) {
        if (!markdown.contains("{{")) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        for (String line : markdown.split("(?<=\n)", -1)) {
            Matcher opens = FENCE.matcher(line);
            if (opens.find()) {
                String marks = opens.group(1);
                if (fence == null) {
                    fence = marks;
                } else if (marks.charAt(0) == fence.charAt(0) && marks.length() >= fence.length()) {
                    fence = null;
                }
                out.append(line);
                continue;
            }
            out.append(fence == null ? protectLine(line) : line);
        }
        return out.toString();
    }

    private static String protectLine(String line) {
        Matcher tag = TAG_IN_ADDRESS.matcher(line);
        if (!tag.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        do {
            for (int i = tag.start(1); i < tag.end(1); i++) {
                if (out.charAt(i) == ' ') {
                    out.setCharAt(i, '\u00A0');
                }
            }
        } while (tag.find());
        return out.toString();
    }
}
