package lectern.pptx.slide;

import java.util.ArrayList;
import java.util.List;
import lectern.layout.Scripts;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;

/**
 * Says which language each run of a deck is in, so PowerPoint spell-checks and a screen reader reads it in that
 * language's voice, and which way each paragraph runs. POI marks every run it makes en-US.
 */
public final class RunLanguages {
    private final String deck;

    /** @param deck the deck's language, a BCP 47 tag */
    public RunLanguages(String deck) {
        this.deck = deck;
    }

    /**
     * Adds text to a paragraph as one run per script, each in its language; returns them, to be styled alike.
     *
     * @param paragraph the paragraph's whole text, which tells Japanese Han from Chinese
     */
    List<XSLFTextRun> add(XSLFTextParagraph to, String text, String paragraph) {
        List<XSLFTextRun> runs = new ArrayList<>();
        for (Scripts.Stretch stretch : Scripts.stretches(text, paragraph, deck)) {
            XSLFTextRun run = to.addNewTextRun();
            run.setText(stretch.text());
            say(run, stretch.language());
            runs.add(run);
        }
        return runs;
    }

    /** A run in the deck's language: code, and Lectern's own words. */
    XSLFTextRun add(XSLFTextParagraph to, String text) {
        XSLFTextRun run = to.addNewTextRun();
        run.setText(text);
        say(run, deck);
        return run;
    }

    private static void say(XSLFTextRun run, String language) {
        CTRegularTextRun xml = (CTRegularTextRun) run.getXmlObject();
        (xml.isSetRPr() ? xml.getRPr() : xml.addNewRPr()).setLang(language);
    }

    /**
     * Sets a paragraph that reads right to left as such, its alignment mirrored as PowerPoint mirrors it when one
     * switches a paragraph's direction: DrawingML's left and right are the page's, not the reading's.
     */
    void direction(XSLFTextParagraph paragraph, String text) {
        if (!Scripts.rightToLeft(text)) {
            return;
        }
        TextAlign align = paragraph.getTextAlign();
        CTTextParagraphProperties properties = paragraph.getXmlObject().isSetPPr() ? paragraph.getXmlObject().getPPr()
                : paragraph.getXmlObject().addNewPPr();
        properties.setRtl(true);
        if (align == null || align == TextAlign.LEFT) {
            paragraph.setTextAlign(TextAlign.RIGHT);
        } else if (align == TextAlign.RIGHT) {
            paragraph.setTextAlign(TextAlign.LEFT);
        }
    }
}
