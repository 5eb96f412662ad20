package lectern.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's harnesses live in bench/, outside the build, so nothing else notices when a change to Lectern's API
 * breaks them. This compiles them against the test classpath and runs each on a tiny input. It looks at what they
 * print, never at how long anything took.
 */
class BenchHarnessTest {
    private static final Path BENCH = Path.of("bench");

    @TempDir
    static Path dir;
    private static ClassLoader harnesses;

    @BeforeAll
    static void compileTheHarnesses() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> sources = Files.list(BENCH)) {
            sources.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> args.add(file.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        assertThat(status).as("javac bench/*.java:%n%s", errors.toString(StandardCharsets.UTF_8)).isZero();
        harnesses = new URLClassLoader(new URL[] {classes.toUri().toURL()}, BenchHarnessTest.class.getClassLoader());
    }

    /** Runs a harness's main and returns what it printed. */
    private static String run(String harness, String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            harnesses.loadClass(harness).getMethod("main", String[].class).invoke(null, (Object) args);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /** A five-section essay beside a copy of assets/, as bench/run lays them out, so its pictures are found. */
    private static Path essay() throws Exception {
        Path folder = dir.resolve("essays");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.resolve("assets"));
            try (Stream<Path> pictures = Files.list(Path.of("assets"))) {
                for (Path picture : pictures.filter(Files::isRegularFile).toList()) {
                    Files.copy(picture, folder.resolve("assets").resolve(picture.getFileName()));
                }
            }
        }
        Path essay = folder.resolve("essay-5.md");
        Files.writeString(essay, run("MakeEssay", "5"));
        return essay;
    }

    @Test
    void makeEssayWritesTheSameEssayOfNSectionsEveryTime() throws Exception {
        String essay = run("MakeEssay", "12");
        assertThat(essay).startsWith("# An essay of 12 sections").contains("## Section 12: ").contains("](assets/")
                .isEqualTo(run("MakeEssay", "12"));
        assertThat(essay.lines().filter(line -> line.matches("#{2,3} Section \\d+: .*"))).hasSize(12);
    }

    @Test
    void warmPrintsItsRowOverTheDeckItWroteAndToADeletedOne() throws Exception {
        String essay = essay().toString();
        String over = run("Warm", essay, "--rebuilds", "2", "--warmups", "1", "--pause-ms", "0");
        assertThat(over).matches("warm mode=over rebuilds=2 warmups=1 pause_ms=0 median_ms=[0-9.]+ p10_ms=[0-9.]+ "
                + "p90_ms=[0-9.]+ min_ms=[0-9.]+ max_ms=[0-9.]+ deck_bytes=[1-9][0-9]*\\R");
        assertThat(run("Warm", essay, "--rebuilds", "1", "--warmups", "0", "--pause-ms", "0", "--fresh"))
                .startsWith("warm mode=fresh rebuilds=1 ");
    }

    @Test
    void scalePrintsTimesByStageHeapSlidesAndDeckSize() throws Exception {
        String essay = essay().toString();
        assertThat(run("Scale", essay, "--warm-ms", "0")).matches("scale first_ms=[0-9.]+ again_ms=[0-9.]+ read_ms=[0-9.]+ plan_ms=[0-9.]+ "
                + "peak_heap_mb=[0-9.]+ max_heap_mb=[1-9][0-9]* slides=[1-9][0-9]* deck_bytes=[1-9][0-9]*\\R");
        assertThat(run("Scale", essay, "--once")).startsWith("scale first_ms=")
                .contains(" again_ms=- read_ms=- plan_ms=- ");
    }

    @Test
    void theRunnerIsValidBashAndExplainsItself() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "bash");
        assertThat(Path.of("bench/run")).isExecutable();
        assertThat(shell("bash", "-n", "bench/run")).isEmpty();
        assertThat(shell("bash", "bench/run", "--help")).contains("--runs N").contains("--quick");
    }

    private static String shell(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
