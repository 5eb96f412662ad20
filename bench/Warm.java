import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import lectern.pipeline.Pipeline;
import lectern.Warnings;
import lectern.plan.PlanOptions;
import lectern.theme.ThemeLoader;

/**
 * Rebuilds one deck over and over in one JVM, the way an author who keeps Lectern open and saves now and then would,
 * and prints the time of a rebuild once the JVM is warm. Cold start is measured elsewhere (bench/run), so this
 * isolates what Lectern itself costs per build.
 * Usage: java -cp target/lectern.jar:CLASSES Warm ESSAY [--rebuilds N] [--warmups N] [--pause-ms N] [--fresh]
 * Prints: warm mode=over rebuilds=30 warmups=20 pause_ms=200 median_ms=... p10_ms=... p90_ms=... min_ms=... max_ms=... deck_bytes=...
 */
public class Warm {
    public static void main(String[] args) throws Exception {
        Path essay = null;
        int rebuilds = 30;
        int warmups = 20;
        long pauseMs = 200;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rebuilds" -> rebuilds = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--pause-ms" -> pauseMs = Long.parseLong(args[++i]);
                case "--fresh" -> fresh = true;
                default -> essay = Path.of(args[i]);
            }
        }
        if (essay == null || rebuilds < 1) {
            System.err.println("usage: Warm ESSAY [--rebuilds N] [--warmups N] [--pause-ms N] [--fresh]");
            System.exit(2);
        }

        Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
        Path out = Files.createTempDirectory("lectern-warm");
        // By default each build replaces the deck the previous one wrote, as a rebuild does, so Lectern's check that
        // the old deck is its own and unedited is in the number; --fresh deletes it first to time the build alone.
        Path deck = out.resolve(essay.getFileName().toString().replaceFirst("\\.md$", "") + ".pptx");
        double[] times = new double[rebuilds];
        long bytes = 0;
        try {
            for (int i = -warmups; i < rebuilds; i++) {
                // The writer opens the next deck's design in the background after a build; a person takes far longer
                // than this between saves, so without the pause we would measure a rebuild no one ever waits for.
                Thread.sleep(pauseMs);
                if (fresh) {
                    Files.deleteIfExists(deck);
                }
                long start = System.nanoTime();
                bytes = pipeline.build(essay, deck, new Warnings()).bytes();
                if (i >= 0) {
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Arrays.sort(times);
        System.out.printf(java.util.Locale.ROOT,
                "warm mode=%s rebuilds=%d warmups=%d pause_ms=%d median_ms=%.1f p10_ms=%.1f p90_ms=%.1f min_ms=%.1f max_ms=%.1f deck_bytes=%d%n",
                fresh ? "fresh" : "over", rebuilds, warmups, pauseMs, percentile(times, 50), percentile(times, 10), percentile(times, 90),
                times[0], times[times.length - 1], bytes);
    }

    /** Nearest-rank percentile of sorted values; the median of an even count is the mean of the middle two. */
    static double percentile(double[] sorted, int p) {
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
