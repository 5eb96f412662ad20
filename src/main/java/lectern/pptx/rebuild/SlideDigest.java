package lectern.pptx.rebuild;

import java.awt.Insets;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import lectern.Digest;
import lectern.deck.NoteParagraph;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFHyperlink;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTSolidColorFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextLineBreak;

/**
 * A slide reduced to what a person can change on it, hashed: its name and layout, each shape's kind, place,
 * size and rotation, its text run by run with the formatting a person sets, its pictures' bytes and crop, and
 * the speaker notes' text.
 *
 * <p>Never the slide's XML: PowerPoint writes every part anew when it saves, so the same slide comes back in
 * other bytes. For the same reason nothing PowerPoint recomputes goes in: the shrink factor of text that fits
 * itself to its box, the number a slide-number field shows, the spelling marks that split a run in two.
 */
final class SlideDigest {
    /** Enough to tell a slide's versions apart; the deck's own fingerprint is the full hash. */
    static final int LENGTH = 16;

    private SlideDigest() {
    }

    static String of(XSLFSlide slide, String name) {
        Digest digest = new Digest().add("slide").add(name).add(slide.getSlideLayout().getName()).add(slide.isHidden());
        for (XSLFShape shape : slide.getShapes()) {
            shape(digest, shape);
        }
        digest.add("notes").add(notes(slide));
        return digest.hex().substring(0, LENGTH);
    }

    private static void shape(Digest digest, XSLFShape shape) {
        digest.add("shape").add(shape.getClass().getSimpleName());
        Rectangle2D anchor = shape.getAnchor();
        if (anchor != null) {
            digest.add(Units.toEMU(anchor.getX())).add(Units.toEMU(anchor.getY()))
                    .add(Units.toEMU(anchor.getWidth())).add(Units.toEMU(anchor.getHeight()));
        }
        if (shape instanceof XSLFSimpleShape simple) {
            digest.add(Math.round(simple.getRotation() * 60_000)).add(simple.getFlipHorizontal())
                    .add(simple.getFlipVertical()).add(String.valueOf(simple.getShapeType()));
        }
        if (shape instanceof XSLFTextShape text) {
            text(digest, text.getTextParagraphs());
        }
        if (shape instanceof XSLFPictureShape picture) {
            XSLFPictureData data = picture.getPictureData();
            digest.add(data == null ? "linked " + picture.getPictureLink() : Digest.of(data.getData()));
            Insets crop = picture.getClipping();
            if (crop != null) {
                digest.add(crop.top).add(crop.left).add(crop.bottom).add(crop.right);
            }
        }
        if (shape instanceof XSLFGroupShape group) {
            for (XSLFShape inside : group.getShapes()) {
                shape(digest, inside);
            }
            digest.add("end of group");
        }
        if (shape instanceof XSLFTable table) {
            for (XSLFTableRow row : table.getRows()) {
                digest.add("row");
                for (XSLFTableCell cell : row.getCells()) {
                    digest.add("cell");
                    text(digest, cell.getTextParagraphs());
                }
            }
        }
    }

    private static void text(Digest digest, List<XSLFTextParagraph> paragraphs) {
        for (XSLFTextParagraph paragraph : paragraphs) {
            digest.add("paragraph").add(paragraph.getIndentLevel()).add(String.valueOf(paragraph.getTextAlign()));
            for (Span span : spans(paragraph)) {
                digest.add(span.look).add(span.text.toString());
            }
        }
    }

    /** Text that looks the same throughout, however many runs it is stored in. */
    private record Span(String look, StringBuilder text) {
    }

    private static List<Span> spans(XSLFTextParagraph paragraph) {
        List<Span> spans = new ArrayList<>();
        for (XSLFTextRun run : paragraph.getTextRuns()) {
            XmlObject xml = run.getXmlObject();
            if (xml instanceof CTTextLineBreak) {
                spans.add(new Span("line break", new StringBuilder()));
            } else if (xml instanceof CTTextField field) {
                // A field's text is what PowerPoint last computed for it (the slide's number, today's date).
                spans.add(new Span("field " + field.getType() + " " + look(run), new StringBuilder()));
            } else if (!run.getRawText().isEmpty()) {
                String look = look(run);
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && last.look.equals(look)) {
                    last.text.append(run.getRawText());
                } else {
                    spans.add(new Span(look, new StringBuilder(run.getRawText())));
                }
            }
        }
        return spans;
    }

    /**
     * What a person sets on a run. The size is the run's own, not the size shown: that includes the shrink
     * PowerPoint recomputes for text that fits itself to its box.
     */
    private static String look(XSLFTextRun run) {
        CTTextCharacterProperties own = run.getRPr(false);
        XSLFHyperlink link = run.getHyperlink();
        return String.join("|", "b" + run.isBold(), "i" + run.isItalic(), "u" + run.isUnderlined(),
                "sz" + (own != null && own.isSetSz() ? own.getSz() : ""),
                "font" + (own != null && own.isSetLatin() ? own.getLatin().getTypeface() : ""),
                "colour" + (own != null && own.isSetSolidFill() ? colour(own.getSolidFill()) : ""),
                "link" + (link == null ? "" : Objects.toString(link.getAddress(), "")));
    }

    private static String colour(CTSolidColorFillProperties fill) {
        if (fill.isSetSrgbClr()) {
            return HexFormat.of().formatHex(fill.getSrgbClr().getVal());
        }
        return fill.isSetSchemeClr() ? fill.getSchemeClr().getVal().toString() : "other";
    }

    private static String notes(XSLFSlide slide) {
        // Lectern's cues (time, what comes next) change with the whole talk; the author's words count.
        return String.join("\n", Placeholders.notesLines(slide).stream().filter(line -> !NoteParagraph.isCue(line))
                .toList()).strip();
    }
}
