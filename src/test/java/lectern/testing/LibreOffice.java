package lectern.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.TemporaryFiles;

/**
 * LibreOffice as an independent reader of our decks. CI installs it; on a developer machine without it the
 * tests that need it are skipped, but under CI (CI=true) a missing LibreOffice fails instead of skipping.
 */
public final class LibreOffice {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    private LibreOffice() {
    }

    public static void assumeInstalled() {
        boolean installed = executable() != null;
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice (soffice) must be installed in CI: .ci/run installs libreoffice-impress");
        }
        assumeTrue(installed, "LibreOffice (soffice) is not installed");
    }

    /** Converts a deck to PDF with a throwaway profile, so parallel runs do not fight over one. */
    public static Path toPdf(Path deck, Path outDir) throws IOException, InterruptedException {
        return convert(deck, outDir, "pdf");
    }

    /** Converts a deck as LibreOffice reads it into another format ("odp": its own model of the deck, animations too). */
    public static Path convert(Path deck, Path outDir, String format) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lectern-lo-profile");
        try {
            Process process = new ProcessBuilder(executable(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--convert-to", format, "--outdir", outDir.toString(), deck.toString())
                    .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not convert " + deck + " within 3 minutes");
            }
        } finally {
            // A profile is a few hundred kilobytes; a suite converts dozens of decks.
            TemporaryFiles.remove(profile);
        }
        String name = deck.getFileName().toString().replaceFirst("\\.pptx$", "." + format);
        Path pdf = outDir.resolve(name);
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice wrote no " + format + " for " + deck + ": "
                    + Files.readString(outDir.resolve("soffice.log")));
        }
        return pdf;
    }

    public static int pages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher matcher = PAGE.matcher(text);
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
