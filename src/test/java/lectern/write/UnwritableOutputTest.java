package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import lectern.LecternException;
import lectern.Locations;
import lectern.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever stops a deck from being written (a folder that cannot be written, a full disk, a deck open in
 * another program, Ctrl-C), the deck that was there stays as it was, no temporary file is left beside it, and the
 * user gets one line saying so.
 */
class UnwritableOutputTest {
    @TempDir
    Path dir;

    private Path essay;
    private Path out;
    private byte[] before;

    @BeforeEach
    void aDeckBuiltBefore() throws IOException {
        essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        out = dir.resolve("out");
        assertThat(Cli.run("build", essay.toString(), "-o", out.toString()).exit()).isZero();
        before = Files.readAllBytes(out.resolve("talk.pptx"));
        // Changed, so a rebuild would replace the deck.
        Files.writeString(essay, "# Talk\n\n## Part\n\n**Another claim.** Prose.\n");
    }

    private void theDeckBuiltBeforeIsIntact() throws IOException {
        assertThat(Files.readAllBytes(out.resolve("talk.pptx"))).isEqualTo(before);
        assertThat(Cli.files(out)).containsExactly("talk.pptx");
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("decks"), "a file, not a folder");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", file.toString()).saysNoJava();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("lectern: " + Locations.display(file.resolve("talk.pptx"))
                + ": cannot write the deck (" + Locations.display(file) + " is a file, not a folder); any deck "
                + "already there is unchanged (no deck written)");
    }

    @Test
    void verboseAddsTheStackTraceBehindTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("decks"), "a file, not a folder");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", file.toString(), "--verbose");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines().get(0)).startsWith("lectern: ").endsWith("(no deck written)");
        assertThat(result.err()).contains("FileAlreadyExistsException", "\tat ");
    }

    @Test
    void anOutputFolderInsideAFileIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("decks"), "a file, not a folder");
        Cli.Result result = Cli.run("build", essay.toString(), "-o", file.resolve("talks").toString()).saysNoJava();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("lectern: " + Locations.display(file.resolve("talks/talk.pptx")) + ": cannot write the deck (")
                .endsWith("); any deck already there is unchanged (no deck written)");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDeckAsItWas() throws IOException {
        assumeThat(System.getProperty("user.name")).as("permissions do not bind root").isNotEqualTo("root");
        assumeThat(Files.getFileStore(out).supportsFileAttributeView("posix")).isTrue();
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.errLines()).containsExactly("lectern: " + Locations.display(out.resolve("talk.pptx"))
                    + ": cannot write the deck (permission denied); any deck already there is unchanged (no deck written)");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        theDeckBuiltBeforeIsIntact();
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
        Path deck = out.resolve("talk.pptx");
        assertThatThrownBy(() -> AtomicFile.write(deck, stream -> {
            OutputStream full = fillingUpAfter(stream, 1000);
            full.write(new byte[5000]);
        })).isInstanceOf(LecternException.class).satisfies(e -> assertThat(((LecternException) e).userMessage())
                .isEqualTo(Locations.display(deck) + ": cannot write the deck (no space left on device); any deck "
                        + "already there is unchanged"));
        theDeckBuiltBeforeIsIntact();
    }

    @Test
    void aDeckOpenInAnotherProgramStaysAsItWasAndNoTemporaryFileIsLeft() throws IOException {
        Path deck = out.resolve("talk.pptx");
        // What Windows says when PowerPoint has the deck open and Lectern tries to put the new one in its place.
        AtomicFile.Replace locked = (complete, target) -> {
            throw new FileSystemException(target.toString(), null,
                    "The process cannot access the file because it is being used by another process");
        };
        assertThatThrownBy(() -> AtomicFile.write(deck, stream -> stream.write(new byte[5000]), locked))
                .isInstanceOf(LecternException.class).satisfies(e -> assertThat(((LecternException) e).userMessage())
                        .isEqualTo(Locations.display(deck) + ": cannot replace the deck (the process cannot access "
                                + "the file because it is being used by another process); if the deck is open in "
                                + "PowerPoint or another program, close it and build again; any deck already there "
                                + "is unchanged"));
        theDeckBuiltBeforeIsIntact();
    }

    /**
     * Ctrl-C while the deck is being written: a real Java process is stopped half way through writing and must
     * leave nothing behind. SIGINT is what Ctrl-C sends; a process started where SIGINT is ignored (a background
     * job) gets SIGTERM instead, which ends Java the same way, through its shutdown hooks.
     */
    @Test
    void ctrlCWhileWritingLeavesTheDeckAsItWasAndNoTemporaryFile() throws Exception {
        assumeThat(System.getProperty("os.name").toLowerCase()).doesNotContain("windows");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                UnfinishedWrite.class.getName(), out.resolve("talk.pptx").toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("writing");
            assertThat(Cli.files(out)).anyMatch(name -> name.endsWith(".tmp"));

            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroy();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        theDeckBuiltBeforeIsIntact();
    }
}
