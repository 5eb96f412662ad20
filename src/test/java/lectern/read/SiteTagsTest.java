package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lectern.Warnings;
import org.junit.jupiter.api.Test;

/** A site generator's tags that show a picture are pictures; any other is left out, as before. */
class SiteTagsTest {
    private final Warnings warnings = new Warnings();

    private Essay read(String markdown) {
        return new EssayReader().parse(Path.of("essay.md"), markdown, warnings);
    }

    private List<String> messages() {
        return warnings.all().stream().map(w -> w.line() + ": " + w.message()).toList();
    }

    @Test
    void aJekyllIncludeInAParagraphIsAPictureItsDescriptionItsAltAndCaption() {
        Essay essay = read("""
                # T

                A model. {% include marginfigure.html id="nb1" url="{{ site.baseurl }}/assets/img/grade-model.png" description="Bayes net model." %} Then more.
                """);
        assertThat(essay.opening()).containsExactly(new Paragraph(List.of(Run.plain("A model.  Then more.")), 3),
                new Image("assets/img/grade-model.png", "Bayes net model.", "", 3, "Bayes net model."));
        assertThat(messages()).isEmpty();
    }

    @Test
    void anIncludeInAListItemAndOneOnALineAfterProseStandWhereTheyAre() {
        Essay essay = read("""
                # T

                - {% include marginfigure.html id="bn" url="assets/img/3node.png" description="Three nodes." %}*Common parent.* Text.

                When are two nets equivalent?
                {% include maincolumn_img.html src='assets/img/3node.png' caption='Bayesian networks over three variables' %}
                The cascade.
                """);
        ListBlock list = (ListBlock) essay.opening().get(0);
        assertThat(list.items().get(0).blocks()).last()
                .isEqualTo(new Image("assets/img/3node.png", "Three nodes.", "", 3, "Three nodes."));
        assertThat(essay.opening()).last().isEqualTo(new Image("assets/img/3node.png",
                "Bayesian networks over three variables", "", 6, "Bayesian networks over three variables"));
        assertThat(messages()).isEmpty();
    }

    @Test
    void twoIncludesOnALineOfTheirOwnAreTwoPictures() {
        Essay essay = read("""
                # T

                - a list item
                {% include marginfigure.html id="dp2" url="assets/img/dsep2.png" description="In this, $$X_1$$ %." %}{% include marginfigure.html id="dp1" url="assets/img/dsep1.png" description="However." %}
                """);
        assertThat(PicturesInHtmlTest.pictures(essay)).extracting(Image::src, Image::caption).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assets/img/dsep2.png", "In this, $$X_1$$ %."),
                org.assertj.core.groups.Tuple.tuple("assets/img/dsep1.png", "However."));
        assertThat(messages()).isEmpty();
    }

    @Test
    void hugoFigureShortcodesArePictures() {
        Essay essay = read("""
                # T

                See {{< figure src="x.png" alt="An X" caption="The X" >}} here.

                {{< figure src="/images/y.jpg" title="Why" >}}

                {{% figure src="z.svg" caption="Zed" %}}
                """);
        assertThat(PicturesInHtmlTest.pictures(essay)).containsExactly(new Image("x.png", "An X", "", 3, "The X"),
                new Image("/images/y.jpg", "Why", "Why", 5, ""), new Image("z.svg", "Zed", "", 7, "Zed"));
        assertThat(essay.opening()).first().isInstanceOfSatisfying(Paragraph.class,
                p -> assertThat(p.text()).isEqualTo("See here."));
        assertThat(messages()).isEmpty();
    }

    @Test
    void aTagThatShowsNoPictureIsLeftOutAsBefore() {
        Essay essay = read("""
                # T

                **Fact**{% include sidenote.html id="n" note="Not proved." %}: true.

                {% include toc.html %}

                {{< youtube id="abc" >}}
                """);
        assertThat(PicturesInHtmlTest.pictures(essay)).isEmpty();
        assertThat(messages()).containsExactly(
                "3: site generator tag {% include sidenote.html id=\"n\" note=\"Not prove... left out: Lectern does not run "
                        + "the site's generator",
                "5: site generator tag {% include toc.html %} left out: Lectern does not run Jekyll",
                "7: site generator tag {{< youtube id=\"abc\" >}} left out: Lectern does not run the site's generator");
    }

    @Test
    void aPictureNamedThroughTheGeneratorCannotBeFoundAndIsReported() {
        Essay essay = read("# T\n\n{% include figure.html src=\"{{ page.dir }}/x.png\" %}\n");
        assertThat(PicturesInHtmlTest.pictures(essay)).isEmpty();
        assertThat(messages()).containsExactly("3: picture {{ page.dir }}/x.png is named through the site's generator "
                + "({{ page.dir }}), which Lectern does not run; left out");
    }

    @Test
    void jekyllsRelativeUrlFilterNamesTheFileInItsQuotes() {
        Essay essay = read("# T\n\n{% include image.html file='{{ \"assets/a.gif\" | relative_url }}' alt=\"A\" %}\n");
        assertThat(PicturesInHtmlTest.pictures(essay)).containsExactly(new Image("assets/a.gif", "A", "", 3, ""));
    }
}
