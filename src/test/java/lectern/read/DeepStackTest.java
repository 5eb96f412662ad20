package lectern.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import lectern.LecternException;
import org.junit.jupiter.api.Test;

/** The reader runs on a deep stack, and what even that cannot hold is one clear line, not a StackOverflowError. */
class DeepStackTest {

    @Test
    void nestingBeyondWhatEvenTheDeepStackHoldsIsAClearError() {
        assertThatThrownBy(() -> DeepStack.read(Path.of("talk.md"), DeepStackTest::bottomless))
                .isInstanceOf(LecternException.class)
                .hasMessage("quotations or lists are nested too deeply to read (many thousands of levels)");
    }

    private static int bottomless() {
        return bottomless() + 1;
    }
}
