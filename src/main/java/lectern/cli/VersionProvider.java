package lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven stamped into the jar, so {@code --version} never drifts from the build. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/lectern.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"lectern " + properties.getProperty("version", "(unknown version)"),
            "Java " + System.getProperty("java.version")};
    }
}
