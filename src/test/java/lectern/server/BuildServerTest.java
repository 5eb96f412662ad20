package lectern.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lectern.testing.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server builds as the client's own JVM would, prints the same, exits the same, and goes when it should. */
class BuildServerTest {
    @TempDir
    Path temp;
    private Path socket;
    private BuildServer server;
    private Thread serving;
    private final CountDownLatch clientLeft = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        Path folder = temp.resolve("sockets");
        assertThat(PrivateFolder.make(folder)).isTrue();
        socket = folder.resolve("test.sock");
        server = new BuildServer(socket, Duration.ofMinutes(5), clientLeft::countDown);
        serving = new Thread(() -> {
            try {
                server.serve();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        serving.start();
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop();
        serving.join(10_000);
    }

    private record Answer(int exit, String out, String err) {
    }

    private Answer ask(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Client.run(socket, List.of(args), false, out, err);
        return new Answer(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path essay() throws IOException {
        Path essay = temp.resolve("talk.md");
        Files.writeString(essay, "# A talk\n\n## One\n\n**A claim — with a dash.** And prose.\n\n## Two\n\nMore prose.\n");
        return essay;
    }

    @Test
    void buildsPrintsAndExitsAsTheClientsOwnJvmWould() throws IOException {
        Path essay = essay();
        Answer served = ask("build", essay.toString(), "-o", temp.resolve("served").toString());
        Cli.Result own = Cli.run("build", essay.toString(), "-o", temp.resolve("own").toString());

        assertThat(served.exit()).isZero();
        assertThat(temp.resolve("served/talk.pptx")).isNotEmptyFile();
        assertThat(served.out()).isEqualTo(own.out().replace(temp.resolve("own").toString(), temp.resolve("served").toString()));
        assertThat(served.err()).isEqualTo(own.err());
    }

    @Test
    void aCommandLineMistakeIsTheSameLineAndExitCode() {
        Answer served = ask("build", "--no-such-option");
        Cli.Result own = Cli.run("build", "--no-such-option");

        assertThat(served.exit()).isEqualTo(own.exit()).isEqualTo(2);
        assertThat(served.err()).isEqualTo(own.err()).startsWith("lectern: Unknown option: '--no-such-option'");
    }

    @Test
    void oneServerAnswersBuildAfterBuild() throws IOException {
        Path essay = essay();
        for (int i = 0; i < 3; i++) {
            assertThat(ask("build", essay.toString(), "-o", temp.resolve("out").toString(), "-q").exit()).isZero();
        }
        assertThat(Cli.files(temp.resolve("out"))).containsExactly("talk.pptx");
    }

    @Test
    void withNoServerTheClientSaysSoAndPrintsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Client.run(temp.resolve("none.sock"), List.of("build"), false, out, out);

        assertThat(exit).isEqualTo(Wire.NO_SERVER);
        assertThat(out.size()).isZero();
    }

    @Test
    void aClientOfAnotherJarIsRefusedAndTheOldServerMakesWay() throws InterruptedException {
        Wire.Request here = Wire.Request.here(false, List.of("build"));
        Wire.Request newer = new Wire.Request("another.jar 1 2", here.folder(), here.environment(), false, here.args());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(Client.run(socket, newer, out, out)).isEqualTo(Wire.NO_SERVER);
        assertThat(out.size()).isZero();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aClientThatLeavesMidBuildTakesTheBuildWithIt() throws Exception {
        StringBuilder long_ = new StringBuilder("# Long\n\n");
        for (int i = 0; i < 80; i++) {
            long_.append("## Part ").append(i).append("\n\n**Claim ").append(i).append(".** Prose.\n\n");
        }
        Path essay = temp.resolve("long.md");
        Files.writeString(essay, long_);
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Wire.Request.here(false, List.of("build", essay.toString(), "-o", temp.resolve("gone").toString()))
                    .writeTo(channel);
        }
        assertThat(clientLeft.await(30, TimeUnit.SECONDS)).as("the server saw its client go").isTrue();
    }

    @Test
    void anIdleServerStops() throws Exception {
        server.stop();
        serving.join(10_000);
        BuildServer idle = new BuildServer(socket, Duration.ofMillis(100), () -> { });
        Thread thread = new Thread(() -> {
            try {
                idle.serve();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        thread.start();
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aSocketFolderOthersMayOpenIsNotUsed() throws IOException {
        Path open = Files.createDirectory(temp.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("sockets"));

        assertThat(PrivateFolder.make(open)).isFalse();
        assertThat(PrivateFolder.make(link)).isFalse();
    }
}
