package lectern.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import lectern.cli.Main;

/**
 * Runs {@code lectern} in a Java process of its own, with a temporary folder and a cache folder of its own: for
 * what only the end of a process shows (what it leaves in java.io.tmpdir, what a kill leaves behind).
 */
public final class ChildBuild {
    public static final String DONE = "lectern finished";

    private static Path fontsJar;

    private final Path tmpdir;
    private final Path cache;

    /** @param cache the child's XDG_CACHE_HOME: where it keeps the fonts it takes out of the jar */
    public ChildBuild(Path tmpdir, Path cache) {
        this.tmpdir = tmpdir;
        this.cache = cache;
    }

    /** Runs the command to its end, as a shell does, and returns its exit code. */
    public int run(String... args) throws IOException, InterruptedException {
        Process child = start(false, args);
        try {
            child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("lectern " + String.join(" ", args) + " did not finish");
            }
            return child.exitValue();
        } finally {
            child.destroyForcibly();
        }
    }

    /** Starts the command; the process lives on once it is done (until killed), so a test can look at it running. */
    public Process startAndStay(String... args) throws IOException {
        return start(true, args);
    }

    /** Starts the command, which exits when done. */
    public Process start(String... args) throws IOException {
        return start(false, args);
    }

    /** Waits for a child started to stay until it says it is done. */
    public static void awaitDone(Process child) throws IOException {
        BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = said.readLine(); line != null; line = said.readLine()) {
            if (line.equals(DONE)) {
                return;
            }
        }
        throw new AssertionError("lectern ended before it was done");
    }

    /** Kills the child as SIGKILL does (nothing of Java's runs) and waits until it is gone. */
    public static void kill(Process child) throws InterruptedException {
        child.destroyForcibly();
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("a killed lectern did not end");
        }
    }

    private Process start(boolean stay, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpdir, "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-Xlog:disable"));
        if (stay) {
            // No collection ever: Java removes its copy of a font it no longer holds when it collects it, which
            // would hide the copies a build makes on a machine that has the same fonts installed.
            command.addAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xmx2g"));
        }
        command.addAll(List.of("-cp", fontsJar() + File.pathSeparator + System.getProperty("java.class.path"),
                stay ? ChildBuild.class.getName()
                : Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder.start();
    }

    /**
     * The bundled fonts in a jar, first on the child's class path: read from the classes folder they are files
     * already, and the child would not do what the installed {@code lectern.jar} does with them.
     */
    private static synchronized Path fontsJar() throws IOException {
        if (fontsJar == null) {
            Path jar = Files.createTempFile("lectern-test-fonts", ".jar");
            jar.toFile().deleteOnExit();
            try (Stream<Path> fonts = Files.list(Path.of(URI.create(ChildBuild.class.getResource("/fonts/").toString())));
                 JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (Path font : fonts.filter(f -> f.toString().endsWith(".ttf")).toList()) {
                    out.putNextEntry(new JarEntry("fonts/" + font.getFileName()));
                    Files.copy(font, out);
                    out.closeEntry();
                }
            }
            fontsJar = jar;
        }
        return fontsJar;
    }

    /** Runs lectern as {@link Main} does, then says so and waits to be killed. */
    public static void main(String[] args) throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        Main.run(args, out, out);
        out.println(DONE);
        Thread.sleep(TimeUnit.MINUTES.toMillis(2));
    }
}
