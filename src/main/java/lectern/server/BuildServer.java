package lectern.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import lectern.cli.Main;
import lectern.pipeline.KeptPipelines;

/**
 * A warm JVM that builds for the launcher, as Gradle's daemon and mvnd do: most of a one-off build is Java
 * starting, loading POI's classes and running them for the first time, none of which a second build in the same
 * JVM pays again. One server per user, folder, Java and environment (the launcher names its socket after them),
 * reached only through a socket in a folder only its user may open; it builds one command at a time, stops when
 * its client goes (so Ctrl-C stops the build, as it would in the client's own JVM), and exits after
 * {@link #IDLE} without a build, when its folder is gone, or when a client of another jar arrives.
 *
 * <p>{@code java -cp lectern.jar lectern.server.BuildServer SOCKET [AFTER [ESSAYS]]}: the server waits for
 * process AFTER (the build that started it) to end before it warms up, so it never takes that build's CPU, then
 * builds ESSAYS (or, without them, an essay of its own) a few times into a temporary folder before its socket
 * opens, so the first build it serves is already warm.
 */
public final class BuildServer {
    static final Duration IDLE = Duration.ofMinutes(20);
    private static final int CLIENT_GONE = 130;

    private final Path socket;
    private final Duration idle;
    private final Runnable whenClientLeaves;
    private final Wire.Request self = Wire.Request.here(false, List.of());
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;
    private volatile ServerSocketChannel listening;

    BuildServer(Path socket, Duration idle, Runnable whenClientLeaves) {
        this.socket = socket;
        this.idle = idle;
        this.whenClientLeaves = whenClientLeaves;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 0) {
            System.exit(2);
        }
        Path socket = Path.of(args[0]).toAbsolutePath();
        if (!PrivateFolder.make(socket.getParent())) {
            return;
        }
        Path lockName = socket.resolveSibling(socket.getFileName() + ".lock");
        try (FileChannel lockFile = FileChannel.open(lockName, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                return; // another server for this folder and Java is starting or running
            }
            if (args.length > 1) {
                ProcessHandle.of(Long.parseLong(args[1])).ifPresent(after -> after.onExit().join());
            }
            KeptPipelines.keep();
            WarmUp.build(args.length > 2 ? Path.of(args[2]) : null);
            new BuildServer(socket, IDLE, () -> System.exit(CLIENT_GONE)).serve();
        }
        System.exit(0);
    }

    /** Answers clients, one at a time, until idle or told to stop. */
    void serve() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Files.deleteIfExists(socket);
            server.bind(UnixDomainSocketAddress.of(socket));
            listening = server;
            Thread watchdog = new Thread(this::stopWhenIdle, "lectern-server-idle");
            watchdog.setDaemon(true);
            watchdog.start();
            while (server.isOpen()) {
                try {
                    answer(server.accept());
                } catch (ClosedChannelException stopped) {
                    break;
                }
            }
        } finally {
            Files.deleteIfExists(socket);
        }
    }

    /** Stops taking clients; a build under way finishes first. */
    void stop() {
        ServerSocketChannel server = listening;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing is all stopping asks; the socket file goes in serve's finally
        }
    }

    private void stopWhenIdle() {
        while (listening.isOpen()) {
            try {
                Thread.sleep(Math.min(idle.toMillis(), 5_000));
            } catch (InterruptedException e) {
                return;
            }
            boolean idleTooLong = !busy && System.nanoTime() - lastUsed > idle.toNanos();
            if (idleTooLong || !Files.isDirectory(Path.of(self.folder())) || !Files.exists(socket)) {
                stop();
            }
        }
    }

    private void answer(SocketChannel client) {
        busy = true;
        AtomicBoolean finished = new AtomicBoolean();
        try (client) {
            Wire.Request request = Wire.Request.readFrom(client);
            String mismatch = request.mismatchWith(self);
            if (mismatch != null) {
                // This server is of the past (an older jar) or for someone else: make way for the one the
                // launcher starts next.
                byte[] why = mismatch.getBytes(StandardCharsets.UTF_8);
                Wire.send(client, Wire.REFUSED, why, 0, why.length);
                stop();
                return;
            }
            watchForLeaving(client, finished);
            PrintWriter out = writer(client, Wire.OUT);
            PrintWriter err = writer(client, Wire.ERR);
            int code = build(request, out, err);
            out.flush();
            err.flush();
            finished.set(true);
            Wire.sendExit(client, code);
        } catch (IOException e) {
            // The client left before its answer: the watcher has seen it too.
        } finally {
            finished.set(true);
            lastUsed = System.nanoTime();
            busy = false;
        }
    }

    private int build(Wire.Request request, PrintWriter out, PrintWriter err) {
        try {
            return Main.runFor(request.terminal(), request.args().toArray(String[]::new), out, err);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // What is left of this JVM cannot be trusted with the next build.
            err.println("lectern: the build ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + "; run it again with LECTERN_SERVER=off to build in a JVM of its own");
            stop();
            return 1;
        }
    }

    /** A client that goes (Ctrl-C, a killed shell) takes its build with it, as its own JVM would have. */
    private void watchForLeaving(SocketChannel client, AtomicBoolean finished) {
        Thread watcher = new Thread(() -> {
            ByteBuffer ignored = ByteBuffer.allocate(64);
            try {
                while (client.read(ignored.clear()) >= 0) {
                    // a client sends nothing after its request; reading is how its leaving is seen
                }
            } catch (IOException e) {
                // closed: the same as gone
            }
            if (!finished.get()) {
                whenClientLeaves.run();
            }
        }, "lectern-server-client");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static PrintWriter writer(SocketChannel client, byte kind) {
        OutputStream frames = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                synchronized (client) {
                    Wire.send(client, kind, bytes, offset, length);
                }
            }
        };
        return new PrintWriter(new OutputStreamWriter(frames, StandardCharsets.UTF_8), true);
    }
}
