package lectern.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import lectern.Progress;

/**
 * The line a build that takes a while keeps on the terminal: {@code lectern: building talk.md: writing slide 312 of
 * 1,240…}, drawn once the build has run about two seconds, rewritten in place (at most ten times a second) as it
 * goes on, and cleared when it is done, so the build's own lines follow on a clean line. A build that is quicker
 * never shows it.
 */
final class ProgressLine implements Progress, AutoCloseable {
    /** A build quicker than this needs no line: most are. */
    static final long AFTER_MILLIS = 2_000;
    /** A terminal redrawn more often than this flickers, and the build pays for it. */
    static final long EVERY_MILLIS = 100;

    private final PrintWriter err;
    private final LongSupplier millis;
    private final String file;
    private final long start;
    private String doing = "";
    private String shown = "";
    private long drawnAt;
    private ScheduledExecutorService ticking;

    /**
     * @param millis the clock, in milliseconds
     * @param file   the essay (or lesson) being built, as the user named it
     */
    ProgressLine(PrintWriter err, LongSupplier millis, String file) {
        this.err = err;
        this.millis = millis;
        this.file = file;
        this.start = millis.getAsLong();
    }

    /**
     * A progress line for a build on the terminal, or nothing where no one watches it: in a pipe, a log, under
     * {@code -q}. Its clock ticks on the side, so the line appears while one stage takes long too.
     */
    static Progress of(PrintWriter err, String file, boolean quiet) {
        if (quiet || !Terminal.stderrIsTerminal()) {
            return NONE;
        }
        ProgressLine line = new ProgressLine(err, System::currentTimeMillis, file);
        line.ticking = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "lectern: progress line");
            thread.setDaemon(true);
            return thread;
        });
        line.ticking.scheduleAtFixedRate(line::tick, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return line;
    }

    /** Clears the line, if one was drawn, when {@code progress} is one. */
    static void done(Progress progress) {
        if (progress instanceof ProgressLine line) {
            line.close();
        }
    }

    @Override
    public synchronized void now(String what) {
        doing = what;
        tick();
    }

    /** Draws what the build is doing, once it has run long enough, and not more often than a terminal needs. */
    synchronized void tick() {
        long now = millis.getAsLong();
        if (doing.isEmpty() || now - start < AFTER_MILLIS || !shown.isEmpty() && now - drawnAt < EVERY_MILLIS) {
            return;
        }
        String line = "lectern: building " + file + ": " + doing + "\u2026";
        if (!line.equals(shown)) {
            // Spaces over what a longer line before left, then back: the line reads as one, never as two.
            err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
            err.flush();
            shown = line;
        }
        drawnAt = now;
    }

    @Override
    public synchronized void close() {
        if (ticking != null) {
            ticking.shutdownNow();
        }
        doing = "";
        if (!shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
            err.flush();
            shown = "";
        }
    }
}
