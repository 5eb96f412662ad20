package lectern.picture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders an essay's pictures may come from: the essay's own folder, the {@code assets/} folder beside it
 * (the project's, for an essay in {@code content/}), and any folder the user allowed with
 * {@code --allow-outside}. A deck is sent to other people, so it must never carry a file its author did not mean
 * to share: a path with {@code ..} or a symbolic link that leads elsewhere is judged by where it really leads.
 */
final class PictureFolders {
    private final List<Path> roots;

    private PictureFolders(List<Path> roots) {
        this.roots = roots;
    }

    static PictureFolders of(Path essay, List<Path> allowed) {
        Path folder = essay.toAbsolutePath().getParent();
        List<Path> roots = new ArrayList<>();
        addReal(folder, roots);
        if (folder.getParent() != null) {
            addReal(folder.getParent().resolve("assets"), roots);
        }
        allowed.forEach(dir -> addReal(dir, roots));
        return new PictureFolders(List.copyOf(roots));
    }

    private static void addReal(Path folder, List<Path> roots) {
        if (Files.isDirectory(folder)) {
            try {
                roots.add(folder.toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether a file, by its real path (links and {@code ..} resolved), lies inside one of the folders. */
    boolean allow(Path real) {
        return roots.stream().anyMatch(real::startsWith);
    }
}
