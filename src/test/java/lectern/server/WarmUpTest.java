package lectern.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import lectern.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm-up that warned or failed would warm up less than it should, and nobody would see it. */
class WarmUpTest {
    @Test
    void theServersOwnEssayBuildsCleanlyWithEveryKindOfContentItWarmsUp(@TempDir Path temp) throws IOException {
        Cli.Result built = Cli.run("build", WarmUp.ownEssay(temp).toString(), "-o", temp.resolve("out").toString());

        assertThat(built.exit()).as(built.err()).isZero();
        assertThat(built.err()).isEmpty();
        assertThat(built.out()).contains("1 picture");
    }
}
