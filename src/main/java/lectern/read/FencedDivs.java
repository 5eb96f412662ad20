package lectern.read;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's fenced divs, as the Carpentries Workbench, Quarto and R Markdown write them: a line of three or more
 * colons with a class ({@code ::: challenge}, {@code ::::: {.callout title="..."}}) opens a div, a line of colons
 * alone closes the innermost one. flexmark has no extension for them; without one the fences are read as
 * paragraphs of colons and the div's headings as the talk's.
 */
final class FencedDivs implements Parser.ParserExtension {
    /** An opening fence: colons, then a word or an attribute list naming the div's class, then perhaps colons. */
    private static final Pattern OPEN = Pattern.compile("^(:{3,})[ \\t]*(?:\\{([^}]*)\\}|([\\w-]+))[ \\t]*:*[ \\t]*$");
    private static final Pattern CLOSE = Pattern.compile("^:{3,}[ \\t]*$");
    private static final Pattern CLASS = Pattern.compile("(?:^|\\s)\\.([\\w-]+)");
    private static final Pattern TITLE = Pattern.compile("\\btitle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private FencedDivs() {
    }

    static FencedDivs create() {
        return new FencedDivs();
    }

    /** A div as flexmark's tree holds it: its class (lower case) and the title its attributes give, if any. */
    static final class FencedDiv extends Block {
        private final String kind;
        private final String title;
        private final int line;
        private int closedAt;

        FencedDiv(String kind, String title, int line) {
            this.kind = kind;
            this.title = title;
            this.line = line;
        }

        /** The 1-based line of the opening fence. */
        int line() {
            return line;
        }

        String kind() {
            return kind;
        }

        /** The title the fence's attributes give ({@code title="..."}), or empty. */
        String title() {
            return title;
        }

        /** The 1-based line of the fence that closed the div, 0 while it is open or when none did. */
        int closedAt() {
            return closedAt;
        }

        @Override
        public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A line of colons alone: the end of the div before it, or a fence that closes nothing. */
    static final class ClosingFence extends Block {
        private final int line;

        ClosingFence(int line) {
            this.line = line;
        }

        int line() {
            return line;
        }

        /** Whether it is the fence that closed {@code node}, the block before it. */
        boolean closes(com.vladsch.flexmark.util.ast.Node node) {
            return node instanceof FencedDiv div && div.closedAt() == line;
        }

        @Override
        public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Nothing to set: the fences are always read.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    private static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) {
                        return BlockStart.none();
                    }
                    CharSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length());
                    if (CLOSE.matcher(line).find()) {
                        return BlockStart.of(new FenceParser(new ClosingFence(state.getLineNumber() + 1)))
                                .atIndex(state.getLine().length());
                    }
                    Matcher open = OPEN.matcher(line);
                    if (!open.find()) {
                        return BlockStart.none();
                    }
                    String attributes = open.group(2);
                    String kind = open.group(3) != null ? open.group(3) : firstClass(attributes);
                    String title = attributes == null ? "" : titleOf(attributes);
                    FencedDiv div = new FencedDiv(kind.toLowerCase(java.util.Locale.ROOT), title, state.getLineNumber() + 1);
                    return BlockStart.of(new DivParser(div))
                            .atIndex(state.getLine().length());
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static String firstClass(String attributes) {
        Matcher name = CLASS.matcher(attributes);
        if (name.find()) {
            return name.group(1);
        }
        String word = attributes.strip().split("\\s+")[0];
        return word.isEmpty() || word.contains("=") ? "div" : word.replaceFirst("^[.#]", "");
    }

    private static String titleOf(String attributes) {
        Matcher title = TITLE.matcher(attributes);
        return title.find() ? (title.group(1) != null ? title.group(1) : title.group(2)) : "";
    }

    /** Reads a closing fence: one line, nothing inside. */
    private static final class FenceParser extends AbstractBlockParser {
        private final ClosingFence fence;

        FenceParser(ClosingFence fence) {
            this.fence = fence;
        }

        @Override
        public Block getBlock() {
            return fence;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
            // A fence carries no text.
        }
    }

    /**
     * Keeps a div open until its closing fence. A div opened inside it is counted, so that the first closing
     * fence closes the inner one, as pandoc pairs them; a code block inside keeps its lines of colons.
     */
    private static final class DivParser extends AbstractBlockParser {
        private final FencedDiv div;
        private int innerOpen;

        DivParser(FencedDiv div) {
            this.div = div;
        }

        @Override
        public Block getBlock() {
            return div;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank() || state.getIndent() >= 4 || insideCode(state)) {
                return BlockContinue.atIndex(state.getIndex());
            }
            CharSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length());
            if (CLOSE.matcher(line).find()) {
                if (innerOpen > 0) {
                    innerOpen--;
                    return BlockContinue.atIndex(state.getIndex());
                }
                // Not "finished": flexmark would then keep the div's open children (a list) active, and the
                // rest of the essay would fall into the div. Unmatched, the div and its children all close,
                // and the fence itself is read as a ClosingFence.
                div.closedAt = state.getLineNumber() + 1;
                return BlockContinue.none();
            }
            if (OPEN.matcher(line).find()) {
                innerOpen++;
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /** Whether a fenced code block inside this div is open: its lines are code, colons or not. */
        private boolean insideCode(ParserState state) {
            BlockParser deepest = state.getActiveBlockParser();
            return deepest != this && deepest.getBlock() instanceof FencedCodeBlock && !deepest.isClosed();
        }

        @Override
        public void closeBlock(ParserState state) {
            div.setCharsFromContent();
        }
    }
}
