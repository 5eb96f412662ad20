package lectern.layout;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import lectern.AtomicFile;
import lectern.LecternException;
import lectern.TemporaryFiles;

/**
 * The bundled fonts as files Java can read where they are. Given a stream, Java copies a font into a file of its
 * own in java.io.tmpdir ({@code +~JF….tmp}) that only a clean exit removes: a killed build left 1.5 MB there each
 * time, and a Ctrl-C while fonts were loading could too. Given a file, Java makes no copy. So each font is
 * taken out of the jar once, into a cache of Lectern's own ({@code lectern/fonts/<checksum>/} in the user's cache
 * folder), and read from there by every later build. The checksum is the one the jar keeps for the font, read
 * without unpacking it, so a build that finds the cache filled costs less than one that copies the fonts; a Lectern
 * with other fonts uses another folder.
 */
final class FontFiles {
    /** Where the cache cannot be written (a read-only home), this process's own folder, removed when it ends. */
    private static Path ownFolder;

    private FontFiles() {
    }

    /** The bundled font as a file, or nothing when it can only be read as a stream. */
    static Optional<File> of(String resource) {
        URL url = FontFiles.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Optional.of(new File(url.toURI()));
            }
            if (url.openConnection() instanceof JarURLConnection jar) {
                JarEntry entry = jar.getJarEntry();
                String name = Path.of(resource).getFileName().toString();
                return entry.getCrc() < 0 || entry.getSize() < 0 ? Optional.empty()
                        : Optional.of(extracted(resource, name, entry.getCrc(), entry.getSize()).toFile());
            }
        } catch (IOException | URISyntaxException | InvalidPathException | LecternException e) {
            // Read as a stream instead: measuring is the same, only Java's copy may be left behind.
        }
        return Optional.empty();
    }

    private static Path extracted(String resource, String name, long crc, long size) throws IOException {
        Optional<Path> cached = cacheFolder()
                .map(c -> c.resolve("fonts").resolve(String.format(Locale.ROOT, "%08x", crc)).resolve(name));
        if (cached.isPresent()) {
            if (isWhole(cached.get(), size)) {
                return cached.get();
            }
            try {
                write(resource, cached.get(), crc);
                return cached.get();
            } catch (LecternException | IOException e) {
                // Another build may have put it there meanwhile (on Windows a font in use cannot be replaced).
                if (isWhole(cached.get(), size)) {
                    return cached.get();
                }
            }
        }
        Path own = ownFolder().resolve(name);
        write(resource, own, crc);
        return own;
    }

    private static synchronized Path ownFolder() throws IOException {
        if (ownFolder == null) {
            // Kept while this process lives (Java reads the fonts from it); a later build removes it if Lectern is killed.
            ownFolder = TemporaryFiles.newFolder("lectern-fonts");
        }
        return ownFolder;
    }

    private static boolean isWhole(Path file, long size) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    /** Written whole or not at all, and only when its bytes are those the jar's checksum is of. */
    private static void write(String resource, Path file, long crc) throws IOException {
        byte[] bytes;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            bytes = in.readAllBytes();
        }
        CRC32 check = new CRC32();
        check.update(bytes);
        if (check.getValue() != crc) {
            throw new IOException(resource + " is not what the jar says it is");
        }
        AtomicFile.write(file, "the font", out -> out.write(bytes));
    }

    /**
     * The user's cache folder for Lectern: {@code $XDG_CACHE_HOME/lectern}, else where each system keeps caches
     * ({@code ~/.cache}, {@code ~/Library/Caches}, {@code %LOCALAPPDATA%}).
     */
    static Optional<Path> cacheFolder() {
        try {
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Optional.of(Path.of(xdg, "lectern"));
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String local = System.getenv("LOCALAPPDATA");
            if (os.contains("windows") && local != null && !local.isBlank()) {
                return Optional.of(Path.of(local, "lectern", "cache"));
            }
            String home = System.getProperty("user.home");
            if (home == null || home.isBlank() || home.equals("?")) {
                return Optional.empty();
            }
            return Optional.of(os.contains("mac") ? Path.of(home, "Library", "Caches", "lectern") : Path.of(home, ".cache", "lectern"));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
