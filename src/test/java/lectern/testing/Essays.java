package lectern.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Essays written by the tests to reach what the seed essay does not. */
public final class Essays {
    /** Touches everything the writer does that the seed essay does not: every slide kind, missing pictures, lists, code. */
    public static final String EVERYTHING = """
            ---
            subtitle: A deck that exercises the writer
            author: Lectern tests
            ---

            ![A cover picture that does not exist](missing-cover.jpg)

            # Every feature at once

            Opening prose before the first section, with a [link](https://example.com/opening).

            ## A section with more claims than fit

            **The first claim is a full sentence that takes up a good part of a line, [with a link](https://example.com/claim).** Then some prose.

            **The second claim says something else entirely, and says it at some length too.**

            **A third claim, long enough to need a second line on a slide of this width.**

            **The fourth claim keeps going so that the slide must overflow onto another.**

            **The fifth claim is here to be sure the planner continues the section.**

            **A sixth claim, because one continued slide is not proof that it keeps going.**

            **The seventh claim closes the list, written long enough to need its own lines.**

            **And an eighth claim, for good measure, so nothing can squeeze them all on one slide.**

            ## Lists, quotes, code and tables

            Some text with a **bold claim in the middle of a sentence** and a [second link](https://example.org/a?b=c&d=e).

            - A bulleted item with `inline code`
            - Another item
              - A nested item, one level down
                - And two levels down
            - Back at the top

            1. A numbered item
            2. The second numbered item
               1. A nested numbered item

            ### A level-three heading

            > A block quote with *emphasis* and a [link inside it](https://example.net/quote).
            >
            > Its second paragraph.

            ```java
            class Example {

                int answer() { return 42; }
            }
            ```

            | Column | Another column |
            | ------ | -------------- |
            | a cell | **bold** cell  |
            | `code` | [link](https://example.com/table) |

            ---

            ## A section without claims or pictures

            Only prose here, which goes into the speaker notes of a statement slide.

            ## A picture that is missing

            ![A picture that does not exist](missing-picture.jpg)

            **The claim beside a missing picture.**

            ## A picture without claims

            ![A castle whose moat is dry](castle.jpg)

            Prose beside the picture, without any claim.

            ## The same picture twice more

            ![The same castle, a second time](castle.jpg)

            **A claim beside the picture shown for the second time.**

            ![The castle a third time, on a slide of its own](castle.jpg)
            """;

    /** Headings and claims written long, to push text fitting to its limits. */
    public static final String LONG;

    static {
        String heading = "A heading that goes on and on because its author could not decide where to stop it";
        String claim = "**This is a long claim that the author wrote as one sentence, with clauses piled on clauses, "
                + "because every one of them felt important at the time of writing.**";
        StringBuilder essay = new StringBuilder("# " + heading + "\n\n_" + heading + "_\n\n");
        essay.append("## ").append(heading).append("\n\n");
        for (int i = 0; i < 6; i++) {
            essay.append(claim.replace("This is", "Claim " + i + " is")).append(" Prose.\n\n");
        }
        essay.append("## ").append(heading).append(" again\n\nNo claims here.\n\n");
        essay.append("## ").append(heading).append(", said once\n\n").append(claim).append(" Prose.\n\n");
        essay.append("### ").append(heading).append(", below\n\nProse.\n\n");
        essay.append("### ").append(heading).append(", and below again\n\nProse.\n");
        LONG = essay.toString();
    }

    private Essays() {
    }

    /** Writes {@link #EVERYTHING} into {@code dir} with the one picture it has (castle.jpg); returns the essay. */
    public static Path everything(Path dir) throws IOException {
        Files.copy(Path.of("assets", "castle-moat-dry.jpg"), dir.resolve("castle.jpg"));
        return write(dir.resolve("everything.md"), EVERYTHING);
    }

    public static Path longText(Path dir) throws IOException {
        return write(dir.resolve("long.md"), LONG);
    }

    private static Path write(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        return file;
    }
}
