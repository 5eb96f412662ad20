package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import lectern.Locations;
import lectern.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever stops a deck from being written (an output folder that is a file, or one that cannot be written), the
 * deck that was there stays as it was, no temporary file is left beside it, and the user gets one line saying so.
 * A full disk, a deck open in another program and Ctrl-C are {@code AtomicFileTest}'s.
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
}
