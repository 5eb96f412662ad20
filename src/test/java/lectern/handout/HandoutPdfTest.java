package lectern.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.deck.Slide;
import lectern.read.Block;
import lectern.read.EssayReader;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout as PDF: LibreOffice sets the whole script, and a LibreOffice that fails never hangs or litters. */
class HandoutPdfTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;

    @Test
    void theSeedsHandoutIsAPdfWithTheWholeScriptOnAFewPages() throws IOException, InterruptedException {
        lectern.testing.LibreOffice.assumeInstalled();
        DeckPlan plan = Seed.pipeline().plan(Seed.ESSAY, new Warnings());
        List<Path> before = leftovers();
        Path pdf = dir.resolve("when-execution-collapses.handout.pdf");

        new Handout(plan, true).writePdf(pdf);

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        // About 2,600 words of notes: more than a page or two, far fewer than a page a slide.
        assertThat(lectern.testing.LibreOffice.pages(pdf)).isBetween(6, 20);
        assertThat(leftovers()).isEqualTo(before);
        assertThat(dir).isDirectoryContaining(p -> p.equals(pdf));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).as("nothing but the PDF").isEqualTo(1);
        }

        String text = Rendered.normalise(pdfText(pdf));
        for (Slide slide : plan.slides()) {
            assertThat(text).contains(slide.number() + ". " + Rendered.normalise(slide.title()));
        }
        // pdftotext joins "professional-" and "level" across a line end, and keeps a space after a dash there.
        String letters = lettersOf(text);
        List<String> paragraphs = new ArrayList<>();
        var essay = new EssayReader().read(Seed.ESSAY, new Warnings());
        essay.sections().forEach(s -> collect(s.blocks(), paragraphs));
        for (String paragraph : paragraphs) {
            assertThat(letters).contains(lettersOf(paragraph));
        }
    }

    private static String lettersOf(String text) {
        return text.replaceAll("[\\s\\-\u2010-\u2015]", "");
    }

    @Test
    void aLibreOfficeThatHangsIsStoppedAtItsTimeLimitAndLeavesNothing() throws IOException {
        Path soffice = script("hangs", "sleep 60");
        List<Path> before = leftovers();
        Path pdf = dir.resolve("talk.handout.pdf");
        long start = System.nanoTime();

        assertThatThrownBy(() -> new Handout(plan(), true, Optional.of(new LibreOffice(soffice, Duration.ofSeconds(2))))
                .writePdf(pdf)).isInstanceOf(LecternException.class)
                .hasMessage("LibreOffice did not finish the PDF within 2 seconds and was stopped");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(pdf).doesNotExist();
        assertThat(leftovers()).isEqualTo(before);
    }

    @Test
    void aLibreOfficeThatWritesNothingIsOneLineSayingWhatItSaid() throws IOException {
        Path soffice = script("fails", "echo 'Error: source file could not be loaded'");
        Path pdf = Files.writeString(dir.resolve("talk.handout.pdf"), "the previous handout");

        assertThatThrownBy(() -> new Handout(plan(), true, Optional.of(new LibreOffice(soffice, Duration.ofSeconds(30))))
                .writePdf(pdf)).isInstanceOf(LecternException.class)
                .satisfies(e -> assertThat(((LecternException) e).userMessage()).doesNotContain("\n")
                        .contains("talk.handout.pdf: LibreOffice wrote no PDF (it said: Error: source file could not be loaded)")
                        .contains("apt-get install libreoffice-writer"));
        assertThat(pdf).hasContent("the previous handout");
    }

    @Test
    void withoutLibreOfficeThePresenterStillGetsTheMarkdownAndIsToldWhy() {
        Path pdf = dir.resolve("talk.handout.pdf");

        assertThatThrownBy(() -> new Handout(plan(), true, Optional.empty()).writePdf(pdf))
                .isInstanceOf(LecternException.class)
                .hasMessageStartingWith("PDF needs LibreOffice (apt-get install libreoffice-writer); wrote ")
                .hasMessageEndingWith("talk.handout.md instead");
        assertThat(pdf).doesNotExist();
        assertThat(dir.resolve("talk.handout.md")).content().startsWith("# When execution collapses\n");
    }

    private static DeckPlan plan() {
        return Seed.pipeline().plan(Seed.ESSAY, new Warnings());
    }

    /** A stand-in for soffice that does what LibreOffice does when things go wrong. */
    private Path script(String name, String body) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path script = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(p -> p.getFileName().toString().startsWith("lectern-libreoffice-")).sorted().toList();
        }
    }

    /** The PDF's text as poppler reads it; CI installs poppler-utils, so there a missing pdftotext fails. */
    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("pdftotext must be installed in CI: .ci/run installs poppler-utils", e);
            }
            assumeTrue(false, "pdftotext (poppler-utils) is not installed");
            throw e;
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    private static void collect(List<Block> blocks, List<String> into) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                into.add(p.text());
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collect(quote.blocks(), into);
            }
        }
    }
}
