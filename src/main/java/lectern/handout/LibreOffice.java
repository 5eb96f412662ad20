package lectern.handout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lectern.LecternException;
import lectern.TemporaryFiles;

/**
 * LibreOffice, started to convert one file and quit. It gets a throwaway profile, so it neither disturbs a
 * LibreOffice the user has open nor collides with a conversion running beside it; a time limit, so a stuck
 * conversion cannot hang Lectern; and it leaves nothing behind, the profile included.
 */
final class LibreOffice {
    static final Duration TIME_LIMIT = Duration.ofMinutes(2);
    private static final List<Path> ALSO = List.of(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));

    private final Path soffice;
    private final Duration timeLimit;

    LibreOffice(Path soffice, Duration timeLimit) {
        this.soffice = soffice;
        this.timeLimit = timeLimit;
    }

    /** {@code soffice} on the PATH, or where LibreOffice's installers put it on a Mac or on Windows. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe")) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir, name);
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return ALSO.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Converts a document and returns the bytes LibreOffice wrote; everything in between lives in one
     * temporary folder, deleted before this returns.
     *
     * @param name     the document's file name, whose extension tells LibreOffice what it is
     * @param target   the file the result is for, named in what the user is told when it fails
     * @param inFilter the import filter, so a file is opened by the application meant (HTML by Writer, not Writer/Web)
     * @param convertTo LibreOffice's {@code --convert-to} argument: the extension and export filter
     */
    byte[] convert(String name, byte[] document, String inFilter, String convertTo, Path target) {
        Path work = null;
        try {
            work = TemporaryFiles.newFolder("lectern-libreoffice");
            Path profile = Files.createDirectory(work.resolve("profile"));
            Path outDir = Files.createDirectory(work.resolve("out"));
            Path log = work.resolve("soffice.log");
            Path input = Files.write(work.resolve(name), document);
            Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--norestore", "--nolockcheck", "--infilter=" + inFilter, "--convert-to", convertTo,
                    "--outdir", outDir.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()))
                    .start();
            if (!process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new LecternException(target, 0, "LibreOffice did not finish the PDF within "
                        + timeLimit.toSeconds() + " seconds and was stopped");
            }
            try (Stream<Path> written = Files.list(outDir)) {
                Optional<Path> result = written.findFirst();
                if (result.isEmpty()) {
                    throw new LecternException(target, 0, "LibreOffice wrote no PDF (" + lastLine(log)
                            + "); it needs Writer: apt-get install libreoffice-writer");
                }
                return Files.readAllBytes(result.get());
            }
        } catch (IOException e) {
            throw new LecternException(target, 0, "cannot run LibreOffice: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LecternException(target, 0, "interrupted while LibreOffice was writing the PDF", e);
        } finally {
            if (work != null) {
                TemporaryFiles.remove(work);
            }
        }
    }

    /** soffice starts the real office as a child process: both go, or the child would live on. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.contains("javaldx")).toList() : List.of();
        return lines.isEmpty() ? "it said nothing" : "it said: " + lines.get(lines.size() - 1).strip();
    }

    private static File devNull() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }
}
