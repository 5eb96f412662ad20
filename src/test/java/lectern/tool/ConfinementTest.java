package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import lectern.Locations;
import lectern.cli.ExitCode;
import lectern.testing.Cli;
import lectern.testing.Pictures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deck carries only pictures from the essay's folder and the project's {@code assets/}, judged by where a path
 * really leads once {@code ..} and symbolic links are followed, unless the user names another folder with
 * {@code --allow-outside}. A secret file beside the project must never reach a deck.
 *
 * <pre>
 * project/content/talk.md       the essay
 * project/content/beside.png    allowed
 * project/content/figures/a.png allowed
 * project/assets/logo.png       allowed: the project's assets/
 * project/private.png           refused: the project, but neither the essay's folder nor assets/ ...
 *                               ... allowed once project/ is a git repository: what the author put in it
 * elsewhere/secret.png          refused, repository or not
 * </pre>
 */
class ConfinementTest {
    @TempDir
    Path root;

    private Path content;
    private Path elsewhere;
    private byte[] secret;

    @BeforeEach
    void project() throws IOException {
        Path project = root.resolve("project");
        content = Files.createDirectories(project.resolve("content"));
        Files.createDirectories(content.resolve("figures"));
        Files.createDirectories(project.resolve("assets"));
        elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.write(content.resolve("beside.png"), Pictures.of(Color.GREEN, 40, 30, "png"));
        Files.write(content.resolve("figures/a.png"), Pictures.of(Color.CYAN, 40, 30, "png"));
        Files.write(project.resolve("assets/logo.png"), Pictures.of(Color.BLUE, 40, 30, "png"));
        // Colours no allowed picture has, so their bytes are unique in any deck.
        Files.write(project.resolve("private.png"), Pictures.of(new Color(0x123456), 40, 30, "png"));
        secret = Pictures.of(new Color(0xABCDEF), 40, 30, "png");
        Files.write(elsewhere.resolve("secret.png"), secret);
    }

    private Path essay(String src) throws IOException {
        return Files.writeString(content.resolve("talk.md"), "# Talk\n\n## Picture\n\n![A picture](" + src
                + ")\n\n**A claim beside it.** Prose.\n");
    }

    private Cli.Result build(Path essay, String... options) {
        List<String> args = new ArrayList<>(List.of("build", essay.toString(), "-o", root.resolve("out").toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new)).saysNoJava();
    }

    static Stream<String> inside() {
        return Stream.of("beside.png", "./beside.png", "figures/a.png", "figures/../beside.png", "assets/logo.png",
                "../assets/logo.png", "../content/beside.png", "beside.png#focus=20,80");
    }

    @ParameterizedTest
    @MethodSource("inside")
    void picturesFromTheEssaysFolderAndTheProjectsAssetsGoIn(String src) throws IOException {
        Cli.Result result = build(essay(src));
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(media()).hasSize(1);
    }

    static Stream<String> outside() {
        return Stream.of("../private.png", "../../elsewhere/secret.png", "assets/../../elsewhere/secret.png",
                "figures/../../../elsewhere/secret.png", "ELSEWHERE/secret.png", "file://ELSEWHERE/secret.png",
                "file://ELSEWHERE/../elsewhere/secret.png");
    }

    @ParameterizedTest
    @MethodSource("outside")
    void aPictureFromOutsideIsRefusedWithAWarningAndNeverReachesTheDeck(String src) throws IOException {
        Path essay = essay(src.replace("ELSEWHERE", elsewhere.toString()));
        Cli.Result result = build(essay);
        assertThat(result.exit()).isZero();
        assertThat(result.errLines()).singleElement().asString()
                .startsWith(Locations.format(essay, 5) + ": warning: image ")
                .contains(" is outside the essay's folder, its assets/ folder and its repository, so Lectern leaves it out of the "
                        + "deck; left a marked gap on slide 2 (it is ")
                .contains("; --allow-outside ").endsWith(" lets pictures from there in)");
        assertThat(media()).isEmpty();
        assertThat(everyPart()).noneMatch(part -> part.contains(root.toString()));
    }

    /** Makes {@code project/} a git work tree, as a clone is: a {@code .git} folder with a HEAD. */
    private void repository() throws IOException {
        Path git = Files.createDirectories(content.getParent().resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
    }

    static Stream<String> inTheRepository() {
        return Stream.of("../private.png", "/private.png", "/content/beside.png", "/beside.png", "/figures/a.png");
    }

    @ParameterizedTest
    @MethodSource("inTheRepository")
    void inARepositoryPicturesFromAnywhereInItGoInAndSiteRootPathsStartFromIt(String src) throws IOException {
        repository();
        Cli.Result result = build(essay(src));
        assertThat(result.err()).isEmpty();
        assertThat(media()).hasSize(1);
    }

    @Test
    void aRepositoryLetsNothingFromOutsideItIn() throws IOException {
        repository();
        link(content.resolve("innocent.png"), elsewhere.resolve("secret.png"));
        for (String src : List.of("../../elsewhere/secret.png", "innocent.png", "ELSEWHERE/secret.png",
                "/../elsewhere/secret.png")) {
            Cli.Result refused = build(essay(src.replace("ELSEWHERE", elsewhere.toString())), "--force");
            assertThat(refused.err()).as(src).contains("is outside the essay's folder, its assets/ folder and its repository");
            assertThat(media()).isEmpty();
        }
    }

    @Test
    void aSymbolicLinkIsJudgedByWhereItLeads() throws IOException {
        link(content.resolve("innocent.png"), elsewhere.resolve("secret.png"));
        link(content.resolve("alias.png"), content.resolve("beside.png"));
        link(content.resolve("shared"), elsewhere);

        for (String src : List.of("innocent.png", "shared/secret.png")) {
            Cli.Result refused = build(essay(src), "--force");
            assertThat(refused.err()).as(src).contains("is outside the essay's folder")
                    .contains("(it is " + elsewhere.toRealPath().resolve("secret.png"));
            assertThat(media()).isEmpty();
        }
        Cli.Result allowed = build(essay("alias.png"), "--force");
        assertThat(allowed.err()).isEmpty();
        assertThat(media()).hasSize(1);
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeThat(false).as("symbolic links cannot be made here: " + e.getMessage()).isTrue();
        }
    }

    @Test
    void allowOutsideLetsPicturesFromANamedFolderIn() throws IOException {
        Path essay = essay("../../elsewhere/secret.png");
        Cli.Result result = build(essay, "--allow-outside", elsewhere.toString());
        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(media()).singleElement().isEqualTo(secret);
    }

    @Test
    void allowOutsideNamesAFolderThatExists() throws IOException {
        Cli.Result result = build(essay("beside.png"), "--allow-outside", root.resolve("nowhere").toString());
        assertThat(result.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).first().isEqualTo("lectern: Invalid value for option '--allow-outside' (DIR): "
                + "no such folder: " + root.resolve("nowhere"));
    }

    @Test
    void everyCommandThatBuildsADeckTakesAllowOutside() {
        for (String command : List.of("build", "outline", "preview")) {
            assertThat(Cli.run(command, "--help").out()).as(command).contains("--allow-outside=DIR");
        }
    }

    /** The pictures in the deck, as bytes. */
    private List<byte[]> media() throws IOException {
        List<byte[]> media = new ArrayList<>();
        try (ZipFile deck = new ZipFile(root.resolve("out/talk.pptx").toFile())) {
            for (Enumeration<? extends ZipEntry> entries = deck.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("ppt/media/")) {
                    media.add(deck.getInputStream(entry).readAllBytes());
                }
            }
        }
        return media;
    }

    /** Every part of the deck as text, to see that no path of the author's machine went into it. */
    private List<String> everyPart() throws IOException {
        List<String> parts = new ArrayList<>();
        try (ZipFile deck = new ZipFile(root.resolve("out/talk.pptx").toFile())) {
            for (Enumeration<? extends ZipEntry> entries = deck.entries(); entries.hasMoreElements(); ) {
                parts.add(new String(deck.getInputStream(entries.nextElement()).readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return parts;
    }
}
