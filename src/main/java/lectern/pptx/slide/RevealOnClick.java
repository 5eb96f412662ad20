package lectern.pptx.slide;

import lectern.pptx.xml.Elements;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A slide's claims shown one click at a time, as PowerPoint's own Fade entrance "By paragraph" builds them: one
 * click effect per paragraph of the text box, in the main sequence, and the box listed as built by paragraph
 * ({@code p:bldP build="p"}), so PowerPoint's Animation Pane shows and edits it as its own, and Keynote and
 * LibreOffice play it.
 */
final class RevealOnClick {
    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
    /** How long each claim takes to fade in. */
    private static final int FADE_MILLIS = 500;

    private RevealOnClick() {
    }

    /** @param shape the text box's shape id; @param paragraphs how many paragraphs it holds, one per claim */
    static void add(XSLFSlide slide, long shape, int paragraphs) {
        StringBuilder clicks = new StringBuilder();
        int id = 3;
        for (int p = 0; p < paragraphs; p++) {
            String target = "<p:tgtEl><p:spTgt spid=\"%d\"><p:txEl><p:pRg st=\"%d\" end=\"%d\"/></p:txEl></p:spTgt></p:tgtEl>"
                    .formatted(shape, p, p);
            clicks.append("""
                    <p:par><p:cTn id="%1$d" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>\
                    <p:par><p:cTn id="%2$d" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>\
                    <p:par><p:cTn id="%3$d" presetID="10" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" \
                    nodeType="clickEffect"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>\
                    <p:set><p:cBhvr><p:cTn id="%4$d" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst>\
                    </p:cTn>%6$s<p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr>\
                    <p:to><p:strVal val="visible"/></p:to></p:set>\
                    <p:animEffect transition="in" filter="fade"><p:cBhvr><p:cTn id="%5$d" dur="%7$d"/>%6$s</p:cBhvr>\
                    </p:animEffect></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par></p:childTnLst></p:cTn></p:par>"""
                    .formatted(id, id + 1, id + 2, id + 3, id + 4, target, FADE_MILLIS));
            id += 5;
        }
        Elements.putTiming(slide.getXmlObject(), """
                <p:timing xmlns:p="%1$s"><p:tnLst><p:par>\
                <p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>\
                <p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>\
                %2$s</p:childTnLst></p:cTn><p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl>\
                </p:cond></p:prevCondLst><p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl>\
                </p:cond></p:nextCondLst></p:seq></p:childTnLst></p:cTn></p:par></p:tnLst>\
                <p:bldLst><p:bldP spid="%3$d" grpId="0" build="p"/></p:bldLst></p:timing>"""
                .formatted(PML, clicks, shape));
    }
}
