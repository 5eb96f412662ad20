package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lectern.testing.Cli;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An essay that is broken, odd or hostile gets one line that says what happened and what Lectern did: never a
 * stack trace, and never a lost deck. What Lectern cannot read is refused and the deck built before stays as it
 * was; what it can read with care is built, with a warning.
 */
class BadEssayTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path essay;
    private Path out;

    private Path essay(byte[] bytes) throws IOException {
        essay = dir.resolve("talk.md");
        out = dir.resolve("out");
        return Files.write(essay, bytes);
    }

    private Cli.Result build() {
        return Cli.run("build", essay.toString(), "-o", out.toString()).saysNoJava();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    record Refused(String what, byte[] essay, int line, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Refused> refused() {
        byte[] binary = new byte[600];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37);
        }
        return Stream.of(
                new Refused("empty", new byte[0], 0, "the essay is empty"),
                new Refused("only blank lines", utf8("\n \n\t\n"), 0, "the essay is empty"),
                new Refused("binary", binary, 0, "not a text file: it holds binary data, not Markdown"),
                new Refused("a picture saved as .md", pngHeader(), 0, "not a text file: it holds binary data, not Markdown"),
                new Refused("malformed front matter", utf8("---\ntitle: ok\nbad: [unclosed\n---\n# T\n"),
                        4, "front matter is not valid YAML: expected ',' or ']', but got <stream end>"),
                new Refused("front matter that is a list", utf8("---\n- a\n- b\n---\n# T\n"),
                        1, "front matter must be 'key: value' lines"),
                new Refused("front matter naming a Java class", utf8("---\ntitle: !!java.io.File [\"/etc/passwd\"]\n---\n# T\n"),
                        2, "front matter is not valid YAML: the tag !!java.io.File is not allowed; write plain text, "
                        + "numbers, dates and lists"),
                // YAML's own reading would make these the 1st of March, the 1st of January 2024 and the next morning.
                new Refused("a date that is no day", utf8("---\ntitle: T\ndate: 2024-02-30\n---\n# T\n"),
                        3, "front matter date '2024-02-30' is not a real date (February 2024 has 29 days); write the "
                        + "day you mean, like 2026-11-24"),
                new Refused("a quoted date that is no day", utf8("---\ndate: '2023-13-01'\n---\n# T\n"),
                        2, "front matter date '2023-13-01' is not a real date (there is no month 13); write the day "
                        + "you mean, like 2026-11-24"),
                new Refused("a time that is none", utf8("---\ntitle: T\n\ndate: 2024-02-10 25:00:00\n---\n# T\n"),
                        4, "front matter date '2024-02-10 25:00:00' is not a real date (there is no hour 25); write "
                        + "the day you mean, like 2026-11-24"));
    }

    private static byte[] pngHeader() {
        byte[] png = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        return png;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anEssayLecternCannotReadIsRefusedInOneLineAndTheDeckBuiltBeforeStays(Refused bad) throws IOException {
        essay(utf8("# Talk\n\n## Part\n\n**A claim.** Prose.\n"));
        assertThat(build().exit()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("talk.pptx"));

        Files.write(essay, bad.essay());
        Cli.Result result = build();

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "lectern: " + lectern.Locations.format(essay, bad.line()) + ": " + bad.message() + " (no deck written)");
        assertThat(Files.readAllBytes(out.resolve("talk.pptx"))).isEqualTo(before);
        assertThat(Cli.files(out)).containsExactly("talk.pptx");
    }

    private String warning(int line, String message) {
        return lectern.Locations.format(essay, line) + ": warning: " + message;
    }

    private XMLSlideShow built(Cli.Result result) throws IOException {
        assertThat(result.exit()).as(result.err()).isZero();
        return Cli.open(out.resolve("talk.pptx"));
    }

    @Test
    void withoutHeadingsTheTitleComesFromTheFileNameAndTheProseIsKept() throws IOException {
        essay(utf8("Just prose, with no headings at all.\n\nA second paragraph.\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(
                    warning(0, "the essay has no '# Title' heading; used \"Talk\" as its title"));
            assertThat(Cli.titles(deck)).containsExactly("Talk");
            assertThat(Cli.notes(deck)).contains("Just prose, with no headings at all.", "A second paragraph.");
        }
    }

    @Test
    void anEssayOfFrontMatterAloneIsItsTitleSlide() throws IOException {
        essay(utf8("---\ntitle: Only a title\nauthor: Ada\n---\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(
                    warning(0, "the essay has nothing after its front matter; the deck is its title slide alone"));
            assertThat(Cli.titles(deck)).containsExactly("Only a title");
        }
    }

    @Test
    void windows1252IsReadAsSuchWithAWarningThatSaysSo() throws IOException {
        essay("# Café “quoted”\n\n## Part\n\n**Claim.** Naïve prose – here.\n".getBytes(WINDOWS_1252));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(1, "the essay is not UTF-8; read it as "
                    + "Windows-1252, as its accents and quotes suggest (save it as UTF-8 to be sure)"));
            assertThat(Cli.titles(deck)).startsWith("Café “quoted”");
            assertThat(Cli.notes(deck)).contains("Naïve prose – here.");
        }
    }

    @Test
    void utf8WithADamagedByteKeepsItsAccentsAndMarksTheBadByte() throws IOException {
        byte[] bytes = utf8("# Café\n\n## Part\n\nBad X byte.\n");
        bytes[bytes.length - 8] = (byte) 0xFF;
        essay(bytes);
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(5, "the essay is not valid UTF-8 from here on; "
                    + "bytes that are not text were replaced by \uFFFD (save it as UTF-8)"));
            assertThat(Cli.titles(deck)).startsWith("Café");
            assertThat(Cli.notes(deck)).contains("Bad \uFFFD byte.");
        }
    }

    @Test
    void aByteOrderMarkCrlfLineEndsAndUtf16AreReadWithoutAWord() throws IOException {
        String text = "# Tïtle\r\n\r\n## Part\r\n\r\n**Claim.** Prose\r\nover two lines.\r\n";
        for (byte[] bytes : List.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)),
                text.getBytes(StandardCharsets.UTF_16))) {
            essay(bytes);
            Cli.Result result = Cli.run("build", essay.toString(), "-o", out.toString(), "--force").saysNoJava();
            try (XMLSlideShow deck = built(result)) {
                assertThat(result.err()).isEmpty();
                assertThat(Cli.titles(deck)).startsWith("Tïtle");
                assertThat(Cli.notes(deck)).contains("Prose over two lines.").doesNotContain("\r");
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void anEmptyHeadingGetsAPlaceholderTitleAndKeepsItsProse() throws IOException {
        essay(utf8("# Talk\n\n##\n\nProse under an empty heading.\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(3, "empty heading; its section is titled \"(untitled)\""));
            // The section's slide is a statement of its opening sentence, its heading small above it.
            assertThat(Cli.text(deck.getSlides().get(1))).contains("(untitled)", "Prose under an empty heading.");
            assertThat(Cli.notes(deck)).contains("Prose under an empty heading.");
        }
    }

    @Test
    void anEmptyTitleHeadingSaysSo() throws IOException {
        essay(utf8("#\n\n## Part\n\nProse.\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(1, "the title heading is empty; used \"Talk\" as its title"));
        }
    }

    @Test
    void headingsThatSkipLevelsStillStartSlidesAndLoseNothing() throws IOException {
        essay(utf8("# Talk\n\n#### Four levels down\n\n**First claim.** Prose A.\n\n## Back to two\n\n**Second claim.** Prose B.\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.err()).isEmpty();
            assertThat(deck.getSlides().stream().map(Cli::text)).anyMatch(t -> t.contains("Four levels down"))
                    .anyMatch(t -> t.contains("Back to two"));
            assertThat(Cli.notes(deck)).contains("Prose A.", "Prose B.");
        }
    }

    @Test
    void anAbsurdlyLongHeadingIsShortenedOnItsSlideAndWholeInTheNotes() throws IOException {
        String heading = String.join(" ", Stream.iterate(1, i -> i + 1).limit(300).map(i -> "word" + i).toList());
        String unbroken = "x".repeat(2000);
        essay(utf8("# " + heading + "\n\n## " + heading + "\n\n**A claim.** Prose.\n\n## " + unbroken + "\n\nMore prose.\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).hasSize(3).allSatisfy(line -> assertThat(line)
                    .matches(".*talk\\.md:\\d: warning: heading too long for a slide \\((300 words|1 word)\\); the slide "
                            + "shows its first \\d+ (words|characters), the notes the whole heading"));
            for (int i : List.of(0, 1, 2)) {
                String title = Cli.title(deck.getSlides().get(i));
                assertThat(title).endsWith("\u2026").hasSizeLessThan(400);
                assertThat(Cli.notes(deck.getSlides().get(i))).contains(i < 2 ? heading : unbroken);
            }
        }
    }

    @Test
    void tenThousandNestedQuotationsAreReadFlatWithEveryWordKept() throws IOException {
        StringBuilder markdown = new StringBuilder("# Talk\n\n## Deep\n\n");
        for (int level = 1; level <= 12; level++) {
            markdown.append("> ".repeat(level)).append("level").append(level).append("\n\n");
        }
        markdown.append(">".repeat(10_000)).append(" the deepest words\n");
        essay(utf8(markdown.toString()));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(21, "quotations and lists nested more than 8 deep; "
                    + "read the deeper ones as part of the 8th, every word kept"));
            String notes = Cli.notes(deck);
            for (int level = 1; level <= 12; level++) {
                assertThat(notes).contains("level" + level);
            }
            assertThat(notes).contains("the deepest words");
        }
    }

    @Test
    void tenThousandNestedListLevelsAreReadFlatWithEveryWordKept() throws IOException {
        essay(utf8("# Talk\n\n## Deep\n\n" + "1. ".repeat(10_000) + "the deepest item\n"));
        Cli.Result result = build();
        try (XMLSlideShow deck = built(result)) {
            assertThat(result.errLines()).containsExactly(warning(5, "quotations and lists nested more than 8 deep; "
                    + "read the deeper ones as part of the 8th, every word kept"));
            assertThat(Cli.notes(deck)).contains("the deepest item");
        }
    }

    /**
     * Quotations and lists are read flat below 8 levels; {@code <details>} are not, and the planner follows them level
     * by level. Nested beyond what Java's stack holds, the essay is one line that says so, not a bug report.
     */
    @Test
    void fiveThousandNestedDetailsAreOneLineNotAStackTrace() throws IOException {
        essay(utf8("# Talk\n\n## Deep\n\n" + "<details>\n\n".repeat(5000) + "the deepest words\n\n"
                + "</details>\n\n".repeat(5000)));
        Cli.Result result = build();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("lectern: " + lectern.Locations.format(essay, 0) + ": is nested "
                + "too deeply to work on (Java's stack ran out); nest its quotations, lists and divs less deeply, or give "
                + "Java a deeper stack, e.g. JAVA_TOOL_OPTIONS=-Xss512m (no deck written)");
    }
}
