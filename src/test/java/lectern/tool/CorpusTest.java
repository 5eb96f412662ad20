package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lectern.Warnings;
import lectern.check.Check;
import lectern.check.Finding;
import lectern.check.Rule;
import lectern.check.Talks;
import lectern.deck.CodeSlide;
import lectern.deck.DeckPlan;
import lectern.deck.Picture;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.testing.Cli;
import lectern.testing.Corpus;
import lectern.testing.OoxmlSchemas;
import lectern.theme.ThemeLoader;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the corpus, real Markdown by others, built as a user builds it: no stack trace, no word of
 * prose lost, every part valid PowerPoint, the deck titled as the document says, and none of the plainest
 * defects a presenter would have to fix by hand (a heading alone, a line of code alone, markup shown as typed).
 */
class CorpusTest {
    /** Each document's title, as its front matter, its first H1 (or that H1's picture) names it. */
    private static final Map<String, String> TITLES = Map.of(
            "blog-qmc-scipy", "A quick tour of QMC with SciPy",
            "carpentries-git-remotes", "Remotes in GitHub",
            "carpentries-python-plotting", "Visualizing Tabular Data",
            "essay-tuning-playbook", "Deep Learning Tuning Playbook",
            "ja-otel-collector-config", "設定",
            "kep-admin-network-policy", "KEP-2091: Add support for AdminNetworkPolicy resources",
            "lecture-cs228-bayesnets", "Bayesian networks",
            "readme-btop", "btop++",
            "rfc-trusted-publishing", "Security Improvements for CI Publishing to crates.io",
            "tutorial-argocd-entra-sso", "Microsoft");

    @TempDir
    Path out;

    static Stream<Corpus.Document> corpus() {
        return Corpus.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void buildsADeckWithNothingLostAndNothingAPresenterMustFirstFix(Corpus.Document document) throws Exception {
        Cli.Result built = Cli.run("build", document.file().toString(), "-o", out.toString(), "-q").saysNoJava();
        assertThat(built.exit()).as(built.err()).isZero();
        Path deck;
        try (Stream<Path> decks = Files.list(out)) {
            deck = decks.filter(f -> f.toString().endsWith(".pptx")).findFirst().orElseThrow();
        }
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
        String markdown = Files.readString(document.file(), StandardCharsets.UTF_8);
        assertThat(DeckWords.missing(DeckWords.ofDocument(markdown), DeckWords.ofDeck(deck))).as("prose not in the deck").isEmpty();

        Pipeline pipeline = new Pipeline(ThemeLoader.load("default"), PlanOptions.DEFAULTS);
        DeckPlan plan = pipeline.plan(document.file(), new Warnings());
        assertThat(plan.title()).isEqualTo(TITLES.get(document.name()));
        for (Slide slide : plan.slides()) {
            assertThat(slide instanceof SectionSlide section && section.subsections().isEmpty())
                    .as("slide %d \"%s\" shows only its heading", slide.number(), slide.title()).isFalse();
            // A sentence over it, or its list item's words over each block, says what the code is for.
            assertThat(slide instanceof CodeSlide code && code.code().lineCount() <= 3 && code.lead().isEmpty()
                    && code.code().listings().stream().allMatch(listing -> listing.label().isEmpty()))
                    .as("slide %d \"%s\" shows a line or three of code alone", slide.number(), slide.title()).isFalse();
        }
        // Titled apart, as PowerPoint's outline, navigation pane and a screen reader tell slides apart.
        assertThat(plan.slides()).extracting(Slide::title).as("slide titles").doesNotHaveDuplicates();
        List<Finding> findings = new Check(pipeline.slideFit(), Set.of()).run(Talks.ofEssay(pipeline, document.file(),
                new Warnings())).findings();
        assertThat(findings.stream().filter(f -> f.rule() == Rule.LITERAL_MARKUP)).as("markup shown as typed").isEmpty();
        assertThat(findings.stream().filter(f -> Set.of(Rule.TITLE_MISSING, Rule.CONTRAST_LOW, Rule.LANGUAGE_MISMATCH)
                .contains(f.rule()))).as("accessibility").isEmpty();
        picturesAreAllThereWhole(document, plan, deck);
    }

    /**
     * Every local picture the document refers to is in the deck, none a gap; no diagram is cropped, no photograph
     * beyond the share Lectern states; and no SVG's PNG, which LibreOffice and older PowerPoint show, is blank.
     */
    private static void picturesAreAllThereWhole(Corpus.Document document, DeckPlan plan, Path deck) throws IOException {
        Set<String> referenced = new java.util.TreeSet<>();
        for (Slide slide : plan.slides()) {
            slide.picture().filter(p -> !Picture.isOnTheWeb(p.src())).ifPresent(p -> referenced.add(fileName(p.src())));
        }
        Set<String> local = new java.util.TreeSet<>();
        lectern.read.Essay essay = new lectern.read.EssayReader().read(document.file(), new Warnings());
        // An instructor's picture stays in the notes with its div, for the room to see never; an exercise's solution
        // shows its pictures after its words, for the room to see once it has tried.
        lectern.testing.Pictures.inEssay(essay, div -> !Set.of("instructor", "spoiler", "hint").contains(div.kind())).stream().filter(i -> !Picture.isOnTheWeb(i.src()))
                .forEach(i -> local.add(fileName(i.src())));
        assertThat(referenced).as("the local pictures the document refers to, on slides").isEqualTo(local);
        Set<String> inDeck = new java.util.TreeSet<>();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(deck))) {
            for (XSLFSlide slide : show.getSlides()) {
                Slide planned = plan.slides().get(slide.getSlideNumber() - 1);
                for (XSLFShape shape : slide.getShapes()) {
                    assertThat(shape.getShapeName()).as("slide %d", slide.getSlideNumber()).doesNotStartWith("Missing picture");
                    if (shape instanceof XSLFPictureShape picture) {
                        inDeck.add(shape.getShapeName().replaceFirst("^Picture: ", ""));
                        Picture.Look look = planned.picture().map(Picture::look).orElse(Picture.Look.UNKNOWN);
                        var crop = ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) picture.getXmlObject())
                                .getBlipFill().getSrcRect();
                        double cropped = crop == null ? 0 : Math.max(share(crop.getL()) + share(crop.getR()),
                                share(crop.getT()) + share(crop.getB()));
                        assertThat(cropped).as("slide %d: %s cropped", slide.getSlideNumber(), look)
                                .isLessThanOrEqualTo(look.kind() == Picture.Look.Kind.PHOTOGRAPH ? Picture.MOST_CROPPED + 1e-3 : 0);
                        if (picture.getSvgImage() != null) {
                            assertThat(lectern.testing.Pictures.blank(picture.getPictureData().getData()))
                                    .as("slide %d: the SVG's PNG is blank", slide.getSlideNumber()).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(inDeck).as("pictures in the deck").containsAll(local);
    }

    private static String fileName(String src) {
        String path = src.replaceFirst("[?#].*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static double share(Object edge) {
        return edge == null ? 0 : Double.parseDouble(edge.toString().replace("%", "")) / 100_000.0;
    }
}
