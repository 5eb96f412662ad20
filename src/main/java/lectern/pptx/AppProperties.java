package lectern.pptx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import lectern.pptx.xml.Elements;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTheme;
import org.openxmlformats.schemas.officeDocument.x2006.docPropsVTypes.CTVector;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideSize;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * The deck's extended properties ({@code docProps/app.xml}) as PowerPoint writes them on saving: what the deck
 * holds, counted from the deck. POI leaves its blank deck's (no slides, 4:3), and a template's would claim its
 * own slides, titles and company; search tools and File › Info › Properties read them.
 */
final class AppProperties {
    /** What POI's blank deck says; Lectern claims no Office version of its own, and a template's would be its. */
    private static final String APP_VERSION = "14.0000";
    /** PowerPoint's name, in TitlesOfParts, for a slide without a title. */
    private static final String UNTITLED = "PowerPoint Presentation";
    private static final long EMU_PER_INCH = 914_400;

    private AppProperties() {
    }

    static void write(XMLSlideShow show) {
        CTProperties props = show.getProperties().getExtendedProperties().getUnderlyingProperties();
        // Every value is written afresh: a template's editing time, company, manager and template name all go.
        props.set(CTProperties.Factory.newInstance());
        List<String> paragraphs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int notes = 0;
        int hidden = 0;
        for (XSLFSlide slide : show.getSlides()) {
            paragraphs.addAll(Elements.paragraphs(slide.getXmlObject().getCSld().getSpTree()));
            titles.add(title(slide).orElse(UNTITLED));
            notes += slide.getNotes() == null ? 0 : 1;
            hidden += slide.getXmlObject().isSetShow() && !slide.getXmlObject().getShow() ? 1 : 0;
        }
        props.setTotalTime(0);
        props.setWords(paragraphs.stream().mapToInt(AppProperties::words).sum());
        props.setApplication("Lectern");
        props.setPresentationFormat(format(show.getCTPresentation().getSldSz()));
        props.setParagraphs((int) paragraphs.stream().filter(p -> !p.isBlank()).count());
        props.setSlides(show.getSlides().size());
        props.setNotes(notes);
        props.setHiddenSlides(hidden);
        props.setMMClips(0);
        props.setScaleCrop(false);
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("Fonts Used", fonts(show));
        parts.put("Theme", show.getSlideMasters().stream().map(m -> m.getTheme().getName()).toList());
        parts.put("Slide Titles", titles);
        parts(props, parts);
        props.setCompany("");
        props.setLinksUpToDate(false);
        props.setSharedDoc(false);
        props.setHyperlinksChanged(false);
        props.setAppVersion(APP_VERSION);
    }

    /** PowerPoint's name for the slide size, as Design › Slide Size offers it; any other size is "Custom". */
    static String format(CTSlideSize size) {
        double width = (double) size.getCx() / EMU_PER_INCH;
        double height = (double) size.getCy() / EMU_PER_INCH;
        if (near(width, 13.333) && near(height, 7.5)) {
            return "Widescreen";
        }
        if (near(width, 10)) {
            if (near(height, 7.5)) {
                return "On-screen Show (4:3)";
            }
            if (near(height, 5.625)) {
                return "On-screen Show (16:9)";
            }
            if (near(height, 6.25)) {
                return "On-screen Show (16:10)";
            }
        }
        return "Custom";
    }

    /** Within a hundredth of an inch: templates saved by older versions give widescreen as 13.33 in. */
    private static boolean near(double inches, double size) {
        return Math.abs(inches - size) < 0.01;
    }

    static int words(String paragraph) {
        String text = paragraph.strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** The title placeholder's text, its paragraphs and line breaks read as spaces, as a slide is listed by it. */
    private static Optional<String> title(XSLFSlide slide) {
        for (CTShape shape : slide.getXmlObject().getCSld().getSpTree().getSpList()) {
            var nv = shape.getNvSpPr().getNvPr();
            if (nv.isSetPh() && (nv.getPh().getType() == STPlaceholderType.TITLE
                    || nv.getPh().getType() == STPlaceholderType.CTR_TITLE) && shape.isSetTxBody()) {
                String text = String.join(" ", Elements.paragraphs(shape.getTxBody())).replaceAll("\\s+", " ").strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The typefaces the deck's text and bullets are set in, on its slides and on the masters and layouts they
     * inherit from, the theme's fonts by their names; in alphabetical order, so the same deck lists them alike.
     */
    private static List<String> fonts(XMLSlideShow show) {
        TreeSet<String> fonts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (XSLFSlideMaster master : show.getSlideMasters()) {
            XSLFTheme theme = master.getTheme();
            List<XSLFSheet> sheets = new ArrayList<>(List.of(master));
            sheets.addAll(List.of(master.getSlideLayouts()));
            for (XSLFSlide slide : show.getSlides()) {
                XSLFSlideLayout layout = slide.getSlideLayout();
                if (layout != null && layout.getSlideMaster() == master) {
                    sheets.add(slide);
                }
            }
            for (XSLFSheet sheet : sheets) {
                for (String face : Elements.typefaces(sheet.getXmlObject())) {
                    String named = switch (face) {
                        case "+mj-lt" -> theme.getMajorFont();
                        case "+mn-lt" -> theme.getMinorFont();
                        default -> face;
                    };
                    if (named != null && !named.isBlank() && !named.startsWith("+")) {
                        fonts.add(named);
                    }
                }
            }
        }
        return List.copyOf(fonts);
    }

    /** HeadingPairs names each group and how many of TitlesOfParts it has; TitlesOfParts lists them in order. */
    private static void parts(CTProperties props, Map<String, List<String>> groups) {
        groups.values().removeIf(List::isEmpty);
        CTVector pairs = props.addNewHeadingPairs().addNewVector();
        pairs.setSize(groups.size() * 2);
        // The base type's schema type is not in POI's reduced jar: the attribute is written as text.
        Elements.setAttribute(pairs, "baseType", "variant");
        CTVector names = props.addNewTitlesOfParts().addNewVector();
        names.setSize(groups.values().stream().mapToInt(List::size).sum());
        Elements.setAttribute(names, "baseType", "lpstr");
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            pairs.addNewVariant().setLpstr(group.getKey());
            pairs.addNewVariant().setI4(group.getValue().size());
            group.getValue().forEach(names::addLpstr);
        }
    }
}
