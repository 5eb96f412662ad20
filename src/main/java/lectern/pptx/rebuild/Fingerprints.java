package lectern.pptx.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.Digest;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Takes a deck's {@link Fingerprint}, and records it in the deck as custom document properties (File › Info ›
 * Properties › Custom in PowerPoint), where it travels with the file and survives PowerPoint saving it.
 * Office keeps a text property to 255 characters, so each slide has a property of its own.
 */
final class Fingerprints {
    static final String DECK = "Lectern fingerprint";
    static final String THEME = "Lectern theme";
    static final String SLIDE = "Lectern slide ";

    private static final List<String> THEME_COLOURS = List.of("dk1", "lt1", "dk2", "lt2", "accent1", "accent2",
            "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink");

    private Fingerprints() {
    }

    /** A fingerprint as found in a deck: the deck's own, and the parts it was made of. */
    record Recorded(String deck, Fingerprint parts) {
    }

    /** The deck as it is now. */
    static Fingerprint take(XMLSlideShow show) {
        List<Fingerprint.SlidePrint> slides = new ArrayList<>();
        for (XSLFSlide slide : show.getSlides()) {
            String name = nameOf(slide);
            slides.add(new Fingerprint.SlidePrint(name, SlideDigest.of(slide, name)));
        }
        return new Fingerprint(theme(show), slides);
    }

    /** The slide's name; a slide added in PowerPoint has none, and is called by its number. */
    static String nameOf(XSLFSlide slide) {
        String name = slide.getXmlObject().getCSld().getName();
        return name == null || name.isBlank() ? "slide " + slide.getSlideNumber() : name;
    }

    /**
     * The colours and fonts of each slide master's theme, where Design › Variants changes them. A system colour
     * counts by its name, not by the colour the saving machine last saw for it.
     */
    private static String theme(XMLSlideShow show) {
        Digest digest = new Digest().add("theme");
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            XSLFTheme theme = master.getTheme();
            for (String name : THEME_COLOURS) {
                CTColor colour = theme.getCTColor(name);
                digest.add(colour == null ? "" : colour.isSetSrgbClr() ? "#" + HexFormat.of().formatHex(colour.getSrgbClr().getVal())
                        : colour.isSetSysClr() ? colour.getSysClr().getVal().toString() : "other");
            }
            digest.add(String.valueOf(theme.getMajorFont())).add(String.valueOf(theme.getMinorFont()));
        }
        return digest.hex().substring(0, SlideDigest.LENGTH);
    }

    /**
     * POI's own way adds a property after looking for its name from the top of the list, and a deck of a thousand
     * slides spent most of its build there; Lectern's properties are new to the deck, so they are added at once.
     */
    static void record(XMLSlideShow show, Fingerprint print) {
        CTProperties properties = show.getProperties().getCustomProperties().getUnderlyingProperties();
        int pid = 1;
        for (CTProperty property : properties.getPropertyList()) {
            pid = Math.max(pid, property.getPid());
        }
        add(properties, ++pid, DECK, print.deck());
        add(properties, ++pid, THEME, print.theme());
        for (int i = 0; i < print.slides().size(); i++) {
            Fingerprint.SlidePrint slide = print.slides().get(i);
            add(properties, ++pid, SLIDE + (i + 1), slide.digest() + " " + slide.name());
        }
    }

    private static void add(CTProperties properties, int pid, String name, String value) {
        CTProperty property = properties.addNewProperty();
        property.setFmtid(POIXMLProperties.CustomProperties.FORMAT_ID);
        property.setPid(pid);
        property.setName(name);
        property.setLpwstr(value);
    }

    /** The fingerprint Lectern recorded when it wrote the deck; empty for a deck Lectern did not write. */
    static Optional<Recorded> recorded(XMLSlideShow show) {
        Map<String, String> texts = texts(show.getProperties().getCustomProperties());
        Optional<String> deck = Optional.ofNullable(texts.get(DECK)).filter(value -> value.startsWith(Fingerprint.VERSION + ":"));
        Optional<String> theme = Optional.ofNullable(texts.get(THEME));
        if (deck.isEmpty() || theme.isEmpty()) {
            return Optional.empty();
        }
        List<Fingerprint.SlidePrint> slides = new ArrayList<>();
        for (int i = 1; texts.containsKey(SLIDE + i); i++) {
            String value = texts.get(SLIDE + i);
            int space = value.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            slides.add(new Fingerprint.SlidePrint(value.substring(space + 1), value.substring(0, space)));
        }
        return Optional.of(new Recorded(deck.get(), new Fingerprint(theme.get(), slides)));
    }

    /** Every text property by name, read in one pass for the same reason. */
    private static Map<String, String> texts(POIXMLProperties.CustomProperties custom) {
        Map<String, String> texts = new HashMap<>();
        for (CTProperty property : custom.getUnderlyingProperties().getPropertyList()) {
            if (property.isSetLpwstr()) {
                texts.putIfAbsent(property.getName(), property.getLpwstr());
            }
        }
        return texts;
    }
}
