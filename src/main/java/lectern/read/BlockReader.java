package lectern.read;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import lectern.Warnings;

/**
 * Turns flexmark's block nodes into the essay's blocks: paragraphs with their pictures, lists, quotations, code,
 * tables, footnotes. Lists and quotations nested beyond {@link EssayReader#MAX_NESTING} are read flat, so no later
 * stage recurses deeply.
 */
final class BlockReader {
    private final Path file;
    private final Document document;
    private final Warnings warnings;
    private final Map<String, Integer> footnoteNumbers;
    private final List<Footnote> footnotes;

    private final DetailsBlocks details = new DetailsBlocks();
    private final PictureBlocks pictures;
    /** Headings that start no slide, with where they stand: what {@code lectern check} reports. */
    private final List<Subheading> setApart = new ArrayList<>();
    /** What the block being read is inside, innermost last: "::: challenge", "a list". */
    private final java.util.Deque<String> containers = new java.util.ArrayDeque<>();
    private int nesting;
    private int flattenedLine;

    /**
     * @param footnoteNumbers each footnote label's number, given as the text cites it
     * @param footnotes       where the footnotes found are put, numbered later
     */
    BlockReader(Path file, Document document, Warnings warnings, Map<String, Integer> footnoteNumbers,
                List<Footnote> footnotes) {
        this.file = file;
        this.document = document;
        this.warnings = warnings;
        this.footnoteNumbers = footnoteNumbers;
        this.footnotes = footnotes;
        this.pictures = new PictureBlocks(file, document, warnings);
    }

    /** Every heading the author set inside a div, alert, {@code <details>}, list or quotation, in order. */
    List<Subheading> setApart() {
        return List.copyOf(setApart);
    }

    /** What a heading read now is set inside, as a message names it. */
    private String inside() {
        return !containers.isEmpty() ? containers.peekLast() : details.openAt(nesting) ? "<details>" : "a list or quotation";
    }

    /** The line of the first list or quotation read flat, 0 when none was. */
    int flattenedLine() {
        return flattenedLine;
    }

    void add(Node node, List<Block> into) {
        int line = SourceLine.start(document, node);
        if (node instanceof HtmlBlock html && !(node instanceof HtmlCommentBlock) && details.take(html, line, into, nesting, pictures::htmlInDetails)) {
            return;
        }
        List<Block> target = details.target(into, nesting);
        if (details.takesSummary(nesting) && (node instanceof Heading || node instanceof com.vladsch.flexmark.ast.Paragraph)) {
            HeadingText summary = heading(node);
            if (node instanceof Heading heading) {
                details.summaryHeading(summary.text(), heading.getLevel());
            } else {
                details.summary(summary.text());
            }
            target.addAll(summary.pictures());
            target.addAll(summary.icons());
            return;
        }
        if (node instanceof com.vladsch.flexmark.ast.Paragraph) {
            paragraph(node, line, target);
        } else if (node instanceof Heading heading) {
            // A heading nested in a list, quote or div cannot start a slide; it stays in the notes.
            HeadingText text = heading(heading);
            Subheading subheading = new Subheading(text.text(), heading.getLevel(), line, inside());
            setApart.add(subheading);
            target.add(subheading);
            target.addAll(text.pictures());
            target.addAll(text.icons());
        } else if (node instanceof FencedDivs.ClosingFence fence) {
            if (!fence.closes(node.getPrevious())) {
                warnings.add(file, fence.line(), "a ::: fence that closes no div; left out");
            }
        } else if (node instanceof FencedDivs.FencedDiv div) {
            target.add(div(div.kind(), div.title(), div, div.line()));
        } else if (node instanceof AdmonitionBlock admonition) {
            String title = admonition.getTitle().toString().strip().replaceAll("^[\"']|[\"']$", "");
            target.add(div(admonition.getInfo().toString().toLowerCase(Locale.ROOT), title, admonition, line));
        } else if ((node instanceof BulletList || node instanceof OrderedList || node instanceof BlockQuote)
                && nesting >= EssayReader.MAX_NESTING) {
            flattenedLine = flattenedLine == 0 ? line : flattenedLine;
            nested(node, target);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            target.add(list(node, line));
        } else if (node instanceof BlockQuote) {
            target.add(Alerts.of(nested(node, new ArrayList<>()), line));
        } else if (node instanceof FencedCodeBlock fenced) {
            target.add(new CodeBlock(fenced.getInfo().toString(), fenced.getContentChars().toString(), line));
        } else if (node instanceof IndentedCodeBlock indented) {
            target.add(new CodeBlock("", indented.getContentChars().toString(), line));
        } else if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
            target.add(new ThematicBreak(line));
        } else if (node instanceof FootnoteBlock footnote) {
            footnotes.add(footnote(footnote));
        } else if (node instanceof TableBlock) {
            target.add(TableReader.table(node, line, file, document, warnings, footnoteNumbers));
        } else if (node instanceof JekyllTagBlock tag) {
            pictures.siteTags(tag, line, target);
        } else if (node instanceof HtmlBlock && !(node instanceof HtmlCommentBlock)) {
            pictures.html(node.getChars().toString(), line, target);
        }
        // Link reference definitions and HTML comments carry nothing for the audience.
    }

    private void paragraph(Node node, int line, List<Block> into) {
        Inlines.Result inline = Inlines.collect(node, document, footnoteNumbers);
        if (inline.html()) {
            warnings.add(file, line, "raw HTML left off the slides; its text is in the notes");
        }
        if (!inline.tags().isEmpty()) {
            warnings.add(file, line, "site generator tag " + shortened(inline.tags().get(0)) + " left out"
                    + (inline.tags().size() > 1 ? ", and " + (inline.tags().size() - 1) + " more" : "")
                    + ": Lectern does not run the site's generator");
        }
        if (inline.hasText()) {
            into.add(new Paragraph(inline.runs(), line, inline.cites()));
        }
        pictures.report(inline.leftOut());
        into.addAll(inline.images());
    }

    /** A div's blocks, one level deeper; a heading that opens it is its title when its fence gave none. */
    private Div div(String kind, String title, Node node, int line) {
        Node first = node.getFirstChild();
        String named = title;
        List<Block> blocks = new ArrayList<>();
        nesting++;
        containers.addLast(node instanceof AdmonitionBlock ? "!!! " + kind : "::: " + kind);
        for (Node child = first; child != null; child = child.getNext()) {
            if (child == first && child instanceof Heading heading && named.isEmpty()) {
                HeadingText text = heading(heading);
                named = text.text();
                blocks.addAll(text.pictures());
                blocks.addAll(text.icons());
                setApart.add(new Subheading(named, heading.getLevel(), SourceLine.start(document, heading), containers.peekLast()));
            } else {
                add(child, blocks);
            }
        }
        containers.removeLast();
        details.closeAll(nesting, line);
        nesting--;
        return new Div(kind, named, blocks, line);
    }

    /**
     * A heading's words, and the picture of a heading that is only one, by {@link HeadingText}'s rule; what it leaves
     * out is reported here, once for each heading. Read once, a heading that cites a footnote numbers it in turn.
     */
    HeadingText heading(Node heading) {
        HeadingText text = HeadingText.of(heading, document, footnoteNumbers);
        pictures.report(text.leftOut());
        return text;
    }

    /** Reports a picture left off the slides. */
    void leaveOut(LeftOut why) {
        pictures.report(List.of(why));
    }

    static String shortened(String tag) {
        return tag.length() <= 50 ? tag : tag.substring(0, 47) + "...";
    }

    /** The blocks inside a quotation, or a list's items' blocks one after another, one level deeper. */
    private List<Block> nested(Node node, List<Block> into) {
        nesting++;
        for (Node child : node.getChildren()) {
            if (child instanceof ListItem) {
                child.getChildren().forEach(grandchild -> add(grandchild, into));
            } else {
                add(child, into);
            }
        }
        details.closeAll(nesting, SourceLine.end(document, node));
        nesting--;
        return into;
    }

    /** Whether a {@code <details>} is open at the top level: a heading there is not the talk's structure. */
    boolean inDetails() {
        return details.openAt(0);
    }

    /** Closes whatever {@code <details>} the essay left open at its end. */
    void finish(int line) {
        details.closeAll(0, line);
    }

    private ListBlock list(Node node, int line) {
        List<ListBlock.ListItem> items = new ArrayList<>();
        for (Node item : node.getChildren()) {
            if (item instanceof TaskListItem task) {
                items.add(new ListBlock.ListItem(nested(item, new ArrayList<>()),
                        task.isItemDoneMarker() ? ListBlock.Task.DONE : ListBlock.Task.OPEN));
            } else if (item instanceof ListItem) {
                items.add(new ListBlock.ListItem(nested(item, new ArrayList<>())));
            }
        }
        boolean ordered = node instanceof OrderedList;
        int start = ordered ? ((OrderedList) node).getStartNumber() : 1;
        return new ListBlock(ordered, start, items, line);
    }

    /** A footnote's paragraphs as one; numbered after the cited ones when nothing cites it. */
    Footnote footnote(FootnoteBlock block) {
        List<Run> runs = new ArrayList<>();
        footnoteRuns(block, runs);
        // Numbered once the whole essay is read: a definition may come before the text that cites it.
        return new Footnote(block.getText().toString(), 0, runs, SourceLine.start(document, block));
    }

    /** The words of a footnote's blocks, one after another: paragraphs, and code or lists indented under it. */
    private void footnoteRuns(Node parent, List<Run> runs) {
        for (Node child : parent.getChildren()) {
            List<Run> part;
            if (child instanceof FencedCodeBlock fenced) {
                part = List.of(new Run(fenced.getContentChars().toString().strip(), false, false, true, ""));
            } else if (child instanceof IndentedCodeBlock indented) {
                part = List.of(new Run(indented.getContentChars().toString().strip(), false, false, true, ""));
            } else if (child instanceof com.vladsch.flexmark.ast.Paragraph || child instanceof Heading) {
                part = Inlines.collect(child, document, footnoteNumbers).runs();
            } else {
                footnoteRuns(child, runs);
                continue;
            }
            if (!runs.isEmpty() && part.stream().anyMatch(r -> !r.text().isBlank())) {
                runs.add(Run.plain(" "));
            }
            runs.addAll(part);
        }
    }
}
