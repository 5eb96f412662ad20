package lectern.server;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's side of the build server: hands the command line to the warm JVM listening on {@code socket}
 * and passes back what it prints and its exit code. When no server answers, or the one that does would build
 * another deck, it exits with {@link Wire#NO_SERVER} having printed nothing, and the launcher builds in a JVM of
 * its own.
 *
 * <p>{@code java -cp lectern.jar lectern.server.Client SOCKET ARGS...}; {@code -Dlectern.terminal=true} when
 * the error output is a terminal (the launcher can tell, Java cannot).
 */
public final class Client {
    private Client() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(Wire.NO_SERVER);
        }
        List<String> command = Arrays.asList(args).subList(1, args.length);
        System.exit(run(Path.of(args[0]), command, Boolean.getBoolean("lectern.terminal"),
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    static int run(Path socket, List<String> args, boolean terminal, OutputStream out, OutputStream err) {
        return run(socket, Wire.Request.here(terminal, args), out, err);
    }

    static int run(Path socket, Wire.Request request, OutputStream out, OutputStream err) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            return Wire.NO_SERVER;
        }
        boolean printed = false;
        try (channel) {
            request.writeTo(channel);
            Wire.Reader in = new Wire.Reader(channel);
            for (int kind = in.readKind(); kind >= 0; kind = in.readKind()) {
                switch (kind) {
                    case Wire.OUT -> write(out, in.readBytes());
                    case Wire.ERR -> write(err, in.readBytes());
                    case Wire.EXIT -> {
                        return ByteBuffer.wrap(in.readBytes()).getInt();
                    }
                    default -> {
                        return printed ? gone(err) : Wire.NO_SERVER;
                    }
                }
                printed = true;
            }
        } catch (IOException e) {
            // The server stopped (killed, or out of memory): said below unless nothing was printed yet.
        }
        return printed ? gone(err) : Wire.NO_SERVER;
    }

    private static void write(OutputStream stream, byte[] bytes) throws IOException {
        stream.write(bytes);
        stream.flush();
    }

    /** Half a build's output was shown: building again in another JVM would print it twice. */
    private static int gone(OutputStream err) {
        PrintStream line = new PrintStream(err, true, StandardCharsets.UTF_8);
        line.println("lectern: the build server stopped before the command finished; run it again"
                + " (LECTERN_SERVER=off builds without the server)");
        return 1;
    }
}
