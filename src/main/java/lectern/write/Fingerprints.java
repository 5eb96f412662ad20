package lectern.write;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.drawingml.x2006.main.CTColor;
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

    static void record(XMLSlideShow show, Fingerprint print) {
        POIXMLProperties.CustomProperties custom = show.getProperties().getCustomProperties();
        custom.addProperty(DECK, print.deck());
        custom.addProperty(THEME, print.theme());
        for (int i = 0; i < print.slides().size(); i++) {
            Fingerprint.SlidePrint slide = print.slides().get(i);
            custom.addProperty(SLIDE + (i + 1), slide.digest() + " " + slide.name());
        }
    }

    /** The fingerprint Lectern recorded when it wrote the deck; empty for a deck Lectern did not write. */
    static Optional<Recorded> recorded(XMLSlideShow show) {
        POIXMLProperties.CustomProperties custom = show.getProperties().getCustomProperties();
        Optional<String> deck = text(custom, DECK).filter(value -> value.startsWith(Fingerprint.VERSION + ":"));
        Optional<String> theme = text(custom, THEME);
        if (deck.isEmpty() || theme.isEmpty()) {
            return Optional.empty();
        }
        List<Fingerprint.SlidePrint> slides = new ArrayList<>();
        for (int i = 1; custom.contains(SLIDE + i); i++) {
            String value = text(custom, SLIDE + i).orElse("");
            int space = value.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            slides.add(new Fingerprint.SlidePrint(value.substring(space + 1), value.substring(0, space)));
        }
        return Optional.of(new Recorded(deck.get(), new Fingerprint(theme.get(), slides)));
    }

    private static Optional<String> text(POIXMLProperties.CustomProperties custom, String name) {
        CTProperty property = custom.getProperty(name);
        return property != null && property.isSetLpwstr() ? Optional.of(property.getLpwstr()) : Optional.empty();
    }
}
