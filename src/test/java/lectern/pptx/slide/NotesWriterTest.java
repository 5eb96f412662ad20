package lectern.pptx.slide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;

/** Speaker notes keep the essay's formatting: bold, italic, links, and lists as real lists. */
class NotesWriterTest {

    @Test
    void notesKeepFormattingLinksAndNumberedListsAcrossNestedItems(@TempDir Path dir) throws IOException {
        Path essay = dir.resolve("lists.md");
        Files.writeString(essay, "# Lists\n\n## Steps\n\n**Follow these.** Then *read* [the guide](https://example.org/guide):\n\n"
                + "1. first\n2. second\n   - nested\n3. third\n\nProse between.\n\n5. five\n6. six\n");
        Path deck = dir.resolve("lists.pptx");
        // Without the cues Lectern adds (time, next slide): this is about the author's notes.
        new lectern.pipeline.Pipeline(lectern.theme.ThemeLoader.load("default"), lectern.plan.PlanOptions.DEFAULTS.withoutRoomSlides())
                .build(essay, deck, new Warnings());
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            List<XSLFTextParagraph> notes = show.getSlides().get(1).getNotes().getTextParagraphs().stream()
                    .filter(p -> p.size() > 0 && !p.get(0).getText().isBlank()).findFirst().orElseThrow();
            XSLFTextParagraph first = notes.get(0);
            assertThat(first.getTextRuns()).extracting(XSLFTextRun::getRawText)
                    .containsExactly("Follow these.", " Then ", "read", " ", "the guide", ":");
            assertThat(first.getTextRuns().get(0).isBold()).isTrue();
            assertThat(first.getTextRuns().get(2).isItalic()).isTrue();
            assertThat(first.getTextRuns().get(4).getHyperlink().getAddress()).isEqualTo("https://example.org/guide");

            assertThat(notes.subList(1, notes.size())).extracting(XSLFTextParagraph::getText, NotesWriterTest::marker)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("first", "1"),
                            org.assertj.core.groups.Tuple.tuple("second", "2"),
                            org.assertj.core.groups.Tuple.tuple("nested", "\u2022"),
                            org.assertj.core.groups.Tuple.tuple("third", "3"),
                            org.assertj.core.groups.Tuple.tuple("Prose between.", ""),
                            org.assertj.core.groups.Tuple.tuple("five", "5"),
                            org.assertj.core.groups.Tuple.tuple("six", "6"));
        }
    }

    @Test
    void listNumbersPowerPointCannotCountFromAreWrittenOut(@TempDir Path dir) throws IOException {
        Path essay = dir.resolve("numbers.md");
        Files.writeString(essay, "# Numbers\n\n## Count\n\n0. zero\n1. one\n\nProse.\n\n123456789. big\n");
        Path deck = dir.resolve("numbers.pptx");
        new lectern.pipeline.Pipeline(lectern.theme.ThemeLoader.load("default"), lectern.plan.PlanOptions.DEFAULTS.withoutRoomSlides())
                .build(essay, deck, new Warnings());
        assertThat(lectern.testing.OoxmlSchemas.problems(deck)).isEmpty();
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            List<XSLFTextParagraph> notes = show.getSlides().get(1).getNotes().getTextParagraphs().stream()
                    .filter(p -> p.size() > 0 && !p.get(0).getText().isBlank()).findFirst().orElseThrow();
            assertThat(notes).extracting(XSLFTextParagraph::getText, NotesWriterTest::marker).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("0. zero", ""),
                    org.assertj.core.groups.Tuple.tuple("one", "1"),
                    org.assertj.core.groups.Tuple.tuple("Prose.", ""),
                    org.assertj.core.groups.Tuple.tuple("123456789. big", ""));
        }
    }

    /** The number an auto-numbered paragraph starts at, its bullet character, or "" for plain prose. */
    private static String marker(XSLFTextParagraph paragraph) {
        CTTextParagraphProperties properties = paragraph.getXmlObject().getPPr();
        if (properties.isSetBuAutoNum()) {
            return String.valueOf(properties.getBuAutoNum().getStartAt());
        }
        return properties.isSetBuChar() ? properties.getBuChar().getChar() : "";
    }
}
