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
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.xmlbeans.XmlObject;

/** Templates the tests make themselves, as an organisation's would differ from Lectern's own. */
public final class Templates {
    /** PowerPoint's layout names as a German template has them. */
    public static final Map<String, String> GERMAN = Map.of("Title Slide", "Titelfolie", "Title and Content",
            "Titel und Inhalt", "Section Header", "Abschnittsüberschrift", "Two Content", "Zwei Inhalte",
            "Title Only", "Nur Titel", "Blank", "Leer", "Picture with Caption", "Bild mit Überschrift");

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
