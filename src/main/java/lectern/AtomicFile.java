package lectern;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that readers only ever see the old one or the whole new one: the bytes go to a
 * temporary file beside the target ({@link TemporaryFiles}), which is moved into place only once complete. Should
 * the writing fail (a full disk, a folder that cannot be written) or Lectern be stopped (Ctrl-C), the temporary
 * file is removed and the old file stays as it was; should Lectern be killed, the next file written in that folder
 * removes it. Every file Lectern writes (decks, handouts, the fonts' cache) keeps this promise.
 */
public final class AtomicFile {
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The last step, which a deck open in another program can make fail; tests stand in for it. */
    interface Replace {
        void move(Path complete, Path target) throws IOException;
    }

    private static final Replace ATOMIC_MOVE = (complete, target) -> {
        try {
            Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private AtomicFile() {
    }

    /** @param what what the file is, for the message when it cannot be written: "the deck", "the handout" */
    public static void write(Path target, String what, Content content) {
        write(target, what, content, ATOMIC_MOVE);
    }

    static void write(Path target, String what, Content content, Replace replace) {
        Path temp = TemporaryFiles.nameFor(target);
        boolean replacing = false;
        try {
            TemporaryFiles.makeFile(temp);
            // Not made again should a Ctrl-C have removed it meanwhile.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(temp, target);
            replacing = true;
            replace.move(temp, target);
        } catch (IOException e) {
            String kind = what.replaceFirst("^the ", "");
            String advice = replacing ? "; if the " + kind + " is open in PowerPoint or another program, close it and "
                    + (kind.equals("deck") ? "build" : "try") + " again" : "";
            throw new LecternException(target, 0, "cannot " + (replacing ? "replace" : "write") + " " + what + " ("
                    + why(e, target, temp) + ")" + advice + "; any " + kind + " already there is unchanged", e);
        } finally {
            TemporaryFiles.remove(temp);
        }
    }

    /** A temporary file is private to its owner; the deck should be as readable as the one it replaces. */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** What went wrong, in words, naming the file it is about when that is not the deck. */
    private static String why(IOException e, Path target, Path temp) {
        Path about = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : null;
        boolean other = about != null && !about.equals(temp) && !about.toAbsolutePath().equals(target.toAbsolutePath());
        if (e instanceof FileAlreadyExistsException && other) {
            return Locations.display(about) + " is a file, not a folder";
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        reason = reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        return other ? reason + ": " + Locations.display(about) : reason;
    }
}
