package lectern.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A picture as the essay references it: a Markdown image, an HTML {@code <img>}, {@code <picture>} or
 * {@code <figure>}, or a site generator's picture tag ({@code {% include marginfigure.html url=… %}}, Hugo's
 * {@code {{< figure src=… >}}}).
 *
 * @param src     the path or URL exactly as written, query and fragment kept (the picture package reads them); only
 *                a site generator's {@code {{ site.baseurl }}/} in front is gone, since no file is named so
 * @param alt     the alt text, possibly empty
 * @param title   the image title ({@code ![alt](src "title")}, {@code title="…"}), possibly empty
 * @param caption the words the author set under the picture ({@code <figcaption>}, a tag's {@code caption=} or
 *                {@code description=}), possibly empty
 */
public record Image(String src, String alt, String title, int line, String caption) implements Block {
    /**
     * Alt texts that say only that there is a picture: what a template or an editor fills in. Compared without
     * case, and without the punctuation around them.
     */
    private static final Set<String> PLACEHOLDERS = Set.of("alt", "alt text", "image", "img", "picture", "screenshot",
            "screen shot");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[^\\s/]+\\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp)");

    public Image(String src, String alt, String title, int line) {
        this(src, alt, title, line, "");
    }

    /** Whether the alt text only says there is a picture, or names its file: no description of what it shows. */
    public boolean hasPlaceholderAlt() {
        return isPlaceholderAlt(alt, src);
    }

    /**
     * Whether {@code alt} is a placeholder for the picture at {@code src}: "Alt text", "image", "screenshot", the
     * file's name with or without its extension. An empty alt is no placeholder: the author wrote none.
     */
    public static boolean isPlaceholderAlt(String alt, String src) {
        String words = alt.strip().replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return false;
        }
        if (PLACEHOLDERS.contains(words) || FILE_NAME.matcher(alt.strip()).matches()) {
            return true;
        }
        String file = src.replaceFirst("[?#].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return !file.isEmpty() && (words.equals(file) || words.equals(file.replaceFirst("\\.[a-z0-9]{1,5}$", "")));
    }
}
