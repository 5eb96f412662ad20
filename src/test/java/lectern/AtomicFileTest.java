package lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever stops a file from being written (a failing write, a full disk, a deck open in another program, Ctrl-C),
 * the file that was there stays as it was and no temporary file is left beside it.
 */
class AtomicFileTest {
    private static final String OLD = "the old deck";

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path oldDeck() throws IOException {
        return Files.writeString(dir.resolve("talk.pptx"), OLD);
    }

    private void theOldDeckIsIntact(Path target) throws IOException {
        assertThat(target).hasContent(OLD);
        assertThat(files()).containsExactly("talk.pptx");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = oldDeck();
        assertThatThrownBy(() -> AtomicFile.write(target, "the deck", out -> {
            out.write("half a deck".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(LecternException.class).hasMessageContaining("disk full").hasMessageContaining("unchanged");
        theOldDeckIsIntact(target);
    }

    @Test
    void anUnexpectedErrorWhileWritingLeavesNoTemporaryFileEither() throws IOException {
        Path target = dir.resolve("talk.pptx");
        assertThatThrownBy(() -> AtomicFile.write(target, "the deck", out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("the zip broke"));
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aCompleteWriteReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path target = oldDeck();
        AtomicFile.write(target, "the deck", out -> out.write("the new deck".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("the new deck");
        assertThat(files()).containsExactly("talk.pptx");
    }

    /** A stream that fails as a file does when its disk fills: after some bytes have gone to it. */
    private static OutputStream fillingUpAfter(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        };
    }

    @Test
    void aDiskThatFillsLeavesTheDeckAsItWasAndNoTemporaryFile() throws IOException {
        Path deck = oldDeck();
        assertThatThrownBy(() -> AtomicFile.write(deck, "the deck", stream -> {
            OutputStream full = fillingUpAfter(stream, 1000);
            full.write(new byte[5000]);
        })).isInstanceOf(LecternException.class).satisfies(e -> assertThat(((LecternException) e).userMessage())
                .isEqualTo(Locations.display(deck) + ": cannot write the deck (no space left on device); any deck "
                        + "already there is unchanged"));
        theOldDeckIsIntact(deck);
    }

    @Test
    void aDeckOpenInAnotherProgramStaysAsItWasAndNoTemporaryFileIsLeft() throws IOException {
        Path deck = oldDeck();
        // What Windows says when PowerPoint has the deck open and Lectern tries to put the new one in its place.
        AtomicFile.Replace locked = (complete, target) -> {
            throw new FileSystemException(target.toString(), null,
                    "The process cannot access the file because it is being used by another process");
        };
        assertThatThrownBy(() -> AtomicFile.write(deck, "the deck", stream -> stream.write(new byte[5000]), locked))
                .isInstanceOf(LecternException.class).satisfies(e -> assertThat(((LecternException) e).userMessage())
                        .isEqualTo(Locations.display(deck) + ": cannot replace the deck (the process cannot access "
                                + "the file because it is being used by another process); if the deck is open in "
                                + "PowerPoint or another program, close it and build again; any deck already there "
                                + "is unchanged"));
        theOldDeckIsIntact(deck);
    }

    @Test
    void theHandoutIsNamedForWhatItIs() throws IOException {
        Path handout = dir.resolve("talk.handout.md");
        assertThatThrownBy(() -> AtomicFile.write(handout, "the handout", stream -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(LecternException.class).satisfies(e -> assertThat(((LecternException) e).userMessage())
                .isEqualTo(Locations.display(handout) + ": cannot write the handout (no space left on device); any "
                        + "handout already there is unchanged"));
    }

    /**
     * Ctrl-C while the deck is being written: a real Java process is stopped half way through writing and must
     * leave nothing behind. SIGINT is what Ctrl-C sends; a process started where SIGINT is ignored (a background
     * job) gets SIGTERM instead, which ends Java the same way, through its shutdown hooks.
     */
    @Test
    void ctrlCWhileWritingLeavesTheDeckAsItWasAndNoTemporaryFile() throws Exception {
        assumeThat(System.getProperty("os.name").toLowerCase()).doesNotContain("windows");
        Path deck = oldDeck();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                UnfinishedWrite.class.getName(), deck.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("writing");
            assertThat(files()).anyMatch(name -> name.endsWith(".tmp"));

            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroy();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        theOldDeckIsIntact(deck);
    }
}
