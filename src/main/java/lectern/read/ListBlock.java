package lectern.read;

import java.util.List;

/** A bulleted or numbered list; items hold blocks, so lists nest. */
public record ListBlock(boolean ordered, int start, List<ListItem> items, int line) implements Block {

    public ListBlock {
        items = List.copyOf(items);
    }

    /** Whether an item is a task of a GitHub task list ({@code - [ ]}, {@code - [x]}), and whether it is done. */
    public enum Task { NONE, OPEN, DONE }

    public record ListItem(List<Block> blocks, Task task) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }

        public ListItem(List<Block> blocks) {
            this(blocks, Task.NONE);
        }
    }
}
