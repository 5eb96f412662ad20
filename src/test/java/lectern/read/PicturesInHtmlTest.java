package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lectern.Warnings;
import org.junit.jupiter.api.Test;

/** Pictures as HTML writes them, inline and as blocks: each one the author meant is an {@link Image}. */
class PicturesInHtmlTest {
    private final Warnings warnings = new Warnings();

    private Essay read(String markdown) {
        return new EssayReader().parse(Path.of("essay.md"), markdown, warnings);
    }

    private List<String> messages() {
        return warnings.all().stream().map(w -> w.line() + ": " + w.message()).toList();
    }

    /** Every picture of the essay, wherever it stands. */
    static List<Image> pictures(Essay essay) {
        return lectern.testing.Pictures.inEssay(essay);
    }

    @Test
    void anImgInAParagraphIsAPictureWhateverItsAttributesOrderAndQuotes() {
        Essay essay = read("""
                # T

                Before <img width=32 src='a.png' class="x" alt="An A" title=Ay /> after
                <IMG ALT="A B" SRC=b.png height="10">.
                """);
        assertThat(essay.opening()).first().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text()).isEqualTo("Before  after ."));
        assertThat(pictures(essay)).containsExactly(new Image("a.png", "An A", "Ay", 3), new Image("b.png", "A B", "", 4));
        assertThat(messages()).isEmpty();
    }

    @Test
    void anImgInAListItemIsThatItemsPicture() {
        Essay essay = read("# T\n\n- First <img src=\"one.png\" alt=\"One\">\n- Second\n");
        ListBlock list = (ListBlock) essay.opening().get(0);
        assertThat(list.items().get(0).blocks()).last().isEqualTo(new Image("one.png", "One", "", 3));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aPictureBesideASectionHeadingsWordsIsItsIconWhichTheSectionShowsAndTheHeadingKeepsNoHtml() {
        Essay essay = read("""
                # T

                ## レシーバー <img width="35" class="otel-icon" src="/img/logos/32x32/Receivers.svg"> {#receivers}

                Text.

                ### Sub ![logo](logo.png)

                More.
                """);
        assertThat(essay.sections()).extracting(Section::heading).containsExactly("レシーバー", "Sub");
        assertThat(essay.sections()).extracting(section -> section.blocks().get(0)).containsExactly(
                new Image("/img/logos/32x32/Receivers.svg", "", "", 3), new Image("logo.png", "logo", "", 7));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aPictureBesideTheTitlesWordsIsLeftOffWithAWarning() {
        read("# Talk <img src=\"logo.png\">\n\nText.\n");
        assertThat(messages()).containsExactly(
                "1: picture logo.png beside a heading's words is the web page's icon for it; left off the slides");
    }

    @Test
    void aHeadingThatIsOnlyAPictureIsTitledByItsAltAndShowsIt() {
        Essay essay = read("# T\n\n## <img src=\"arch.png\" alt=\"Architecture\">\n\nText.\n");
        assertThat(essay.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Architecture");
            assertThat(section.blocks()).first().isEqualTo(new Image("arch.png", "Architecture", "", 3));
        });
        assertThat(messages()).isEmpty();
    }

    @Test
    void anEmptyAltAmongWordsIsAnIconAndAloneIsAPicture() {
        Essay essay = read("# T\n\n- [Receivers](#receivers) <img width=\"32\" alt=\"\" src=\"/img/r.svg\">\n\n<img alt=\"\" src=\"shot.png\">\n");
        assertThat(pictures(essay)).containsExactly(new Image("shot.png", "", "", 5));
        assertThat(messages()).containsExactly(
                "3: picture /img/r.svg has an empty alt among words: the web page's icon; left off the slides");
    }

    @Test
    void picturesInACentredHtmlBlockArePicturesAndNothingElseIsReported() {
        Essay essay = read("""
                # T

                <p align="center" id="figure-1">
                    <img src="https://example.org/bad.png" width="49%" alt="Example of bad
                boundaries">
                <img src="https://example.org/good.png" width="49%" alt="Example of good boundaries">
                </p>
                """);
        assertThat(essay.opening()).containsExactly(
                new Image("https://example.org/bad.png", "Example of bad boundaries", "", 4),
                new Image("https://example.org/good.png", "Example of good boundaries", "", 6));
        assertThat(messages()).isEmpty();
    }

    @Test
    void anHtmlBlockWithWordsBesidesItsPictureKeepsThemInTheNotesAndSaysSo() {
        Essay essay = read("# T\n\n<div><b>Figure 1:</b> boundaries <img src=\"f.png\" alt=\"F\"></div>\n");
        assertThat(essay.opening()).containsExactly(new Paragraph(List.of(Run.plain("Figure 1: boundaries")), 3),
                new Image("f.png", "F", "", 3));
        assertThat(messages()).containsExactly("3: raw HTML left off the slides; its text is in the notes");
    }

    @Test
    void aPictureElementIsOnePictureItsImgElseItsFirstSource() {
        Essay essay = read("""
                # T

                <picture>
                  <source srcset="chart.webp 1x, chart@2x.webp 2x" type="image/webp">
                  <img src="chart.png" alt="The chart">
                </picture>

                <picture>
                  <source media="(prefers-color-scheme: dark)" srcset="dark.svg">
                  <source srcset="light.svg">
                </picture>

                Inline <picture><source srcset="i.webp"><img src="i.png" alt="I"></picture> too.
                """);
        assertThat(pictures(essay)).containsExactly(new Image("chart.png", "The chart", "", 5),
                new Image("dark.svg", "", "", 9), new Image("i.png", "I", "", 13));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aFigureIsOnePictureCaptionedByItsFigcaption() {
        Essay essay = read("""
                # T

                <figure>
                  <img src="pipeline.png" alt="The pipeline">
                  <figcaption>Four stages, <em>in order</em> &amp; one way.</figcaption>
                </figure>
                """);
        assertThat(essay.opening()).containsExactly(
                new Image("pipeline.png", "The pipeline", "", 4, "Four stages, in order & one way."));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aFigureWithoutAPictureIsRawHtmlAsBefore() {
        Essay essay = read("# T\n\n<figure>\n<blockquote>Words.</blockquote>\n<figcaption>Who</figcaption>\n</figure>\n");
        assertThat(pictures(essay)).isEmpty();
        assertThat(essay.opening()).containsExactly(new Paragraph(List.of(Run.plain("Words. Who")), 3));
        assertThat(messages()).containsExactly("3: raw HTML left off the slides; its text is in the notes");
    }

    @Test
    void anHtmlHeadingsIconIsShownAndItsWordsKept() {
        Essay essay = read("# T\n\n<h2>Receivers <img src=\"r.svg\" alt=\"\"></h2>\n");
        assertThat(pictures(essay)).containsExactly(new Image("r.svg", "", "", 3));
        assertThat(messages()).containsExactly("3: raw HTML left off the slides; its text is in the notes");
    }

    @Test
    void anImgWithoutASourceIsReported() {
        Essay essay = read("# T\n\nText <img alt=\"nothing\"> here.\n\n<img alt=\"none\">\n");
        assertThat(pictures(essay)).isEmpty();
        assertThat(messages()).containsExactly("3: an <img> without a src names no picture; left out",
                "5: an <img> without a src names no picture; left out");
    }

    @Test
    void aPictureInsideDetailsIsInTheDetails() {
        Essay essay = read("# T\n\n<details><summary>Screens</summary>\n<img src=\"s.png\" alt=\"S\">\n</details>\n");
        assertThat(essay.opening()).singleElement().isInstanceOfSatisfying(Div.class, div -> {
            assertThat(div.title()).isEqualTo("Screens");
            assertThat(div.blocks()).containsExactly(new Image("s.png", "S", "", 4));
        });
        assertThat(messages()).isEmpty();
    }

    @Test
    void aLinkedImgIsAPicture() {
        Essay essay = read("# T\n\nDonate:\n\n[<img src=\"https://example.org/logo.png\" height=\"100px\">](https://example.org)\n");
        assertThat(pictures(essay)).containsExactly(new Image("https://example.org/logo.png", "", "", 5));
        assertThat(messages()).isEmpty();
    }

    @Test
    void markdownImagesKeepTheirAddressAsWrittenAndTheirTitle() {
        Essay essay = read("# T\n\n![Alt text](explicit_deny.png?raw=true \"Explicit Deny\")\n");
        assertThat(essay.opening()).containsExactly(new Image("explicit_deny.png?raw=true", "Alt text", "Explicit Deny", 3));
        assertThat(((Image) essay.opening().get(0)).hasPlaceholderAlt()).isTrue();
    }
}
