package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lectern.Warnings;
import lectern.deck.Claim;
import lectern.deck.Slide;
import lectern.pipeline.Pipeline;
import lectern.read.Block;
import lectern.read.Essay;
import lectern.read.EssayReader;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.read.Section;
import lectern.testing.Seed;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRelativeRect;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** The seed deck, read back with POI as PowerPoint would open it. */
class SeedDeckTest {
    private static Pipeline.Result result;
    private static XMLSlideShow deck;
    private static Essay essay;

    @BeforeAll
    static void build() throws IOException {
        result = Seed.deck();
        try (InputStream in = Files.newInputStream(result.deck())) {
            deck = new XMLSlideShow(in);
        }
        essay = new EssayReader().read(Seed.ESSAY, new Warnings());
    }

    @Test
    void isSixteenByNine() {
        assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
        assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
    }

    @Test
    void everyHeadingIsOnItsSlidesInTheEssaysOrder() {
        List<Slide> planned = result.plan().slides();
        assertThat(deck.getSlides()).hasSize(planned.size());
        assertThat(titleOf(deck.getSlides().get(0))).isEqualTo("When execution collapses");
        for (Slide slide : planned) {
            String text = slideText(deck.getSlides().get(slide.number() - 1));
            assertThat(text).as("slide %d", slide.number()).contains(slide.title());
        }
        List<String> headings = essay.sections().stream().map(Section::heading).toList();
        assertThat(planned.stream().map(Slide::title).filter(headings::contains).distinct().toList()).isEqualTo(headings);
    }

    @Test
    void everyClaimIsOnItsSectionsSlide() {
        for (Slide planned : result.plan().slides()) {
            String onSlide = slideText(deck.getSlides().get(planned.number() - 1));
            for (Claim claim : planned.claims()) {
                assertThat(onSlide).as("slide %d", planned.number()).contains(claim.text());
            }
        }
        assertThat(result.plan().claimCount()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void everyProseParagraphIsInTheNotesOrOnTheTitleSlide() {
        String notes = normalise(deck.getSlides().stream().map(this::notesText).collect(Collectors.joining("\n")));
        List<String> paragraphs = new ArrayList<>();
        collect(essay.opening(), paragraphs);
        essay.sections().forEach(s -> collect(s.blocks(), paragraphs));
        assertThat(paragraphs).hasSizeGreaterThan(80);
        for (String paragraph : paragraphs) {
            assertThat(notes).contains(normalise(paragraph));
        }
        assertThat(slideText(deck.getSlides().get(0))).contains(essay.subtitle().orElseThrow());
    }

    @Test
    void allSixPicturesArePlacedWithAltTextAndTheirProportions() {
        List<XSLFPictureShape> pictures = deck.getSlides().stream().flatMap(s -> s.getShapes().stream())
                .filter(XSLFPictureShape.class::isInstance).map(XSLFPictureShape.class::cast).toList();
        assertThat(pictures).hasSize(6);
        for (XSLFPictureShape picture : pictures) {
            CTPicture ct = (CTPicture) picture.getXmlObject();
            String alt = ct.getNvPicPr().getCNvPr().getDescr();
            assertThat(alt).isNotBlank().doesNotContain("/").doesNotContain(".jpg");
            var image = picture.getPictureData().getImageDimension();
            CTRelativeRect crop = ct.getBlipFill().isSetSrcRect() ? ct.getBlipFill().getSrcRect() : null;
            double keptWidth = image.getWidth() * (1 - (crop == null ? 0 : share(crop.getL()) + share(crop.getR())));
            double keptHeight = image.getHeight() * (1 - (crop == null ? 0 : share(crop.getT()) + share(crop.getB())));
            var frame = picture.getAnchor();
            assertThat(keptWidth / keptHeight).as(alt).isCloseTo(frame.getWidth() / frame.getHeight(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(deck.getPictureData()).hasSize(6);
    }

    @Test
    void noPlaceholderIsLeftEmpty() {
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                if (shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                        && text.getPlaceholderDetails().getPlaceholder() != null) {
                    assertThat(text.getText()).as("slide %d, %s", slide.getSlideNumber(), shape.getShapeName()).isNotBlank();
                }
            }
            XSLFNotes notes = slide.getNotes();
            if (notes != null) {
                for (XSLFShape shape : notes.getShapes()) {
                    if (shape instanceof XSLFTextShape text && text.getPlaceholderDetails() != null
                            && text.getPlaceholderDetails().getPlaceholder() == Placeholder.BODY) {
                        assertThat(text.getText()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void titlesAndClaimsLiveInRealPlaceholders() {
        for (XSLFSlide slide : deck.getSlides()) {
            assertThat(titleOf(slide)).as("slide %d", slide.getSlideNumber()).isNotBlank();
        }
        int first = result.plan().slides().stream().filter(s -> s.kind().equals("claims")).findFirst()
                .orElseThrow().number();
        XSLFSlide claims = deck.getSlides().get(first - 1);
        assertThat(claims.getSlideLayout().getName()).isEqualTo("Title and Content");
        // PowerPoint's own "Title and Content" holds its text in a content placeholder (ph idx=1).
        assertThat(java.util.Arrays.asList(claims.getPlaceholders()))
                .filteredOn(p -> p.getPlaceholderDetails().getPlaceholder() == Placeholder.CONTENT)
                .singleElement().satisfies(p -> assertThat(p.getText()).contains("What was prestigious becomes common."));
    }

    @Test
    void notesPagesPrintDarkOnWhiteWhileSlidesKeepTheThemesColours() {
        var slideColours = deck.getSlideMasters().get(0).getTheme().getXmlObject().getThemeElements().getClrScheme();
        var notesColours = deck.getNotesMaster().getTheme().getXmlObject().getThemeElements().getClrScheme();
        assertThat(slideColours.getLt1().getSrgbClr().getVal()).containsExactly(0xF7, 0xF4, 0xEE);
        assertThat(notesColours.getLt1().getSrgbClr().getVal()).containsExactly(0xFF, 0xFF, 0xFF);
        assertThat(notesColours.getDk1().getSrgbClr().getVal()).containsExactly(0x1A, 0x1A, 0x1A);
    }

    @Test
    void everySlideButTheTitleCarriesItsNumberInTheLayoutsPlaceholder() {
        for (XSLFSlide slide : deck.getSlides()) {
            List<String> numbers = java.util.Arrays.stream(slide.getPlaceholders())
                    .filter(p -> p.getPlaceholderDetails().getPlaceholder() == Placeholder.SLIDE_NUMBER)
                    .map(XSLFTextShape::getText).toList();
            if (slide.getSlideNumber() == 1) {
                assertThat(numbers).isEmpty();
            } else {
                assertThat(numbers).containsExactly(Integer.toString(slide.getSlideNumber()));
            }
        }
    }

    @Test
    void eachKindOfSlideUsesItsOwnLayout() {
        for (Slide planned : result.plan().slides()) {
            String layout = deck.getSlides().get(planned.number() - 1).getSlideLayout().getName();
            String expected = switch (planned.kind()) {
                case "title" -> "Title Slide";
                case "section", "closing" -> "Section Header";
                case "statement", "quote" -> "Statement";
                case "claims", "agenda", "discussion" -> "Title and Content";
                case "claims with picture" -> "Picture with Caption";
                case "picture" -> "Picture";
                default -> "Title Only";
            };
            assertThat(layout).as("slide %d", planned.number()).isEqualTo(expected);
        }
    }

    @Test
    void everyColourAndFontComesFromTheThemeSoPowerPointsDesignTabRestylesTheDeck() throws IOException {
        try (var zip = new java.util.zip.ZipFile(result.deck().toFile())) {
            List<String> parts = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("ppt/slide") && n.endsWith(".xml")).toList();
            assertThat(parts).anyMatch(n -> n.startsWith("ppt/slideLayouts/")).anyMatch(n -> n.startsWith("ppt/slideMasters/"));
            for (String part : parts) {
                String xml = new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xml).as(part).doesNotContain("<a:srgbClr").doesNotContain("<a:sysClr").doesNotContain("<a:prstClr");
                assertThat(xml.replaceAll("typeface=\"\\+m[nj]-lt\"", "").replaceAll("<a:buFont typeface=\"[^\"]*\"", ""))
                        .as(part).doesNotContain("<a:latin typeface=");
            }
        }
    }

    @Test
    void theSlideSorterHasASectionForTheTitleAndEachTopLevelSection() throws IOException {
        List<String> headings = essay.sections().stream().filter(s -> s.level() == 2).map(Section::heading).toList();
        String presentation;
        try (var zip = new java.util.zip.ZipFile(result.deck().toFile())) {
            presentation = new String(zip.getInputStream(zip.getEntry("ppt/presentation.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        var names = java.util.regex.Pattern.compile("<(?:p14:)?section name=\"([^\"]*)\"").matcher(presentation).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
        List<String> expected = new ArrayList<>(List.of("When execution collapses"));
        expected.addAll(headings);
        assertThat(names).isEqualTo(expected);
        var ids = java.util.regex.Pattern.compile("<(?:p14:)?sldId id=\"(\\d+)\"").matcher(presentation).results().count();
        assertThat(ids).isEqualTo(deck.getSlides().size());
    }

    @Test
    void theBuildWarnsAboutNothing() throws IOException {
        assertThat(Seed.warnings().all()).isEmpty();
    }

    /** The title placeholder's text; POI's getTitle() misses the title slide's centred title. */
    private static String titleOf(XSLFSlide slide) {
        return java.util.Arrays.stream(slide.getPlaceholders()).filter(p -> p.getPlaceholderDetails().getPlaceholder() == Placeholder.TITLE
                || p.getPlaceholderDetails().getPlaceholder() == Placeholder.CENTERED_TITLE)
                .map(XSLFTextShape::getText).findFirst().orElse(null);
    }

    /** A crop edge as a fraction; the schema's type is a union, so it arrives as an Object. */
    private static double share(Object edge) {
        return edge == null ? 0 : Double.parseDouble(edge.toString().replace("%", "")) / (edge.toString().endsWith("%") ? 100 : 100_000);
    }

    private static void collect(List<Block> blocks, List<String> into) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                into.add(p.text());
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collect(quote.blocks(), into);
            }
        }
    }

    private String notesText(XSLFSlide slide) {
        XSLFNotes notes = slide.getNotes();
        if (notes == null) {
            return "";
        }
        return notes.getTextParagraphs().stream().flatMap(List::stream)
                .map(p -> p.getText()).collect(Collectors.joining("\n"));
    }

    private static String slideText(XSLFSlide slide) {
        return slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
