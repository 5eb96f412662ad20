package lectern.read;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.LecternException;
import lectern.Warnings;

/** Reads a Markdown essay into an {@link Essay}: the first stage of the pipeline. */
public final class EssayReader {
    /**
     * Quotations and lists nested deeper than this are read as if at this depth, every word kept: no essay
     * means more, and PowerPoint's notes indent no further than nine levels.
     */
    public static final int MAX_NESTING = 8;
    private final Parser parser;

    public EssayReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), YamlFrontMatterExtension.create(),
                FootnoteExtension.create(), AttributesExtension.create(), TaskListExtension.create(),
                JekyllTagExtension.create(), AdmonitionExtension.create(), FencedDivs.create(), InlineMath.create(),
                CjkEmphasis.create()));
        // Every heading, picture and block is reported by its line; without this, flexmark finds a line by
        // counting line ends from the top of the file each time, and an essay of 1,000 sections took 6 s to read.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        parser = Parser.builder(options).build();
    }

    public Essay read(Path file, Warnings warnings) {
        String markdown = EssayText.decode(file, load(file), warnings);
        if (markdown.isBlank()) {
            throw new LecternException(file, 0, "the essay is empty");
        }
        Essay essay = parse(file, markdown, warnings);
        return essay.withLastChanged(lastChanged(file, warnings));
    }

    /** When the essay last changed, as reproducible builds define it: SOURCE_DATE_EPOCH wins over the file's time. */
    private static Instant lastChanged(Path file, Warnings warnings) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                warnings.add(file, 0, "SOURCE_DATE_EPOCH is not a number of seconds ('" + epoch + "'); used the essay's modification time");
            }
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Parses Markdown already in memory; {@code file} names it in messages and anchors relative images. */
    public Essay parse(Path file, String markdown, Warnings warnings) {
        return DeepStack.read(file, () -> parseHere(file, markdown, warnings));
    }

    private Essay parseHere(Path file, String markdown, Warnings warnings) {
        Document document = parser.parse(TagsInLinks.protect(markdown));
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        Node first = document.getFirstChild();
        int frontMatterLine = 0;
        if (first instanceof YamlFrontMatterBlock yaml) {
            frontMatterLine = SourceLine.start(document, yaml);
            frontMatter.putAll(FrontMatter.parse(file, yaml.getChars().toString(), frontMatterLine));
        }
        return new Builder(file, document, frontMatter, frontMatterLine, warnings).build();
    }

    private static byte[] load(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LecternException(file, 0, "no such essay");
        } catch (IOException e) {
            throw new LecternException(file, 0, "cannot read the essay: " + e.getMessage(), e);
        }
    }

    /** Walks the document's top-level blocks once, splitting them at headings. */
    private static final class Builder {
        private final Path file;
        private final Document document;
        private final Map<String, Object> frontMatter;
        private final int frontMatterLine;
        private final Warnings warnings;
        private final List<Block> beforeTitle = new ArrayList<>();
        private final List<Block> opening = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private final Map<String, Integer> footnoteNumbers = new LinkedHashMap<>();
        private final BlockReader blocks;
        private String title;
        private int titleLine;
        private String htmlTitle;
        private int htmlTitleLine;
        private Optional<String> subtitle = Optional.empty();
        private Heading currentHeading;
        private String currentText;
        private List<Block> current;

        Builder(Path file, Document document, Map<String, Object> frontMatter, int frontMatterLine, Warnings warnings) {
            this.file = file;
            this.document = document;
            this.frontMatter = frontMatter;
            this.frontMatterLine = frontMatterLine;
            this.warnings = warnings;
            this.current = beforeTitle;
            this.blocks = new BlockReader(file, document, warnings, footnoteNumbers, footnotes);
        }

        Essay build() {
            boolean sawHeading = false;
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof YamlFrontMatterBlock) {
                    continue;
                }
                if (node instanceof FootnoteBlock footnote) {
                    footnotes.add(blocks.footnote(footnote));
                    continue;
                }
                if (node instanceof Heading heading && !blocks.inDetails()) {
                    if (!sawHeading && heading.getLevel() > 1) {
                        // No H1 to hang the title on: what came before is the opening, not a title picture.
                        opening.addAll(beforeTitle);
                        beforeTitle.clear();
                    }
                    startSection(heading);
                    sawHeading = true;
                    continue;
                }
                if (current == opening && opening.isEmpty() && subtitle.isEmpty() && titleLine > 0
                        && isEmphasisOnly(node)) {
                    subtitle = Optional.of(Inlines.plainText(node));
                    continue;
                }
                if (htmlTitle == null && node instanceof HtmlBlock html) {
                    htmlTitle = HtmlTitle.of(html.getChars().toString()).orElse(null);
                    htmlTitleLine = SourceLine.start(document, node);
                }
                blocks.add(node, current);
            }
            blocks.finish(document.getLineCount());
            if (!sawHeading) {
                opening.addAll(0, beforeTitle);
                beforeTitle.clear();
            }
            finishSection();
            title();
            Optional<String> sub = frontMatterText("subtitle").or(() -> subtitle);
            if (sub.isPresent() && subtitle.isPresent() && !sub.equals(subtitle)) {
                // The front matter named another subtitle: keep the emphasised line as prose so no words are lost.
                opening.add(0, new Paragraph(List.of(new Run(subtitle.get(), false, true, false, "")), titleLine + 1));
            }
            Metadata metadata = FrontMatter.metadata(file, frontMatter, frontMatterLine, warnings);
            numberUncited();
            if (blocks.flattenedLine() > 0) {
                warnings.add(file, blocks.flattenedLine(), "quotations and lists nested more than " + MAX_NESTING
                        + " deep; read the deeper ones as part of the " + MAX_NESTING + "th, every word kept");
            }
            if (frontMatterLine > 0 && !sawHeading && opening.isEmpty() && footnotes.isEmpty()) {
                warnings.add(file, 0, "the essay has nothing after its front matter; the deck is its title slide alone");
            }
            return new Essay(file, title, titleLine, sub, frontMatter, metadata, beforeTitle, opening, sections,
                    footnotes, blocks.setApart(), UnpairedMarks.in(document), Optional.empty());
        }

        /**
         * The deck's title: the front matter's {@code title:}, else the first H1 (its picture's alt text when the
         * heading is only a picture), else an HTML {@code <h1>}, else one made from the file's name.
         */
        private void title() {
            Optional<String> named = frontMatterText("title");
            if (named.isPresent()) {
                if (title != null && !title.equals(named.get())) {
                    // The H1 the front matter's title stands in for: its words stay, in the notes.
                    opening.add(0, new Paragraph(List.of(new Run(title, true, false, false, "")), titleLine));
                }
                title = named.get();
                return;
            }
            if (title == null && htmlTitle != null) {
                title = htmlTitle;
                titleLine = htmlTitleLine;
                return;
            }
            if (title == null) {
                title = titleFromFileName();
                warnings.add(file, titleLine, (titleLine > 0 ? "the title heading is empty"
                        : "the essay has no '# Title' heading") + "; used \"" + title + "\" as its title");
            }
        }

        private void startSection(Heading heading) {
            finishSection();
            HeadingText read = blocks.heading(heading);
            String text = read.text();
            int line = SourceLine.start(document, heading);
            if (heading.getLevel() == 1 && titleLine == 0) {
                title = text.isEmpty() ? null : text;
                titleLine = line;
                current = opening;
                // A title that is only a picture (a project's logo) is the title picture too.
                beforeTitle.addAll(read.pictures());
                read.icons().forEach(icon -> blocks.leaveOut(HeadingText.icon(icon)));
                return;
            }
            currentHeading = heading;
            currentText = text;
            // A heading that is only a picture, or the icon beside its words, shows it first in its section.
            current = new ArrayList<>(read.pictures());
            current.addAll(read.icons());
        }

        private void finishSection() {
            if (currentHeading != null) {
                String text = currentText;
                int line = SourceLine.start(document, currentHeading);
                if (text.isEmpty()) {
                    warnings.add(file, line, "empty heading; its section is titled \"(untitled)\"");
                    text = "(untitled)";
                }
                sections.add(new Section(currentHeading.getLevel(), text, line, current));
                currentHeading = null;
            }
        }

        private boolean isEmphasisOnly(Node node) {
            if (!(node instanceof com.vladsch.flexmark.ast.Paragraph)) {
                return false;
            }
            int emphasis = 0;
            for (Node child : node.getChildren()) {
                if (child instanceof Emphasis) {
                    emphasis++;
                } else if (!child.getChars().isBlank()) {
                    return false;
                }
            }
            return emphasis == 1;
        }

        /**
         * Numbers the footnotes in the order the essay first cites them, as its markers show; those nothing cites
         * come after, in the order they are defined.
         */
        private void numberUncited() {
            for (int i = 0; i < footnotes.size(); i++) {
                Footnote f = footnotes.get(i);
                int number = footnoteNumbers.computeIfAbsent(f.label(), l -> footnoteNumbers.size() + 1);
                footnotes.set(i, new Footnote(f.label(), number, f.runs(), f.line()));
            }
            footnotes.sort(java.util.Comparator.comparingInt(Footnote::number));
        }

        private Optional<String> frontMatterText(String key) {
            Object value = frontMatter.get(key);
            return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
        }

        private String titleFromFileName() {
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[-_]+", " ").strip();
            return name.isEmpty() ? "Untitled" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }
}
