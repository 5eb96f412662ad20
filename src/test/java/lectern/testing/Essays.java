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

            ::: objectives
            - Reach every kind of slide an essay can make.
            :::

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

            Only prose here, which goes into the speaker notes of a statement slide. Which would you keep? And which would you cut?

            ## A short list without claims

            - The author's first item
            - A second, with a [link](https://example.com/item)
            - [x] A third, a task done

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

            ## A diagram

            ![A drawing of the castle, shown whole](drawing.svg "The castle, drawn")

            Prose about the drawing.

            ## An exercise

            Prose before the exercise.

            ::: caution
            Never try this on a machine someone else depends on.
            :::

            :::: challenge
            ## Try it (3 min)

            Run the command and say what it prints.

            ```bash
            echo hello
            ```

            ::: solution
            It prints `hello`, and a new line.
            :::
            ::::
            """;

    /** An essay with what ours has not: tables, code, quotations, footnotes, raw HTML, front matter. */
    public static final String GENERAL = """
            ---
            title: A general essay
            author: Ada Lovelace
            keywords: [tables, code, quotes]
            date: 2025-03-14
            ---

            # A general essay

            _Everything an essay can hold_

            Opening words with a footnote.[^first]

            ## Numbers

            The figures speak for themselves.[^first] And once more.[^second]

            | Year | Revenue | Notes |
            | ---- | ------: | ----- |
            | 2021 | 1.2 M   | **First** full year |
            | 2022 | 3.4 M   | Doubled, with [a link](https://example.com/2022) |
            | 2023 | 5.1 M   | `steady` |

            ## A long table

            | Step | What happens |
            | ---- | ------------ |
            | 1 | The essay is read |
            | 2 | The plan is made |
            | 3 | The deck is written |
            | 4 | The deck is checked |
            | 5 | The presenter rehearses |
            | 6 | The room listens |
            | 7 | Questions come |
            | 8 | Answers go |
            | 9 | Coffee is served |
            | 10 | Everyone goes home |
            | 11 | The deck is edited |
            | 12 | The essay changes |
            | 13 | The deck is built again |

            ## Some code

            Here is how it starts:

            ```java
            public final class Main {
                public static void main(String[] args) {
                    System.out.println("Hello, room");
                }
            }
            ```

            ## A quotation

            > The best way to predict the future is to invent it.
            >
            > — Alan Kay

            **And that is the point.**

            ## A long quotation

            > This quotation goes on for a very long time, far longer than any slide could hold at a size the back of the room could read, because its author had a great deal to say and said all of it in one breath, with clauses piled upon clauses, asides within asides, examples after examples, until the listener forgot where the sentence began and wondered where it could possibly end, which it eventually does, here, after many more words than anyone needed, including these ones, and these, and still some more to be quite sure it overflows.

            ## Raw HTML

            <div class="note">Some text inside a div.</div>

            A paragraph with <span>inline</span> HTML.

            [^first]: The first footnote, cited twice.
            [^second]: The second footnote.
            [^unused]: A footnote nobody cites.
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

    /** Writes {@link #EVERYTHING} into {@code dir} with its pictures (castle.jpg, drawing.svg); returns the essay. */
    public static Path everything(Path dir) throws IOException {
        Files.copy(Path.of("assets", "castle-moat-dry.jpg"), dir.resolve("castle.jpg"));
        Files.copy(Path.of("assets", "src", "castle-moat-dry.svg"), dir.resolve("drawing.svg"));
        return write(dir.resolve("everything.md"), EVERYTHING);
    }

    public static Path general(Path dir) throws IOException {
        return write(dir.resolve("general.md"), GENERAL);
    }

    public static Path longText(Path dir) throws IOException {
        return write(dir.resolve("long.md"), LONG);
    }

    /** {@code talk.md} in the folder: a title, and one section with the picture {@code src} (line 5) and a claim. */
    public static Path onePicture(Path folder, String src) throws IOException {
        return write(folder.resolve("talk.md"), "# Talk\n\n## Picture\n\n![A picture](" + src
                + ")\n\n**A claim beside it.** Prose.\n");
    }

    private static Path write(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        return file;
    }
}
