package lectern.pptx.slide;

import java.util.List;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.deck.SpeakerNotes;
import lectern.pptx.design.NotesDesign;
import lectern.pptx.xml.Placeholders;
import org.apache.poi.sl.usermodel.AutoNumberingScheme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGroupShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/** Writes a slide's speaker notes into the notes page's body placeholder, with formatting and lists kept. */
final class NotesWriter {
    private static final double INDENT = 18;
    private static final String CODE_FONT = "Courier New";
    /** Points between paragraphs (POI takes negative numbers as points, positive as percent). */
    private static final double PARAGRAPH_GAP = 6;

    private final XMLSlideShow show;
    private final RunLanguages languages;
    private boolean leanMaster;
    /** The shapes of a notes page before its text, once the first page has been made. */
    private CTGroupShape blank;
    private final NewParts parts;

    /** @param leanMaster the notes master is Lectern's own, to trim to what notes pages use once POI has made it */
    NotesWriter(XMLSlideShow show, NewParts parts, boolean leanMaster, RunLanguages languages) {
        this.show = show;
        this.parts = parts;
        this.leanMaster = leanMaster;
        this.languages = languages;
    }

    void write(XSLFSlide slide, SpeakerNotes notes) {
        if (notes.isEmpty()) {
            return;
        }
        XSLFNotes page = blank == null ? first(slide) : copy(slide);
        XSLFTextShape body = page.getShapes().stream().filter(shape -> Placeholders.is(shape, Placeholder.BODY))
                .map(XSLFTextShape.class::cast).findFirst().orElseThrow();
        for (NoteParagraph note : notes.paragraphs()) {
            paragraph(body.addNewTextParagraph(), note);
        }
    }

    /** The first notes page, made by POI from the notes master and trimmed to the slide picture and empty body. */
    private XSLFNotes first(XSLFSlide slide) {
        XSLFNotes page = show.getNotesSlide(slide);
        if (leanMaster) {
            NotesDesign.lean(show.getNotesMaster());
            leanMaster = false;
        }
        XSLFTextShape body = null;
        // POI copies the notes master's date, header, footer and number fields, with a stale date in a
        // form the schema rejects; the notes page needs only the slide picture and the text.
        for (XSLFShape shape : List.copyOf(page.getShapes())) {
            if (Placeholders.is(shape, Placeholder.BODY) && body == null) {
                body = (XSLFTextShape) shape;
            } else if (Placeholders.of(shape).map(ph -> ph.getType() != STPlaceholderType.SLD_IMG).orElse(true)) {
                page.removeShape(shape);
            }
        }
        if (body == null) {
            throw new IllegalStateException("the notes master has no body placeholder");
        }
        NotesDesign.place(page);
        body.clearText();
        blank = (CTGroupShape) page.getXmlObject().getCSld().getSpTree().copy();
        return page;
    }

    /**
     * A notes page as {@link #first} made it: POI's own way copies the master box by box, looking up every
     * inherited property as it goes, a fifth of a build; every page starts alike, so the first one's XML is copied.
     */
    private XSLFNotes copy(XSLFSlide slide) {
        // Related to the presentation as well, as POI's own notes pages are, so a deck is the same either way.
        XSLFNotes page = (XSLFNotes) show.createRelationship(XSLFRelation.NOTES, XSLFFactory.getInstance(),
                parts.notesNumber());
        slide.addRelation(null, XSLFRelation.NOTES, page);
        page.addRelation(null, XSLFRelation.NOTES_MASTER, show.getNotesMaster());
        page.addRelation(null, XSLFRelation.SLIDE, slide);
        page.getXmlObject().getCSld().setSpTree(blank);
        return page;
    }

    /** The highest number a list item can start at in PowerPoint (ST_TextBulletStartAtNum). */
    private static final int LAST_AUTO_NUMBER = 32767;

    private void paragraph(XSLFTextParagraph p, NoteParagraph note) {
        double margin = INDENT * note.depth();
        switch (note.style()) {
            case BULLET -> {
                p.setBullet(true);
                p.setBulletCharacter("\u2022");
                margin += INDENT;
                p.setIndent(-INDENT);
            }
            case NUMBERED -> {
                // Each item states its own number: readers differ on whether a nested list in between
                // continues or restarts a sequence, but all agree on an explicit start.
                if (note.number() >= 1 && note.number() <= LAST_AUTO_NUMBER) {
                    p.setBulletAutoNumber(AutoNumberingScheme.arabicPeriod, note.number());
                } else {
                    // PowerPoint numbers lists from 1 to 32767; any other number the author chose is written out.
                    p.setBullet(false);
                    languages.add(p, note.number() + ". ");
                }
                margin += INDENT;
                p.setIndent(-INDENT);
            }
            case QUOTE -> {
                margin += INDENT;
                p.setIndent(0.0);
            }
            case CUE -> {
                // Lectern's word to the presenter, set apart from the author's prose.
                p.setBullet(false);
                p.setIndent(0.0);
            }
            case FOOTNOTE -> {
                // The footnote's number, as the marker in the text above shows it.
                p.setBullet(false);
                p.setIndent(0.0);
                languages.add(p, "[" + note.number() + "] ");
            }
            default -> {
                p.setBullet(false);
                p.setIndent(0.0);
            }
        }
        // Spelled out on every paragraph: LibreOffice ignores the notes master's paragraph style.
        p.setLeftMargin(margin);
        p.setSpaceBefore(-PARAGRAPH_GAP);
        for (Run run : note.runs()) {
            String[] lines = run.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.addLineBreak();
                }
                if (lines[i].isEmpty()) {
                    continue;
                }
                if (run.code() || note.style() == NoteParagraph.Style.CODE) {
                    text(languages.add(p, lines[i]), run, note.style());
                } else {
                    languages.add(p, lines[i], note.text()).forEach(r -> text(r, run, note.style()));
                }
            }
        }
        if (p.getTextRuns().isEmpty()) {
            languages.add(p, "");
        }
        languages.direction(p, note.text());
    }

    private static void text(XSLFTextRun r, Run run, NoteParagraph.Style style) {
        if (run.bold() || style == NoteParagraph.Style.HEADING) {
            r.setBold(true);
        }
        if (run.italic() || style == NoteParagraph.Style.QUOTE || style == NoteParagraph.Style.CUE) {
            r.setItalic(true);
        }
        if (run.code() || style == NoteParagraph.Style.CODE) {
            r.setFontFamily(CODE_FONT);
        }
        if (run.isLink()) {
            Links.add(r, run.link());
        }
    }
}
