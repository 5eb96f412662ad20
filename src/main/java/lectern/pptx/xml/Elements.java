package lectern.pptx.xml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Edits to a part's XML that POI's typed API cannot make: the types are missing from its reduced schema jar
 * (picture effects, {@code p:ph/@orient}, {@code p14} sections), or POI has no call for the edit (drawing order).
 * Reads across a part's shapes go here too: POI's lists of them are stale once a shape has been moved.
 * Every cursor Lectern opens is opened here, so no other class walks XML by hand.
 */
public final class Elements {
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private Elements() {
    }

    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";

    /**
     * Gives a slide its {@code p:timing}, written out in full (POI's reduced schema jar has no animation types):
     * after the slide's colour mapping and transition, before its extensions, as the schema orders them.
     */
    public static void putTiming(XmlObject slide, String timingXml) {
        XmlObject timing;
        try {
            timing = XmlObject.Factory.parse(timingXml);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("Lectern's own timing XML does not parse", e);
        }
        try (XmlCursor from = timing.newCursor(); XmlCursor to = slide.newCursor()) {
            from.toFirstChild();
            if (to.toChild(new QName(PML, "extLst"))) {
                from.copyXml(to);
            } else {
                to.toEndToken();
                from.copyXml(to);
            }
        }
    }

    /**
     * Moves a shape to a position in its shape tree's drawing order, 0 being drawn first, under everything else.
     * POI's own list of the tree's shapes is stale afterwards.
     */
    public static void moveInDrawingOrder(XmlObject tree, XmlObject shape, int position) {
        try (XmlCursor at = tree.newCursor(); XmlCursor moving = shape.newCursor()) {
            at.toFirstChild(); // nvGrpSpPr
            at.toNextSibling(); // grpSpPr
            for (int i = 0; i <= position; i++) {
                at.toNextSibling();
            }
            moving.moveXml(at);
        }
    }

    /** Moves an element to just before another, among the same parent's children. */
    public static void moveBefore(XmlObject moving, XmlObject before) {
        try (XmlCursor from = moving.newCursor(); XmlCursor to = before.newCursor()) {
            from.moveXml(to);
        }
    }

    /** A new first child, before any the element has (an extension list comes last), with the attributes given. */
    public static void prepend(XmlObject parent, QName name, String... attributes) {
        try (XmlCursor at = parent.newCursor()) {
            if (!at.toFirstChild()) {
                at.toEndToken();
            }
            at.beginElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                at.insertAttributeWithValue(attributes[i], attributes[i + 1]);
            }
        }
    }

    /** Sets an attribute without a namespace: for one whose schema type POI's reduced jar lacks. */
    public static void setAttribute(XmlObject element, String name, String value) {
        try (XmlCursor cursor = element.newCursor()) {
            if (!cursor.setAttributeText(new QName("", name), value)) {
                cursor.toNextToken();
                cursor.insertAttributeWithValue(name, value);
            }
        }
    }

    /** Removes an attribute without a namespace, when the element has it. */
    public static void removeAttribute(XmlObject element, String name) {
        if (element != null) {
            try (XmlCursor cursor = element.newCursor()) {
                cursor.removeAttribute(new QName("", name));
            }
        }
    }

    /**
     * Removes the extensions with this uri from the element's extension list ({@code extLst}, in whatever
     * namespace the element keeps it), and the list itself when nothing is left in it.
     */
    public static void removeExtension(XmlObject element, String uri) {
        try (XmlCursor list = element.newCursor()) {
            if (!list.toFirstChild()) {
                return;
            }
            do {
                if (list.getName().getLocalPart().equals("extLst")) {
                    removeExtension(list, uri);
                    return;
                }
            } while (list.toNextSibling());
        }
    }

    private static void removeExtension(XmlCursor list, String uri) {
        List<XmlObject> matching = new ArrayList<>();
        try (XmlCursor ext = list.getObject().newCursor()) {
            for (boolean more = ext.toFirstChild(); more; more = ext.toNextSibling()) {
                if (uri.equals(ext.getAttributeText(new QName("uri")))) {
                    matching.add(ext.getObject());
                }
            }
        }
        for (XmlObject ext : matching) {
            try (XmlCursor at = ext.newCursor()) {
                at.removeXml();
            }
        }
        try (XmlCursor any = list.getObject().newCursor()) {
            if (!any.toFirstChild()) {
                list.removeXml();
            }
        }
    }

    /**
     * The DrawingML elements of this name under an element, in the document's order: a walk with one cursor, where
     * XMLBeans' XPath ({@code selectPath}) compiles and runs a query per call, a twentieth of a build's time.
     */
    private static List<XmlObject> descendants(XmlObject element, String name) {
        QName wanted = new QName(DRAWING, name);
        List<XmlObject> found = new ArrayList<>();
        try (XmlCursor at = element.newCursor()) {
            int depth = 0;
            boolean more = at.toFirstChild();
            if (more) {
                depth = 1;
            }
            while (more) {
                if (wanted.equals(at.getName())) {
                    found.add(at.getObject());
                }
                if (at.toFirstChild()) {
                    depth++;
                    continue;
                }
                while (!at.toNextSibling()) {
                    at.toParent();
                    if (--depth == 0) {
                        more = false;
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The text of every DrawingML paragraph ({@code a:p}) under an element, in the document's order, wherever it
     * stands: shapes, groups, table cells. A line break reads as a newline.
     */
    public static List<String> paragraphs(XmlObject element) {
        List<String> texts = new ArrayList<>();
        for (XmlObject paragraph : descendants(element, "p")) {
            StringBuilder text = new StringBuilder();
            try (XmlCursor child = paragraph.newCursor()) {
                for (boolean more = child.toFirstChild(); more; more = child.toNextSibling()) {
                    // Runs and fields hold their text in an a:t; properties hold none.
                    text.append(child.getName().getLocalPart().equals("br") ? "\n" : child.getTextValue());
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** Every typeface named for text ({@code a:latin}) or for bullets ({@code a:buFont}) under an element. */
    public static List<String> typefaces(XmlObject element) {
        List<String> faces = new ArrayList<>();
        for (String name : List.of("latin", "buFont")) {
            for (XmlObject font : descendants(element, name)) {
                try (XmlCursor at = font.newCursor()) {
                    String face = at.getAttributeText(new QName("typeface"));
                    if (face != null) {
                        faces.add(face);
                    }
                }
            }
        }
        return faces;
    }

    /** The largest shape id among a shape tree's shapes; every kind of shape keeps its id in its first child's cNvPr. */
    public static long largestShapeId(XmlObject tree) {
        long max = 1;
        try (XmlCursor cursor = tree.newCursor()) {
            if (cursor.toFirstChild()) {
                do {
                    max = Math.max(max, idOf(cursor.getObject()));
                } while (cursor.toNextSibling());
            }
        }
        return max;
    }

    private static long idOf(XmlObject shape) {
        try (XmlCursor cursor = shape.newCursor()) {
            if (cursor.toFirstChild() && cursor.toFirstChild()) {
                String id = cursor.getAttributeText(new QName("id"));
                return id == null ? 0 : Long.parseLong(id);
            }
        }
        return 0;
    }

    /**
     * Writes new elements at the end of one, each inside the one opened before it: for XML whose types POI lacks.
     * Close it to leave the cursor.
     */
    public static Writer appendTo(XmlObject parent) {
        XmlCursor at = parent.newCursor();
        at.toEndToken();
        return new Writer(at);
    }

    /**
     * As {@link #appendTo}, inside the parent's child {@code child}: at the end of the one it has, or of a new one
     * made last.
     */
    public static Writer appendTo(XmlObject parent, QName child) {
        XmlCursor at = parent.newCursor();
        if (!at.toChild(child)) {
            at.toEndToken();
            at.beginElement(child);
        } else {
            at.toEndToken();
        }
        return new Writer(at);
    }

    /** A cursor that writes elements, opening each inside the last until it is closed. */
    public static final class Writer implements AutoCloseable {
        private final XmlCursor at;

        private Writer(XmlCursor at) {
            this.at = at;
        }

        /** Opens a new element here, with its attributes (name, value, ...); what follows goes inside it. */
        public Writer open(QName name, String... attributes) {
            at.beginElement(name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                at.insertAttributeWithValue(attributes[i], attributes[i + 1]);
            }
            return this;
        }

        /** Ends the element opened last; what follows goes after it. */
        public Writer end() {
            at.toEndToken();
            at.toNextToken();
            return this;
        }

        @Override
        public void close() {
            at.close();
        }
    }
}
