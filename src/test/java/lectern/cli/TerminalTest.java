package lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command the build server runs for a client at a terminal shows what a terminal should, and only there. */
class TerminalTest {
    @Test
    void aClientsAnswerHoldsForItsCommandAndNoLonger() {
        boolean own = Terminal.stderrIsTerminal();

        assertThat(Terminal.forClient(true, Terminal::stderrIsTerminal)).isTrue();
        assertThat(Terminal.forClient(false, Terminal::stderrIsTerminal)).isFalse();
        assertThat(Terminal.stderrIsTerminal()).isEqualTo(own);
    }
}
