package lectern.read;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * The essay line a node starts or ends on, asked of the document itself. flexmark's own
 * {@code Node.getStartLineNumber()} climbs to the document through the node's parents, and the task-list extension
 * leaves the blocks nested in a task item with a parent no longer in the tree. flexmark's
 * {@code Document.getLineNumber} walks its table of lines from the top on every call, so an essay of 100,000
 * headings took minutes to read: here the table is searched by halves, made once for each document.
 */
final class SourceLine {
    private static final NullableDataKey<int[]> ENDS = new NullableDataKey<>("LECTERN_LINE_ENDS");

    private SourceLine() {
    }

    /** The 1-based line {@code node} starts on. */
    static int start(Document document, Node node) {
        return at(document, node.getStartOffset());
    }

    /** The 1-based line {@code node} ends on. */
    static int end(Document document, Node node) {
        return at(document, Math.max(node.getStartOffset(), node.getEndOffset() - 1));
    }

    /** The 1-based line of the character at {@code offset} in the document's text. */
    static int at(Document document, int offset) {
        int[] ends = ends(document);
        if (ends.length == 0) {
            return document.getLineNumber(offset) + 1;
        }
        // The first line that ends after the offset, as flexmark counts it: an offset past them all is one more.
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low + 1;
    }

    private static int[] ends(Document document) {
        int[] ends = ENDS.get(document);
        if (ends == null) {
            List<BasedSequence> lines = document.getContentLines();
            ends = lines.stream().mapToInt(BasedSequence::getEndOffset).toArray();
            ENDS.set(document, ends);
        }
        return ends;
    }
}
