package lectern.read;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import lectern.LecternException;

/**
 * Reads an essay on a thread with a deep stack. flexmark, and the reader's walk of its tree, go one call deeper
 * for each level of nested quotation or list, so ten thousand levels overflow an ordinary thread's stack. The
 * reader flattens what lies deeper than {@link EssayReader#MAX_NESTING}, so no later stage needs the depth.
 */
final class DeepStack {
    /**
     * Address space, not memory: a thread only uses as much of its stack as the essay's nesting needs. Ten
     * thousand levels need less than 8 MB of it (measured); far more than that is refused with a clear error.
     */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private DeepStack() {
    }

    static <T> T read(Path file, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (StackOverflowError e) {
                failure.set(new LecternException(file, 0, "quotations or lists are nested too deeply to read "
                        + "(many thousands of levels)"));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "lectern-read", STACK_BYTES);
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new LecternException(file, 0, "reading was interrupted");
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
