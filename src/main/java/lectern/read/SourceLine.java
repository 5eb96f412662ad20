package lectern.read;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The essay line a node starts or ends on, asked of the document itself. flexmark's own
 * {@code Node.getStartLineNumber()} climbs to the document through the node's parents, and the task-list extension
 * leaves the blocks nested in a task item with a parent no longer in the tree.
 */
final class SourceLine {
    private SourceLine() {
    }

    /** The 1-based line {@code node} starts on. */
    static int start(Document document, Node node) {
        return document.getLineNumber(node.getStartOffset()) + 1;
    }

    /** The 1-based line {@code node} ends on. */
    static int end(Document document, Node node) {
        return document.getLineNumber(Math.max(node.getStartOffset(), node.getEndOffset() - 1)) + 1;
    }
}
