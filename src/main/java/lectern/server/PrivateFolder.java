package lectern.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The folder a server's socket lives in. Whoever can open the socket can have the server build, read and write
 * as its user, so the folder must be its user's alone: made so, or found so, never trusted otherwise.
 */
final class PrivateFolder {
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private PrivateFolder() {
    }

    /** Whether {@code folder} now exists, is no link, and only its owner, this user, may use it. */
    static boolean make(Path folder) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            PosixFileAttributes about = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String me = System.getProperty("user.name");
            return about.isDirectory() && OWNER_ONLY.containsAll(about.permissions())
                    && (me == null || about.owner().getName().equals(me));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
