package lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lectern.LecternException;
import lectern.TemporaryFiles;
import lectern.Warnings;
import lectern.deck.Slide;
import lectern.picture.PictureCheck;
import lectern.pipeline.Pipeline;
import lectern.theme.Theme;

/**
 * {@code lectern build --watch}: builds each deck, then builds it again whenever a file it is made from is saved
 * (the essay, its pictures, the theme or template), in the same warm JVM, so the author sees an edit in the deck
 * in a fraction of a cold start. A save that breaks the essay is reported and the previous deck is kept.
 *
 * <p>It looks at those files' modification times and sizes four times a second instead of using a
 * {@link java.nio.file.WatchService}: that one watches whole folders, polls them only every ten seconds on macOS,
 * and misses changes on network drives, while a deck is made of a handful of files that cost nothing to look at.
 */
final class Watch {
    private static final Duration LOOK_EVERY = Duration.ofMillis(250);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int PRACTICE = 12;

    /** Builds one essay's deck; problems are thrown, as for {@link EachFile}. */
    interface Build {
        Pipeline.Result run(Pipeline pipeline, Path essay, Warnings warnings);
    }

    /** What a file looked like when last looked at; a file that is not there has none. */
    private record Stamp(long modified, long size, Object key) {
        static Optional<Stamp> of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size(),
                        attributes.fileKey()));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                // Unreadable for a moment (an editor replacing it): looks changed, and the build will say why.
                return Optional.of(new Stamp(-1, -1, e.getClass()));
            }
        }
    }

    private final Supplier<List<Path>> essays;
    private final DeckOptions options;
    private final Build build;
    private final CommonOptions common;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    /** Empty while the theme or template does not load: nothing is built until it is fixed. */
    private Optional<Pipeline> pipeline = Optional.empty();
    private List<Path> designFiles = List.of();
    /** Each essay being watched, and the files its deck was last made from (itself included). */
    private final Map<Path, Set<Path>> madeFrom = new LinkedHashMap<>();
    private int practised;
    private Path practiceFolder;

    /** @param essays the essays to build, looked for again on every look so a new essay in a folder is built too */
    Watch(Supplier<List<Path>> essays, DeckOptions options, Build build, CommonOptions common, boolean quiet) {
        this.essays = essays;
        this.options = options;
        this.build = build;
        this.common = common;
        this.out = common.out();
        this.err = common.err();
        this.quiet = quiet;
    }

    /**
     * Builds, then rebuilds on every save until the thread is interrupted (Ctrl-C ends the JVM itself).
     *
     * @param theme    the theme as loaded for the first build
     * @param pipeline the pipeline made with it, so the design is not opened twice at the start
     */
    int run(Theme theme, Pipeline pipeline) {
        this.pipeline = Optional.of(pipeline);
        designFiles = options.designFiles(Optional.of(theme));
        List<Path> watched = essays.get();
        watched.forEach(this::build);
        Map<Path, Optional<Stamp>> built = stamps();
        out.println("lectern: watching " + describe(watched) + "; each save rebuilds its deck. Ctrl-C stops.");
        out.flush();
        Map<Path, Optional<Stamp>> lastLook = built;
        while (true) {
            try {
                Thread.sleep(LOOK_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.OK;
            }
            watched = essaysNow(watched);
            madeFrom.keySet().retainAll(watched);
            watched.forEach(essay -> madeFrom.computeIfAbsent(essay, added -> Set.of()));
            Map<Path, Optional<Stamp>> look = stamps();
            // An editor may save in steps (write, then rename): build once the files stopped changing.
            boolean settled = look.equals(lastLook);
            lastLook = look;
            if (look.equals(built)) {
                practise();
                continue;
            }
            if (!settled) {
                continue;
            }
            Set<Path> changed = changed(built, look);
            rebuild(changed);
            built = new HashMap<>(look);
            // Files the new decks are made from that were not watched before (a picture just added to the essay).
            for (Map.Entry<Path, Optional<Stamp>> now : stamps().entrySet()) {
                built.putIfAbsent(now.getKey(), now.getValue());
            }
            lastLook = built;
        }
    }

    /**
     * Java compiles what runs often only after it has run a while: the first rebuilds after a start took four times
     * as long as the tenth. So while the author is still typing, Lectern builds the first essay a few times into a
     * folder of its own that nobody sees; a save that comes meanwhile waits for one such build at most.
     */
    private void practise() {
        if (practised >= PRACTICE || pipeline.isEmpty() || madeFrom.isEmpty()) {
            return;
        }
        practised++;
        Path essay = madeFrom.keySet().iterator().next();
        try {
            if (practiceFolder == null) {
                practiceFolder = TemporaryFiles.newFolder("lectern-practice");
            }
            Path deck = practiceFolder.resolve("practice.pptx");
            pipeline.get().build(essay, deck, true, new Warnings());
            Files.deleteIfExists(deck);
        } catch (IOException | RuntimeException e) {
            // A practice build that fails is the author's next save to report, if it still fails then.
            practised = PRACTICE;
        }
        if (practised >= PRACTICE && practiceFolder != null) {
            TemporaryFiles.remove(practiceFolder);
        }
    }

    private void rebuild(Set<Path> changed) {
        boolean design = designFiles.stream().anyMatch(changed::contains);
        if (design) {
            loadDesign();
        }
        for (Map.Entry<Path, Set<Path>> essay : new ArrayList<>(madeFrom.entrySet())) {
            boolean fresh = essay.getValue().isEmpty();
            if (design || fresh || essay.getValue().stream().anyMatch(changed::contains)) {
                build(essay.getKey());
            }
        }
        out.flush();
        err.flush();
    }

    private void loadDesign() {
        Optional<Theme> theme = Optional.empty();
        try {
            theme = Optional.of(options.theme());
            pipeline = Optional.of(options.pipeline(theme.get()));
        } catch (LecternException e) {
            pipeline = Optional.empty();
            err.println("lectern: " + e.userMessage() + " (no deck rebuilt until it is fixed)");
        }
        designFiles = options.designFiles(theme);
    }

    private void build(Path essay) {
        Set<Path> files = new LinkedHashSet<>(madeFrom.getOrDefault(essay, Set.of()));
        files.add(essay);
        if (pipeline.isPresent()) {
            Pipeline chosen = pipeline.get();
            long start = System.nanoTime();
            common.eachFile(List.of(essay), (file, warnings) -> {
                Pipeline.Result result = build.run(chosen, file, warnings);
                long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                files.clear();
                files.add(essay);
                result.plan().slides().stream().map(Slide::picture).flatMap(Optional::stream)
                        .forEach(picture -> files.addAll(PictureCheck.places(picture.src(), essay)));
                if (!quiet) {
                    out.println(LocalTime.now().format(CLOCK) + " built in " + millis + " ms: " + BuildCommand.report(result));
                }
            }, "the previous deck is kept");
        }
        madeFrom.put(essay, Set.copyOf(files));
    }

    private List<Path> essaysNow(List<Path> previous) {
        try {
            return essays.get();
        } catch (LecternException e) {
            // A folder that has just lost its last essay, or is being renamed: keep watching what was there.
            return previous;
        }
    }

    private Map<Path, Optional<Stamp>> stamps() {
        Set<Path> files = new LinkedHashSet<>(designFiles);
        madeFrom.forEach((essay, from) -> {
            files.add(essay);
            files.addAll(from);
        });
        Map<Path, Optional<Stamp>> stamps = new HashMap<>();
        files.forEach(file -> stamps.put(file, Stamp.of(file)));
        return stamps;
    }

    private static Set<Path> changed(Map<Path, Optional<Stamp>> before, Map<Path, Optional<Stamp>> now) {
        Set<Path> changed = new HashSet<>();
        now.forEach((file, stamp) -> {
            if (!Objects.equals(before.get(file), stamp)) {
                changed.add(file);
            }
        });
        return changed;
    }

    private String describe(List<Path> watched) {
        long others = madeFrom.values().stream().flatMap(Set::stream).filter(Files::exists).distinct().count()
                - watched.size() + designFiles.stream().filter(Files::exists).count();
        String what = watched.size() == 1 ? lectern.Locations.display(watched.get(0)) : watched.size() + " essays";
        return what + (others > 0 ? " and the " + others + " file" + (others == 1 ? "" : "s")
                + (watched.size() == 1 ? " it is" : " they are") + " made from" : "");
    }
}
