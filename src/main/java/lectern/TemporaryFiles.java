package lectern;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every temporary file and folder Lectern makes (a deck or handout on its way into place, the folder a preview
 * builds its deck in, the fonts when no cache can be written) carries a name that says whose it is:
 * {@code .<what it is for>.lectern-<pid>-<start>-<n>.tmp}, the process's id and the moment it started. Whatever
 * ends the process in a way Java sees (the end of the command, an exception, Ctrl-C, SIGTERM) removes them. A
 * SIGKILL or a power cut leaves them, so whenever Lectern makes one in a folder it also removes the leftovers
 * there: those whose process is gone, and that have not changed since this process started (or, in a process that
 * lives on, a watch or a build server, for a minute).
 *
 * <p>Why the owner is in the name rather than a lock held on the file: a lock on Linux belongs to the process and is
 * dropped when any channel on the file closes, so one build of {@code build --watch} (or one of many in a test
 * JVM) looking at another's file would release it; a folder cannot be locked at all; and locks over network file
 * systems are not to be trusted. A pid is only as good as its host, and is reused: so a leftover's process must
 * also have started at the moment in its name, and the leftover must have lain unchanged a while (a build on
 * another machine writing into a shared folder is still writing to its file).
 */
public final class TemporaryFiles {
    /** The start time in the name is to the millisecond; what the system reports for it may drift a little. */
    private static final Duration SAME_START = Duration.ofSeconds(2);
    /** How long a leftover lies unchanged before a process that started earlier takes it for one. */
    private static final Duration QUIET = Duration.ofMinutes(1);
    /** What Lectern left before its temporary files said whose they were: {@code .<target>.<uuid>.tmp}. */
    private static final Duration UNOWNED_STALE = Duration.ofHours(1);
    private static final Pattern OWNED = Pattern.compile("\\..+\\.lectern-(\\d{1,18})-([0-9a-z]{1,12})-\\d+\\.tmp");
    private static final Pattern UNOWNED = Pattern.compile("\\..+\\.\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}\\.tmp");

    /**
     * What a leftover must be older than. Not the process's start as the system reports it, which on Linux is
     * counted from a boot time in whole seconds and may be a second early: a build started just after another was
     * killed would take the killed build's file for one written since.
     */
    private static final Instant SINCE = Instant.now();
    private static final ProcessHandle SELF = ProcessHandle.current();
    /** As others will read it through {@link ProcessHandle}, to tell this process from a later one with its pid. */
    private static final Instant STARTED = SELF.info().startInstant().orElse(SINCE);
    private static final String OWNER = "lectern-" + SELF.pid() + "-" + Long.toString(STARTED.toEpochMilli(), 36);
    private static final AtomicLong NEXT = new AtomicLong();

    /** Made and not yet removed: what a shutdown removes. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    /** When each folder was last looked through: once a {@link #QUIET} is enough for a watch saving every second. */
    private static final Map<Path, Instant> SWEPT = new ConcurrentHashMap<>();
    private static final Object MAKING = new Object();
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Shutdown hooks run beside the threads still working: none may make a file once they have been removed.
            synchronized (MAKING) {
                stopping = true;
            }
            LIVE.forEach(TemporaryFiles::delete);
        }, "lectern: remove temporary files"));
    }

    private TemporaryFiles() {
    }

    /** The name of a temporary file beside {@code target}: known before it is made, for what the user is told. */
    public static Path nameFor(Path target) {
        return nameIn(target.toAbsolutePath().getParent(), target.getFileName().toString());
    }

    /** Makes the empty file {@link #nameFor} named (and its folder, if need be), private to its owner. */
    public static void makeFile(Path temporary) throws IOException {
        make(temporary, false);
    }

    /** A new empty folder in java.io.tmpdir for {@code purpose}, private to its owner. */
    public static Path newFolder(String purpose) throws IOException {
        Path temporary = nameIn(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(), purpose);
        make(temporary, true);
        return temporary;
    }

    /** Removes a temporary file or folder (nothing happens if it was moved into place). */
    public static void remove(Path temporary) {
        delete(temporary);
        LIVE.remove(temporary);
    }

    private static Path nameIn(Path folder, String name) {
        return folder.resolve("." + name + "." + OWNER + "-" + NEXT.incrementAndGet() + ".tmp");
    }

    private static void make(Path temporary, boolean isFolder) throws IOException {
        synchronized (MAKING) {
            if (stopping) {
                throw new IOException("Lectern is stopping");
            }
            Path parent = Files.createDirectories(temporary.getParent());
            FileAttribute<?>[] privately = Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                            isFolder ? "rwx------" : "rw-------"))} : new FileAttribute<?>[0];
            LIVE.add(temporary);
            try {
                if (isFolder) {
                    Files.createDirectory(temporary, privately);
                } else {
                    Files.createFile(temporary, privately);
                }
            } catch (IOException e) {
                remove(temporary);
                throw e;
            }
        }
        sweep(temporary.getParent(), owner(temporary));
    }

    /** Removes the leftovers of killed builds from a folder, at most once a {@link #QUIET} per folder. */
    private static void sweep(Path folder, Optional<UserPrincipal> mine) {
        Instant now = Instant.now();
        if (!now.equals(SWEPT.merge(folder, now, (last, fresh) -> last.isAfter(fresh.minus(QUIET)) ? last : fresh))) {
            return;
        }
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path candidate : candidates) {
                // Only one's own: in a shared folder (java.io.tmpdir) what another user made is theirs to remove.
                if (!LIVE.contains(candidate) && Objects.equals(owner(candidate), mine) && isLeftover(candidate)) {
                    delete(candidate);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a leftover that stays harms nothing but room.
        }
    }

    /** Whether a file named as Lectern names its temporary files was left by a process that is gone. */
    static boolean isLeftover(Path candidate) throws IOException {
        String name = candidate.getFileName().toString();
        Matcher owned = OWNED.matcher(name);
        if (!owned.matches() && !UNOWNED.matcher(name).matches()) {
            return false;
        }
        Instant changed = Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .lastModifiedTime().toInstant();
        if (!owned.matches()) {
            return changed.isBefore(SINCE.minus(UNOWNED_STALE));
        }
        boolean quiet = changed.isBefore(SINCE) || changed.isBefore(Instant.now().minus(QUIET));
        return quiet && !isRunning(Long.parseLong(owned.group(1)), Instant.ofEpochMilli(Long.parseLong(owned.group(2), 36)));
    }

    /** Whether the process that started at {@code started} with this pid is still running. */
    static boolean isRunning(long pid, Instant started) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        // A process whose start cannot be told is taken to be the one: better a leftover kept than a live file lost.
        return process.map(p -> p.info().startInstant()
                .map(start -> Duration.between(start, started).abs().compareTo(SAME_START) <= 0).orElse(true))
                .orElse(false);
    }

    private static Optional<UserPrincipal> owner(Path path) {
        try {
            return Optional.of(Files.getOwner(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void delete(Path path) {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: whatever went wrong has been said already, and a later build tries again.
        }
    }
}
