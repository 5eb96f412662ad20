package lectern.server;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the launcher's client and the build server say to each other over their socket: one request, then frames
 * of standard output, error output and at last the exit code.
 *
 * <p>Both ends read and write the channel itself, never through {@code Channels.newInputStream}: those streams
 * take the channel's blocking lock, so a thread waiting to read (to notice the client is gone) would stop every
 * write of the build's output.
 *
 * <p>The client's JVM loads this class too, so it uses nothing but the JDK: a client that loaded Lectern's
 * classes would start as slowly as a build.
 */
final class Wire {
    static final int MAGIC = 0x4C43544E; // "LCTN"
    static final int VERSION = 1;

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    /** The server cannot build for this client (another jar, folder or environment): it builds in its own JVM. */
    static final byte REFUSED = 4;

    /** The client's exit code for "no server answered": the launcher then builds in a JVM of its own. */
    static final int NO_SERVER = 75;

    /**
     * The variables a build reads (the reproducible date, the locale, the time zone, where programs and caches
     * are): a server started with other values would build another deck, so it refuses such a client.
     */
    static final List<String> ENVIRONMENT = List.of("SOURCE_DATE_EPOCH", "LANG", "LC_ALL", "LC_CTYPE", "TZ",
            "PATH", "HOME", "TMPDIR", "XDG_CACHE_HOME");

    /** One build asked for: by which jar, from which folder, in which environment, on a terminal or not. */
    record Request(String jar, String folder, Map<String, String> environment, boolean terminal, List<String> args) {

        /** This JVM's own view of the same things, to compare a client's request with. */
        static Request here(boolean terminal, List<String> args) {
            Map<String, String> environment = new LinkedHashMap<>();
            ENVIRONMENT.forEach(name -> environment.put(name, System.getenv().getOrDefault(name, "")));
            return new Request(JarStamp.ofThisJar(), System.getProperty("user.dir"), environment, terminal, args);
        }

        /** Why a server in {@code server}'s JVM would build another deck than this client's JVM, or null. */
        String mismatchWith(Request server) {
            if (!jar.equals(server.jar)) {
                return "another jar";
            }
            if (!folder.equals(server.folder)) {
                return "another folder";
            }
            return environment.equals(server.environment) ? null : "another environment";
        }

        void writeTo(SocketChannel channel) throws IOException {
            Frames frames = new Frames();
            frames.putInt(MAGIC).putInt(VERSION).putText(jar).putText(folder);
            frames.putInt(environment.size());
            environment.forEach((name, value) -> frames.putText(name).putText(value));
            frames.putInt(terminal ? 1 : 0).putInt(args.size());
            args.forEach(frames::putText);
            frames.sendTo(channel);
        }

        static Request readFrom(SocketChannel channel) throws IOException {
            Reader in = new Reader(channel);
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a Lectern client of this version");
            }
            String jar = in.readText();
            String folder = in.readText();
            Map<String, String> environment = new LinkedHashMap<>();
            for (int i = in.readCount(); i > 0; i--) {
                environment.put(in.readText(), in.readText());
            }
            boolean terminal = in.readInt() == 1;
            List<String> args = new ArrayList<>();
            for (int i = in.readCount(); i > 0; i--) {
                args.add(in.readText());
            }
            return new Request(jar, folder, environment, terminal, List.copyOf(args));
        }
    }

    /** Sends one frame: its kind, its length, its bytes. */
    static void send(SocketChannel channel, byte kind, byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + length);
        frame.put(kind).putInt(length).put(bytes, offset, length).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    static void sendExit(SocketChannel channel, int code) throws IOException {
        send(channel, EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
    }

    /** A request's fields, gathered into one buffer so the request goes out in one write. */
    private static final class Frames {
        private ByteBuffer buffer = ByteBuffer.allocate(1024);

        Frames putInt(int value) {
            room(4).putInt(value);
            return this;
        }

        Frames putText(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            room(4 + bytes.length).putInt(bytes.length).put(bytes);
            return this;
        }

        private ByteBuffer room(int needed) {
            if (buffer.remaining() < needed) {
                buffer = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + needed))
                        .put(buffer.flip());
            }
            return buffer;
        }

        void sendTo(SocketChannel channel) throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    /** Reads whole values off the channel, however the bytes arrive. */
    static final class Reader {
        /** No request or frame is this long: a longer length is a stranger on the socket, not a client. */
        private static final int MOST = 64 << 20;
        private final SocketChannel channel;

        Reader(SocketChannel channel) {
            this.channel = channel;
        }

        /** The next frame's kind, or -1 when the other end has closed. */
        int readKind() throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            return channel.read(one) < 0 ? -1 : one.get(0);
        }

        int readInt() throws IOException {
            return fill(4).getInt();
        }

        int readCount() throws IOException {
            int count = readInt();
            if (count < 0 || count > MOST) {
                throw new IOException("a length of " + count);
            }
            return count;
        }

        byte[] readBytes() throws IOException {
            return fill(readCount()).array();
        }

        String readText() throws IOException {
            return new String(readBytes(), StandardCharsets.UTF_8);
        }

        private ByteBuffer fill(int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException();
                }
            }
            return buffer.flip();
        }
    }

    private Wire() {
    }
}
