package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.Locations;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void previewsTheSeedEssayAndSaysWhatItWrote() throws IOException {
        int slides = Seed.deck().plan().slides().size();
        Path output = dir.resolve("preview");
        assertThat(run("preview", Seed.ESSAY.toString(), "-o", output.toString(), "--width", "160"))
                .isEqualTo(ExitCode.OK);
        Path folder = output.resolve("when-execution-collapses");
        assertThat(folder.resolve("slide-01.png")).isNotEmptyFile();
        assertThat(folder.resolve(String.format("slide-%02d.png", slides))).isNotEmptyFile();
        assertThat(folder.resolve(String.format("slide-%02d.png", slides + 1))).doesNotExist();
        assertThat(folder.resolve("contact-sheet.png")).isNotEmptyFile();
        assertThat(out.toString()).isEqualTo(Locations.display(folder) + ": " + slides + " slides, contact-sheet.png" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDeckIsDrawnAsItIs() throws IOException {
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        assertThat(run("build", essay.toString(), "-o", dir.toString(), "-q")).isEqualTo(ExitCode.OK);
        Path deck = dir.resolve("talk.pptx");
        byte[] before = Files.readAllBytes(deck);
        assertThat(run("preview", deck.toString(), "-o", dir.resolve("preview").toString(), "--width", "160"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("talk: 3 slides, contact-sheet.png");
        assertThat(Files.readAllBytes(deck)).isEqualTo(before);
    }

    @Test
    void aFontThatIsNowhereIsOneWarningNamingThePreview() throws IOException {
        String theme = Files.readString(Path.of("themes", "default.yaml"))
                .replaceAll("(?m)^  (heading|body): \\[.*]$", "  $1: [No Such Font Family]");
        Path themeFile = Files.writeString(dir.resolve("nowhere.yaml"), theme);
        Path essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n\n## More\n\n**Another.**\n");
        Path output = dir.resolve("preview");
        assertThat(run("preview", essay.toString(), "-o", output.toString(), "--width", "160", "--theme", themeFile.toString()))
                .isEqualTo(ExitCode.OK);
        String warning = Locations.display(output.resolve("talk"))
                + ": warning: font 'No Such Font Family' is not installed; drew it with SansSerif";
        assertThat(err.toString().lines()).containsOnlyOnce(warning).allMatch(line -> line.contains(": warning: "));
    }

    @Test
    void aMissingEssayIsOneLineAndExitOne() {
        assertThat(run("preview", dir.resolve("absent.md").toString(), "-o", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("absent.md: no such file or folder").doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotADeckIsOneLineAndExitOne() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.pptx"), "not a deck");
        assertThat(run("preview", fake.toString(), "-o", dir.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("fake.pptx: is not a PowerPoint deck (.pptx)").doesNotContain("Exception");
    }

    @Test
    void anImpossibleWidthIsBadUsage() {
        assertThat(run("preview", "--width", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--width");
    }

    @Test
    void helpDocumentsEveryOption() {
        assertThat(run("preview", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("ESSAY|DECK.pptx|DIR", "--output", "--theme", "--slide-level", "--width",
                "Default: out/preview", "Default: 1600", "Exit codes");
    }
}
