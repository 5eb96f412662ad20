package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import lectern.testing.Cli;
import lectern.testing.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/lectern-&lt;version&gt;.zip as a user installs it: unzipped into a folder of its own, its launcher put on
 * the PATH by a symbolic link, and run from a folder that is neither the install nor the repository. Run by
 * failsafe in {@code mvn verify}, after {@code package} has made the zip (surefire runs before there is one).
 */
class InstalledZipIT {
    private static final Path ZIP = Path.of(System.getProperty("lectern.zip", "target/lectern.zip"));
    private static final String VERSION = System.getProperty("lectern.version", "");

    @TempDir
    static Path dir;
    private static Path home;
    private static Path onPath;
    private static Path elsewhere;
    /** Where the launcher's build servers put their sockets: this test's own, so its servers are its own. */
    private static Path runtime;

    @BeforeAll
    static void install() throws IOException {
        Path opt = dir.resolve("opt");
        unzip(ZIP, opt);
        home = opt.resolve("lectern-" + VERSION);
        onPath = dir.resolve("bin");
        Files.createDirectories(onPath);
        // Relative, as `ln -s ../opt/lectern-x.y.z/bin/lectern ~/bin/` makes it: the launcher must follow it.
        Files.createSymbolicLink(onPath.resolve("lectern"), onPath.relativize(home.resolve("bin/lectern")));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        runtime = Files.createDirectories(dir.resolve("runtime"));
    }

    @Test
    void theZipHoldsTheLauncherTheJarTheCompletionScriptAndTheManPages() throws IOException {
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/lectern")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("lib/lectern.jar")).isNotEmptyFile();
        assertThat(home.resolve("completion/lectern_completion")).isNotEmptyFile();
        assertThat(home.resolve("man/lectern.adoc")).content().contains("= lectern(1)");
        assertThat(home.resolve("man/lectern-build.adoc")).content().contains("--theme");
        assertThat(home.resolve("README.md")).isNotEmptyFile();
    }

    @Test
    void theLinkOnThePathSaysTheVersionFromAnyFolder() throws Exception {
        Run version = lectern(elsewhere, "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out().lines().findFirst()).hasValue("lectern " + VERSION);
    }

    @Test
    void buildsTheSeedEssayFromAnotherFolderWithAThemeFromInsideTheJar() throws Exception {
        Path out = dir.resolve("decks");
        Run build = lectern(elsewhere, "build", Seed.ESSAY.toAbsolutePath().toString(), "-o", out.toString(),
                "--theme", "dark");
        assertThat(build.exit()).as(build.err()).isZero();
        assertThat(build.out()).contains("when-execution-collapses.pptx: ").contains(" slides, ");
        assertThat(out.resolve("when-execution-collapses.pptx")).isNotEmptyFile();
        assertThat(Cli.files(elsewhere)).as("nothing written where it was run").isEmpty();
    }

    @Test
    void theShippedCompletionScriptIsTheOneTheCommandPrints() throws Exception {
        Run completion = lectern(elsewhere, "completion", "bash");
        assertThat(completion.exit()).as(completion.err()).isZero();
        assertThat(completion.out()).isEqualTo(Files.readString(home.resolve("completion/lectern_completion")));
    }

    @Test
    void withoutJavaTheLauncherSaysSoInOneLine() throws Exception {
        // A PATH with what the launcher itself needs besides the shell, and no java.
        Path tools = Files.createDirectories(dir.resolve("no-java"));
        for (String tool : List.of("readlink", "dirname")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        ProcessBuilder builder = new ProcessBuilder(onPath.resolve("lectern").toString(), "--version")
                .directory(elsewhere.toFile()).redirectOutput(dir.resolve("no-java.out").toFile())
                .redirectError(dir.resolve("no-java.err").toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", tools.toString());
        Run run = finish(builder.start(), "no-java");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "lectern: Java 17 or later is needed (no java on the PATH, and JAVA_HOME is not set)");
    }

    @Test
    void afterTheFirstBuildTheNextAreServedByAWarmJvm() throws Exception {
        String essay = Seed.ESSAY.toAbsolutePath().toString();
        Path out = dir.resolve("served");
        Run first = lectern(elsewhere, "build", essay, "-o", out.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        ProcessHandle server = serverStarted();
        Duration before = server.info().totalCpuDuration().orElseThrow();

        Run second = lectern(elsewhere, "build", essay, "-o", dir.resolve("served-again").toString());

        assertThat(second).isEqualTo(new Run(0, first.out().replace(out.toString(), dir.resolve("served-again").toString()), ""));
        assertThat(server.info().totalCpuDuration().orElseThrow()).as("the server did the build").isGreaterThan(before);
        Path socket;
        try (Stream<Path> sockets = Files.walk(runtime)) {
            socket = sockets.filter(p -> p.toString().endsWith(".sock")).findFirst().orElseThrow();
        }
        Files.delete(socket);
        assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).as("a server whose socket is gone stops").isFalse();
    }

    /** The server the last build started, once its socket is open. */
    private static ProcessHandle serverStarted() throws Exception {
        for (int i = 0; i < 1200; i++) {
            try (Stream<Path> sockets = Files.walk(runtime)) {
                if (sockets.anyMatch(p -> p.toString().endsWith(".sock"))) {
                    return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                            .contains("lectern.server.BuildServer " + runtime)).findFirst().orElseThrow();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no build server opened its socket within two minutes");
    }

    private record Run(int exit, String out, String err) {
    }

    @Test
    void inTheCLocaleTheLauncherGivesJavaAUtf8OneSoAnyFileNameWorks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("c-locale"));
        BufferedImage square = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(square, "png", folder.resolve("square.png").toFile());
        // Named by the shell, in bytes: this test's own JVM may run in the C locale and be unable to spell it.
        Process rename = new ProcessBuilder("/bin/sh", "-c", "mv square.png \"$(printf 'gr\\303\\266\\303\\237e.png')\"")
                .directory(folder.toFile()).inheritIO().start();
        assertThat(rename.waitFor()).isZero();
        Files.writeString(folder.resolve("talk.md"), "# Größe\n\n## Eins\n\n![Ein Quadrat](größe.png)\n\nProsa.\n");

        Run build = lectern(folder, Map.of("LANG", "C", "LC_ALL", "", "LECTERN_SERVER", "off"), "build", "talk.md",
                "-o", "out");

        assertThat(build.err()).isEmpty();
        assertThat(build.exit()).isZero();
        assertThat(build.out()).contains("talk.pptx: ").contains("1 picture");
    }

    /** Runs {@code lectern} as a shell finds it on the PATH, with the Java running this test. */
    private static Run lectern(Path cwd, String... args) throws Exception {
        return lectern(cwd, Map.of(), args);
    }

    private static Run lectern(Path cwd, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "lectern \"$@\"", "sh"));
        command.addAll(List.of(args));
        String name = "run-" + System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        builder.environment().remove("LECTERN_SERVER");
        builder.environment().putAll(environment);
        builder.environment().put("PATH", onPath + File.pathSeparator
                + Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + System.getenv("PATH"));
        return finish(builder.start(), name);
    }

    private static Run finish(Process process, String name) throws Exception {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("lectern did not finish within two minutes");
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(p -> Path.of(p, tool))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError("no " + tool));
    }

    /** Unzips with each file's Unix mode, as unzip does: that the launcher is executable is part of the zip. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path target = into.resolve(archive.getPath("/").relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
            }
        }
    }
}
