package lectern.read;

import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lectern.Warnings;

/**
 * The blocks flexmark leaves as markup, read for the pictures in them: HTML blocks ({@link HtmlPictures}) and lines of
 * a site generator's tags ({@link SiteTags}). What is left once the pictures are out is reported as before: HTML's
 * words go to the notes, other tags are left out.
 */
final class PictureBlocks {
    /** What flexmark keeps of text around HTML's tags: the words, as the notes hold them. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");
    private final Path file;
    private final Document document;
    private final Warnings warnings;

    PictureBlocks(Path file, Document document, Warnings warnings) {
        this.file = file;
        this.document = document;
        this.warnings = warnings;
    }

    /**
     * An HTML block's pictures, and its words as a paragraph of the notes. Its pictures are what a block of
     * {@code <p align="center"><img …></p>} means, so it is reported only for what else it holds (and for each picture
     * it cannot show); a block with no picture is reported as raw HTML, as it always was.
     */
    void html(String html, int line, List<Block> into) {
        HtmlPictures.Found found = HtmlPictures.scan(html, line);
        boolean meantPictures = !found.pictures().isEmpty() || !found.leftOut().isEmpty();
        if (!meantPictures || found.restSaysMore()) {
            words(found.rest(), line, into);
        }
        report(found.leftOut());
        into.addAll(found.pictures());
    }

    /**
     * HTML a {@code <details>} block holds beside its own tags: its pictures, and its words (once only
     * dropped) in the notes. The tags that place a picture are nothing to report here.
     */
    void htmlInDetails(String html, int line, List<Block> into) {
        HtmlPictures.Found found = HtmlPictures.scan(html, line);
        if (found.restSaysMore()) {
            words(found.rest(), line, into);
        }
        report(found.leftOut());
        into.addAll(found.pictures());
    }

    private void words(String html, int line, List<Block> into) {
        String text = TAG.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
        warnings.add(file, line, "raw HTML left off the slides" + (text.isEmpty() ? "" : "; its text is in the notes"));
        if (!text.isEmpty()) {
            into.add(new Paragraph(List.of(Run.plain(text)), line));
        }
    }

    /** A line of a site generator's tags: each that shows a picture is one; each other is left out, and said so. */
    void siteTags(JekyllTagBlock block, int line, List<Block> into) {
        List<Image> pictures = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        boolean any = false;
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof JekyllTag tag) {
                any = true;
                int at = SourceLine.start(document, tag);
                for (String each : SiteTags.split(tag.getChars().toString())) {
                    if (!SiteTags.read(each, at, pictures, leftOut)) {
                        leftOut.add(new LeftOut(at, notRun(each)));
                    }
                }
            }
        }
        if (!any) {
            leftOut.add(new LeftOut(line, notRun(block.getChars().toString().strip())));
        }
        report(leftOut);
        into.addAll(pictures);
    }

    private static String notRun(String tag) {
        return "site generator tag " + BlockReader.shortened(tag) + " left out: Lectern does not run Jekyll";
    }

    void report(List<LeftOut> leftOut) {
        leftOut.forEach(each -> warnings.add(file, each.line(), each.message()));
    }
}
