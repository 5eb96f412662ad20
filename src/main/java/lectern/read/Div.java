package lectern.read;

import java.util.List;

/**
 * A block of blocks set apart by the author: a pandoc or Carpentries fenced div ({@code ::: challenge}), a GitHub
 * alert ({@code > [!NOTE]}), an MkDocs admonition ({@code !!! tip}) or an HTML {@code <details>}. Its headings
 * are not the talk's structure: the first one, if the div opens with it, is its title, any other is bold prose.
 *
 * @param kind  what the div is, in lower case: "challenge", "solution", "note", "details", ...
 * @param title the div's title: its fence's {@code title=}, its opening heading, an admonition's title, a
 *              {@code <summary>}; empty when it has none
 */
public record Div(String kind, String title, List<Block> blocks, int line) implements Block {

    public Div {
        blocks = List.copyOf(blocks);
    }
}
