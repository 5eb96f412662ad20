package lectern.pptx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.namespace.QName;
import lectern.deck.DeckSection;
import lectern.pptx.xml.Elements;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * The deck's sections, as PowerPoint 2010 and later show them in the slide sorter and the thumbnail pane
 * ({@code p14:sectionLst} in the presentation's extension list). POI has no API for them, and their types
 * are not in its schema jar, so they are written through a cursor.
 */
final class SorterSections {
    private static final String PML = "http://schemas.openxmlformats.org/presentationml/2006/main";
    private static final String P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main";
    /** The extension PowerPoint keeps sections in. */
    private static final String SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}";

    private SorterSections() {
    }

    static void write(XMLSlideShow show, List<DeckSection> sections) {
        CTPresentation presentation = show.getCTPresentation();
        List<CTSlideIdListEntry> slides = List.of(presentation.getSldIdLst().getSldIdArray());
        if (sections.isEmpty() || slides.isEmpty()) {
            return;
        }
        // The extension list is the presentation's last child; its own children go at its end.
        try (Elements.Writer at = Elements.appendTo(presentation, new QName(PML, "extLst", "p"))) {
            at.open(new QName(PML, "ext", "p"), "uri", SECTIONS_URI).open(new QName(P14, "sectionLst", "p14"));
            for (int s = 0; s < sections.size(); s++) {
                DeckSection section = sections.get(s);
                int end = s + 1 < sections.size() ? sections.get(s + 1).firstSlide() : slides.size() + 1;
                at.open(new QName(P14, "section", "p14"), "name", section.name(), "id", id(s, section))
                        .open(new QName(P14, "sldIdLst", "p14"));
                for (int n = section.firstSlide(); n < end; n++) {
                    at.open(new QName(P14, "sldId", "p14"), "id", Long.toString(slides.get(n - 1).getId())).end();
                }
                at.end().end();
            }
        }
    }

    /** A GUID made from the section itself, so the same essay gives the same deck, byte for byte. */
    private static String id(int index, DeckSection section) {
        UUID uuid = UUID.nameUUIDFromBytes((index + "\n" + section.name()).getBytes(StandardCharsets.UTF_8));
        return "{" + uuid.toString().toUpperCase(Locale.ROOT) + "}";
    }
}
