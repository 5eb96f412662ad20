package lectern.testing;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlObject;

/** Templates the tests make themselves, as an organisation's would differ from Lectern's own. */
public final class Templates {
    /** PowerPoint's layout names as a German template has them. */
    public static final Map<String, String> GERMAN = Map.of("Title Slide", "Titelfolie", "Title and Content",
            "Titel und Inhalt", "Section Header", "Abschnittsüberschrift", "Two Content", "Zwei Inhalte",
            "Title Only", "Nur Titel", "Blank", "Leer", "Picture with Caption", "Bild mit Überschrift");

    /** Who made {@link #reference}: a name no deck built from it may carry. */
    public static final String TEMPLATE_AUTHOR = "Template Author";

    private Templates() {
    }

    /** POI's blank deck as it is: 4:3, PowerPoint's layout names, and a slide of its own. */
    public static Path fourThree(Path dir) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.createSlide().createTextBox().setText("The template's own slide");
            return save(show, dir.resolve("four-three.pptx"));
        }
    }

    /** A 16:9 template whose layouts have German names and stand in the reverse order. */
    public static Path renamedAndReordered(Path dir) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension(960, 540));
            XSLFSlideMaster master = show.getSlideMasters().get(0);
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                String german = GERMAN.get(layout.getName());
                if (german != null) {
                    layout.getXmlObject().getCSld().setName(german);
                }
            }
            var list = master.getXmlObject().getSldLayoutIdLst();
            List<XmlObject> ids = new ArrayList<>();
            for (var id : list.getSldLayoutIdArray()) {
                ids.add(id.copy());
            }
            for (int i = 0; i < ids.size(); i++) {
                list.getSldLayoutIdArray(i).set(ids.get(ids.size() - 1 - i));
            }
            return save(show, dir.resolve("renamed.pptx"));
        }
    }

    /**
     * A template made as pandoc's reference deck is: PowerPoint's 4:3 Office theme, four sample slides of its own,
     * two with speaker notes, and the properties its author's copy of PowerPoint wrote into it (author, company,
     * its slides' titles and counts), with a custom property and a description besides. None of it is the deck's.
     */
    public static Path reference(Path dir) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFSlideMaster master = show.getSlideMasters().get(0);
            sample(show, master, SlideLayout.TITLE, "Presentation Title", "Presentation Subtitle", "Here is a note");
            sample(show, master, SlideLayout.TITLE_AND_CONTENT, "Slide Title", "Hello, world.", "A speaker note on this slide too.");
            sample(show, master, SlideLayout.SECTION_HEADER, "Section header", "Some explanatory text", null);
            sample(show, master, SlideLayout.TWO_OBJ, "Slide Title for Two-Content", "Some content on the left.", null);
            var core = show.getProperties().getCoreProperties();
            core.setCreator(TEMPLATE_AUTHOR);
            core.setLastModifiedByUser(TEMPLATE_AUTHOR);
            core.setTitle("Title");
            core.setDescription("The template's own description");
            core.setCategory("Template category");
            core.setKeywords("template keywords");
            core.setContentStatus("Draft");
            core.setRevision("4");
            var app = show.getProperties().getExtendedProperties();
            app.setCompany("Template Company Ltd");
            app.setManager("Template Manager");
            app.setTemplate("Corporate.potx");
            app.setTotalTime(2);
            app.setSlides(4);
            app.setNotes(2);
            app.setWords(49);
            app.setAppVersion("15.0000");
            show.getProperties().getCustomProperties().addProperty("Client", "Template Client");
            return save(show, dir.resolve("reference.pptx"));
        }
    }

    private static void sample(XMLSlideShow show, XSLFSlideMaster master, SlideLayout layout, String title, String body,
                               String note) {
        XSLFSlide slide = show.createSlide(master.getLayout(layout));
        for (XSLFTextShape shape : slide.getPlaceholders()) {
            boolean isTitle = shape.getTextType() == Placeholder.TITLE || shape.getTextType() == Placeholder.CENTERED_TITLE;
            shape.setText(isTitle ? title : body);
        }
        if (note != null) {
            for (XSLFTextShape shape : show.getNotesSlide(slide).getPlaceholders()) {
                if (shape.getTextType() == Placeholder.BODY) {
                    shape.setText(note);
                }
            }
        }
    }

    /** A template with no layout that has a title: nothing could be built from it. */
    public static Path withoutTitles(Path dir) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            for (XSLFSlideLayout layout : show.getSlideMasters().get(0).getSlideLayouts()) {
                for (var shape : List.copyOf(layout.getShapes())) {
                    if (shape instanceof org.apache.poi.xslf.usermodel.XSLFTextShape text
                            && text.getPlaceholderDetails() != null && text.getPlaceholderDetails().getPlaceholder() != null
                            && text.getPlaceholderDetails().getPlaceholder().name().contains("TITLE")) {
                        layout.removeShape(shape);
                    }
                }
            }
            return save(show, dir.resolve("no-titles.pptx"));
        }
    }

    /** The same as {@link #fourThree} saved as a .potx, PowerPoint's template format. */
    public static Path potx(Path dir) throws IOException {
        byte[] deck = Files.readAllBytes(fourThree(dir));
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(deck))) {
            pkg.replaceContentType("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml");
            Path file = dir.resolve("company.potx");
            try (OutputStream out = Files.newOutputStream(file)) {
                pkg.save(out);
            }
            return file;
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** What PowerPoint adds to a template saved as macro-enabled (.potm): its VBA project, signed, and the content types. */
    public static final String VBA_PROJECT = "ppt/vbaProject.bin";

    /** {@link #fourThree} saved as a macro-enabled template (.potm), as PowerPoint saves one with a VBA project. */
    public static Path macroEnabled(Path dir) throws IOException {
        String ms = "http://schemas.microsoft.com/office/2006/relationships/";
        return edited(fourThree(dir), dir.resolve("macros.potm"), Map.of(
                "[Content_Types].xml", types -> types
                        .replace("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                                "application/vnd.ms-powerpoint.template.macroEnabled.main+xml")
                        .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                + "<Override PartName=\"/ppt/vbaProjectSignature.bin\" "
                                + "ContentType=\"application/vnd.ms-office.vbaProjectSignature\"/></Types>"),
                "ppt/_rels/presentation.xml.rels", rels -> rels.replace("</Relationships>",
                        "<Relationship Id=\"rId99\" Type=\"" + ms + "vbaProject\" Target=\"vbaProject.bin\"/></Relationships>")),
                Map.of(VBA_PROJECT, "Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nEnd Sub".getBytes(StandardCharsets.UTF_8),
                        "ppt/_rels/vbaProject.bin.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"" + ms + "vbaProjectSignature\" Target=\"vbaProjectSignature.bin\"/>"
                                + "</Relationships>").getBytes(StandardCharsets.UTF_8),
                        "ppt/vbaProjectSignature.bin", new byte[] {1, 2, 3}));
    }

    /** The addresses {@link #linkingOutside} links to. */
    public static final List<String> OUTSIDE = List.of("https://intranet.example.com/", "file:///S:/Brand/logo.png",
            "https://cdn.example.com/texture.png");

    /**
     * {@link #fourThree} with what links outside it: its master's title links to the intranet, a layout shows
     * a logo linked from a shared drive (and embeds nothing), and its theme fills backgrounds with a linked texture.
     */
    public static Path linkingOutside(Path dir) throws IOException {
        String r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return edited(fourThree(dir), dir.resolve("links.pptx"), Map.of(
                "ppt/slideMasters/slideMaster1.xml", xml -> xml.replaceFirst("(<p:cNvPr id=\"2\" name=\"[^\"]*\")/>",
                        "$1><a:hlinkClick r:id=\"rId90\"/></p:cNvPr>"),
                "ppt/slideMasters/_rels/slideMaster1.xml.rels", rels -> external(rels, "rId90", r + "hyperlink", OUTSIDE.get(0)),
                "ppt/slideLayouts/slideLayout2.xml", xml -> xml.replaceFirst("</p:spTree>", "<p:pic><p:nvPicPr>"
                        + "<p:cNvPr id=\"90\" name=\"Logo\"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill>"
                        + "<a:blip r:link=\"rId91\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm>"
                        + "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"914400\" cy=\"914400\"/></a:xfrm><a:prstGeom prst=\"rect\">"
                        + "<a:avLst/></a:prstGeom></p:spPr></p:pic></p:spTree>"),
                "ppt/slideLayouts/_rels/slideLayout2.xml.rels", rels -> external(rels, "rId91", r + "image", OUTSIDE.get(1)),
                "ppt/theme/theme1.xml", xml -> xml.replaceFirst("(<a:bgFillStyleLst>)", "$1<a:blipFill><a:blip "
                        + "xmlns:r=\"" + r.substring(0, r.length() - 1) + "\" r:link=\"rId92\"/><a:stretch><a:fillRect/></a:stretch></a:blipFill>")
                        .replaceFirst("(<a:bgFillStyleLst><a:blipFill>.*?</a:blipFill>)<a:solidFill>.*?</a:solidFill>", "$1"),
                "ppt/theme/_rels/theme1.xml.rels", rels -> external(rels, "rId92", r + "image", OUTSIDE.get(2))),
                Map.of());
    }

    private static String external(String rels, String id, String type, String target) {
        String relationship = "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target
                + "\" TargetMode=\"External\"/>";
        return rels.isEmpty() ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationship + "</Relationships>"
                : rels.replace("</Relationships>", relationship + "</Relationships>");
    }

    /** A template's zip with some entries' text changed (an entry not there is changed from nothing) and some added. */
    private static Path edited(Path from, Path to, Map<String, UnaryOperator<String>> changes, Map<String, byte[]> added)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(from.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        changes.forEach((name, change) -> {
            String text = new String(entries.getOrDefault(name, new byte[0]), StandardCharsets.UTF_8);
            String changed = change.apply(text);
            if (changed.equals(text)) {
                throw new IllegalStateException("nothing changed in " + name);
            }
            entries.put(name, changed.getBytes(StandardCharsets.UTF_8));
        });
        entries.putAll(added);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return to;
    }

    private static Path save(XMLSlideShow show, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        show.write(out);
        Files.write(file, out.toByteArray());
        return file;
    }
}
