package lectern.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates every XML part of a .pptx against the full ECMA-376 schemas (poi-ooxml-full's type system,
 * which the test classpath puts before poi-ooxml-lite's subset). PowerPoint is stricter than POI: a part
 * POI reads happily can still make PowerPoint offer to "repair" the deck, which this catches.
 */
public final class OoxmlSchemas {
    /** OPC core properties: Dublin Core, which ECMA-376 Part 2 defines but the full type system may lack. */
    private static final String CORE_PROPERTIES = "/docProps/core.xml";
    private static final QName CORE_ROOT = new QName(
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties");

    private static final QName RELATIONSHIPS = new QName(
            "http://schemas.openxmlformats.org/package/2006/relationships", "Relationships");

    private OoxmlSchemas() {
    }

    /** Every schema problem in the deck's XML parts, as "/part/name.xml: error: message"; empty when valid. */
    public static List<String> problems(Path pptx) throws IOException {
        SchemaTypeSystem schemas = TypeSystemHolder.typeSystem;
        List<String> problems = new ArrayList<>();
        // The package names the parts and their types. Their bytes come straight from the zip: POI serves
        // core properties from its own model (getInputStream() refuses), and we want what was written.
        try (OPCPackage pkg = OPCPackage.open(pptx.toFile(), PackageAccess.READ); ZipFile zip = new ZipFile(pptx.toFile())) {
            // getParts() lists relationship parts too; [Content_Types].xml is not a part and is not listed.
            for (PackagePart part : pkg.getParts()) {
                // Pictures are not OOXML even when they are XML (an SVG): only the deck's own parts are checked.
                if (part.getContentType().endsWith("xml") && !part.getContentType().startsWith("image/")) {
                    String name = part.getPartName().getName();
                    ZipEntry entry = zip.getEntry(part.getPartName().getURI().getPath().substring(1));
                    if (entry == null) {
                        problems.add(name + ": error: listed by the package but not found in the zip");
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        check(schemas, name, in, problems);
                    }
                }
            }
        } catch (InvalidFormatException e) {
            problems.add(pptx + ": not an OPC package: " + e.getMessage());
        }
        return problems;
    }

    private static void check(SchemaTypeSystem schemas, String name, InputStream in, List<String> problems)
            throws IOException {
        XmlObject document;
        try {
            document = schemas.parse(in, null, new XmlOptions().setLoadLineNumbers());
        } catch (XmlException e) {
            problems.add(name + ": error: not well-formed: " + e.getMessage());
            return;
        }
        SchemaType type = document.schemaType();
        if (type == XmlObject.type || type.isNoType() || type.getDocumentElementName() == null) {
            QName root = rootName(document);
            // poi-ooxml-lite has no schema for relationship parts; should it ever shadow the full type system,
            // they can only be checked for well-formedness, which parsing them just did.
            if (RELATIONSHIPS.equals(root) && schemas.findDocumentType(RELATIONSHIPS) == null) {
                return;
            }
            // The full type system has no schema for core properties (checked: it knows no element in their
            // namespace), so for them well-formed with the right document element is as far as it goes.
            if (!name.equals(CORE_PROPERTIES) || !CORE_ROOT.equals(root)) {
                problems.add(name + ": error: document element " + root + " is not in the ECMA-376 schemas");
            }
            return;
        }
        List<XmlError> errors = new ArrayList<>();
        if (!document.validate(new XmlOptions().setErrorListener(errors)) && errors.isEmpty()) {
            problems.add(name + ": error: invalid, with no message from the validator");
        }
        for (XmlError error : errors) {
            problems.add(name + ": " + severity(error) + ": " + error.getMessage() + where(error));
        }
    }

    /**
     * Where in the part the error is, as an element path: POI writes each part on one line, so a line
     * number would not say which shape is at fault.
     */
    private static String where(XmlError error) {
        XmlCursor location = error.getCursorLocation();
        if (location == null) {
            return error.getLine() > 0 ? " (line " + error.getLine() + ")" : "";
        }
        Deque<String> steps = new ArrayDeque<>();
        try (XmlCursor at = location.newCursor()) {
            if (!at.isStart()) {
                at.toParent(); // from an attribute or text to its element
            }
            while (at.isStart()) {
                steps.addFirst(step(at));
                at.toParent();
            }
        }
        return " (at /" + String.join("/", steps) + ")";
    }

    /** One element of a path, "p:sp[3]" when it has siblings of its name. */
    private static String step(XmlCursor element) {
        QName name = element.getName();
        String step = name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
        int index = 1;
        boolean others = false;
        try (XmlCursor sibling = element.newCursor()) {
            while (sibling.toPrevSibling()) {
                if (sibling.getName().equals(name)) {
                    index++;
                }
            }
        }
        try (XmlCursor sibling = element.newCursor()) {
            while (!others && sibling.toNextSibling()) {
                others = sibling.getName().equals(name);
            }
        }
        return index > 1 || others ? step + "[" + index + "]" : step;
    }

    private static QName rootName(XmlObject document) {
        try (var cursor = document.newCursor()) {
            return cursor.toFirstChild() ? cursor.getName() : null;
        }
    }

    private static String severity(XmlError error) {
        return switch (error.getSeverity()) {
            case XmlError.SEVERITY_WARNING -> "warning";
            case XmlError.SEVERITY_INFO -> "info";
            default -> "error";
        };
    }
}
