package lectern.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns flexmark's inline nodes into formatted {@link Run}s, pulling images out as they are met: an image
 * is a picture for a slide, not words of the prose.
 */
final class Inlines {
    private final Document document;
    private final Map<String, Integer> footnotes;
    private final List<Run> runs = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<String> cites = new ArrayList<>();
    private boolean html;

    private Inlines(Document document, Map<String, Integer> footnotes) {
        this.document = document;
        this.footnotes = footnotes;
    }

    /**
     * @param cites the footnotes cited, by label
     * @param html  whether raw HTML tags were left out
     */
    record Result(List<Run> runs, List<Image> images, List<String> cites, boolean html) {
        boolean hasText() {
            return runs.stream().anyMatch(r -> !r.text().isBlank());
        }
    }

    /**
     * @param footnotes the numbers footnotes have been given so far, by label: a footnote cited for the first
     *                  time gets the next, so numbers follow the order of first citation
     */
    static Result collect(Node parent, Document document, Map<String, Integer> footnotes) {
        Inlines inlines = new Inlines(document, footnotes);
        inlines.children(parent, Run.plain(""));
        return new Result(trim(merge(inlines.runs)), List.copyOf(inlines.images), List.copyOf(inlines.cites), inlines.html);
    }

    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private void children(Node parent, Run style) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child, style);
        }
    }

    private void node(Node node, Run style) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            add(node.getChars().unescape(), style);
        } else if (node instanceof SoftLineBreak) {
            add(" ", style);
        } else if (node instanceof HardLineBreak) {
            add("\n", style);
        } else if (node instanceof StrongEmphasis) {
            children(node, new Run("", true, style.italic(), style.code(), style.link()));
        } else if (node instanceof Emphasis) {
            children(node, new Run("", style.bold(), true, style.code(), style.link()));
        } else if (node instanceof Code code) {
            add(code.getText().toString(), new Run("", style.bold(), style.italic(), true, style.link()));
        } else if (node instanceof Link link) {
            children(node, withLink(style, link.getUrl().unescape()));
        } else if (node instanceof AutoLink link) {
            add(link.getText().toString(), withLink(style, link.getUrl().unescape()));
        } else if (node instanceof MailLink mail) {
            add(mail.getText().toString(), withLink(style, "mailto:" + mail.getText()));
        } else if (node instanceof com.vladsch.flexmark.ast.Image image) {
            images.add(new Image(image.getUrl().unescape(), plainText(image), image.getTitle().unescape(),
                    image.getStartLineNumber() + 1));
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target != null) {
                images.add(new Image(target.getUrl().unescape(), plainText(ref), target.getTitle().unescape(),
                        ref.getStartLineNumber() + 1));
            } else {
                add(ref.getChars().toString(), style);
            }
        } else if (node instanceof LinkRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target != null) {
                children(node, withLink(style, target.getUrl().unescape()));
            } else {
                add(ref.getChars().toString(), style);
            }
        } else if (node instanceof HtmlInlineBase) {
            // Inline tags carry no words of their own; the text between them is kept as Text nodes.
            html = html || !(node instanceof com.vladsch.flexmark.ast.HtmlInlineComment);
        } else if (node instanceof Footnote footnote) {
            // The marker stays where the author put it; the footnote's text goes to the slide's notes.
            FootnoteBlock block = footnote.getFootnoteBlock();
            if (block != null) {
                String label = block.getText().toString();
                cites.add(label);
                add("[" + footnotes.computeIfAbsent(label, l -> footnotes.size() + 1) + "]", style);
            } else {
                add(footnote.getChars().toString(), style);
            }
        } else {
            children(node, style);
        }
    }

    private static Run withLink(Run style, String url) {
        return new Run("", style.bold(), style.italic(), style.code(), url);
    }

    private void add(String text, Run style) {
        if (!text.isEmpty()) {
            runs.add(new Run(text, style.bold(), style.italic(), style.code(), style.link()));
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).sameStyleAs(run)) {
                Run prev = merged.get(last);
                merged.set(last, new Run(prev.text() + run.text(), run.bold(), run.italic(), run.code(), run.link()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }

    /** Markdown's own line structure is not prose: strip the paragraph's outer whitespace. */
    private static List<Run> trim(List<Run> runs) {
        List<Run> out = new ArrayList<>(runs);
        while (!out.isEmpty() && out.get(0).text().isBlank()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty()) {
            Run first = out.get(0);
            out.set(0, new Run(first.text().stripLeading(), first.bold(), first.italic(), first.code(), first.link()));
            Run last = out.get(out.size() - 1);
            out.set(out.size() - 1,
                    new Run(last.text().stripTrailing(), last.bold(), last.italic(), last.code(), last.link()));
        }
        return out;
    }
}
