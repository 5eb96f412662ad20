package lectern.read;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A heading's words, and what becomes of its pictures. A heading that is nothing but a picture
 * ({@code # ![btop++](Img/logo.png)}) is titled by its alt text and keeps the picture: then it is what the author
 * shows. A picture beside a section heading's words ({@code ## Receivers <img src="/img/logos/32x32/Receivers.svg">})
 * is the section's icon, the picture the author gave it: its section shows it, whole (icons are drawn as
 * diagrams are), before anything else. Beside the title's words, where the title slide has its own picture,
 * it is left off and reported.
 *
 * @param text     the heading's words as the reader sees them, no markup left; a lone picture's alt text
 * @param pictures the picture a heading of nothing else shows; empty when the heading has words
 * @param icons    pictures beside the heading's words
 * @param leftOut  each picture left off, with why
 */
record HeadingText(String text, List<Image> pictures, List<Image> icons, List<LeftOut> leftOut) {

    /** @param footnotes the numbers footnotes have been given so far, as {@link Inlines#collect} takes them */
    static HeadingText of(Node heading, Document document, Map<String, Integer> footnotes) {
        Inlines.Result inline = Inlines.collect(heading, document, footnotes, true);
        String text = inline.text().replaceAll("\\s+", " ").strip();
        List<LeftOut> leftOut = new ArrayList<>(inline.leftOut());
        if (!text.isEmpty()) {
            return new HeadingText(text, List.of(), inline.images(), leftOut);
        }
        String alt = inline.images().isEmpty() ? "" : inline.images().get(0).alt().strip();
        return new HeadingText(alt, inline.images(), List.of(), leftOut);
    }

    /** Why a picture beside a heading's words is not on the slides. */
    static LeftOut icon(Image icon) {
        return new LeftOut(icon.line(), "picture " + LeftOut.shown(icon.src())
                + " beside a heading's words is the web page's icon for it; left off the slides");
    }
}
