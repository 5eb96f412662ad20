package lectern.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A .pptx read as the zip it is, with the JDK's own zip and DOM parser and none of POI: what the package says of
 * itself (its content types, its parts' relationships), for checks that must not share POI's view of a deck.
 */
public final class Zipped {
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
    static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The package's own relationships are those of this pseudo part. */
    public static final String ROOT = "/";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /**
     * One relationship, its target resolved to a part name ({@code /ppt/slides/slide1.xml}) when internal.
     *
     * @param kind the relationship type's last segment: slide, notesSlide, theme...
     */
    public record Relationship(String id, String type, String kind, String target, boolean external) {
    }

    private Zipped(Path pptx) throws IOException {
        try (ZipFile zip = new ZipFile(pptx.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.isDirectory()) {
                    entries.put("/" + entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
    }

    public static Zipped read(Path pptx) throws IOException {
        return new Zipped(pptx);
    }

    /** Every entry's part name, {@code /[Content_Types].xml} and the relationship parts among them. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public boolean has(String part) {
        return entries.containsKey(part);
    }

    /** A part's text, as it stands in the package. */
    public String text(String part) throws IOException {
        byte[] bytes = entries.get(part);
        if (bytes == null) {
            throw new IOException(part + " is not in the package");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Document xml(String part) throws IOException {
        byte[] bytes = entries.get(part);
        if (bytes == null) {
            throw new IOException(part + " is not in the package");
        }
        try {
            return parser().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    /** The part whose relationships a relationship part holds; {@link #ROOT} for the package's own. */
    public static Optional<String> sourceOf(String relationshipPart) {
        int rels = relationshipPart.lastIndexOf("/_rels/");
        if (rels < 0 || !relationshipPart.endsWith(".rels")) {
            return Optional.empty();
        }
        String folder = relationshipPart.substring(0, rels + 1);
        String name = relationshipPart.substring(rels + "/_rels/".length(), relationshipPart.length() - ".rels".length());
        return Optional.of(name.isEmpty() ? ROOT : folder + name);
    }

    /** Where a part's relationships are kept. */
    public static String relationshipPartOf(String part) {
        if (part.equals(ROOT)) {
            return "/_rels/.rels";
        }
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part's relationships, in the order written; none when it has no relationship part. */
    public List<Relationship> relationships(String part) throws IOException {
        String rels = relationshipPartOf(part);
        if (!has(rels)) {
            return List.of();
        }
        List<Relationship> found = new ArrayList<>();
        NodeList list = xml(rels).getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element relationship = (Element) list.item(i);
            String type = relationship.getAttribute("Type");
            boolean external = "External".equals(relationship.getAttribute("TargetMode"));
            String target = relationship.getAttribute("Target");
            found.add(new Relationship(relationship.getAttribute("Id"), type, type.substring(type.lastIndexOf('/') + 1),
                    external ? target : resolve(part, target), external));
        }
        return found;
    }

    /** The parts the package's relationships lead to of one kind, in order: the presentation, say. */
    public List<String> targets(String part, String kind) throws IOException {
        return relationships(part).stream().filter(r -> r.kind().equals(kind) && !r.external())
                .map(Relationship::target).toList();
    }

    /** Content types by part name, as [Content_Types].xml gives them: its overrides, else its defaults by extension. */
    public Map<String, String> overrides() throws IOException {
        return contentTypes("Override", "PartName");
    }

    public Map<String, String> defaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        contentTypes("Default", "Extension").forEach((ext, type) -> defaults.put(ext.toLowerCase(Locale.ROOT), type));
        return defaults;
    }

    public Optional<String> contentType(String part) throws IOException {
        String override = overrides().get(part);
        if (override != null) {
            return Optional.of(override);
        }
        String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(defaults().get(extension));
    }

    private Map<String, String> contentTypes(String element, String key) throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        NodeList list = xml("/[Content_Types].xml").getElementsByTagNameNS(CONTENT_TYPES, element);
        for (int i = 0; i < list.getLength(); i++) {
            Element type = (Element) list.item(i);
            types.put(type.getAttribute(key), type.getAttribute("ContentType"));
        }
        return types;
    }

    /** A relationship's target, relative to its source part's folder unless it starts at the root, as a part name. */
    static String resolve(String source, String target) {
        String decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        String base = source.equals(ROOT) ? "/" : source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> path = new ArrayDeque<>();
        for (String segment : (decoded.startsWith("/") ? decoded : base + decoded).split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return "/" + String.join("/", path);
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
