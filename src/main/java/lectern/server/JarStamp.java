package lectern.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which build of Lectern a JVM runs: the jar's path, size and time. A server keeps the classes it started with,
 * so after {@code ./lectern} has rebuilt the jar a client of the new one must not be served by the old.
 */
final class JarStamp {
    private JarStamp() {
    }

    /**
     * The jar this JVM runs Lectern from: the client runs from a jar of its own, a few classes that open faster
     * than Lectern's whole jar, and is told Lectern's ({@code -Dlectern.jar}).
     */
    static String ofThisJar() {
        try {
            String named = System.getProperty("lectern.jar");
            Path jar = named != null ? Path.of(named)
                    : Path.of(JarStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            jar = jar.toRealPath();
            BasicFileAttributes about = Files.readAttributes(jar, BasicFileAttributes.class);
            return jar + " " + about.size() + " " + about.lastModifiedTime().toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // A stamp no other JVM can have: such a client and server never share a build.
            return "unknown " + ProcessHandle.current().pid();
        }
    }
}
