package lectern.testing;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** A web server on this machine that answers every request with a red picture and counts them: Lectern must ask none. */
public final class CountingServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public CountingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] red = Pictures.of(Color.RED, 32, 32, "png");
            exchange.sendResponseHeaders(200, red.length);
            exchange.getResponseBody().write(red);
            exchange.close();
        });
        server.start();
    }

    /** The address of {@code path} on this server. */
    public String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
