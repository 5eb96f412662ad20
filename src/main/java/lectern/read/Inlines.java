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
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns flexmark's inline nodes into formatted {@link Run}s, pulling pictures out as they are met: a Markdown image,
 * an HTML {@code <img>} or {@code <picture>} ({@link InlinePictures}), a site generator's picture tag
 * ({@link SiteTags}) is a picture for a slide, not words of the prose. Math keeps the author's TeX as code;
 * attributes ({@code {#id}}) and other site-generator tags ({@code {% include %}}, Hugo's {@code {{< ref >}}}) are
 * markup, not words.
 */
final class Inlines {
    private static final Pattern TEMPLATE = SiteTags.TEMPLATE;
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");
    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile(
            "(?i)</a\\s*>|<a\\s+(?:id|name)\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\S+)\\s*/?>");
    private final Document document;
    private final Map<String, Integer> footnotes;
    private final List<Run> runs = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<String> cites = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();
    private final InlinePictures pictures = new InlinePictures(images, leftOut);
    private final Node parent;
    private boolean html;
    /** The closing brace of a Hugo shortcode, still to be taken off the text that follows its tag. */
    private boolean braceAfterTag;

    private Inlines(Node parent, Document document, Map<String, Integer> footnotes) {
        this.parent = parent;
        this.document = document;
        this.footnotes = footnotes;
    }

    /**
     * @param cites the footnotes cited, by label
     * @param html  whether raw HTML tags were left out
     * @param tags  the site generator's template tags left out, as written (not those that show a picture)
     * @param leftOut pictures that were meant but cannot be shown, with why
     */
    record Result(List<Run> runs, List<Image> images, List<String> cites, boolean html, List<String> tags,
                  List<LeftOut> leftOut) {
        boolean hasText() {
            return runs.stream().anyMatch(r -> !r.text().isBlank());
        }

        String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /**
     * @param footnotes the numbers footnotes have been given so far, by label: a footnote cited for the first
     *                  time gets the next, so numbers follow the order of first citation
     */
    static Result collect(Node parent, Document document, Map<String, Integer> footnotes) {
        return collect(parent, document, footnotes, false);
    }

    /** @param iconsShown a heading's: its icon, {@code alt=""} or not, is the section's picture ({@link HeadingText}) */
    static Result collect(Node parent, Document document, Map<String, Integer> footnotes, boolean iconsShown) {
        Inlines inlines = new Inlines(parent, document, footnotes);
        inlines.children(parent, Run.plain(""));
        List<Run> runs = inlines.withoutTemplateTags(merge(inlines.runs));
        inlines.pictures.finish(!iconsShown && runs.stream().anyMatch(r -> !r.text().isBlank()));
        // Hugo's shortcodes are found in the text after the rest: the pictures in the order the essay shows them.
        inlines.images.sort(java.util.Comparator.comparingInt(Image::line));
        return new Result(trim(merge(runs)), List.copyOf(inlines.images), List.copyOf(inlines.cites), inlines.html,
                List.copyOf(inlines.tags), List.copyOf(inlines.leftOut));
    }

    /**
     * The words of a heading or an emphasised line as the reader sees them: escapes undone ({@code 1\.} is "1."),
     * attributes and tags left out, a picture by its alt text.
     */
    static String plainText(Node node) {
        return HeadingText.of(node, node.getDocument(), new java.util.HashMap<>()).text();
    }

    /** The runs with the site generator's template tags taken out of their text (code is left as written). */
    private List<Run> withoutTemplateTags(List<Run> merged) {
        List<Run> out = new ArrayList<>();
        for (Run run : merged) {
            if (run.code() || !TEMPLATE.matcher(run.text()).find()) {
                out.add(run);
                continue;
            }
            java.util.regex.Matcher tag = TEMPLATE.matcher(run.text());
            while (tag.find()) {
                siteTag(tag.group(), lineOf(tag.group()));
            }
            String text = TEMPLATE.matcher(run.text()).replaceAll("").replaceAll(" {2,}", " ");
            out.add(new Run(text, run.bold(), run.italic(), run.code(), run.link()));
        }
        return out;
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
            // Pandoc's {alt='...'} after a picture gives its alt text (the Carpentries leave the brackets empty).
            String alt = attribute(image.getNext(), "alt").orElseGet(() -> textOf(image));
            String title = attribute(image.getNext(), "title").orElse(image.getTitle().unescape());
            images.add(new Image(image.getUrl().unescape(), alt, title, SourceLine.start(document, image)));
        } else if (node instanceof AttributesNode) {
            // {#id .class}: how a site generator renders the element, not words.
            return;
        } else if (node instanceof InlineMath.Math math) {
            // The author's TeX as written: code, so no one mistakes it for prose with stray dollars.
            add(math.source(), new Run("", style.bold(), style.italic(), true, style.link()));
        } else if (node instanceof JekyllTag tag) {
            SiteTags.split(tag.getChars().toString()).forEach(each -> siteTag(each, SourceLine.start(document, tag)));
            // Hugo's {{% shortcode %}}: the braces around the tag are the shortcode's too.
            if (tag.getPrevious() instanceof Text before && before.getChars().endsWith("{")
                    && tag.getNext() instanceof Text after && after.getChars().startsWith("}") && !runs.isEmpty()) {
                Run last = runs.remove(runs.size() - 1);
                add(last.text().substring(0, last.text().length() - 1), last);
                braceAfterTag = true;
            }
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target != null) {
                images.add(new Image(target.getUrl().unescape(), plainText(ref), target.getTitle().unescape(),
                        SourceLine.start(document, ref)));
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
            // Inline tags carry no words of their own; the text between them is kept as Text nodes. A line break
            // is one, and an anchor for a link to point at ({@code <a id="x"></a>}) or a comment is nothing to warn of.
            String tag = node.getChars().toString().strip();
            if (LINE_BREAK.matcher(tag).matches()) {
                add("\n", style);
            } else if (!(node instanceof com.vladsch.flexmark.ast.HtmlInlineComment) && !ANCHOR.matcher(tag).matches()
                    && !pictures.take(tag, SourceLine.start(document, node))) {
                html = true;
            }
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

    /** A site generator's tag: a picture when it shows one, else markup left out. */
    private void siteTag(String tag, int line) {
        if (!SiteTags.read(tag, line, images, leftOut)) {
            tags.add(tag);
        }
    }

    /** The line a tag found in the merged text stands on: where it first occurs in the source, else the start. */
    private int lineOf(String tag) {
        int at = parent.getChars().indexOf(tag);
        return SourceLine.at(document, parent.getStartOffset() + Math.max(at, 0));
    }

    /** The image's own words, from its brackets. */
    private String textOf(com.vladsch.flexmark.ast.Image image) {
        return collect(image, document, footnotes).text().strip();
    }

    /** An attribute of the attributes that follow a node ({@code {alt='A diagram'}}), when there are any. */
    private static java.util.Optional<String> attribute(Node next, String name) {
        if (next instanceof AttributesNode attributes) {
            for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof AttributeNode attribute && attribute.getName().toString().equals(name)) {
                    return java.util.Optional.of(attribute.getValue().unescape());
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A link's style. A link whose address holds a site generator's tag ({@code v{{% param vers %}}/...}) is only
     * complete once the site is built; its words stay, without an address that would lead nowhere.
     */
    private Run withLink(Run style, String url) {
        java.util.regex.Matcher tag = TEMPLATE.matcher(url);
        if (!tag.find()) {
            return new Run("", style.bold(), style.italic(), style.code(), url);
        }
        tags.add(tag.group());
        return style;
    }

    private void add(String text, Run style) {
        if (braceAfterTag && text.startsWith("}")) {
            text = text.substring(1);
        }
        braceAfterTag = false;
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
