package lectern.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.List;
import lectern.deck.Claim;

/**
 * Measures how tall text sets in a box, with AWT's font metrics and line breaking. PowerPoint and
 * LibreOffice break lines a little differently, so widths are taken with a small safety margin.
 */
public final class TextMeasure {
    /** Renderers differ in kerning and hinting; measuring 4 % narrower keeps their lines inside ours. */
    private static final double WIDTH_SAFETY = 0.96;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final String family;

    public TextMeasure(String family) {
        this.family = family;
    }

    public String family() {
        return family;
    }

    /** Height in points of the paragraphs set at {@code size} in a column {@code width} points wide. */
    public double height(List<List<Claim.Span>> paragraphs, double size, double width, TextStyle style) {
        double wrap = (width - style.indent()) * WIDTH_SAFETY;
        Font regular = new Font(family, Font.PLAIN, 1).deriveFont((float) size);
        Font bold = regular.deriveFont(Font.BOLD);
        double total = 0;
        for (List<Claim.Span> paragraph : paragraphs) {
            // Counted above the first paragraph too: PowerPoint leaves it out there, but POI and some versions
            // of LibreOffice add it, and the text must fit in all of them.
            total += style.spaceBefore() * size;
            total += paragraphHeight(paragraph, regular, bold, wrap, style.lineSpacing());
        }
        return total;
    }

    private static double paragraphHeight(List<Claim.Span> spans, Font regular, Font bold, double wrap, double spacing) {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        if (text.toString().isBlank()) {
            return lineHeight(regular) * spacing;
        }
        AttributedString styled = new AttributedString(text.toString());
        int at = 0;
        for (Claim.Span span : spans) {
            faces(styled, span.text(), at, span.bold() ? bold : regular);
            at += span.text().length();
        }
        LineBreakMeasurer lines = new LineBreakMeasurer(styled.getIterator(), CONTEXT);
        double height = 0;
        while (lines.getPosition() < text.length()) {
            TextLayout line = lines.nextLayout((float) wrap);
            height += (line.getAscent() + line.getDescent() + line.getLeading()) * spacing;
        }
        return height;
    }

    /**
     * How wide the text is set on one line at {@code size}, with the margin for other renderers' kerning
     * that {@link #height} allows: what decides whether a line of code must wrap.
     */
    public double width(String text, double size) {
        if (text.isEmpty()) {
            return 0;
        }
        Font font = new Font(family, Font.PLAIN, 1).deriveFont((float) size);
        AttributedString styled = new AttributedString(text);
        faces(styled, text, 0, font);
        return new TextLayout(styled.getIterator(), CONTEXT).getAdvance() / WIDTH_SAFETY;
    }

    /**
     * Sets each stretch of the text in the face that will draw it: the box's own for Latin, Greek and Cyrillic, the
     * theme's East Asian or complex-script look-alike for the rest. A Latin face has no ideographs, and AWT would
     * measure each as the face's narrow missing-glyph box.
     */
    private static void faces(AttributedString styled, String text, int offset, Font latin) {
        int start = 0;
        while (start < text.length()) {
            Scripts.Face face = faceAt(text, start);
            int end = start;
            while (end < text.length() && faceAt(text, end) == face) {
                end += Character.charCount(text.codePointAt(end));
            }
            Font font = face == Scripts.Face.LATIN ? latin : Fonts.forFace(face, latin);
            styled.addAttribute(TextAttribute.FONT, font, offset + start, offset + end);
            start = end;
        }
    }

    /** The face of a character; spaces and punctuation go with the Latin face, which has them. */
    private static Scripts.Face faceAt(String text, int at) {
        return Scripts.face(text.codePointAt(at));
    }

    /** The height of one line at {@code size}. */
    public double lineHeight(double size) {
        return lineHeight(new Font(family, Font.PLAIN, 1).deriveFont((float) size));
    }

    private static double lineHeight(Font font) {
        return font.getLineMetrics("Xg", CONTEXT).getHeight();
    }

    /**
     * The text as it fits on one line {@code width} points wide at {@code size}: whole when it does, else cut
     * after the last word that fits, with an ellipsis. For footers, which hold one line or nothing.
     */
    public String oneLine(String text, double size, double width) {
        double line = height(List.of(List.of(new Claim.Span(sample(text), false))), size, width, TextStyle.PLAIN);
        if (height(List.of(List.of(new Claim.Span(text, false))), size, width, TextStyle.PLAIN) <= line) {
            return text;
        }
        String[] words = text.split(" ");
        for (int n = words.length - 1; n > 0; n--) {
            String cut = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[\\s,;:.\u2014\u2013-]+$", "") + "\u2026";
            if (height(List.of(List.of(new Claim.Span(cut, false))), size, width, TextStyle.PLAIN) <= line) {
                return cut;
            }
        }
        return "";
    }

    /**
     * A character of each face the text is set in, and an X: as tall as one line of the text is, in whichever face
     * sets its tallest letters (a CJK face's line is taller than a Latin one's).
     */
    private static String sample(String text) {
        StringBuilder sample = new StringBuilder("X");
        java.util.Set<Scripts.Face> seen = java.util.EnumSet.of(Scripts.Face.LATIN);
        text.codePoints().filter(c -> seen.add(Scripts.face(c))).forEach(sample::appendCodePoint);
        return sample.toString();
    }

    /** The largest size from {@code max} down to {@code min}, in whole points, at which the text fits. */
    public Fit fit(List<List<Claim.Span>> paragraphs, double width, double height, TextStyle style, double max, double min) {
        for (double size = max; size >= min; size -= 1) {
            if (height(paragraphs, size, width, style) <= height) {
                return new Fit(size, true);
            }
        }
        return new Fit(min, false);
    }

    /** A chosen size, and whether the text fits at it. */
    public record Fit(double size, boolean fits) {
    }
}
