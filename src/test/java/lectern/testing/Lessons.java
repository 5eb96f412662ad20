package lectern.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The corpus's two Carpentries episodes, as a user would lay out a lesson of them. */
public final class Lessons {
    public static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    public static final Path GIT = CORPUS.resolve("carpentries-git-remotes").resolve("07-github.md");
    public static final Path PLOTTING = CORPUS.resolve("carpentries-python-plotting").resolve("03-matplotlib.md");

    private Lessons() {
    }

    /**
     * A lesson's {@code episodes/} folder holding both episodes with their pictures, under {@code dir}: the
     * episodes in file-name order (plotting, then remotes).
     */
    public static Path bothEpisodes(Path dir) throws IOException {
        Path episodes = Files.createDirectories(dir.resolve("lesson").resolve("episodes"));
        for (Path episode : new Path[] {GIT, PLOTTING}) {
            copy(episode.getParent(), episodes);
        }
        return episodes;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
