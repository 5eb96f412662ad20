package lectern.pptx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.deck.SpeakerNotes;
import lectern.pptx.slide.ShapeNames;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * What {@link DeckReader} reads off one slide's shapes: the text of a placeholder, the code boxes and pictures
 * Lectern drew (told by their names), and the notes without Lectern's cue lines.
 */
final class SlideShapes {
    private static final String PICTURE_NAME = ShapeNames.PICTURE;
    private static final String GAP_NAME = ShapeNames.GAP;
    private static final String CODE_NAME = ShapeNames.CODE;

    private SlideShapes() {
    }

    /** The text's paragraphs, bold kept; empty paragraphs (an emptied box) left out. */
    static List<List<Claim.Span>> paragraphs(XSLFTextShape shape) {
        List<List<Claim.Span>> paragraphs = new ArrayList<>();
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            List<Claim.Span> spans = new ArrayList<>();
            for (XSLFTextRun run : paragraph.getTextRuns()) {
                if (!run.getRawText().isEmpty()) {
                    spans.add(new Claim.Span(run.getRawText(), run.isBold()));
                }
            }
            if (spans.stream().anyMatch(span -> !span.text().isBlank())) {
                paragraphs.add(spans);
            }
        }
        return paragraphs;
    }

    /** The code boxes Lectern drew, by their names ("Code: bash"), each with its lines as the slide shows them. */
    static List<Figure.Listing> code(XSLFSlide slide) {
        List<Figure.Listing> listings = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            String name = shape.getShapeName() == null ? "" : shape.getShapeName();
            if (shape instanceof XSLFTextShape box && Placeholders.of(shape).isEmpty()
                    && (name.equals(CODE_NAME) || name.startsWith(CODE_NAME + ": "))) {
                List<XSLFTextParagraph> lines = box.getTextParagraphs();
                // A list item's words over its code are set in the slide's face, not the code's.
                boolean labelled = !lines.isEmpty() && !lines.get(0).getTextRuns().isEmpty()
                        && !lectern.layout.Fonts.CODE.equals(lines.get(0).getTextRuns().get(0).getFontFamily());
                listings.add(new Figure.Listing(name.length() > CODE_NAME.length() + 2 ? name.substring(CODE_NAME.length() + 2) : "",
                        lines.subList(labelled ? 1 : 0, lines.size()).stream().map(XSLFTextParagraph::getText).toList(), 0,
                        labelled ? lines.get(0).getText() : ""));
            }
        }
        return listings;
    }

    static List<DeckReader.DeckPicture> pictures(XSLFSlide slide) {
        List<DeckReader.DeckPicture> pictures = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFPictureShape picture) {
                var properties = ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr();
                String name = properties.getName() == null ? "" : properties.getName();
                String file = name.startsWith(PICTURE_NAME) ? name.substring(PICTURE_NAME.length()) : name;
                pictures.add(new DeckReader.DeckPicture(file, properties.getDescr() == null ? "" : properties.getDescr(),
                        Optional.empty()));
            } else if (shape instanceof XSLFAutoShape gap && GAP_NAME.equals(gap.getShapeName())) {
                // The gap's second line is the build's reason; its alt text names the picture that belongs there.
                var properties = ((CTShape) gap.getXmlObject()).getNvSpPr().getCNvPr();
                List<XSLFTextParagraph> lines = gap.getTextParagraphs();
                String why = lines.size() > 1 ? lines.get(1).getText() : "the picture could not be used";
                String alt = properties.getDescr() == null ? "" : properties.getDescr().replaceFirst("^Missing picture: ", "");
                pictures.add(new DeckReader.DeckPicture(alt, alt, Optional.of(why)));
            }
        }
        return pictures;
    }

    /** The notes' lines as the presenter reads them, Lectern's cues (time, what comes next) left out. */
    static SpeakerNotes notes(XSLFSlide slide) {
        return new SpeakerNotes(Placeholders.notesLines(slide).stream().filter(line -> !line.isBlank() && !NoteParagraph.isCue(line))
                .map(line -> new NoteParagraph(NoteParagraph.Style.PROSE, 0, 0, List.of(Run.plain(line)))).toList());
    }
}
