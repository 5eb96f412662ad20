package lectern;

import java.nio.file.Path;

/**
 * Starts writing a file through {@link AtomicFile} and never finishes, so a test can stop this process (as Ctrl-C
 * does) while the temporary file is half written.
 */
public final class UnfinishedWrite {
    private UnfinishedWrite() {
    }

    public static void main(String[] args) {
        AtomicFile.write(Path.of(args[0]), "the deck", out -> {
            out.write(new byte[64 * 1024]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
