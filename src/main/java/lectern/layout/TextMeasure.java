package lectern.layout;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        return heightUpTo(paragraphs, size, width, style, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #height}, measured only as far as {@code most} points: the height when it is no more, else some
     * height over {@code most}. What fits is measured whole, and what cannot fit costs no more than the room it
     * overflows: a heading of 5 MB is not set line by line to learn that its first words fill the box.
     */
    public double heightUpTo(List<List<Claim.Span>> paragraphs, double size, double width, TextStyle style, double most) {
        // A column narrower than nothing (a table of hundreds of columns) still sets a letter a line.
        double wrap = Math.max(1, (width - style.indent()) * WIDTH_SAFETY);
        Font regular = new Font(family, Font.PLAIN, 1).deriveFont((float) size);
        Font bold = regular.deriveFont(Font.BOLD);
        double total = 0;
        for (List<Claim.Span> paragraph : paragraphs) {
            // Counted above the first paragraph too: PowerPoint leaves it out there, but POI and some versions
            // of LibreOffice add it, and the text must fit in all of them.
            total += style.spaceBefore() * size;
            total += paragraphHeight(paragraph, regular, bold, wrap, style.lineSpacing(), most - total);
            if (total > most) {
                return total;
            }
        }
        return total;
    }

    /** Where a paragraph is first measured from its start alone, when only so much room is asked about. */
    private static final int FIRST_START = 2_000;

    /**
     * Paragraphs measured whole, by font, size, column and text: the writer sets the planner's sizes again, a
     * fitted box tries each size down from the largest, and a rebuild in the same JVM (the build server, --watch)
     * measures mostly what it measured before.
     */
    private static final Map<Measured, Double> MEASURED = new ConcurrentHashMap<>();
    /** Enough for the paragraphs of a few big decks; then it starts again. */
    private static final int MOST_MEASURED = 50_000;
    /** Longer paragraphs are measured every time: few, and each would be held as a key. */
    private static final int LONGEST_MEASURED = 4_000;

    private record Measured(String family, float size, double wrap, double spacing, List<Claim.Span> spans) {
    }

    private static double paragraphHeight(List<Claim.Span> spans, Font regular, Font bold, double wrap, double spacing,
                                          double room) {
        String text = Claim.Span.text(spans);
        if (text.length() > LONGEST_MEASURED) {
            return measuredHeight(spans, text, regular, bold, wrap, spacing, room);
        }
        Measured key = new Measured(regular.getName(), regular.getSize2D(), wrap, spacing, List.copyOf(spans));
        Double known = MEASURED.get(key);
        if (known != null) {
            // The whole height: over the room when the paragraph overflows it, which is all a caller asks then.
            return known;
        }
        double height = measuredHeight(spans, text, regular, bold, wrap, spacing, Double.POSITIVE_INFINITY);
        if (MEASURED.size() >= MOST_MEASURED) {
            MEASURED.clear();
        }
        MEASURED.put(key, height);
        return height;
    }

    private static double measuredHeight(List<Claim.Span> spans, String text, Font regular, Font bold, double wrap,
                                         double spacing, double room) {
        if (text.isBlank()) {
            return lineHeight(regular) * spacing;
        }
        // Starts twice as long each time, until one overflows the room or the whole is measured: a start never
        // sets taller than the whole, and the work stays within twice what the room can hold.
        int chars = Double.isInfinite(room) ? text.length() : FIRST_START;
        while (true) {
            int end = startOf(text, chars);
            double height = linesHeight(spans, text, end, regular, bold, wrap, spacing, room);
            if (height > room || end == text.length()) {
                return height;
            }
            chars = end * 2;
        }
    }

    /** The length of the text's start of about {@code chars} characters, never cutting a character in two. */
    private static int startOf(String text, int chars) {
        if (chars >= text.length()) {
            return text.length();
        }
        return Character.isLowSurrogate(text.charAt(chars)) ? chars + 1 : chars;
    }

    /** The height of the first {@code end} characters of the spans' text, set line by line until past the room. */
    private static double linesHeight(List<Claim.Span> spans, String text, int end, Font regular, Font bold, double wrap,
                                      double spacing, double room) {
        AttributedString styled = new AttributedString(text.substring(0, end));
        int at = 0;
        for (Claim.Span span : spans) {
            if (at >= end) {
                break;
            }
            String part = span.text().substring(0, Math.min(span.text().length(), end - at));
            faces(styled, part, at, span.bold() ? bold : regular);
            at += span.text().length();
        }
        LineBreakMeasurer lines = new LineBreakMeasurer(styled.getIterator(), CONTEXT);
        double height = 0;
        while (lines.getPosition() < end && height <= room) {
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
        return width(text, size, false);
    }

    /** As {@link #width(String, double)}, in the bold face when {@code bold}: a table's header. */
    public double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        Font font = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
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
        java.util.function.Predicate<String> fits = shown -> heightUpTo(List.of(List.of(new Claim.Span(shown, false))),
                size, width, TextStyle.PLAIN, line) <= line;
        if (fits.test(text)) {
            return text;
        }
        String[] words = text.split(" ");
        int most = Longest.start(words.length - 1, n -> fits.test(cut(words, n)));
        return most == 0 ? "" : cut(words, most);
    }

    /** The first {@code n} words, without the punctuation that ended the last of them, and an ellipsis. */
    private static String cut(String[] words, int n) {
        return String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[\\s,;:.\u2014\u2013-]+$", "") + "\u2026";
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

    /**
     * The largest size from {@code max} down to {@code min}, in whole points, at which the text fits, and rather one
     * at which its longest word fits the column too: a renderer breaks a word wider than its line inside it
     * ("AdminNetworkPolic-y"). A word too long at every size (an address) leaves the size to the height alone.
     */
    public Fit fit(List<List<Claim.Span>> paragraphs, double width, double height, TextStyle style, double max, double min) {
        Optional<String> longest = longestWord(paragraphs);
        double column = width - style.indent();
        Fit byHeight = null;
        for (double size = max; size >= min; size -= 1) {
            if (heightUpTo(paragraphs, size, width, style, height) <= height) {
                byHeight = byHeight == null ? new Fit(size, true) : byHeight;
                if (longest.isEmpty() || width(longest.get(), size, true) <= column) {
                    return new Fit(size, true);
                }
            }
        }
        return byHeight == null ? new Fit(min, false) : byHeight;
    }

    /**
     * The word of the most letters, of those a line may not break inside: Chinese, Japanese, Korean and Thai break
     * between their letters, so words in them do not count.
     */
    private static Optional<String> longestWord(List<List<Claim.Span>> paragraphs) {
        String longest = "";
        for (List<Claim.Span> paragraph : paragraphs) {
            StringBuilder text = new StringBuilder();
            paragraph.forEach(span -> text.append(span.text()));
            for (String word : text.toString().split("\\s+")) {
                if (word.length() > longest.length() && word.codePoints().allMatch(c -> Scripts.face(c) != Scripts.Face.EAST_ASIAN
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.THAI)) {
                    longest = word;
                }
            }
        }
        return longest.isEmpty() ? Optional.empty() : Optional.of(longest);
    }

    /** A chosen size, and whether the text fits at it. */
    public record Fit(double size, boolean fits) {
    }
}
