package lectern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus of real documents by others, copied into the test resources with their pictures and licences (see
 * {@code src/test/resources/corpus/README.md}): one Markdown document in each folder, some of them a few folders
 * down, as their pictures' paths need.
 */
public final class Corpus {
    public static final Path ROOT = Path.of("src/test/resources/corpus");

    private Corpus() {
    }

    /** A document of the corpus: its folder's name, and its Markdown file. */
    public record Document(String name, Path file) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Document> documents() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).sorted().map(Corpus::document).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Path file = files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("LICENSES"))
                    .sorted().findFirst().orElseThrow(() -> new IllegalStateException("no document in " + folder));
            return new Document(folder.getFileName().toString(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
