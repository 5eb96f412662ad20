package lectern.tool;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTag;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagBlock;
import com.vladsch.flexmark.ext.jekyll.tag.JekyllTagExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * The words of an essay's prose, read by flexmark on its own (not through Lectern's reader), and the words a
 * deck holds on its slides and in its notes: the prose-conservation property compares the two.
 */
final class DeckWords {
    /**
     * A word as a presenter reads one: letters (with their marks) or digits; in Chinese and Japanese, which put no
     * space between words, each character, so a word is the same whether a link or a run of bold ends beside it.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
            + "|[[\\p{L}\\p{M}\\p{N}]&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    private static final String DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Parser PARSER;
    /** For real documents: also their attribute lists, Liquid and Hugo tags, which are markup, not prose. */
    private static final Parser MARKUP_AWARE;
    /**
     * A fenced div's fence line, a GitHub alert's marker, a task's box: markup that names a kind or a state, not
     * the author's words.
     */
    private static final Pattern FENCES = Pattern.compile("(?m)^\\s*:{3,}.*$|\\[!(?i:note|tip|important|warning|caution)\\]"
            + "|(?<=^\\s{0,12}(?:[-*+]|\\d{1,9}[.)])\\s{1,4})\\[[ xX]\\]");

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                YamlFrontMatterExtension.create()));
        PARSER = Parser.builder(options).build();
        MutableDataSet aware = new MutableDataSet();
        aware.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                YamlFrontMatterExtension.create(), AttributesExtension.create(), JekyllTagExtension.create()));
        // Hugo puts tags, spaces and all, in link addresses ({{% param vers %}}), which it fills in before Markdown
        // reads the page: an address, not prose, however it is spelt.
        aware.set(Parser.SPACE_IN_LINK_URLS, true);
        MARKUP_AWARE = Parser.builder(aware).build();
    }

    private DeckWords() {
    }

    /** How often each word occurs in the prose: text, code and the text inside raw HTML; not addresses, not alt text. */
    static Map<String, Integer> ofEssay(String markdown) {
        Map<String, Integer> words = new HashMap<>();
        collect(PARSER.parse(markdown), words);
        return words;
    }

    /**
     * The same for a document as real ones are written: its attribute lists ({@code {#id}}, {@code {alt='…'}}),
     * Liquid and Hugo tags, div fences and alert markers are markup a site generator reads, not prose.
     */
    static Map<String, Integer> ofDocument(String markdown) {
        Map<String, Integer> words = new HashMap<>();
        collect(MARKUP_AWARE.parse(FENCES.matcher(markdown).replaceAll("")), words);
        return words;
    }

    private static void collect(Node node, Map<String, Integer> words) {
        // Front matter and alt text are not prose; an HTML comment is the author's note to self.
        if (node instanceof YamlFrontMatterBlock || node instanceof Image || node instanceof ImageRef
                || node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment || node instanceof Reference
                || node instanceof AttributesNode || node instanceof JekyllTag || node instanceof JekyllTagBlock) {
            return;
        }
        if (node instanceof Text || node instanceof Code || node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock) {
            String text = node instanceof FencedCodeBlock fenced ? fenced.getContentChars().toString()
                    : node instanceof Code code ? code.getText().toString() : node.getChars().toString();
            // Markdown decodes escapes and entities in text, never in code.
            count(node instanceof Text ? unescape(text) : text, words);
            return;
        }
        if (node instanceof HtmlInline) {
            // A tag, attributes and all; the words between tags are text nodes of their own.
            return;
        }
        if (node instanceof HtmlBlock) {
            count(TAG.matcher(node.getChars().toString()).replaceAll(" "), words);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, words);
        }
    }

    /** How often each word occurs in the text of the deck's slides and notes. */
    static Map<String, Integer> ofDeck(Path deck) throws IOException, InvalidFormatException {
        Map<String, Integer> words = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(deck.toFile(), PackageAccess.READ)) {
            for (PackagePart part : pkg.getParts()) {
                String name = part.getPartName().getName();
                if (name.matches("/ppt/(slides/slide|notesSlides/notesSlide)\\d+\\.xml")) {
                    try (InputStream in = part.getInputStream()) {
                        textRuns(in, words);
                    }
                }
            }
        }
        return words;
    }

    /** Reads {@code a:t} elements with an XML parser: XMLBeans writes some text as CDATA, some as entities. */
    private static void textRuns(InputStream in, Map<String, Integer> words) throws IOException {
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "t".equals(xml.getLocalName())
                        && DRAWING.equals(xml.getNamespaceURI())) {
                    count(xml.getElementText(), words);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** The words of {@code essay} that the deck has fewer of, with how many are missing. */
    static Map<String, Integer> missing(Map<String, Integer> essay, Map<String, Integer> deck) {
        Map<String, Integer> missing = new HashMap<>();
        essay.forEach((word, count) -> {
            int short_ = count - deck.getOrDefault(word, 0);
            if (short_ > 0) {
                missing.put(word, short_);
            }
        });
        return missing;
    }

    private static void count(String text, Map<String, Integer> words) {
        Matcher matcher = WORD.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC));
        while (matcher.find()) {
            words.merge(matcher.group(), 1, Integer::sum);
        }
    }

    private static String unescape(String text) {
        return com.vladsch.flexmark.util.sequence.Escaping.unescapeString(text);
    }

}
