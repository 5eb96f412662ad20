package lectern.picture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An SVG made a picture and nothing more before it goes into a deck: a deck is opened by people who never saw the
 * file, in programs that may draw it as a browser would. What would run (scripts, event handlers, {@code javascript:}
 * links, HTML inside it) is taken out, and the author told; the picture looks the same without it. What it would
 * load (another file, an address on the web, an external entity) makes it refused: without it, it is not the picture
 * the author saw. Read with the JDK's parser, which loads no DTD and expands no external entity.
 */
final class InertSvg {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Elements that are code, whatever namespace they are in: SVG's and HTML's script, SVG Tiny's handler, XML Events' listener. */
    private static final Set<String> SCRIPTS = Set.of("script", "handler", "listener");
    /** The deepest an SVG's elements may nest: far beyond any drawing's groups, well within what Batik can draw. */
    private static final int MAX_DEPTH = 500;
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animateColor", "animateMotion", "animateTransform");
    /** An entity of the DTD's internal subset whose text is another file or address. */
    private static final Pattern EXTERNAL_ENTITY = Pattern.compile(
            "<!ENTITY\\s+(?:%\\s+)?\\S+\\s+(?:SYSTEM|PUBLIC\\s+(['\"])[^'\"]*\\1)\\s*(['\"])([^'\"]*)\\2");

    /** The SVG's bytes as they go in, and what was taken out of them in words (empty when nothing was). */
    record Taken(byte[] bytes, String removed) {
    }

    private final String called;
    private int scripts;
    private final Set<String> handlers = new LinkedHashSet<>();
    private int activeLinks;
    private int html;
    private int animations;

    private InertSvg(String called) {
        this.called = called;
    }

    /**
     * The SVG with nothing in it that runs; the very bytes given when there was nothing to take out.
     *
     * @param called how messages name the picture
     * @throws PictureProblem when it refers to anything outside itself
     * @throws Undrawable     when it is not well-formed XML
     */
    static Taken of(String called, byte[] svg) throws PictureProblem, Undrawable {
        Document document = parse(svg);
        InertSvg inert = new InertSvg(called);
        inert.refuseExternalEntities(document.getDoctype());
        inert.clean(document);
        String removed = inert.removed();
        return removed.isEmpty() ? new Taken(svg, "") : new Taken(serialised(document), called + " went in without "
                + removed + ": a picture in a deck runs nothing");
    }

    private static Document parse(byte[] svg) throws Undrawable {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("Lectern reads nothing outside an SVG");
            });
            return builder.parse(new ByteArrayInputStream(svg));
        } catch (SAXParseException e) {
            throw Undrawable.notWellFormed(e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new Undrawable("it is not well-formed XML (" + Undrawable.shortened(e.getMessage()) + ")");
        }
    }

    /** A DTD or entity that is another file or address: an SVG needs neither, and a reader might load them. */
    private void refuseExternalEntities(DocumentType doctype) throws PictureProblem {
        if (doctype == null) {
            return;
        }
        String dtd = doctype.getSystemId();
        // The W3C's own DTDs, which old editors name: no reader loads them, and Batik keeps its own copies.
        if (dtd != null && !dtd.matches("(?i)https?://www\\.w3\\.org/.*")) {
            throw refused("declares an external entity, which Lectern never reads", dtd, "an SVG needs none: remove the declaration");
        }
        Matcher entity = EXTERNAL_ENTITY.matcher(doctype.getInternalSubset() == null ? "" : doctype.getInternalSubset());
        if (entity.find()) {
            throw refused("declares an external entity, which Lectern never reads", entity.group(3),
                    "an SVG needs none: remove the declaration");
        }
    }

    /**
     * Walks the tree without recursion, however deeply the SVG nests: removing what runs, refusing what loads. Batik
     * draws by recursion, one level of its stack for each of the SVG's, so an SVG nested deeper than it can draw is
     * refused here, before Batik spends minutes on it and runs out of stack.
     */
    private void clean(Document document) throws PictureProblem, Undrawable {
        Node node = document.getFirstChild();
        int depth = 0;
        while (node != null) {
            boolean keep = true;
            if (node instanceof ProcessingInstruction instruction) {
                cssAddresses(instruction.getData().replaceAll("(?i)\\bhref\\s*=\\s*(['\"])(.*?)\\1", "url($2)"));
            } else if (node instanceof Element element) {
                keep = !removable(element);
                if (keep && depth > MAX_DEPTH) {
                    throw new Undrawable("it nests its elements more than " + MAX_DEPTH + " deep, more than Batik, which "
                            + "draws it for readers without SVG, can follow");
                }
                if (keep) {
                    attributes(element);
                    if (element.getLocalName().equals("style")) {
                        cssAddresses(element.getTextContent());
                    }
                }
            }
            Node next;
            if (keep && node.getFirstChild() != null) {
                next = node.getFirstChild();
                depth++;
            } else {
                Node at = node;
                while (at != null && at.getNextSibling() == null) {
                    at = at.getParentNode();
                    depth--;
                }
                next = at == null ? null : at.getNextSibling();
            }
            if (!keep) {
                node.getParentNode().removeChild(node);
            }
            node = next;
        }
    }

    /** An element that is code, or HTML, or an animation that would set a link or an event handler. */
    private boolean removable(Element element) {
        String name = element.getLocalName();
        if (SCRIPTS.contains(name)) {
            scripts++;
            return true;
        }
        if (name.equals("foreignObject") || XHTML.equals(element.getNamespaceURI())) {
            html++;
            return true;
        }
        String animated = element.getAttribute("attributeName").strip().toLowerCase(Locale.ROOT);
        if (ANIMATIONS.contains(name) && (animated.startsWith("on") || animated.endsWith("href"))) {
            animations++;
            return true;
        }
        return false;
    }

    private void attributes(Element element) throws PictureProblem {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> active = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            boolean plain = attribute.getNamespaceURI() == null;
            if (plain && name.toLowerCase(Locale.ROOT).startsWith("on")) {
                handlers.add(name);
                active.add(attribute);
            } else if (name.equals("href") && (plain || XLINK.equals(attribute.getNamespaceURI()))) {
                if (address(element, attribute.getValue().strip())) {
                    activeLinks++;
                    active.add(attribute);
                }
            } else if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                cssAddresses(attribute.getValue());
            }
        }
        active.forEach(element::removeAttributeNode);
    }

    /**
     * Whether an address in an {@code href} runs something, and so goes; refused when it would be loaded. A link
     * ({@code <a>}) is never loaded, only followed, so only one that runs is taken out.
     */
    private boolean address(Element element, String address) throws PictureProblem {
        if (SvgAddresses.active(address)) {
            return true;
        }
        if (!element.getLocalName().equals("a")) {
            loadable(address);
        }
        return false;
    }

    private void cssAddresses(String text) throws PictureProblem {
        SvgAddresses.inCss(called, text);
    }

    private void loadable(String address) throws PictureProblem {
        SvgAddresses.loadable(called, address);
    }

    private PictureProblem refused(String why, String address, String advice) {
        return SvgAddresses.refused(called, why, address, advice);
    }

    /** "2 scripts, the event handlers onload and onclick and an HTML insert (foreignObject)" */
    private String removed() {
        List<String> parts = new ArrayList<>();
        counted(parts, scripts, "a script", " scripts");
        if (!handlers.isEmpty()) {
            parts.add((handlers.size() == 1 ? "the event handler " : "the event handlers ") + joined(List.copyOf(handlers)));
        }
        counted(parts, activeLinks, "a javascript: link", " javascript: links");
        counted(parts, html, "its HTML (foreignObject)", " pieces of HTML (foreignObject)");
        counted(parts, animations, "an animation that sets a link or handler", " animations that set links or handlers");
        return joined(parts);
    }

    private static void counted(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count == 1 ? one : count + many);
        }
    }

    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static byte[] serialised(Document document) throws Undrawable {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // The DOCTYPE stays out: its entities are already written out in the text.
            identity.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new Undrawable("it cannot be written again without its scripts");
        }
    }
}
