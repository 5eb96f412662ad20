package lectern.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class DeckWriterTest {
    /** The deck opened on the side may run out of memory; the user must hear that, not of a wrapped failure. */
    @Test
    void whatFailedOpeningTheNextDeckOnTheSideIsThrownAsItWas() {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> DeckWriter.opening(new ExecutionException(memory))).isSameAs(memory);
        IllegalArgumentException bug = new IllegalArgumentException("a bug");
        assertThatThrownBy(() -> DeckWriter.opening(new ExecutionException(bug))).isSameAs(bug);
        IOException unreadable = new IOException("unreadable");
        assertThat(DeckWriter.opening(new ExecutionException(unreadable))).isSameAs(unreadable);
    }
}
