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
 * "details", titled by its {@code <summary>} (which may be a heading of its own, as in {@code <summary>### With
 * Make</summary>}). A heading inside is not the talk's structure.
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

        Open(List<Block> outer, int nesting, int line) {
            this.outer = outer;
            this.nesting = nesting;
            this.line = line;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();

    /**
     * Reads an HTML block made of {@code <details>} and {@code <summary>} tags (and a summary's words); false for
     * any other HTML, which is left to the caller.
     */
    boolean take(HtmlBlock html, int line, List<Block> into, int nesting) {
        String text = html.getChars().toString();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        boolean any = false;
        while (tag.find()) {
            any = true;
            between(text.substring(at, tag.start()));
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
        between(text.substring(at));
        return any;
    }

    /** Words between tags belong to an open summary; anything else there is markup. */
    private void between(String html) {
        String words = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (!words.isEmpty() && !open.isEmpty() && open.peek().inSummary) {
            summary(words);
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
        done.outer.add(new Div("details", done.summary.toString().strip(), done.blocks, done.line));
    }
}
