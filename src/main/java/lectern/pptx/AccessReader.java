package lectern.pptx;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lectern.layout.Scripts;
import lectern.pptx.xml.Decorative;
import lectern.pptx.xml.Placeholders;
import lectern.pptx.xml.ThemeColours;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

/** What PowerPoint's Accessibility Checker would read in a deck beyond its text: colours, reading order, languages. */
final class AccessReader {
    /** The theme's colours a slide's text stands on, by what they are for, as Lectern's layouts pair them. */
    private static final Map<String, String[]> PAIRS = Map.of(
            "text on slides", new String[] {"dk1", "lt1"},
            "text on title and section slides", new String[] {"lt2", "dk2"},
            "links", new String[] {"hlink", "lt1"});

    private AccessReader() {
    }

    static DeckReader.Access read(XMLSlideShow show) {
        List<DeckReader.ColourPair> colours = new ArrayList<>();
        var theme = show.getSlideMasters().isEmpty() ? null : show.getSlideMasters().get(0).getTheme();
        PAIRS.forEach((what, names) -> ThemeColours.rgb(theme, names[0]).ifPresent(text ->
                ThemeColours.rgb(theme, names[1]).ifPresent(on -> colours.add(new DeckReader.ColourPair(what, text, on)))));
        colours.sort(java.util.Comparator.comparing(DeckReader.ColourPair::what));
        List<DeckReader.Slip> readFirst = new ArrayList<>();
        List<DeckReader.Slip> mislabelled = new ArrayList<>();
        double width = show.getPageSize().getWidth();
        double height = show.getPageSize().getHeight();
        for (XSLFSlide slide : show.getSlides()) {
            readBeforeTitle(slide, width, height).ifPresent(name -> readFirst.add(new DeckReader.Slip(slide.getSlideNumber(),
                    name)));
            mislabelled(slide).ifPresent(what -> mislabelled.add(new DeckReader.Slip(slide.getSlideNumber(), what)));
        }
        return new DeckReader.Access(colours, readFirst, mislabelled);
    }

    /**
     * The first shape a screen reader reads before the slide's title, if any: decoration is passed over, and a
     * picture under the whole slide is its backdrop, drawn first so the title lies on it.
     */
    private static java.util.Optional<String> readBeforeTitle(XSLFSlide slide, double width, double height) {
        for (XSLFShape shape : slide.getShapes()) {
            if (Placeholders.is(shape, Placeholder.TITLE) || Placeholders.is(shape, Placeholder.CENTERED_TITLE)) {
                return java.util.Optional.empty();
            }
            var anchor = shape.getAnchor();
            boolean backdrop = shape instanceof XSLFPictureShape && anchor != null && anchor.getWidth() >= width * 0.99
                    && anchor.getHeight() >= height * 0.99;
            if (!Decorative.is(shape.getXmlObject()) && !backdrop) {
                return java.util.Optional.of(shape.getShapeName());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Text marked as a language whose script it is not written in: Japanese marked en-US is spell-checked as English
     * and read in an English voice. Latin words in a run of another language are common and left alone.
     */
    private static java.util.Optional<String> mislabelled(XSLFSlide slide) {
        Map<String, String> found = new LinkedHashMap<>();
        for (XSLFTextShape text : texts(slide)) {
            for (XSLFTextParagraph paragraph : text.getTextParagraphs()) {
                for (XSLFTextRun run : paragraph.getTextRuns()) {
                    String lang = run.getXmlObject() instanceof CTRegularTextRun r && r.isSetRPr() && r.getRPr().isSetLang()
                            ? r.getRPr().getLang() : "";
                    UnicodeScript letters = foreignLetters(run.getRawText(), lang);
                    if (letters != null) {
                        found.putIfAbsent(run.getRawText().strip(), lang.isEmpty() ? "no language" : lang);
                    }
                }
            }
        }
        return found.entrySet().stream().findFirst().map(first -> "\"" + first.getKey() + "\" is marked "
                + first.getValue() + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : ""));
    }

    /** A script the run's letters are in that its language is not written in, other than Latin; null if none. */
    private static UnicodeScript foreignLetters(String text, String lang) {
        if (text == null || lang.isEmpty()) {
            return null;
        }
        UnicodeScript own = Scripts.writtenIn(lang);
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            at += Character.charCount(c);
            UnicodeScript script = UnicodeScript.of(c);
            if (!Character.isLetter(c) || script == UnicodeScript.LATIN || script == own
                    || Scripts.face(script) == Scripts.Face.EAST_ASIAN && Scripts.face(own) == Scripts.Face.EAST_ASIAN) {
                continue;
            }
            return script;
        }
        return null;
    }

    private static List<XSLFTextShape> texts(XSLFSlide slide) {
        List<XSLFTextShape> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                texts.add(text);
            } else if (shape instanceof XSLFTable table) {
                for (XSLFTableRow row : table.getRows()) {
                    for (XSLFTableCell cell : row.getCells()) {
                        texts.add(cell);
                    }
                }
            }
        }
        return texts;
    }
}
