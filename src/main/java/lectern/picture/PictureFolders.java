package lectern.picture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The folders an essay's pictures may come from: the essay's own folder, the {@code assets/} folder beside it
 * (the project's, for an essay in {@code content/}), the repository the essay lives in, and any folder the user
 * allowed with {@code --allow-outside}. A deck is sent to other people, so it must never carry a file its author
 * did not mean to share: a path with {@code ..} or a symbolic link that leads elsewhere is judged by where it
 * really leads.
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
        project(essay).ifPresent(root -> addReal(root, roots));
        allowed.forEach(dir -> addReal(dir, roots));
        return new PictureFolders(List.copyOf(roots));
    }

    /**
     * The repository the essay lives in: the nearest folder above it with a {@code .git} (a folder, or the file a
     * worktree or submodule has), found without running git. Docs trees keep their pictures in the repository's
     * {@code assets/} or {@code static/}, two or three folders up; what the author has put in the repository is
     * what they share. A home folder kept under git (dotfiles) is no project, so the search stops below it.
     */
    static Optional<Path> project(Path essay) {
        Path home = Path.of(System.getProperty("user.home", "/")).toAbsolutePath().normalize();
        for (Path dir = essay.toAbsolutePath().normalize().getParent(); dir != null && !dir.equals(home)
                && dir.getParent() != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git) && Files.exists(git.resolve("HEAD")) || Files.isRegularFile(git)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
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
