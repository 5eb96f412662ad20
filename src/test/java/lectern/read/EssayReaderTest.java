package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import lectern.LecternException;
import lectern.Warnings;
import org.junit.jupiter.api.Test;

class EssayReaderTest {
    private final Warnings warnings = new Warnings();

    private Essay read(String markdown) {
        return new EssayReader().parse(Path.of("essay.md"), markdown, warnings);
    }

    @Test
    void aHundredThousandHeadingsAreEachReadAtTheirLine() {
        // flexmark finds a line by walking its table of lines from the top: some five billion steps here.
        StringBuilder markdown = new StringBuilder("# Title\n");
        for (int i = 1; i <= 100_000; i++) {
            markdown.append("## Part ").append(i).append('\n');
        }
        Essay essay = read(markdown.append("A *word* of it.\n").toString());
        assertThat(essay.sections()).hasSize(100_000);
        Section last = essay.sections().get(99_999);
        assertThat(last.heading()).isEqualTo("Part 100000");
        assertThat(last.line()).isEqualTo(100_001);
        assertThat(last.blocks()).singleElement().extracting(Block::line).isEqualTo(100_002);
    }

    @Test
    void titleIsTheH1WithItsMarkupStripped() {
        Essay essay = read("# **When execution _collapses_**\n\nSome prose.\n");
        assertThat(essay.title()).isEqualTo("When execution collapses");
        assertThat(essay.titleLine()).isEqualTo(1);
    }

    @Test
    void subtitleIsTheEmphasisedParagraphRightUnderTheH1() {
        Essay essay = read("# Title\n\n_A subtitle here._\n\nOpening prose.\n");
        assertThat(essay.subtitle()).contains("A subtitle here.");
        assertThat(essay.opening()).singleElement().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text()).isEqualTo("Opening prose."));
    }

    @Test
    void anEmphasisedParagraphFurtherDownIsProseNotASubtitle() {
        Essay essay = read("# Title\n\nFirst.\n\n_Later emphasis._\n");
        assertThat(essay.subtitle()).isEmpty();
        assertThat(essay.opening()).hasSize(2);
    }

    @Test
    void frontMatterGivesSubtitleAndTitleWhenThereIsNoH1() {
        Essay essay = read("---\ntitle: From front matter\nsubtitle: Sub\nauthor: Ada\n---\n\n## First\n\nText.\n");
        assertThat(essay.title()).isEqualTo("From front matter");
        assertThat(essay.subtitle()).contains("Sub");
        assertThat(essay.frontMatter()).containsEntry("author", "Ada");
        assertThat(essay.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("First");
            assertThat(s.line()).isEqualTo(7);
        });
    }

    @Test
    void malformedFrontMatterNamesTheLine() {
        assertThatThrownBy(() -> read("---\ntitle: ok\nbad: [unclosed\n---\n# T\n"))
                .isInstanceOf(LecternException.class)
                .satisfies(e -> assertThat(((LecternException) e).userMessage()).startsWith("essay.md:").contains("front matter"));
    }

    @Test
    void sectionsKeepLevelHeadingAndBlocksInOrder() {
        Essay essay = read("# T\n\n## **Bold heading**\n\nA.\n\n### Sub `code`\n\nB.\n\n- one\n- two\n");
        assertThat(essay.sections()).extracting(Section::level, Section::heading)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Bold heading"),
                        org.assertj.core.groups.Tuple.tuple(3, "Sub code"));
        Section sub = essay.sections().get(1);
        assertThat(sub.blocks()).hasSize(2);
        assertThat(sub.blocks().get(1)).isInstanceOfSatisfying(ListBlock.class, list -> {
            assertThat(list.ordered()).isFalse();
            assertThat(list.items()).hasSize(2);
        });
    }

    @Test
    void inlineRunsKeepBoldItalicCodeAndLinks() {
        Essay essay = read("# T\n\nPlain **bold *both*** _it_ `code` [link](https://example.org).\n");
        Paragraph p = (Paragraph) essay.opening().get(0);
        assertThat(p.runs()).containsExactly(
                Run.plain("Plain "),
                new Run("bold ", true, false, false, ""),
                new Run("both", true, true, false, ""),
                Run.plain(" "),
                new Run("it", false, true, false, ""),
                Run.plain(" "),
                new Run("code", false, false, true, ""),
                Run.plain(" "),
                new Run("link", false, false, false, "https://example.org"),
                Run.plain("."));
    }

    @Test
    void softBreaksBecomeSpacesAndEscapesAreResolved() {
        Essay essay = read("# T\n\nOne\ntwo \\*not bold\\* &amp; more\n");
        assertThat(((Paragraph) essay.opening().get(0)).text()).isEqualTo("One two *not bold* & more");
    }

    @Test
    void imagesBeforeTheH1AreKeptApartWithAltTitleAndLine() {
        Essay essay = read("![Alt text](assets/a.jpg \"A title\")\n\n# Title\n\nProse.\n");
        assertThat(essay.beforeTitle()).containsExactly(new Image("assets/a.jpg", "Alt text", "A title", 1));
    }

    @Test
    void anImageInsideProseIsPulledOutAfterItsParagraph() {
        Essay essay = read("# T\n\nText ![pic](p.png) more.\n");
        assertThat(essay.opening()).hasSize(2);
        assertThat(((Paragraph) essay.opening().get(0)).text()).isEqualTo("Text  more.");
        assertThat(essay.opening().get(1)).isEqualTo(new Image("p.png", "pic", "", 3));
    }

    @Test
    void quotesCodeTablesAndBreaksAreBlocks() {
        Essay essay = read("# T\n\n> quoted **claim**\n\n```java\nint x;\n```\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(essay.opening()).hasExactlyElementsOfTypes(Quote.class, CodeBlock.class, ThematicBreak.class, Table.class);
        assertThat(((CodeBlock) essay.opening().get(1)).info()).isEqualTo("java");
        Table table = (Table) essay.opening().get(3);
        assertThat(table.rows()).extracting(Table.Row::header).containsExactly(true, false);
    }

    @Test
    void noH1MeansATitleFromTheFileNameAndAWarning() {
        Essay essay = new EssayReader().parse(Path.of("my-first_talk.md"), "## Only\n\nText.\n", warnings);
        assertThat(essay.title()).isEqualTo("My first talk");
        assertThat(warnings.all()).singleElement().satisfies(w -> assertThat(w.message()).contains("no '# Title'"));
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreHarmless(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.md");
        java.nio.file.Files.write(file, ("\uFEFF# Title\r\n\r\n## Part\r\n\r\n**Claim.** Text.\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Essay essay = new EssayReader().read(file, warnings);
        assertThat(essay.title()).isEqualTo("Title");
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("Part");
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void theModelCannotBeChangedFromOutside() {
        Essay essay = read("# T\n\n## S\n\nText.\n");
        assertThatThrownBy(() -> essay.sections().add(new Section(2, "x", 1, List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rawHtmlIsLeftOffTheSlidesWithAWarningAndItsTextKept() {
        Warnings warnings = new Warnings();
        Essay essay = new EssayReader().parse(Path.of("talk.md"),
                "# T\n\n## A\n\n<div class=\"x\">Boxed words.</div>\n\nSome <span>inline</span> text.\n\n<!-- a comment -->\n", warnings);
        assertThat(essay.sections().get(0).blocks()).extracting(b -> ((Paragraph) b).text())
                .containsExactly("Boxed words.", "Some inline text.");
        assertThat(warnings.all()).extracting(w -> w.line() + ": " + w.message()).containsExactly(
                "5: raw HTML left off the slides; its text is in the notes",
                "7: raw HTML left off the slides; its text is in the notes");
    }

    @Test
    void footnotesAreReadWithTheirNumbersAndEveryCitationIsRecorded() {
        Essay essay = new EssayReader().parse(Path.of("talk.md"),
                "# T\n\nA claim.[^src] More.[^two]\n\n[^two]: Second.\n[^src]: First, *with* style.\n", new Warnings());
        Paragraph paragraph = (Paragraph) essay.opening().get(0);
        assertThat(paragraph.text()).isEqualTo("A claim.[1] More.[2]");
        assertThat(paragraph.cites()).containsExactly("src", "two");
        assertThat(essay.footnotes()).extracting(Footnote::label, Footnote::number, Footnote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("src", 1, "First, with style."),
                org.assertj.core.groups.Tuple.tuple("two", 2, "Second."));
    }

    @Test
    void aTableRowWithMoreCellsThanItsHeaderWidensTheTableInsteadOfDroppingThem() {
        Essay essay = read("# T\n\n## S\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 kept |\n| 4 |\n");
        Table table = (Table) essay.sections().get(0).blocks().get(0);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells()).hasSize(3));
        assertThat(table.rows().get(1).cells().get(2)).extracting(Run::text).containsExactly("3 kept");
        assertThat(warnings.all()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("more cells than its header (3 against 2)");
        });
    }

    @Test
    void aPictureInATablesCellIsToldByItsAltTextAndSaidToBeLeftOff() {
        Essay essay = read("# T\n\n## S\n\n| tool | logo |\n|---|---|\n| btop | ![The btop logo](logo.png) |\n");
        Table table = (Table) essay.sections().get(0).blocks().get(0);
        assertThat(table.rows().get(1).cells().get(1)).extracting(Run::text).containsExactly("The btop logo");
        assertThat(warnings.all()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).isEqualTo("picture logo.png in a table's cell is left off the slides; the cell shows its alt text");
        });
    }

    @Test
    void aFootnoteIndentedLikeCodeKeepsItsWords() {
        Essay essay = read("# T\n\nProse.[^1]\n\n[^1]:\tindented so far it reads as code\n\n    and a second block\n");
        assertThat(essay.footnotes()).singleElement().satisfies(f -> assertThat(f.runs().stream().map(Run::text)
                .reduce("", String::concat)).contains("indented so far it reads as code").contains("and a second block"));
    }
}
