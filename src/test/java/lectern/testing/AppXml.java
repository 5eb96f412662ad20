package lectern.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A deck's {@code docProps/app.xml} held against the deck itself, both read from the zip ({@link Zipped}): the
 * slides, notes pages and hidden slides it counts, its slide size's name, its themes and slide titles, and the
 * words and paragraphs of the slides' text, so no template's or blank deck's figures stand in for the deck's.
 */
public final class AppXml {
    private static final String EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

    private AppXml() {
    }

    /** What the deck holds, counted from its parts. */
    public record Counted(int slides, int notes, int hidden, String format, List<String> themes, List<String> titles,
                          int words, int paragraphs) {
    }

    /** Every way app.xml differs from the deck, one line each; empty when it tells the truth. */
    public static List<String> problems(Path pptx) throws IOException {
        Zipped zip = Zipped.read(pptx);
        Counted deck = count(zip);
        List<String> app = new ArrayList<>();
        String part = zip.targets(Zipped.ROOT, "extended-properties").stream().findFirst().orElse("/docProps/app.xml");
        if (!zip.has(part)) {
            return List.of(part + ": missing");
        }
        Element properties = zip.xml(part).getDocumentElement();
        Map<String, String> values = new LinkedHashMap<>();
        for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && EXTENDED.equals(element.getNamespaceURI())) {
                values.put(element.getLocalName(), element.getTextContent());
            }
        }
        expect(app, values, "Slides", String.valueOf(deck.slides()));
        expect(app, values, "Notes", String.valueOf(deck.notes()));
        expect(app, values, "HiddenSlides", String.valueOf(deck.hidden()));
        expect(app, values, "PresentationFormat", deck.format());
        expect(app, values, "Words", String.valueOf(deck.words()));
        expect(app, values, "Paragraphs", String.valueOf(deck.paragraphs()));
        expect(app, values, "Application", "Lectern");
        expect(app, values, "TotalTime", "0");
        expect(app, values, "MMClips", "0");
        for (String leak : List.of("Template", "Manager", "HyperlinkBase", "HLinks", "DigSig")) {
            if (values.containsKey(leak)) {
                app.add("app.xml has a " + leak + ": " + values.get(leak));
            }
        }
        if (!values.getOrDefault("Company", "").isEmpty()) {
            app.add("app.xml names a company: " + values.get("Company"));
        }
        Map<String, List<String>> parts = parts(properties);
        if (!parts.getOrDefault("Slide Titles", List.of()).equals(deck.titles())) {
            app.add("Slide Titles: app.xml says " + parts.get("Slide Titles") + ", the deck has " + deck.titles());
        }
        if (!parts.getOrDefault("Theme", List.of()).equals(deck.themes())) {
            app.add("Theme: app.xml says " + parts.get("Theme") + ", the deck has " + deck.themes());
        }
        if (parts.getOrDefault("Fonts Used", List.of()).isEmpty()) {
            app.add("Fonts Used: none listed");
        }
        return app;
    }

    private static void expect(List<String> problems, Map<String, String> values, String name, String expected) {
        if (!expected.equals(values.get(name))) {
            problems.add(name + ": app.xml says " + values.get(name) + ", the deck has " + expected);
        }
    }

    /** HeadingPairs' groups with the names TitlesOfParts gives each, in order; a count that runs short is cut. */
    private static Map<String, List<String>> parts(Element properties) {
        List<String> pairs = texts(properties, "HeadingPairs");
        List<String> titles = texts(properties, "TitlesOfParts");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        int at = 0;
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            int count = Integer.parseInt(pairs.get(i + 1));
            groups.put(pairs.get(i), titles.subList(Math.min(at, titles.size()), Math.min(at + count, titles.size())));
            at += count;
        }
        if (at != titles.size()) {
            groups.put("(TitlesOfParts holds " + titles.size() + " names, HeadingPairs counts " + at + ")", List.of());
        }
        return groups;
    }

    /** The values of a vector property, in order: lpstr and i4 alike. */
    private static List<String> texts(Element properties, String name) {
        List<String> texts = new ArrayList<>();
        NodeList holders = properties.getElementsByTagNameNS(EXTENDED, name);
        if (holders.getLength() == 0) {
            return texts;
        }
        NodeList all = ((Element) holders.item(0)).getElementsByTagNameNS(TYPES, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element value = (Element) all.item(i);
            if (List.of("lpstr", "lpwstr", "i4").contains(value.getLocalName())) {
                texts.add(value.getTextContent());
            }
        }
        return texts;
    }

    /** What the deck holds, read from its parts in the presentation's order. */
    public static Counted count(Zipped zip) throws IOException {
        String presentation = zip.targets(Zipped.ROOT, "officeDocument").get(0);
        Document xml = zip.xml(presentation);
        Map<String, String> byId = new LinkedHashMap<>();
        zip.relationships(presentation).forEach(r -> byId.put(r.id(), r.target()));
        List<String> slides = ids(xml, "sldId").stream().map(byId::get).toList();
        List<String> themes = new ArrayList<>();
        for (String master : ids(xml, "sldMasterId").stream().map(byId::get).toList()) {
            for (String theme : zip.targets(master, "theme")) {
                themes.add(zip.xml(theme).getDocumentElement().getAttribute("name"));
            }
        }
        int notes = 0;
        int hidden = 0;
        int words = 0;
        int paragraphs = 0;
        List<String> titles = new ArrayList<>();
        for (String slide : slides) {
            Element root = zip.xml(slide).getDocumentElement();
            notes += zip.targets(slide, "notesSlide").isEmpty() ? 0 : 1;
            hidden += List.of("0", "false").contains(root.getAttribute("show")) ? 1 : 0;
            Element tree = (Element) root.getElementsByTagNameNS(Zipped.PML, "spTree").item(0);
            for (String text : paragraphs(tree)) {
                String stripped = text.strip();
                words += stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
                paragraphs += stripped.isEmpty() ? 0 : 1;
            }
            titles.add(title(tree).orElse("PowerPoint Presentation"));
        }
        Element size = (Element) xml.getElementsByTagNameNS(Zipped.PML, "sldSz").item(0);
        return new Counted(slides.size(), notes, hidden, format(size.getAttribute("cx") + "x" + size.getAttribute("cy")),
                themes, titles, words, paragraphs);
    }

    /** PowerPoint's names for the slide sizes Design › Slide Size offers, in EMU. */
    private static String format(String size) {
        return switch (size) {
            case "12192000x6858000" -> "Widescreen";
            case "9144000x6858000" -> "On-screen Show (4:3)";
            case "9144000x5143500" -> "On-screen Show (16:9)";
            case "9144000x5715000" -> "On-screen Show (16:10)";
            default -> "Custom";
        };
    }

    private static List<String> ids(Document presentation, String element) {
        List<String> ids = new ArrayList<>();
        NodeList list = presentation.getElementsByTagNameNS(Zipped.PML, element);
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(((Element) list.item(i)).getAttributeNS(Zipped.OFFICE_RELATIONSHIPS, "id"));
        }
        return ids;
    }

    /** Each a:p's text: its runs' and fields' a:t, a line break as a space. */
    private static List<String> paragraphs(Element under) {
        List<String> texts = new ArrayList<>();
        NodeList list = under.getElementsByTagNameNS(Zipped.DRAWING, "p");
        for (int i = 0; i < list.getLength(); i++) {
            StringBuilder text = new StringBuilder();
            for (Node child = list.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && Zipped.DRAWING.equals(element.getNamespaceURI())) {
                    switch (element.getLocalName()) {
                        case "r", "fld" -> {
                            NodeList t = element.getElementsByTagNameNS(Zipped.DRAWING, "t");
                            for (int j = 0; j < t.getLength(); j++) {
                                text.append(t.item(j).getTextContent());
                            }
                        }
                        case "br" -> text.append(' ');
                        default -> { }
                    }
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The text of the shape that is the slide's title or centred title placeholder, when there is one. */
    private static Optional<String> title(Element tree) {
        NodeList placeholders = tree.getElementsByTagNameNS(Zipped.PML, "ph");
        for (int i = 0; i < placeholders.getLength(); i++) {
            Element ph = (Element) placeholders.item(i);
            if (List.of("title", "ctrTitle").contains(ph.getAttribute("type"))) {
                Element shape = (Element) ph.getParentNode().getParentNode().getParentNode();
                String text = String.join(" ", paragraphs(shape)).replaceAll("\\s+", " ").strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }
}
