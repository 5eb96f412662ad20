package lectern.picture;

import java.io.IOException;
import java.util.Locale;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.dom.util.SAXIOException;
import org.apache.batik.parser.ParseException;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.DOMException;
import org.xml.sax.SAXParseException;

/**
 * An SVG Batik cannot draw, and why, in one line for the author: Batik's own reason, without the location line it
 * starts with, the whole {@code data:} picture it may quote, or the name of a Java class.
 */
final class Undrawable extends IOException {
    /** Long enough for any of Batik's reasons with a short name in it, short enough to read in a warning. */
    private static final int LONGEST = 160;

    Undrawable(String reason) {
        super(reason);
    }

    /** Why Batik failed on an SVG, in words; its own message only when it is one of Batik's, meant for people. */
    static Undrawable because(Exception e) {
        if (e instanceof Undrawable undrawable) {
            return undrawable;
        }
        if (e instanceof SAXIOException sax && sax.getSAXException() instanceof SAXParseException parse) {
            return notWellFormed(parse);
        }
        if (e instanceof IOException && String.valueOf(e.getMessage()).startsWith("Root element namespace")) {
            // Batik, browsers and PowerPoint all read an SVG by its namespace, which hand-written ones forget.
            return new Undrawable("its first element is not <svg xmlns=\"" + SVGConstants.SVG_NAMESPACE_URI + "\">");
        }
        if (e instanceof SAXIOException || e instanceof BridgeException || e instanceof ParseException
                || e instanceof DOMException) {
            String reason = shortened(e.getMessage());
            if (!reason.isEmpty()) {
                return new Undrawable(reason);
            }
        }
        // Anything else is a fault inside Batik, whose message would only name its classes.
        return new Undrawable("Batik, which draws it for readers without SVG, fails on it");
    }

    /** What the XML parser said of an SVG that is not XML, with its line. */
    static Undrawable notWellFormed(SAXParseException parse) {
        return new Undrawable("it is not well-formed XML (line " + parse.getLineNumber() + ": "
                + shortened(parse.getMessage()) + ")");
    }

    /** Batik's message as one short line. */
    static String shortened(String message) {
        if (message == null) {
            return "";
        }
        String text = message
                // Batik starts with "uri:line" on a line of its own, the uri empty for an SVG read from bytes.
                .replaceFirst("^[^\\n]*:-?\\d+\\s*\\n", "")
                // A data: address is the whole picture in base64; its type is what the author needs.
                .replaceAll("\"data:([^;,\"]*)[^\"]*\"", "\"data:$1...\"")
                // Read from bytes, the SVG has no address of its own, so Batik calls it "file:".
                .replace("\"file:#", "\"#")
                .replaceAll("\\b(?:[a-z_]\\w*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?", "")
                // The JDK's parser numbers its limits ("JAXP00010001: ... 64000 entity expansions").
                .replaceAll("\\bJAXP\\d+:\\s*", "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceFirst("\\.$", "");
        if (text.length() > LONGEST) {
            text = text.substring(0, LONGEST - 3).strip() + "...";
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            text = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
