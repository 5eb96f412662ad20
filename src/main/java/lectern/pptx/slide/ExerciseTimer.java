package lectern.pptx.slide;

import lectern.layout.Frame;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Decorative;
import lectern.pptx.xml.Elements;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * The bar under an exercise that runs down over its timebox while the slide is shown: a thin bar in the theme's
 * accent colour, and an exit "Wipe" animation as long as the timebox that starts by itself when the slide comes
 * up (PowerPoint's "After Previous" as the slide's first effect). Plain {@code p:timing}, no macro, so
 * PowerPoint, Keynote's import and LibreOffice's slide show all play it; editable in the Animation Pane.
 */
final class ExerciseTimer {
    static final String NAME = "Exercise timer";
    private static final double HEIGHT = 6;
    private static final double GAP = 4;
    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private ExerciseTimer() {
    }

    /**
     * @param body        the exercise's text box: the bar runs along its foot
     * @param slideHeight the bar stays on the slide when the box reaches its bottom
     */
    static void add(XSLFSlide slide, int minutes, Frame body, double slideHeight) {
        double y = Math.min(body.y() + body.height() + GAP, slideHeight - HEIGHT - GAP);
        XSLFAutoShape bar = slide.createAutoShape();
        bar.setShapeType(ShapeType.RECT);
        bar.setAnchor(Box.of(body.x(), y, body.width(), HEIGHT));
        CTShape sp = (CTShape) bar.getXmlObject();
        var properties = sp.getNvSpPr().getCNvPr();
        properties.setName(NAME);
        properties.setDescr("Runs down over the exercise's " + minutes + " min");
        // Decoration: the label above says the time in words.
        Decorative.mark(properties);
        sp.getSpPr().addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_1);
        sp.getSpPr().addNewLn().addNewNoFill();
        timing(slide, properties.getId(), minutes * 60_000L);
    }

    /** The slide's timing: one exit wipe of the bar from its right end, {@code millis} long, on its own. */
    private static void timing(XSLFSlide slide, long shape, long millis) {
        String xml = """
                <p:timing xmlns:p="%1$s"><p:tnLst><p:par>\
                <p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>\
                <p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>\
                <p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="indefinite"/>\
                <p:cond evt="onBegin" delay="0"><p:tn val="2"/></p:cond></p:stCondLst><p:childTnLst>\
                <p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>\
                <p:par><p:cTn id="5" presetID="22" presetClass="exit" presetSubtype="2" fill="hold" nodeType="afterEffect">\
                <p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>\
                <p:animEffect transition="out" filter="wipe(right)"><p:cBhvr><p:cTn id="6" dur="%3$d"/>\
                <p:tgtEl><p:spTgt spid="%2$d"/></p:tgtEl></p:cBhvr></p:animEffect>\
                <p:set><p:cBhvr><p:cTn id="7" dur="1" fill="hold"><p:stCondLst><p:cond delay="%4$d"/></p:stCondLst></p:cTn>\
                <p:tgtEl><p:spTgt spid="%2$d"/></p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName>\
                </p:attrNameLst></p:cBhvr><p:to><p:strVal val="hidden"/></p:to></p:set>\
                </p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>\
                </p:childTnLst></p:cTn><p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl>\
                </p:cond></p:prevCondLst><p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl>\
                </p:cond></p:nextCondLst></p:seq></p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>"""
                .formatted(PML, shape, millis, millis - 1);
        Elements.putTiming(slide.getXmlObject(), xml);
    }
}
