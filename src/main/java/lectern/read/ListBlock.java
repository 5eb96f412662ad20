package lectern.read;

import java.util.List;

/** A bulleted or numbered list; items hold blocks, so lists nest. */
public record ListBlock(boolean ordered, int start, List<ListItem> items, int line) implements Block {

    public ListBlock {
        items = List.copyOf(items);
    }

    public record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }
}
