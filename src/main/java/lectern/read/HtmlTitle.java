package lectern.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A README's HTML title, {@code <h1 align="center">btop++</h1>}: what stands in for a Markdown H1. */
final class HtmlTitle {
    private static final Pattern H1 = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private HtmlTitle() {
    }

    /** The words of the block's first {@code <h1>}, or the alt text of a picture that is all it holds. */
    static Optional<String> of(String html) {
        Matcher h1 = H1.matcher(html);
        if (!h1.find()) {
            return Optional.empty();
        }
        String inside = h1.group(1);
        String words = inside.replaceAll("<[^>]*>", " ").replaceAll("&nbsp;", " ").replaceAll("\\s+", " ").strip();
        if (!words.isEmpty()) {
            return Optional.of(words);
        }
        Matcher alt = ALT.matcher(inside);
        return alt.find() ? Optional.of((alt.group(1) != null ? alt.group(1) : alt.group(2)).strip()).filter(a -> !a.isEmpty())
                : Optional.empty();
    }
}
