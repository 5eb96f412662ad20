package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path essay(String name, String markdown) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, markdown);
        return file;
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("lectern 0.");
        assertThat(run("build", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--slide-level", "--theme", "--strict", "--force", ".new.pptx", "Exit codes");
    }

    /** Memory run out of before any file is worked on (opening a template, say) escapes picocli's handler. */
    @picocli.CommandLine.Command(name = "exhausting")
    static final class Exhausting implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Parameters
        java.util.List<String> args;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryOutsideAnyFileIsOneLineToo() {
        int exit = Main.run(new picocli.CommandLine(new Exhausting()), new String[0], new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().lines()).containsExactly("lectern: "
                + OneLineErrors.outOfMemory(Runtime.getRuntime().maxMemory()));
    }

    @Test
    void badUsageExitsWithTwoAndOneReadableLine() {
        assertThat(run("build", "--no-such-option")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("lectern: Unknown option: '--no-such-option'");
        assertThat(err.toString()).doesNotContain("at picocli");
    }

    @Test
    void buildWritesOneDeckPerEssayAndSaysWhatIsInIt() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        Path out = dir.resolve("decks");
        assertThat(run("build", essay.toString(), "-o", out.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.resolve("talk.pptx")).isNotEmptyFile();
        assertThat(this.out.toString()).contains("talk.pptx: 3 slides, 1 claims, 3 words of notes, 0 pictures");
    }

    @Test
    void themesListsEveryShippedThemeWithWhatItIsFor() {
        assertThat(run("themes")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).anyMatch(l -> l.startsWith("default ") && l.contains("Light"))
                .anyMatch(l -> l.startsWith("dark ")).anyMatch(l -> l.startsWith("high-contrast "));
    }

    @Test
    void sectionDividersCanBeSwitchedOffFromTheCommandLine() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\n## Part\n\n**A claim.** a\n\n### Sub\n\nb\n");
        assertThat(run("build", essay.toString(), "-o", dir.resolve("with").toString())).isEqualTo(ExitCode.OK);
        assertThat(run("build", essay.toString(), "-o", dir.resolve("without").toString(), "--no-section-dividers"))
                .isEqualTo(ExitCode.OK);
        // Title, divider, statement, the subsection's sentence; without the divider one fewer. The talk does not
        // end on a claim and has no subtitle or author: no closing.
        assertThat(out.toString()).contains("talk.pptx: 4 slides").contains("talk.pptx: 3 slides");
    }

    @Test
    void aSlideLevelOutsideOneToSixIsBadUsage() throws IOException {
        Path essay = essay("talk.md", "# Talk\n");
        assertThat(run("build", essay.toString(), "--slide-level", "9")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--slide-level must be a heading level from 1 to 6, was 9");
    }

    @Test
    void noSubcommandMeansBuild() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\nText.\n");
        assertThat(run(essay.toString(), "-o", dir.toString(), "-q")).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("talk.pptx")).isNotEmptyFile();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingImageIsAWarningWithFileAndLineAndStrictTurnsItIntoFailure() throws IOException {
        Path essay = essay("pics.md", "# Pics\n\n## Seen\n\n![](nowhere.png)\n\nText.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("pics.md:5: warning: image nowhere.png not found; left a marked gap on slide 2");
        assertThat(run("build", essay.toString(), "-o", dir.toString(), "--strict")).isEqualTo(ExitCode.FAILED);
    }

    @Test
    void aMissingEssayFailsWithOneLineAndNoDeck() {
        assertThat(run("build", dir.resolve("absent.md").toString(), "-o", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().strip()).contains("absent.md: no such file or folder").doesNotContain("Exception");
    }

    @Test
    void brokenFrontMatterNamesFileAndLineAndLeavesThePreviousDeckAlone() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\nText.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        byte[] before = Files.readAllBytes(dir.resolve("talk.pptx"));
        Files.writeString(essay, "---\ntitle: [broken\n---\n# Talk\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("talk.md:").contains("front matter is not valid YAML").contains("no deck written");
        assertThat(Files.readAllBytes(dir.resolve("talk.pptx"))).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anUnknownThemeIsAClearError() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\nText.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString(), "--theme", "nope")).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("no theme named 'nope'");
    }

    @Test
    void twoEssaysThatWouldWriteTheSameDeckAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path one = essay("talk.md", "# One\n\nText.\n");
        Files.createDirectories(dir.resolve("other"));
        Path two = Files.writeString(dir.resolve("other/talk.md"), "# Two\n\nText.\n");
        Path out = dir.resolve("decks");
        assertThat(run("build", one.toString(), two.toString(), "-o", out.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("has the same name as").contains("talk.pptx");
        assertThat(out).doesNotExist();
    }

    @Test
    void slideLevelOutsideHeadingLevelsIsBadUsage() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\nText.\n");
        assertThat(run("build", essay.toString(), "--slide-level", "9")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--slide-level");
    }

    /** Changes the first text on the slide named {@code name} and saves the deck, as a person in PowerPoint would. */
    private static void editSlide(Path deck, String name) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            XSLFSlide slide = show.getSlides().stream().filter(s -> name.equals(s.getXmlObject().getCSld().getName()))
                    .findFirst().orElseThrow();
            slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                    .filter(t -> !t.getText().isBlank()).findFirst().orElseThrow().setText("Said better by hand");
            show.write(saved);
        }
        Files.write(deck, saved.toByteArray());
    }

    @Test
    void aRebuildSaysWhatChangedSinceTheLastBuild() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\n## Part\n\n**A claim.** Prose.\n\n## Other\n\n**More.** Prose.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).doesNotContain("since the last build");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("talk.pptx: 4 slides").contains("; since the last build: unchanged");

        Files.writeString(essay, "# Talk\n\n## Part\n\n**Another claim.** Prose.\n\n## New\n\n**Fresh.** Prose.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("; since the last build: 2 changed (\"Part\", \"Closing\"), 1 added (\"New\"), 1 removed (\"Other\")");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDeckEditedByHandIsKeptAndTheWarningSaysWhichSlidesAndWhereTheNewDeckWent() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\n## The hierarchy is flipping\n\n**A claim.** Prose.\n\n## Other\n\n**More.** Prose.\n");
        Path out = dir.resolve("out");
        assertThat(run("build", essay.toString(), "-o", out.toString())).isEqualTo(ExitCode.OK);
        editSlide(out.resolve("talk.pptx"), "The hierarchy is flipping");
        byte[] edited = Files.readAllBytes(out.resolve("talk.pptx"));

        assertThat(run("build", essay.toString(), "-o", out.toString())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).containsPattern("talk\\.pptx: warning: edited after Lectern wrote it "
                + "\\(slide \"The hierarchy is flipping\"\\); wrote \\S*talk\\.new\\.pptx beside it; "
                + "--force replaces it, keeping the edited deck as talk\\.edited-\\d{8}-\\d{6}\\.pptx");
        assertThat(this.out.toString()).contains("talk.new.pptx: 4 slides");
        assertThat(Files.readAllBytes(out.resolve("talk.pptx"))).isEqualTo(edited);
        assertThat(run("build", essay.toString(), "-o", out.toString(), "--strict")).isEqualTo(ExitCode.FAILED);

        assertThat(run("build", essay.toString(), "-o", out.toString(), "--force")).isEqualTo(ExitCode.OK);
        assertThat(this.out.toString()).containsPattern("talk\\.pptx: 4 slides.*; kept the edited deck that was there as "
                + "\\S*talk\\.edited-\\d{8}-\\d{6}\\.pptx");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("talk\\.edited-.*\\.pptx"))
                    .contains("talk.pptx", "talk.new.pptx");
        }
    }

    @Test
    void aDeckLecternDidNotWriteGetsAWarningAndIsLeftAlone() throws IOException {
        Path essay = essay("talk.md", "# Talk\n\nText.\n");
        Path deck = dir.resolve("talk.pptx");
        Files.writeString(deck, "someone else's file");
        assertThat(run("build", essay.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("talk.pptx: warning: cannot be read as a deck (")
                .contains("so it was left alone; wrote ").contains("talk.new.pptx beside it; --force replaces it, keeping the file as talk.edited-");
        assertThat(deck).hasContent("someone else's file");
    }

    @Test
    void theTemplateDoctorSaysWhetherATemplateCanBeUsed() throws IOException {
        Path good = lectern.testing.Templates.fourThree(dir);
        assertThat(run("template", good.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("slide kinds:").contains("usable: lectern build --template");
        Path broken = lectern.testing.Templates.withoutTitles(dir);
        assertThat(run("template", broken.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("error: the template has no layout with a title placeholder");
    }

    @Test
    void buildWithATemplateSaysWhichLayoutEachKindOfSlideGot() throws IOException {
        Path template = lectern.testing.Templates.renamedAndReordered(dir);
        Path essay = essay("talk.md", "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        assertThat(run("build", essay.toString(), "-o", dir.resolve("decks").toString(), "--template", template.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("layouts from the template:").contains("title \u2192 \"Titelfolie\" (by its name)");
    }
}
