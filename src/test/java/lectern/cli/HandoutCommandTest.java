package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern handout}: where it writes, what the deck options change, and errors in one line. */
class HandoutCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesTheMarkdownIntoTheFolderAndSaysSo() throws IOException {
        assertThat(run("handout", Seed.ESSAY.toString(), "-o", dir.toString())).isEqualTo(ExitCode.OK);
        Path handout = dir.resolve("when-execution-collapses.handout.md");
        assertThat(Files.readString(handout)).startsWith("# When execution collapses\n")
                .contains("## 7. The hierarchy is flipping \u2014 at 4:52, ~2:15\n");
        assertThat(out.toString()).isEqualTo(handout + ": 25 slides, ~32:07 at 130 words a minute\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theDeckOptionsChangeTheHandoutAsTheyChangeTheDeck() throws IOException {
        Path file = dir.resolve("talk.md");
        assertThat(run("handout", Seed.ESSAY.toString(), "-o", file.toString(), "--no-agenda", "--duration", "20m",
                "--words-per-minute", "150", "-q")).isEqualTo(ExitCode.OK);
        String handout = Files.readString(file);
        assertThat(handout).doesNotContain("Agenda").contains("at 150 words a minute, to keep to 20:00")
                .contains(" \u2014 hidden");
        assertThat(out.toString()).isEmpty();

        assertThat(run("handout", Seed.ESSAY.toString(), "-o", file.toString(), "--no-timing", "-q")).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(file)).doesNotContain("Next:").doesNotContain("words a minute").contains("## 2. Agenda\n");
    }

    @Test
    void aFileOfAnotherKindIsRefusedInOneLine() {
        assertThat(run("handout", Seed.ESSAY.toString(), "-o", dir.resolve("talk.docx").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("lectern: -o ").contains("talk.docx: a handout is written as .md or .pdf")
                .hasLineCount(2);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void oneFileCannotHoldTheHandoutsOfSeveralEssays() throws IOException {
        Path other = Files.writeString(dir.resolve("other.md"), "# Other\n\n## Part\n\n**A claim.** Prose.\n");
        assertThat(run("handout", Seed.ESSAY.toString(), other.toString(), "-o", dir.resolve("both.md").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("names one file, but 2 essays were given; give a folder instead");
        assertThat(run("handout", Seed.ESSAY.toString(), "--pdf", "-o", dir.resolve("talk.md").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--pdf and -o").contains("disagree");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndNoStackTrace() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        assertThat(run("handout", Seed.ESSAY.toString(), "-o", notAFolder.resolve("talk.md").toString()))
                .isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).startsWith("lectern: " + notAFolder.resolve("talk.md") + ": cannot write the handout (")
                .endsWith("(no handout written)\n").hasLineCount(1).doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
