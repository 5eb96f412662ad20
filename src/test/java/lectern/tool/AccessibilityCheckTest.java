package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lectern.testing.Cli;
import lectern.testing.Seed;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check's accessibility group, as PowerPoint's Accessibility Checker would see the deck. */
class AccessibilityCheckTest {
    private static final List<String> GROUP = List.of("[title-missing]", "[reading-order]", "[contrast-low]",
            "[language-mismatch]", "[duplicate-title]");

    @Test
    void theSeedEssayAndItsDeckAreClean() throws Exception {
        Path deck = Seed.deck().deck();
        for (String checked : List.of(Seed.ESSAY.toString(), deck.toString())) {
            for (String theme : List.of("default", "dark", "high-contrast")) {
                Cli.Result result = Cli.run("check", "--theme", theme, checked).saysNoJava();
                assertThat(GROUP).as(checked + " in " + theme).noneMatch(code -> result.out().contains(code));
            }
        }
    }

    @Test
    void anEssayThatSaysItIsInAnotherLanguageThanItIsWrittenIn(@TempDir Path dir) throws Exception {
        Path essay = Files.writeString(dir.resolve("talk.md"),
                "---\nlang: en\n---\n# 話し手のために\n\n## 要点\n\nスライドには要点だけを書く。**説明はノートに入れる。**聴衆は読まない。\n");
        Cli.Result result = Cli.run("check", essay.toString()).saysNoJava();
        assertThat(result.out()).contains("talk.md:1: warning: front matter lang: en-US, but most of the text is written "
                + "in Japanese's script [language-mismatch]");
    }

    @Test
    void aThemeWhoseTextDoesNotStandOutOfItsBackground(@TempDir Path dir) throws Exception {
        String theme = Files.readString(Path.of("themes", "default.yaml"))
                .replace("text: \"#1B2A41\"", "text: \"#B8B4AE\"").replace("name: default", "name: faint");
        Path faint = Files.writeString(dir.resolve("faint.yaml"), theme);
        Cli.Result result = Cli.run("check", "--theme", faint.toString(), Seed.ESSAY.toString()).saysNoJava();
        assertThat(result.out()).containsPattern("warning: text on slides: #B8B4AE on #F7F4EE is \\d\\.\\d:1, below 4\\.5:1 \\[contrast-low\\]");
    }

    @Test
    void aDeckEditedIntoAShapeReadFirstATitleLessSlideAndEnglishMarkedJapanese(@TempDir Path dir) throws Exception {
        Path deck = dir.resolve("talk.pptx");
        Files.copy(Seed.deck().deck(), deck);
        try (XMLSlideShow show = Cli.open(deck)) {
            XSLFSlide fifth = show.getSlides().get(4);
            XSLFTextBox note = fifth.createTextBox();
            note.setText("Ask the room first");
            // A shape a user drew and sent to the back: first in the shape tree, so read before the title.
            var tree = fifth.getXmlObject().getCSld().getSpTree();
            var xml = note.getXmlObject();
            try (var from = xml.newCursor(); var to = tree.getSpArray(0).newCursor()) {
                from.moveXml(to);
            }
            XSLFSlide sixth = show.getSlides().get(5);
            sixth.getShapes().stream().filter(s -> s instanceof XSLFTextShape t && t.getTextType() == Placeholder.TITLE)
                    .map(XSLFTextShape.class::cast).findFirst().orElseThrow().setText("");
            XSLFSlide seventh = show.getSlides().get(6);
            XSLFTextBox japanese = seventh.createTextBox();
            japanese.setText("説明はノートに入れる");
            try (OutputStream out = Files.newOutputStream(deck)) {
                show.write(out);
            }
        }
        Cli.Result result = Cli.run("check", deck.toString()).saysNoJava();
        assertThat(result.out()).contains("is read before the title [reading-order]", "slide 6 has no title [title-missing]",
                "\"説明はノートに入れる\" is marked en-US [language-mismatch]");
    }
}
