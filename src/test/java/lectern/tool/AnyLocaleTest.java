package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lectern.cli.ExitCode;
import lectern.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lectern started in the C locale ({@code LANG=C}, no {@code LC_ALL}: many containers and CI runners), where Java
 * names files in ASCII alone and would print every other character as "?". It prints UTF-8 all the same, and a name
 * Java cannot spell there is one line that says so and what to do, never an exception. Each test starts a Java of
 * its own: the locale is fixed when Java starts.
 */
class AnyLocaleTest {
    /** How Java in the C locale reads a name it cannot decode: ü and ï are two bytes each, each byte U+FFFD. */
    private static final String GARBLED = "\uFFFD\uFFFDn\uFFFD\uFFFD";

    @TempDir
    Path dir;

    @BeforeEach
    void essay() throws IOException {
        Files.copy(Path.of("assets/castle-moat-dry.jpg"), dir.resolve("größe.jpg"));
        Files.writeString(dir.resolve("talk.md"), "# Talk — in any locale\n\n## Size\n\n![A castle](größe.jpg)\n\n"
                + "**A claim — with a dash.** Prose.\n");
    }

    @Test
    void aPictureOrAnEssayWhoseNameTheLocaleCannotSpellIsOneLineThatSaysToUseUtf8() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/ünï.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");

        Cli.Result result = Cli.runInTheCLocale(dir, "build", "talk.md", "content", "-o", "out").saysNoJava();

        assertThat(result.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(result.errLines()).containsExactly(
                "talk.md:5: warning: image größe.jpg cannot be opened: the locale's character set, US-ASCII, cannot "
                        + "spell its name; left a marked gap on slide 2 (run Lectern with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)",
                "lectern: content/" + GARBLED + ".md: the locale's character set, US-ASCII, cannot spell the file name "
                        + GARBLED + ".pptx; run Lectern with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 (no deck written)");
        assertThat(result.out()).startsWith("out/talk.pptx: 3 slides");
    }

    @Test
    void aNameGivenOnTheCommandLineThatArrivesGarbledIsOneLine() throws Exception {
        Cli.Result result = Cli.runInTheCLocale(dir, "build", "ünï.md").saysNoJava();
        assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).containsExactly("lectern: the locale's character set, US-ASCII, cannot spell the "
                + "argument " + GARBLED + ".md, so it reached Lectern garbled; run Lectern with a UTF-8 locale, e.g. "
                + "LC_ALL=C.UTF-8");
    }

    @Test
    void theOutlineAndItsJsonAreUtf8() throws Exception {
        Cli.Result text = Cli.runInTheCLocale(dir, "outline", "talk.md");
        assertThat(text.out()).contains("Talk — in any locale", "A claim — with a dash.");

        Cli.Result json = Cli.runInTheCLocale(dir, "outline", "--json", "talk.md");
        assertThat(json.exit()).isZero();
        assertThat(strings(json.out())).contains("Talk — in any locale", "A claim — with a dash.");
    }

    private static List<String> strings(String json) throws IOException {
        List<String> strings = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    strings.add(parser.getText());
                }
            }
        }
        return strings;
    }
}
