package lectern.server;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lectern.TemporaryFiles;
import lectern.cli.Main;

/**
 * Builds a few times before the server takes clients, so the first build a user waits for runs code Java has
 * already loaded and compiled: the launcher's own essays when it has some, else an essay of its own with what
 * most essays hold (claims, prose, a list, a table, code, a picture). A few builds, or a few seconds.
 */
final class WarmUp {
    private static final int BUILDS = 4;
    private static final long SECONDS = 15;
    private static final String ESSAY = """
            ---
            author: Lectern
            ---
            # Warming up

            ## Claims and prose

            **A claim the slide shows.** Prose for the speaker notes, long enough to be timed and shared out.

            - a list item
            - another, with `code`

            ## A table and code

            | what | how much |
            | --- | ---: |
            | one | 1 |

            ```python
            def warm(up):
                return up * 2
            ```

            ## A picture

            ![A square](square.png)

            Said about the picture.
            """;

    private WarmUp() {
    }

    /** Builds {@code essays}, or the essay above when null. */
    static void build(Path essays) {
        Path folder = null;
        try {
            folder = TemporaryFiles.newFolder("warm-up");
            Path input = essays != null && Files.exists(essays) ? essays : ownEssay(folder);
            Path out = folder.resolve("out");
            long end = System.nanoTime() + SECONDS * 1_000_000_000L;
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (int i = 0; i < BUILDS && System.nanoTime() < end; i++) {
                Main.run(new String[] {"build", input.toString(), "-o", out.toString(), "-q"}, nowhere, nowhere);
            }
        } catch (IOException | RuntimeException e) {
            // Warming up is only ever an optimisation: the server serves cold instead.
        } finally {
            if (folder != null) {
                TemporaryFiles.remove(folder);
            }
        }
    }

    /** The essay above, with its picture, in {@code folder}. */
    static Path ownEssay(Path folder) throws IOException {
        BufferedImage square = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(8, 8, 48, 48);
        g.dispose();
        ImageIO.write(square, "png", folder.resolve("square.png").toFile());
        return Files.writeString(folder.resolve("warm-up.md"), ESSAY);
    }
}
