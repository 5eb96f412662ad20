package lectern.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lectern.plan.PlanOptions;
import lectern.pptx.WriteOptions;
import lectern.theme.Theme;

/**
 * Pipelines a long-lived process keeps between commands, so a command with the same theme, options and design
 * files as one before finds its design open and its pictures looked at, as a rebuild under {@code --watch} does.
 * Off unless {@link #keep()} is called, since only the build server runs one command after another; a one-off
 * command gains nothing from it. The server runs one command at a time, so a kept pipeline is never shared.
 */
public final class KeptPipelines {
    /** A few designs at once (a theme and a template, a talk and its handout), each a few megabytes. */
    private static final int MOST = 3;

    private static volatile boolean keeping;
    private static final Map<Key, Pipeline> KEPT = new LinkedHashMap<>(MOST + 1, 0.75f, true);

    /**
     * What decides a pipeline: a design file edited since is a new key, so a changed template is opened again.
     *
     * @param files each design file with its size and last change, or -1 when it cannot be read
     */
    private record Key(Theme theme, PlanOptions plan, WriteOptions write, List<Stamp> files) {
    }

    private record Stamp(Path file, long size, long changed) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(file.toAbsolutePath(), attributes.size(), attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new Stamp(file.toAbsolutePath(), -1, -1);
            }
        }
    }

    private KeptPipelines() {
    }

    /** From now on this process keeps the pipelines it opens. */
    public static void keep() {
        keeping = true;
    }

    /** As a one-off process does: a new pipeline for every command, none kept. */
    static void forget() {
        keeping = false;
        synchronized (KEPT) {
            KEPT.clear();
        }
    }

    /**
     * A pipeline for these options: the one kept from an earlier command with the same theme, options and design
     * files (unchanged since), or a new one, kept for the next when this process keeps them.
     *
     * @param designFiles the files the design is read from: the theme's file and templates
     */
    public static Pipeline open(Theme theme, PlanOptions plan, WriteOptions write, List<Path> designFiles) {
        if (!keeping) {
            return new Pipeline(theme, plan, write);
        }
        Key key = new Key(theme, plan, write, designFiles.stream().map(Stamp::of).toList());
        synchronized (KEPT) {
            Pipeline kept = KEPT.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Pipeline opened = new Pipeline(theme, plan, write);
        synchronized (KEPT) {
            KEPT.put(key, opened);
            Iterator<Pipeline> eldest = KEPT.values().iterator();
            while (KEPT.size() > MOST) {
                eldest.next();
                eldest.remove();
            }
        }
        return opened;
    }
}
