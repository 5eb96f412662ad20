package lectern.handout;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A handout as a Markdown viewer shows it: the HTML a CommonMark renderer makes of it, and that HTML's text. */
final class Rendered {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Pattern HEADING = Pattern.compile("<h2>(.*?)</h2>", Pattern.DOTALL);

    final String html;

    Rendered(String markdown) {
        html = HtmlRenderer.builder(OPTIONS).build().render(Parser.builder(OPTIONS).build().parse(markdown));
    }

    /** What a reader sees, white space run together: no Markdown mark may be left in it, no word lost. */
    String text() {
        return normalise(text(html));
    }

    /** The text of every slide's heading, in order. */
    List<String> headings() {
        List<String> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(html);
        while (m.find()) {
            headings.add(normalise(text(m.group(1))));
        }
        return headings;
    }

    static String text(String html) {
        // Inline tags sit inside words ("word<strong>s</strong>"); block tags separate them.
        return html.replaceAll("</?(strong|em|code|a)( [^>]*)?>", "").replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
