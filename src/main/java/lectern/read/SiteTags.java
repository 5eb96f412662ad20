package lectern.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site generator's tags that show a picture: Jekyll's {@code {% include marginfigure.html url="…" %}}, Hugo's
 * {@code {{< figure src="…" >}}} and {@code {{% figure … %}}}. Each site names its includes and shortcodes as it
 * likes, so a tag is known by what it is given, not by its name: a tag with a picture file in its {@code src=},
 * {@code url=}, {@code image=}, {@code file=} or {@code path=} shows that picture. Any other tag needs the site's
 * generator to mean anything, and is left out.
 */
final class SiteTags {
    /**
     * Template tags a site generator fills in: Liquid's {@code {{ site.baseurl }}}, Hugo's shortcodes
     * {@code {{< ref x >}}} and {@code {{% param vers %}}} (whose inner {@code {% %}} flexmark reads as a Liquid
     * tag, leaving the outer braces as text).
     */
    static final Pattern TEMPLATE = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}|\\{\\{.*?\\}\\}");
    /**
     * One Liquid tag. flexmark reads two tags on one line as one, from the first {@code {%} to the last {@code %}}:
     * quoted values may hold a {@code %}.
     */
    private static final Pattern LIQUID = Pattern.compile("\\{%(?:[^%\"']|\"[^\"]*\"|'[^']*'|%(?!\\}))*%\\}");
    private static final Pattern PARAMETER = Pattern.compile(
            "([A-Za-z_][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'%}>]+))");
    private static final List<String> PATHS = List.of("src", "url", "image", "file", "path");
    private static final Pattern PICTURE_FILE = Pattern.compile("(?i).*\\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp)");
    /** What Jekyll puts before a site-root path, which names no file beside the essay. */
    private static final Pattern SITE_ROOT = Pattern.compile("^(?:\\{\\{-?\\s*site\\.(?:baseurl|url)\\s*-?\\}\\}\\s*)+/?");
    /** Jekyll's {@code {{ "assets/x.png" | relative_url }}}: the path in quotes is the file. */
    private static final Pattern FILTERED = Pattern.compile(
            "^\\{\\{-?\\s*([\"'])(.*?)\\1\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?\\}\\}$");

    private SiteTags() {
    }

    /** The Liquid tags in what flexmark read as one (two on a line come as one). */
    static List<String> split(String chars) {
        List<String> tags = new ArrayList<>();
        Matcher tag = LIQUID.matcher(chars);
        while (tag.find()) {
            tags.add(tag.group());
        }
        return tags.isEmpty() ? List.of(chars.strip()) : tags;
    }

    /**
     * Reads a tag that shows a picture into {@code pictures}, or into {@code leftOut} when its file is named
     * through the generator ({@code {{ page.image }}}) and so names none the reader can find.
     *
     * @return whether the tag shows a picture: false for any other tag, which the caller reports
     */
    static boolean read(String tag, int line, List<Image> pictures, List<LeftOut> leftOut) {
        Map<String, String> parameters = parameters(tag);
        Optional<String> src = PATHS.stream().map(parameters::get).filter(p -> p != null)
                .map(SiteTags::withoutSiteRoot).filter(p -> PICTURE_FILE.matcher(p.replaceFirst("[?#].*$", "")).matches())
                .findFirst();
        if (src.isEmpty()) {
            return false;
        }
        Matcher template = TEMPLATE.matcher(src.get());
        if (template.find()) {
            leftOut.add(new LeftOut(line, "picture " + LeftOut.shown(src.get()) + " is named through the site's generator ("
                    + template.group() + "), which Lectern does not run; left out"));
            return true;
        }
        String caption = first(parameters, "caption", "description");
        String alt = first(parameters, "alt", "description", "caption", "title");
        pictures.add(new Image(src.get(), alt, first(parameters, "title"), line, caption));
        return true;
    }

    private static String withoutSiteRoot(String path) {
        Matcher filtered = FILTERED.matcher(path.strip());
        String file = filtered.matches() ? filtered.group(2) : path.strip();
        return SITE_ROOT.matcher(file).replaceFirst("");
    }

    private static String first(Map<String, String> parameters, String... names) {
        for (String name : names) {
            String value = parameters.getOrDefault(name, "").replaceAll("\\s+", " ").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** A tag's named parameters, by their names in lower case; the first of a name wins. */
    private static Map<String, String> parameters(String tag) {
        Map<String, String> parameters = new HashMap<>();
        Matcher parameter = PARAMETER.matcher(tag);
        while (parameter.find()) {
            String value = parameter.group(2) != null ? parameter.group(2)
                    : parameter.group(3) != null ? parameter.group(3) : parameter.group(4);
            parameters.putIfAbsent(parameter.group(1).toLowerCase(Locale.ROOT), value);
        }
        return parameters;
    }
}
