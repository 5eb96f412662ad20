package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import lectern.Locations;
import org.junit.jupiter.api.Test;

/**
 * A limit of Java's reached while one file is worked on is one line naming the file and what to do, and the other
 * files still run. Memory and the stack are run out of here by the work itself, as they would be deep inside it.
 */
class EachFileTest {
    private final StringWriter err = new StringWriter();

    private EachFile.Outcome run(EachFile.Work work) {
        return EachFile.run(List.of(Path.of("talk.md"), Path.of("other.md")), (file, warnings) -> {
            if (file.endsWith("talk.md")) {
                work.run(file, warnings);
            }
        }, new PrintWriter(err, true), false, "no deck written");
    }

    @Test
    void runningOutOfMemoryIsOneLineThatSaysHowToGiveJavaMore() {
        EachFile.Outcome outcome = run((file, warnings) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("lectern: " + Locations.display(Path.of("talk.md")) + ": "
                + OneLineErrors.outOfMemory(Runtime.getRuntime().maxMemory()) + " (no deck written)");
    }

    @Test
    void theMemoryLineSaysWhatJavaHadAndAtLeastTwiceAsMuch() {
        assertThat(OneLineErrors.outOfMemory(256L * 1024 * 1024)).isEqualTo("ran out of memory (Java may use 256 MB "
                + "here); give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx1g");
        assertThat(OneLineErrors.outOfMemory(3000L * 1024 * 1024)).endsWith("-Xmx8g");
    }

    @Test
    void aStackThatRunsOutIsOneLineAboutNesting() {
        EachFile.Outcome outcome = run((file, warnings) -> {
            throw new StackOverflowError();
        });
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("lectern: talk.md: is nested too deeply to work on (Java's "
                + "stack ran out); nest its quotations, lists and divs less deeply, or give Java a deeper stack, e.g. "
                + "JAVA_TOOL_OPTIONS=-Xss512m (no deck written)");
    }
}
