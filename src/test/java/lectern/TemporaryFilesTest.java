package lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import lectern.testing.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folders a preview builds its deck in, and a handout its PDF, are Lectern's own in java.io.tmpdir: private,
 * removed whole, and removed by the next one should Lectern be killed. ({@code LeftoversTest} has the decks.)
 */
class TemporaryFilesTest {
    @TempDir
    Path dir;

    private String tmpdir;

    @BeforeEach
    void privateTemporaryFolder() {
        assumeThat(System.getProperty("os.name").toLowerCase()).doesNotContain("windows");
        tmpdir = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.toString());
    }

    @AfterEach
    void javasTemporaryFolder() {
        System.setProperty("java.io.tmpdir", tmpdir);
    }

    @Test
    void aFolderIsPrivateAndRemovedWithWhatIsInIt() throws IOException {
        Path folder = TemporaryFiles.newFolder("lectern-preview");
        assertThat(folder.getParent()).isEqualTo(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        Files.writeString(Files.createDirectory(folder.resolve("inside")).resolve("talk.pptx"), "a deck");

        TemporaryFiles.remove(folder);
        assertThat(Cli.files(dir)).isEmpty();
    }

    @Test
    void theFolderAKilledPreviewLeftIsRemovedByTheNextWithItsDeck() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(30, TimeUnit.SECONDS);
        Path left = Files.createDirectory(dir.resolve(".lectern-preview.lectern-" + gone.pid() + "-"
                + Long.toString(Instant.now().toEpochMilli(), 36) + "-3.tmp"));
        Files.writeString(left.resolve("talk.pptx"), "a deck");
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        Path folder = TemporaryFiles.newFolder("lectern-preview");
        try {
            assertThat(Cli.files(dir)).containsExactly(folder.getFileName().toString());
        } finally {
            TemporaryFiles.remove(folder);
        }
    }
}
