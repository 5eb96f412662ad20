package lectern.read;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures in HTML as READMEs and web pages write them: {@code <img>}, {@code <picture>} with its sources, and
 * {@code <figure>} with its {@code <figcaption>}. flexmark hands HTML over as text, so it is read here with
 * patterns, forgivingly: attributes in any order, quoted either way or not at all, a tag closed or not.
 */
final class HtmlPictures {
    /** A tag's attributes; a value may hold a {@code >} inside its quotes. */
    private static final String ATTRIBUTES = "(?:[^>\"']|\"[^\"]*\"|'[^']*')*";
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b" + ATTRIBUTES + ">");
    private static final Pattern SOURCE = Pattern.compile("(?i)<source\\b" + ATTRIBUTES + ">");
    private static final Pattern FIGCAPTION = Pattern.compile("(?is)<figcaption\\b[^>]*>(.*?)</figcaption\\s*>");
    /** What holds a picture, or is one, in the order they are tried at each place. */
    private static final Pattern ELEMENT = Pattern.compile("(?is)<(picture|figure)\\b[^>]*>.*?</\\1\\s*>"
            + "|<(h[1-6])\\b[^>]*>.*?</\\2\\s*>|<img\\b" + ATTRIBUTES + ">");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /**
     * Tags that only place a picture on a web page (centred, linked, in a row): once its pictures are taken out,
     * a block of nothing else has nothing more to say.
     */
    private static final Pattern WRAPPER = Pattern.compile(
            "(?i)</?(?:p|div|a|center|span|br|picture|figure|source)\\b" + ATTRIBUTES + ">|<!--.*?-->", Pattern.DOTALL);

    private HtmlPictures() {
    }

    /**
     * An HTML block's pictures, and the rest of its HTML with them taken out.
     *
     * @param line      the line the HTML starts on
     * @param pictures  what the block shows, in order
     * @param leftOut   pictures the reader left out, each with why
     * @param rest      the block's HTML without its pictures (a heading keeps its words)
     */
    record Found(int line, List<Image> pictures, List<LeftOut> leftOut, String rest) {
        /** Whether anything but the tags that place a picture is left: words, or HTML the slides cannot show. */
        boolean restSaysMore() {
            return !WRAPPER.matcher(rest).replaceAll("").isBlank();
        }

        /** The words left, as the notes keep them. */
        String restText() {
            return words(rest);
        }
    }

    /** Reads every picture of an HTML block (or the fragment of one) that starts on {@code line}. */
    static Found scan(String html, int line) {
        List<Image> pictures = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher element = ELEMENT.matcher(html);
        int at = 0;
        while (element.find()) {
            rest.append(html, at, element.start());
            at = element.end();
            int where = line + lines(html, element.start());
            String found = element.group();
            if ("picture".equalsIgnoreCase(element.group(1))) {
                picture(found, where, "").ifPresentOrElse(pictures::add, () -> rest.append(found));
            } else if (element.group(1) != null) {
                figure(found, where, pictures, rest);
            } else if (element.group(2) != null) {
                heading(found, where, pictures, leftOut, rest);
            } else {
                img(found, where, "").ifPresentOrElse(pictures::add, () -> leftOut.add(noSource(where)));
            }
        }
        rest.append(html.substring(at));
        return new Found(line, pictures, leftOut, rest.toString());
    }

    /**
     * An {@code <img>} tag as a picture; empty when it names no file.
     *
     * @param caption the caption of the figure it is in, empty when none
     */
    static Optional<Image> img(String tag, int line, String caption) {
        Map<String, String> attributes = attributes(tag);
        String src = attributes.getOrDefault("src", "").strip();
        if (src.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Image(src, words(attributes.getOrDefault("alt", "")),
                words(attributes.getOrDefault("title", "")), line, caption));
    }

    /** Why an {@code <img>} with no {@code src} is not on the slides. */
    static LeftOut noSource(int line) {
        return new LeftOut(line, "an <img> without a src names no picture; left out");
    }

    /** Whether an {@code <img>} says it only decorates, with an {@code alt=""} written out. */
    static boolean isDecorative(String tag) {
        String alt = attributes(tag).get("alt");
        return alt != null && alt.isBlank();
    }

    /** Whether a tag is the {@code <img>} of {@link #img}. */
    static boolean isImg(String tag) {
        return IMG.matcher(tag).matches();
    }

    /** The first address of a {@code <source>}'s {@code srcset} ("a.webp 1x, a@2x.webp 2x"): the plainest one. */
    static Optional<String> firstSource(String tag) {
        if (!SOURCE.matcher(tag).matches()) {
            return Optional.empty();
        }
        String set = attributes(tag).getOrDefault("srcset", attributes(tag).getOrDefault("src", "")).strip();
        String first = set.split(",")[0].strip().split("\\s+")[0];
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    /** A {@code <picture>}: its {@code <img>}, which every browser shows, else the first of its sources. */
    private static Optional<Image> picture(String html, int line, String caption) {
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            Optional<Image> image = img(img.group(), line + lines(html, img.start()), caption);
            if (image.isPresent()) {
                return image;
            }
        }
        Matcher source = SOURCE.matcher(html);
        while (source.find()) {
            Optional<String> src = firstSource(source.group());
            if (src.isPresent()) {
                return Optional.of(new Image(src.get(), "", "", line + lines(html, source.start()), caption));
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code <figure>}'s pictures; its caption goes with the first, so the words are held once. A figure with no
     * picture (a quotation, a table) is left to the rest, its words with it.
     */
    private static void figure(String html, int line, List<Image> pictures, StringBuilder rest) {
        Matcher caption = FIGCAPTION.matcher(html);
        String words = caption.find() ? words(caption.group(1)) : "";
        Found inside = scan(FIGCAPTION.matcher(inner(html)).replaceAll(" "), line);
        if (inside.pictures().isEmpty()) {
            rest.append(html);
            return;
        }
        Image first = inside.pictures().get(0);
        pictures.add(new Image(first.src(), first.alt(), first.title(), first.line(), words));
        pictures.addAll(inside.pictures().subList(1, inside.pictures().size()));
        rest.append(inside.rest());
    }

    /** An HTML heading's pictures, by the rule {@link HeadingText} gives a Markdown heading's: its section shows them. */
    private static void heading(String html, int line, List<Image> pictures, List<LeftOut> leftOut, StringBuilder rest) {
        Found inside = scan(inner(html), line);
        if (inside.pictures().isEmpty()) {
            rest.append(html);
            return;
        }
        pictures.addAll(inside.pictures());
        leftOut.addAll(inside.leftOut());
        rest.append(inside.rest());
    }

    /** An element's content: the element without its own opening and closing tags, lines kept. */
    private static String inner(String element) {
        return element.replaceFirst("^<[^>]*>", "").replaceFirst("</[^>]*>$", "");
    }

    /** A tag's attributes by their names in lower case, values with their entities decoded; the first of a name wins. */
    static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String inside = tag.replaceFirst("^<\\s*[A-Za-z][A-Za-z0-9]*", "").replaceFirst("/?\\s*>$", "");
        Matcher attribute = ATTRIBUTE.matcher(inside);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4) != null ? attribute.group(4) : "";
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), Escaping.unescapeHtml(value));
        }
        return attributes;
    }

    /** HTML's words as one line: tags gone, entities decoded, white space as one space. */
    static String words(String html) {
        return Escaping.unescapeHtml(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    private static int lines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            lines += text.charAt(i) == '\n' ? 1 : 0;
        }
        return lines;
    }
}
