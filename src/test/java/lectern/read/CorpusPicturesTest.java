package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lectern.Warnings;
import lectern.deck.Picture;
import lectern.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pictures each document of the corpus means, as the reader finds them: Markdown images, HTML's, and a site
 * generator's picture tags, those on the web counted apart (the planner leaves them off, and says so).
 */
class CorpusPicturesTest {
    /** Local pictures, then pictures on the web, of each document. */
    private static final Map<String, List<Integer>> PICTURES = Map.of(
            "blog-qmc-scipy", List.of(5, 0),
            "carpentries-git-remotes", List.of(8, 0),
            "carpentries-python-plotting", List.of(6, 0),
            // Eleven <img> in <p align="center">, all on GitHub.
            "essay-tuning-playbook", List.of(0, 11),
            // Eight icons: four beside headings' words, which their sections show, and the same four again with
            // alt="" beside the contents' links, left off as a web page's decoration.
            "ja-otel-collector-config", List.of(4, 0),
            "kep-admin-network-policy", List.of(5, 0),
            // Six picture includes (five files: one shown twice); the sidenote include is no picture.
            "lecture-cs228-bayesnets", List.of(6, 0),
            // The logo and six screenshots; badges, and three HTML <img> on the web.
            "readme-btop", List.of(7, 22),
            "rfc-trusted-publishing", List.of(0, 0),
            "tutorial-argocd-entra-sso", List.of(13, 0));

    static Stream<Corpus.Document> corpus() {
        return Corpus.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDocumentYieldsThePicturesItsAuthorMeant(Corpus.Document document) {
        Warnings warnings = new Warnings();
        List<Image> pictures = PicturesInHtmlTest.pictures(new EssayReader().read(document.file(), warnings));
        long web = pictures.stream().filter(p -> Picture.isOnTheWeb(p.src())).count();
        assertThat(List.of((int) (pictures.size() - web), (int) web)).isEqualTo(PICTURES.get(document.name()));
        assertThat(warnings.all()).noneMatch(w -> w.message().contains("tag  left out"));
    }
}
