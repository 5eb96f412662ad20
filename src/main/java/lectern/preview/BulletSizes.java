package lectern.preview;

import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Bullets "as large as the text" drawn as PowerPoint draws them. A deck says so with {@code a:buSzTx}, which
 * POI's renderer does not know: it takes the master's bullet size instead, and an agenda's numbers came out
 * half the size of their lines. In the copy of the deck the preview draws from, the same is said as 100 %.
 */
final class BulletSizes {
    private BulletSizes() {
    }

    static void followText(XSLFSlide slide) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                    var properties = paragraph.getXmlObject().getPPr();
                    if (properties != null && properties.isSetBuSzTx()) {
                        properties.unsetBuSzTx();
                        properties.addNewBuSzPct().setVal("100%");
                    }
                }
            }
        }
    }
}
