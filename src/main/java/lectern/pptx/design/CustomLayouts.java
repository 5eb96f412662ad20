package lectern.pptx.design;

import java.util.List;
import lectern.pptx.xml.Elements;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;
import org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType;

/**
 * Lectern's two layouts that PowerPoint has no name for, "Statement" and "Picture", made from the two
 * vertical-text layouts of POI's blank deck, which an essay never needs. Reusing their parts keeps the
 * master's layout list and relations as POI made them.
 *
 * <p>This edits the layouts' XML directly, so it must run before anything asks POI for their shapes.
 */
final class CustomLayouts {
    private CustomLayouts() {
    }

    static void make(XSLFSlideMaster master) {
        statement(master.getLayout(SlideLayout.VERT_TX));
        picture(master.getLayout(SlideLayout.VERT_TITLE_AND_TX));
    }

    /** A title for the statement itself and a text placeholder for the heading it comes from. */
    private static void statement(XSLFSlideLayout layout) {
        CTSlideLayout xml = custom(layout, LayoutNames.STATEMENT);
        for (CTShape shape : xml.getCSld().getSpTree().getSpList()) {
            horizontal(shape);
            if (placeholder(shape).getType() == STPlaceholderType.BODY) {
                shape.getNvSpPr().getCNvPr().setName("Text Placeholder 2");
            }
        }
    }

    /** A picture placeholder under the whole slide, and a title over its lower part. */
    private static void picture(XSLFSlideLayout layout) {
        CTSlideLayout xml = custom(layout, LayoutNames.PICTURE);
        List<CTShape> shapes = List.of(xml.getCSld().getSpTree().getSpArray());
        CTShape title = null;
        CTShape picture = null;
        for (CTShape shape : shapes) {
            horizontal(shape);
            CTPlaceholder ph = placeholder(shape);
            if (ph.getType() == STPlaceholderType.TITLE) {
                shape.getNvSpPr().getCNvPr().setName("Title 1");
                title = shape;
            } else if (ph.getType() == STPlaceholderType.BODY) {
                ph.setType(STPlaceholderType.PIC);
                shape.getNvSpPr().getCNvPr().setName("Picture Placeholder 2");
                CTTextBody text = shape.getTxBody();
                while (text.sizeOfPArray() > 0) {
                    text.removeP(0);
                }
                text.addNewP();
                picture = shape;
            }
        }
        if (title != null && picture != null) {
            // Drawn first, so a picture the user drops into it lies under the title.
            Elements.moveBefore(picture, title);
        }
    }

    private static CTSlideLayout custom(XSLFSlideLayout layout, String name) {
        CTSlideLayout xml = layout.getXmlObject();
        xml.setType(STSlideLayoutType.CUST);
        xml.getCSld().setName(name);
        return xml;
    }

    private static CTPlaceholder placeholder(CTShape shape) {
        return shape.getNvSpPr().getNvPr().getPh();
    }

    /** Drops the vertical text direction; through a cursor, as its type is not in POI's reduced schema jar. */
    private static void horizontal(CTShape shape) {
        Elements.removeAttribute(placeholder(shape), "orient");
        if (shape.getTxBody() != null) {
            Elements.removeAttribute(shape.getTxBody().getBodyPr(), "vert");
        }
    }
}
