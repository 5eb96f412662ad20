package lectern.pptx.xml;

import javax.xml.namespace.QName;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * Marks a shape as decoration, as PowerPoint's "Mark as decorative" does (the Office 2019 extension): screen
 * readers pass over it, and the Accessibility Checker asks no alternative text of it. Older readers ignore it.
 */
public final class Decorative {
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative";
    /** The extension's identifier, as PowerPoint writes it. */
    public static final String EXTENSION = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";

    private Decorative() {
    }

    /** Whether a shape (its whole XML) is marked decorative. */
    public static boolean is(org.apache.xmlbeans.XmlObject shape) {
        return shape.xmlText().contains(EXTENSION);
    }

    public static void mark(CTNonVisualDrawingProps shape) {
        try (Elements.Writer at = Elements.appendTo(shape)) {
            at.open(new QName(DRAWING, "extLst", "a"))
                    .open(new QName(DRAWING, "ext", "a"), "uri", EXTENSION)
                    .open(new QName(ADEC, "decorative", "adec"), "val", "1");
        }
    }
}
