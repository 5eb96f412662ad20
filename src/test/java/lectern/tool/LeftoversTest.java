package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lectern.testing.ChildBuild;
import lectern.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build leaves no temporary file behind, whichever way it ends: Java's copies of the fonts are never made, and
 * what a killed build left (a deck half written, the fonts' own folder) the next build that writes there removes,
 * but never what a build still running is writing.
 */
class LeftoversTest {
    @TempDir
    Path dir;

    private Path tmpdir;
    private Path cache;
    private Path out;

    @BeforeEach
    void folders() throws IOException {
        assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).doesNotContain("windows");
        tmpdir = Files.createDirectory(dir.resolve("tmp"));
        cache = dir.resolve("cache");
        out = dir.resolve("out");
    }

    private Path essay(String name, int sections) throws IOException {
        String text = "# A talk\n\n" + IntStream.range(0, sections).mapToObj(i -> "## Part " + i + "\n\n**Claim " + i
                + " is bold.** Prose about claim " + i + " that goes on a while.\n\n- one point\n- another\n")
                .collect(Collectors.joining("\n"));
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> fontCopies(Path folder) throws IOException {
        return Cli.files(folder).stream().filter(name -> name.startsWith("+~JF")).toList();
    }

    @Test
    void aBuildMakesNoCopyOfTheFontsInJavasTemporaryFolder() throws Exception {
        ChildBuild lectern = new ChildBuild(tmpdir, cache);
        Process child = lectern.startAndStay("build", essay("talk.md", 2).toString(), "-o", out.toString(), "-q");
        try {
            ChildBuild.awaitDone(child);
            // Still running, fonts loaded and text measured: Java's copies would be there now.
            assertThat(fontCopies(tmpdir)).isEmpty();
            assertThat(cache.resolve("lectern/fonts")).isNotEmptyDirectory();
        } finally {
            ChildBuild.kill(child);
        }
        assertThat(Cli.files(tmpdir)).isEmpty();
        assertThat(Cli.files(out)).containsExactly("talk.pptx");
    }

    @Test
    void withoutACacheTheFontsFolderAKilledBuildLeftIsRemovedByTheNextBuild() throws Exception {
        // A cache that cannot be made, as under a read-only home (permissions do not bind root; a file in the way does).
        ChildBuild lectern = new ChildBuild(tmpdir, Files.writeString(cache, "not a folder"));
        Path talk = essay("talk.md", 2);
        Process child = lectern.startAndStay("build", talk.toString(), "-o", out.toString(), "-q");
        try {
            ChildBuild.awaitDone(child);
            assertThat(Cli.files(tmpdir)).singleElement().asString().startsWith(".lectern-fonts.lectern-" + child.pid() + "-");
        } finally {
            ChildBuild.kill(child);
        }
        assertThat(Cli.files(tmpdir)).hasSize(1);

        assertThat(lectern.run("build", talk.toString(), "-o", out.toString(), "-q")).isZero();
        assertThat(Cli.files(tmpdir)).isEmpty();
    }

    @Test
    void aBuildKilledWhileWritingTheDeckLeavesNothingOnceTheNextBuildIsDone() throws Exception {
        ChildBuild lectern = new ChildBuild(tmpdir, cache);
        Path talk = essay("talk.md", 100);
        Files.createDirectories(out);
        Process child = lectern.start("build", talk.toString(), "-o", out.toString(), "-q");
        try {
            while (child.isAlive() && Cli.files(out).stream().noneMatch(name -> name.endsWith(".tmp"))) {
                Thread.sleep(2);
            }
        } finally {
            ChildBuild.kill(child);
        }
        assertThat(Cli.files(out)).as("killed while the deck was being written").singleElement().asString()
                .startsWith(".talk.pptx.lectern-" + child.pid() + "-").endsWith(".tmp");

        // Shorter, so the next build is quick: what matters is that it writes into the same folder.
        essay("talk.md", 2);
        assertThat(lectern.run("build", talk.toString(), "-o", out.toString(), "-q")).isZero();
        assertThat(Cli.files(out)).containsExactly("talk.pptx");
        assertThat(fontCopies(tmpdir)).isEmpty();
    }

    /** How Lectern names a temporary file for {@code target} made by the process {@code pid} started at {@code start}. */
    private static String temporaryName(String target, long pid, Instant start) {
        return "." + target + ".lectern-" + pid + "-" + Long.toString(start.toEpochMilli(), 36) + "-1.tmp";
    }

    private Path madeLongAgo(String name) throws IOException {
        Path file = Files.writeString(out.resolve(name), "half a deck");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        return file;
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextBuildButWhatALiveBuildWritesIsNot() throws Exception {
        Path talk = essay("talk.md", 2);
        Files.createDirectories(out);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(30, TimeUnit.SECONDS);
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            ProcessHandle self = ProcessHandle.current();
            Instant runningSince = running.info().startInstant().orElseThrow();
            madeLongAgo(temporaryName("talk.pptx", gone.pid(), Instant.now()));
            // The same pid, but not the process that started then: the one that wrote the file is gone.
            madeLongAgo(temporaryName("talk.pptx", self.pid(), self.info().startInstant().orElseThrow()
                    .minus(Duration.ofHours(1))));
            // What Lectern left before it named its temporary files for their process.
            madeLongAgo(".talk.pptx.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
            Path live = madeLongAgo(temporaryName("other.pptx", running.pid(), runningSince));
            Path notOurs = madeLongAgo(".talk.pptx.tmp");

            assertThat(Cli.run("build", talk.toString(), "-o", out.toString(), "-q").exit()).isZero();

            assertThat(Cli.files(out)).containsExactlyInAnyOrder("talk.pptx", live.getFileName().toString(),
                    notOurs.getFileName().toString());
        } finally {
            running.destroyForcibly();
        }
    }
}
