package lectern.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lectern.cli.Main;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Runs {@code lectern} as a user would, and reads what it made: for tests of what the user is told. */
public final class Cli {
    private Cli() {
    }

    /** What one run printed and returned. */
    public record Result(int exit, String out, String err) {
        /** The error output's lines. */
        public List<String> errLines() {
            return err.lines().toList();
        }

        /** Every message is a line of its own for the user, never a Java exception or stack trace. */
        public Result saysNoJava() {
            assertThat(out + err).doesNotContain("Exception", "\tat ", "Error:", "internal error")
                    .doesNotContainPattern("\\b[a-z]\\w*(\\.[a-z]\\w*)+\\.[A-Z]\\w*(Exception|Error)\\b");
            return this;
        }
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code lectern} in a Java of its own started in the C locale (LANG=C, no LC_ALL), as many containers and CI
     * runners start it, from {@code folder}: what Java can name and print there is fixed when it starts, so no
     * setting inside this test's Java shows it. What it printed is read as UTF-8, as Lectern means it.
     */
    public static Result runInTheCLocale(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("lectern-out", ".txt");
        Path err = Files.createTempFile("lectern-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANGUAGE"));
            builder.environment().put("LANG", "C");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process child = builder.start();
            if (!child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("lectern did not finish in the C locale: " + command);
            }
            return new Result(child.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The names of the files in a folder, sorted: to see that nothing (no temporary file) was left behind. */
    public static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    public static XMLSlideShow open(Path deck) throws IOException {
        try (InputStream in = Files.newInputStream(deck)) {
            return new XMLSlideShow(in);
        }
    }

    /** Each slide's title: the text of its title placeholder (a title slide's centred one too). */
    public static List<String> titles(XMLSlideShow show) {
        return show.getSlides().stream().map(Cli::title).toList();
    }

    public static String title(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                .filter(s -> s.getPlaceholder() == Placeholder.TITLE || s.getPlaceholder() == Placeholder.CENTERED_TITLE)
                .map(XSLFTextShape::getText).findFirst().orElse("");
    }

    /** All the speaker notes of a deck, as one text. */
    public static String notes(XMLSlideShow show) {
        return show.getSlides().stream().map(Cli::notes).collect(Collectors.joining("\n"));
    }

    public static String notes(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        return notes.getTextParagraphs().stream().flatMap(List::stream).map(p -> p.getText())
                .collect(Collectors.joining("\n"));
    }

    /** All the text on a slide. */
    public static String text(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
    }
}
