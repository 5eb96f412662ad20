package lectern.read;

import java.util.List;

/** A block quote and what it contains. */
public record Quote(List<Block> blocks, int line) implements Block {

    public Quote {
        blocks = List.copyOf(blocks);
    }
}
