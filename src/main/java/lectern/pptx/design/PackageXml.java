package lectern.pptx.design;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A template's package read as the zip it is, before POI sees it: its content types and its parts' relationships
 * as XML, so a part can be taken out with everything that names it. Parts are named as the package names them
 * ({@code /ppt/vbaProject.bin}); the package's own relationships are those of {@link #ROOT}.
 */
final class PackageXml {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String ROOT = "/";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Elements that are nothing without the outside file or address their relationship named. */
    private static final Set<String> ONLY_A_LINK = Set.of("videoFile", "audioFile", "quickTimeFile");

    private final Map<String, byte[]> parts;
    private final Map<String, Document> changed = new HashMap<>();

    /** @param parts the zip's entries by name, in order; changed in place */
    PackageXml(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** The zip's entries as they now are. */
    Map<String, byte[]> parts() throws IOException {
        for (Map.Entry<String, Document> xml : changed.entrySet()) {
            parts.put(xml.getKey(), serialize(xml.getValue()));
        }
        changed.clear();
        return parts;
    }

    /** Every part that has relationships. */
    List<String> sources() {
        List<String> sources = new ArrayList<>();
        for (String entry : List.copyOf(parts.keySet())) {
            int rels = entry.lastIndexOf("_rels/");
            if (entry.endsWith(".rels") && rels >= 0 && (rels == 0 || entry.charAt(rels - 1) == '/')) {
                String name = entry.substring(rels + "_rels/".length(), entry.length() - ".rels".length());
                sources.add(name.isEmpty() ? ROOT : "/" + entry.substring(0, rels) + name);
            }
        }
        return sources;
    }

    List<Element> relationships(String source) throws IOException {
        String rels = relationshipsOf(source);
        if (!parts.containsKey(rels) && !changed.containsKey(rels)) {
            return List.of();
        }
        return elements(document(rels), RELATIONSHIPS, "Relationship");
    }

    void removeRelationship(String source, Element relationship) throws IOException {
        document(relationshipsOf(source));
        relationship.getParentNode().removeChild(relationship);
    }

    /** The part an internal relationship leads to, its target read from the source part's folder. */
    String target(String source, Element relationship) {
        String target = URLDecoder.decode(relationship.getAttribute("Target").replace("+", "%2B"), StandardCharsets.UTF_8);
        String base = source.substring(0, source.lastIndexOf('/') + 1);
        Deque<String> path = new ArrayDeque<>();
        for (String segment : (target.startsWith("/") ? target : base + target).split("/")) {
            if (segment.equals("..")) {
                path.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.addLast(segment);
            }
        }
        return "/" + String.join("/", path);
    }

    /** The parts of a content type, by their overrides or their extension's default. */
    List<String> partsOfType(String type) throws IOException {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Element element : elements(document(CONTENT_TYPES), TYPES, "Default")) {
            defaults.put(element.getAttribute("Extension").toLowerCase(Locale.ROOT), element.getAttribute("ContentType"));
        }
        for (Element element : elements(document(CONTENT_TYPES), TYPES, "Override")) {
            overrides.put(element.getAttribute("PartName"), element.getAttribute("ContentType"));
        }
        List<String> found = new ArrayList<>();
        for (String entry : parts.keySet()) {
            String part = "/" + entry;
            String extension = entry.substring(entry.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (type.equals(overrides.getOrDefault(part, defaults.get(extension)))) {
                found.add(part);
            }
        }
        return found;
    }

    /** Takes a part out with its relationships, its content type, and every part only they led to. */
    List<String> removeWithWhatItLeadsTo(String part) throws IOException {
        List<String> removed = new ArrayList<>();
        if (parts.remove(part.substring(1)) != null) {
            removed.add(part);
        }
        for (Element relationship : relationships(part)) {
            if (!"External".equals(relationship.getAttribute("TargetMode"))) {
                removed.addAll(removeWithWhatItLeadsTo(target(part, relationship)));
            }
        }
        parts.remove(relationshipsOf(part));
        changed.remove(relationshipsOf(part));
        for (Element override : elements(document(CONTENT_TYPES), TYPES, "Override")) {
            if (override.getAttribute("PartName").equalsIgnoreCase(part)) {
                override.getParentNode().removeChild(override);
            }
        }
        return removed;
    }

    /** @return whether any part's content type changed */
    boolean replaceContentTypes(UnaryOperator<String> replace) throws IOException {
        boolean any = false;
        for (Element override : elements(document(CONTENT_TYPES), TYPES, "Override")) {
            String type = override.getAttribute("ContentType");
            String replaced = replace.apply(type);
            if (!replaced.equals(type)) {
                override.setAttribute("ContentType", replaced);
                any = true;
            }
        }
        return any;
    }

    void removeDefaultsOfType(Predicate<String> type) throws IOException {
        for (Element element : elements(document(CONTENT_TYPES), TYPES, "Default")) {
            if (type.test(element.getAttribute("ContentType"))) {
                element.getParentNode().removeChild(element);
            }
        }
    }

    boolean isXml(String part) {
        return parts.containsKey(part.substring(1)) && part.endsWith(".xml");
    }

    Document xml(String part) throws IOException {
        return document(part.substring(1));
    }

    void write(String part, Document xml) {
        changed.put(part.substring(1), xml);
    }

    /**
     * Takes out of a part's XML what used relationships that are gone: an element that is only a link (a hyperlink,
     * a linked video) goes; otherwise the attribute naming the relationship does (a picture both linked and
     * embedded keeps what it embeds).
     */
    static void removeReferences(Element root, Set<String> ids) {
        List<Attr> attributes = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", "*");
        List<Element> elements = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.getLength(); i++) {
            elements.add((Element) all.item(i));
        }
        for (Element element : elements) {
            for (int i = 0; i < element.getAttributes().getLength(); i++) {
                Attr attribute = (Attr) element.getAttributes().item(i);
                if (R.equals(attribute.getNamespaceURI()) && ids.contains(attribute.getValue())) {
                    attributes.add(attribute);
                }
            }
        }
        for (Attr attribute : attributes) {
            Element element = attribute.getOwnerElement();
            String name = element.getLocalName();
            if (name.startsWith("hlink") || ONLY_A_LINK.contains(name)) {
                Node parent = element.getParentNode();
                if (parent != null) {
                    parent.removeChild(element);
                }
            } else {
                element.removeAttributeNode(attribute);
            }
        }
    }

    private static String relationshipsOf(String part) {
        if (part.equals(ROOT)) {
            return "_rels/.rels";
        }
        int slash = part.lastIndexOf('/');
        return part.substring(1, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private Document document(String entry) throws IOException {
        Document document = changed.get(entry);
        if (document == null) {
            byte[] bytes = parts.get(entry);
            if (bytes == null) {
                throw new IOException(entry + " is not in the template");
            }
            document = parse(bytes, entry);
            changed.put(entry, document);
        }
        return document;
    }

    private static List<Element> elements(Document document, String namespace, String name) {
        NodeList list = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static Document parse(byte[] bytes, String entry) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(entry + ": " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document document) throws IOException {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException("cannot write the template's XML back: " + e.getMessage(), e);
        }
    }
}
