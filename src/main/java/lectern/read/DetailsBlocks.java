package lectern.read;

import com.vladsch.flexmark.ast.HtmlBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML's {@code <details>} around Markdown, as READMEs fold long passages away: flexmark sees only the tags, as
 * HTML blocks among the blocks they enclose, so the blocks in between are gathered here into a {@link Div} of kind
 * "details", titled by its {@code <summary>}. A summary written as a heading ({@code <summary>### With
 * Make</summary>}) folds a subsection away on the web page: the details then open on that heading, a
 * {@link Subheading} that starts no slide but, once the planner opens the details, names the slides of what they
 * hold. Any other heading inside is not the talk's structure.
 */
final class DetailsBlocks {
    private static final Pattern TAG = Pattern.compile("<(/?)(details|summary)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final class Open {
        final List<Block> outer;
        final List<Block> blocks = new ArrayList<>();
        final int nesting;
        final int line;
        final StringBuilder summary = new StringBuilder();
        boolean inSummary;
        /** The level of the heading the summary was written as ({@code <summary>### With Make</summary>}), or 0. */
        int headingLevel;

        Open(List<Block> outer, int nesting, int line) {
            this.outer = outer;
            this.nesting = nesting;
            this.line = line;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();

    /** Takes the HTML a {@code <details>} block holds beside its tags and its summary: a picture, words. */
    @FunctionalInterface
    interface Outside {
        void html(String html, int line, List<Block> into);
    }

    /**
     * Reads an HTML block made of {@code <details>} and {@code <summary>} tags (and a summary's words); false for
     * any other HTML, which is left to the caller.
     *
     * @param outside takes what else the block holds, where it stands: inside the details once they are open
     */
    boolean take(HtmlBlock html, int line, List<Block> into, int nesting, Outside outside) {
        String text = html.getChars().toString();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        boolean any = false;
        while (tag.find()) {
            any = true;
            between(text, at, tag.start(), line, target(into, nesting), outside);
            boolean closing = !tag.group(1).isEmpty();
            boolean details = tag.group(2).equalsIgnoreCase("details");
            if (details && !closing) {
                open.push(new Open(target(into, nesting), nesting, line));
            } else if (details) {
                close();
            } else if (!open.isEmpty()) {
                open.peek().inSummary = !closing;
            }
            at = tag.end();
        }
        // HTML with no tag of its own is the caller's, but its words may still be an open summary's.
        between(text, at, text.length(), line, target(into, nesting), any ? outside : (h, l, i) -> { });
        return any;
    }

    /** Words between tags belong to an open summary; anything else is the block's own, for {@code outside}. */
    private void between(String text, int from, int to, int line, List<Block> into, Outside outside) {
        String html = text.substring(from, to);
        if (!open.isEmpty() && open.peek().inSummary) {
            String words = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                summary(words);
            }
        } else if (!html.isBlank()) {
            outside.html(html, line + (int) text.substring(0, from).chars().filter(c -> c == '\n').count(), into);
        }
    }

    /** Where a block read at {@code nesting} goes: into the details open at that depth, else {@code into}. */
    List<Block> target(List<Block> into, int nesting) {
        return !open.isEmpty() && open.peek().nesting == nesting ? open.peek().blocks : into;
    }

    /** Whether a details is open at this depth. */
    boolean openAt(int nesting) {
        return !open.isEmpty() && open.peek().nesting == nesting;
    }

    /** Whether the details open at this depth is still reading its summary: its words are the title. */
    boolean takesSummary(int nesting) {
        return !open.isEmpty() && open.peek().nesting == nesting && open.peek().inSummary;
    }

    /** A summary written as a heading: the author's subsection, folded away on the web page. */
    void summaryHeading(String words, int level) {
        open.peek().headingLevel = open.peek().summary.length() == 0 ? level : open.peek().headingLevel;
        summary(words);
    }

    void summary(String words) {
        StringBuilder summary = open.peek().summary;
        summary.append(summary.length() == 0 ? "" : " ").append(words);
    }

    /** Closes the details opened at {@code nesting} or deeper that were never closed there. */
    void closeAll(int nesting, int line) {
        while (!open.isEmpty() && open.peek().nesting >= nesting) {
            close();
        }
    }

    private void close() {
        if (open.isEmpty()) {
            return;
        }
        Open done = open.pop();
        String title = done.summary.toString().strip();
        List<Block> blocks = new ArrayList<>(done.blocks);
        if (done.headingLevel > 0 && !title.isEmpty()) {
            // A summary written as a heading heads what the details hold, as the author's subsection.
            blocks.add(0, new Subheading(title, done.headingLevel, done.line, "<details>"));
        }
        done.outer.add(new Div("details", title, blocks, done.line));
    }
}
