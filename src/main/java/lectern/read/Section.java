package lectern.read;

import java.util.List;

/**
 * A heading and the blocks under it up to the next heading of any level.
 *
 * @param level   2 for {@code ##}, 3 for {@code ###}, ...
 * @param heading the heading's text with inline markup removed
 */
public record Section(int level, String heading, int line, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }
}
