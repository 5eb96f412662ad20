package lectern.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import lectern.LecternException;

/** Writes PNG files, turning a failure into a line the user can act on. */
final class PngFile {
    private PngFile() {
    }

    static void write(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot write the picture: " + reason(e), e);
        }
    }

    /** What went wrong, without Java's class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof NoSuchFileException) {
            // Java names only the path; a folder on the way to it could not be made (/proc, say).
            return "could not make " + e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage();
    }
}
