package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lectern.Warnings;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.LibreOffice;
import lectern.testing.Seed;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reader that is not POI: LibreOffice must open the seed deck, in every shipped theme, and draw one page per slide. */
class LibreOfficeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"default", "dark", "high-contrast"})
    void libreOfficeOpensTheSeedDeckAndDrawsEverySlide(String theme, @TempDir Path out) throws Exception {
        LibreOffice.assumeInstalled();
        Pipeline.Result result = new Pipeline(ThemeLoader.load(theme), PlanOptions.DEFAULTS)
                .build(Seed.ESSAY, out.resolve("seed.pptx"), new Warnings());
        Path pdf = LibreOffice.toPdf(result.deck(), out);
        assertThat(LibreOffice.pages(pdf)).isEqualTo(result.plan().slides().size());
    }

    /**
     * LibreOffice reads an exercise's timer as the slide show plays it: an exit wipe of the bar that starts by itself
     * when the slide comes up (begin 0s, after the previous effect, none before it) and lasts the timebox.
     */
    @org.junit.jupiter.api.Test
    void libreOfficeStartsTheExerciseTimerByItselfAndRunsItForTheTimebox(@TempDir Path out) throws Exception {
        LibreOffice.assumeInstalled();
        Path essay = java.nio.file.Files.writeString(out.resolve("timer.md"),
                "---\nexercises: 3\n---\n# Timer\n\n::: challenge\n## Try it\n\nDo the thing.\n:::\n");
        String content = asImpressReadsIt(essay, PlanOptions.DEFAULTS, out);
        String sequence = content.substring(content.indexOf("presentation:node-type=\"main-sequence\""));
        // Every group from the sequence down to the effect begins at once: no click is waited for.
        assertThat(sequence).containsPattern("^[^>]*>\\s*<anim:par smil:begin=\"0s\"[^>]*>\\s*<anim:par smil:begin=\"0s\"[^>]*>"
                + "\\s*<anim:par smil:begin=\"0s\"[^>]*presentation:node-type=\"after-previous\"[^>]*"
                + "presentation:preset-class=\"exit\"[^>]*presentation:preset-id=\"ooo-exit-wipe\"");
        assertThat(sequence).containsPattern("<anim:transitionFilter smil:dur=\"180s\"[^>]*smil:type=\"barWipe\"[^>]*smil:mode=\"out\"");
    }

    /**
     * LibreOffice's slide show plays a revealed slide claim by claim: its import makes one on-click fade-in per
     * claim, each aimed at that claim's paragraph, in the claims' order.
     */
    @org.junit.jupiter.api.Test
    void libreOfficeFadesTheClaimsInOneClickAtATime(@TempDir Path out) throws Exception {
        LibreOffice.assumeInstalled();
        Path essay = java.nio.file.Files.writeString(out.resolve("reveal.md"),
                "# Reveal\n\n## Points\n\n**First point.** One.\n\n**Second point.** Two.\n\n**Third point.** Three.\n");
        String content = asImpressReadsIt(essay, PlanOptions.DEFAULTS.withReveal(true), out);
        java.util.regex.Matcher clicks = java.util.regex.Pattern.compile("presentation:node-type=\"on-click\"[^>]*"
                + "presentation:preset-id=\"ooo-entrance-fade-in\"><anim:set [^>]*smil:targetElement=\"(\\w+)\"").matcher(content);
        java.util.List<String> claims = new java.util.ArrayList<>();
        while (clicks.find()) {
            java.util.regex.Matcher paragraph = java.util.regex.Pattern.compile("<text:p xml:id=\"" + clicks.group(1)
                    + "\"[^>]*>(.*?)</text:p>").matcher(content);
            assertThat(paragraph.find()).as("the paragraph %s", clicks.group(1)).isTrue();
            claims.add(paragraph.group(1).replaceAll("<[^>]+>", ""));
        }
        assertThat(claims).containsExactly("First point.", "Second point.", "Third point.");
    }

    /** The essay's deck as LibreOffice reads it: the content of the ODP it converts the deck to. */
    private static String asImpressReadsIt(Path essay, PlanOptions options, Path out) throws Exception {
        Pipeline.Result result = new Pipeline(ThemeLoader.load("default"), options)
                .build(essay, out.resolve(essay.getFileName().toString().replace(".md", ".pptx")), new Warnings());
        Path odp = LibreOffice.convert(result.deck(), out, "odp");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(odp.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
