package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.Locations;
import lectern.testing.Cli;
import lectern.testing.HostileZips;
import lectern.testing.Zipped;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lectern reads its own decks back (to rebuild them in place, to check them, to preview them) however long the
 * essay, by limits fitted to what it writes; a deck that holds more than one could (a zip bomb, a picture of a
 * gigabyte, a Word document under a deck's name) is refused in one line that says what it is.
 */
class DecksReadBackTest {
    @TempDir
    Path dir;
    private Path essay;

    @BeforeEach
    void anEssay() throws IOException {
        essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
    }

    private Path built(Path essay, Path folder) {
        Cli.Result result = Cli.run("build", essay.toString(), "-o", folder.toString(), "--quiet").saysNoJava();
        assertThat(result.exit()).as(result.err()).isZero();
        return folder.resolve(essay.getFileName().toString().replace(".md", ".pptx"));
    }

    /** The deck, moved where this run of Lectern did not write it: the next build reads it from the file. */
    private static Path asTheNextRunFindsIt(Path deck, Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.move(deck, folder.resolve(deck.getFileName()));
    }

    /** Rebuilds the deck in place and checks it, each reading it back from its file. */
    private static void readBack(Path essay, Path deck) throws IOException {
        Cli.Result rebuilt = Cli.run("build", essay.toString(), "-o", deck.getParent().toString()).saysNoJava();
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("since the last build: unchanged");
        assertThat(Cli.files(deck.getParent())).containsExactly(deck.getFileName().toString());
        Cli.Result checked = Cli.run("check", deck.toString()).saysNoJava();
        assertThat(checked.err()).doesNotContain("cannot read", "zip bomb");
        assertThat(checked.out()).contains(Locations.display(deck) + ": ");
    }

    /** Past about 250 slides a deck holds more parts than POI opens by default. */
    @Test
    void aDeckOfThreeHundredSlidesIsRebuiltInPlaceAndChecked() throws IOException {
        StringBuilder long300 = new StringBuilder("# A long talk\n\n");
        for (int i = 1; i <= 300; i++) {
            long300.append("## Part ").append(i).append("\n\n**Claim ").append(i).append(" holds.** Prose.\n\n");
        }
        Path essay = Files.writeString(dir.resolve("long.md"), long300);
        Path deck = asTheNextRunFindsIt(built(essay, dir.resolve("first")), dir.resolve("out"));
        readBack(essay, deck);
    }

    /** Its notes page packs 300 to 1, past the 100 to 1 POI takes for a zip bomb. */
    @Test
    void aDeckWhoseNotesRepeatThemselvesIsReadBackAndPreviewed() throws IOException {
        Path essay = Files.writeString(dir.resolve("chant.md"), "# Chant\n\n## Verse\n\n**It repeats.** "
                + "la ".repeat(60_000) + "\n");
        Path deck = asTheNextRunFindsIt(built(essay, dir.resolve("first")), dir.resolve("out"));
        readBack(essay, deck);
        Cli.Result preview = Cli.run("preview", deck.toString(), "-o", dir.resolve("preview").toString(), "--width", "16")
                .saysNoJava();
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(Cli.files(dir.resolve("preview").resolve("chant"))).contains("contact-sheet.png", "slide-01.png");
    }

    private void refused(Path deck, String message) {
        String line = "lectern: " + Locations.format(deck, 0) + ": " + message;
        Cli.Result checked = Cli.run("check", deck.toString()).saysNoJava();
        assertThat(checked.exit()).isEqualTo(1);
        assertThat(checked.errLines()).containsExactly(line + " (not checked)");
        Cli.Result preview = Cli.run("preview", deck.toString(), "-o", dir.resolve("preview").toString()).saysNoJava();
        assertThat(preview.exit()).isEqualTo(1);
        assertThat(preview.errLines()).containsExactly(line + " (no preview written)");
    }

    @Test
    void aZipBombIsRefusedInOneLine() throws IOException {
        Path deck = built(essay, dir.resolve("out"));
        refused(HostileZips.withBomb(deck, dir.resolve("bomb.pptx"), "ppt/bomb.xml", 200L << 20),
                "looks like a zip bomb: ppt/bomb.xml unpacks to 200 MB, and no part of a deck is over 80 MB");
        refused(HostileZips.withBomb(deck, dir.resolve("tight.pptx"), "ppt/media/image9.png", 20L << 20),
                "looks like a zip bomb: ppt/media/image9.png unpacks to more than 100 times its packed size");
        int parts = Zipped.read(deck).names().size();
        refused(HostileZips.withParts(deck, dir.resolve("parts.pptx"), 1_100),
                "looks like a zip bomb: it holds " + String.format("%,d", parts + 1_100) + " parts, and a deck of 3 slides "
                        + "has no more than 1,030");
    }

    @Test
    void aRebuildKeepsAZipBombAndSaysWhy() throws IOException {
        Path deck = built(essay, dir.resolve("first"));
        Path out = Files.createDirectories(dir.resolve("out"));
        HostileZips.withBomb(deck, out.resolve("talk.pptx"), "ppt/media/image9.png", 20L << 20);
        Cli.Result rebuilt = Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();
        assertThat(rebuilt.err()).contains(Locations.display(out.resolve("talk.pptx")) + ": warning: cannot be read as a "
                + "deck (looks like a zip bomb: ppt/media/image9.png unpacks to more than 100 times its packed size), so it was "
                + "left alone");
    }

    @Test
    void aDeckHoldingAPictureOfAGigabyteIsRefusedByItsSizeBeforeItIsRead() throws IOException {
        Path deck = built(essay, dir.resolve("out"));
        refused(HostileZips.withHugePart(deck, dir.resolve("huge.pptx"), "ppt/media/image9.png", 1L << 30),
                "holds a picture too big to read: ppt/media/image9.png is 1.0 GB, and Lectern reads pictures of up to 80 MB");
    }

    @Test
    void aWordDocumentUnderADecksNameIsNamedForWhatItIs() throws IOException {
        Path deck = dir.resolve("report.pptx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(deck)) {
            document.createParagraph().createRun().setText("A report");
            document.write(out);
        }
        refused(deck, "is a Word document (.docx), not a PowerPoint deck (.pptx)");
    }
}
