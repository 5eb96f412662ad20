import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import lectern.pipeline.Pipeline;
import lectern.Warnings;
import lectern.plan.PlanOptions;
import lectern.theme.ThemeLoader;

/**
 * Builds one essay in a fresh JVM and prints how long the build took and how much heap it needed, so bench/run can
 * show how Lectern scales with the number of sections without JVM start and the launcher in the number.
 * The first build is what a user waits for (classes load, code is still interpreted). Then, once the JVM is warm,
 * one more build and its first two stages on their own show the cost of the work alone, stage by stage: that is
 * what reveals whether time grows linearly, and where it does not.
 * Usage: java -cp target/lectern.jar:CLASSES Scale ESSAY [--once] [--warm-ms N]
 *   --once: the first build only, the rest print -; --warm-ms: how long to build before the warm build (8000)
 * Prints: scale first_ms=... again_ms=... read_ms=... plan_ms=... peak_heap_mb=... max_heap_mb=... slides=... deck_bytes=...
 */
public class Scale {
    public static void main(String[] args) throws Exception {
        Path essay = null;
        boolean once = false;
        long warmMs = 8000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--once" -> once = true;
                case "--warm-ms" -> warmMs = Long.parseLong(args[++i]);
                default -> essay = Path.of(args[i]);
            }
        }
        if (essay == null) {
            System.err.println("usage: Scale ESSAY [--once] [--warm-ms N]");
            System.exit(2);
        }
        Path out = Files.createTempDirectory("lectern-scale");
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        try {
            // No System.gc() first: a full collection makes G1 give heap back, and the build should run in the heap
            // it would have under ./lectern. What startup left behind is only a few MB of the peak.
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            // The theme and the pipeline are part of a build as the CLI does it, so they are inside the clock.
            Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
            Pipeline.Result first = pipeline.build(essay, out.resolve("first.pptx"), new Warnings());
            double firstMs = (System.nanoTime() - start) / 1e6;
            // Sum of each heap pool's own peak: an upper bound on the heap in use at any one moment.
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

            String again = "-";
            String read = "-";
            String plan = "-";
            if (!once) {
                // A few builds of a small essay leave much of the code interpreted, which would make small essays look
                // dearer per section than they are and hide growth faster than linear. Building for 8 s brings 10 and
                // 100 sections close to what Warm sees after 20 rebuilds; a 1,000-section first build is longer anyway.
                long warmUntil = start + warmMs * 1_000_000L;
                do {
                    Thread.sleep(200); // as in Warm: let the writer open the next design the way it does between saves
                    start = System.nanoTime();
                    pipeline.build(essay, out.resolve("again.pptx"), new Warnings());
                    again = ms(start);
                } while (System.nanoTime() < warmUntil);
                start = System.nanoTime();
                lectern.read.Essay written = pipeline.read(essay, new Warnings());
                read = ms(start);
                start = System.nanoTime();
                pipeline.plan(written, new Warnings());
                plan = ms(start);
            }

            System.out.printf(Locale.ROOT, "scale first_ms=%.1f again_ms=%s read_ms=%s plan_ms=%s peak_heap_mb=%.1f max_heap_mb=%d slides=%d deck_bytes=%d%n",
                    firstMs, again, read, plan, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576,
                    first.plan().slides().size(), first.bytes());
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static String ms(long start) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e6);
    }
}
