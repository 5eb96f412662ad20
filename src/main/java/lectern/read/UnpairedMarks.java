package lectern.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code **} and {@code __} flexmark left as text, after every pair it could make was made. Only runs of two
 * or three count, with no white space on one side at least: marks with a space on both sides are no mark
 * ("2 ** 10"), and a longer run ("____", a blank to fill in) is no bold anyone meant. An escaped mark
 * ({@code \*\*}) is the author's asterisks, and code, an autolink and a picture's alt text are not prose.
 */
final class UnpairedMarks {
    /** How much of the line either side of the marks a message shows. */
    private static final int AROUND = 12;

    private UnpairedMarks() {
    }

    static List<LiteralEmphasis> in(Document document) {
        List<LiteralEmphasis> found = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text text && isProse(text)) {
                find(document, text.getChars(), found);
            }
        }
        return found;
    }

    /** Text of a paragraph, a heading or a table's cell, where Markdown's marks mean something. */
    private static boolean isProse(Text text) {
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Code || up instanceof AutoLink || up instanceof MailLink || up instanceof Image
                    || up instanceof ImageRef) {
                return false;
            }
            if (up instanceof Paragraph || up instanceof Heading || up instanceof TableCell) {
                return true;
            }
        }
        return false;
    }

    private static void find(Document document, BasedSequence chars, List<LiteralEmphasis> found) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c != '*' && c != '_') {
                continue;
            }
            int end = i;
            while (end < chars.length() && chars.charAt(end) == c) {
                end++;
            }
            int start = chars.getIndexOffset(i);
            int stop = chars.getIndexOffset(end - 1) + 1;
            BasedSequence source = chars.getBaseSequence();
            if (end - i <= 3 && end - i >= 2 && start >= 0 && stop > 0
                    && !(whiteSpace(source, start - 1) && whiteSpace(source, stop))) {
                found.add(new LiteralEmphasis(chars.subSequence(i, end).toString(), context(source, start, stop),
                        SourceLine.at(document, start)));
            }
            i = end - 1;
        }
    }

    /** The essay's own characters beside the marks: the text node may end where code or a link begins. */
    private static boolean whiteSpace(BasedSequence source, int at) {
        return at < 0 || at >= source.length() || Character.isWhitespace(source.charAt(at))
                || Character.getType(source.charAt(at)) == Character.SPACE_SEPARATOR;
    }

    /** The line's source around the marks, cut at the line's ends and after {@link #AROUND} characters. */
    private static String context(BasedSequence source, int start, int stop) {
        int from = start;
        while (from > 0 && start - from < AROUND && source.charAt(from - 1) != '\n') {
            from--;
        }
        int to = stop;
        while (to < source.length() && to - stop < AROUND && source.charAt(to) != '\n' && source.charAt(to) != '\r') {
            to++;
        }
        // A character beyond the basic plane is two chars: never cut one in half.
        if (from > 0 && Character.isLowSurrogate(source.charAt(from))) {
            from--;
        }
        if (to < source.length() && Character.isLowSurrogate(source.charAt(to))) {
            to++;
        }
        boolean cutBefore = from > 0 && source.charAt(from - 1) != '\n';
        boolean cutAfter = to < source.length() && source.charAt(to) != '\n' && source.charAt(to) != '\r';
        return (cutBefore ? "…" : "") + source.subSequence(from, to).toString().strip() + (cutAfter ? "…" : "");
    }
}
