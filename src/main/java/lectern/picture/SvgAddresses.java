package lectern.picture;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses an SVG names, as {@link InertSvg} judges them: a part of the SVG itself ({@code #id}) or a picture
 * written into it ({@code data:}) is the SVG's own; an address that runs code ({@code javascript:}) is taken out;
 * any other is something outside it, on the web or on disk, and the SVG is refused for it.
 */
final class SvgAddresses {
    private static final Pattern ACTIVE = Pattern.compile("(?i)^(javascript|vbscript|livescript):|^data:text/html");
    /** An address with a scheme of its own (a single letter is a Windows drive) or from the root of a host. */
    private static final Pattern WEB = Pattern.compile("(?i)^(//|[a-z][a-z0-9+.-]+:)");
    /** A CSS {@code url(...)}, or an {@code @import} of a style sheet by its address alone. */
    private static final Pattern CSS = Pattern.compile(
            "(?i)url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3");
    private static final String INSIDE = "put that picture inside the SVG";

    private SvgAddresses() {
    }

    /** An address that runs code when followed: browsers read it with its spaces and control characters taken out. */
    static boolean active(String address) {
        return ACTIVE.matcher(address.replaceAll("[\\s\\p{Cntrl}]", "")).find();
    }

    /** Refuses every address a style sheet or style attribute would load. */
    static void inCss(String called, String text) throws PictureProblem {
        if (text == null || !text.toLowerCase(Locale.ROOT).contains("url(") && !text.contains("@import")) {
            return;
        }
        Matcher css = CSS.matcher(text);
        while (css.find()) {
            loadable(called, (css.group(2) != null ? css.group(2) : css.group(4)).strip());
        }
    }

    /** Refuses an address that would be loaded from outside the SVG. */
    static void loadable(String called, String address) throws PictureProblem {
        if (address.isEmpty() || address.startsWith("#") || address.regionMatches(true, 0, "data:", 0, 5)
                || active(address)) {
            return;
        }
        throw refused(called, address);
    }

    /** The refusal of an SVG that would load the address: from the web, or from a file. */
    static PictureProblem refused(String called, String address) {
        return WEB.matcher(address).find() && !address.regionMatches(true, 0, "file:", 0, 5)
                ? refused(called, "refers to the web, and Lectern never fetches pictures", address, INSIDE)
                : refused(called, "refers to a file outside itself, which Lectern never reads", address, INSIDE);
    }

    /** The words of a refusal; the address only in the advice, which the deck's gap does not show. */
    static PictureProblem refused(String called, String why, String address, String advice) {
        String shown = address.length() <= 80 ? address : address.substring(0, 77) + "...";
        return new PictureProblem(called + " is refused: it " + why, "it names " + shown + "; " + advice);
    }
}
