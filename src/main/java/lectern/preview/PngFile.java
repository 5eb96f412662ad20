package lectern.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
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
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
