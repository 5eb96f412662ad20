package lectern.testing;

import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static Path save(XMLSlideShow show, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        show.write(out);
        Files.write(file, out.toByteArray());
        return file;
    }
}
