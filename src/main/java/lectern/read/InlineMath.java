package lectern.read;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * TeX math as pandoc, kramdown and GitHub read it: {@code $x_1$} inline, {@code $$ ... $$} displayed. Read as one
 * piece, so that an underscore or asterisk inside is never taken for emphasis and the author's TeX reaches the
 * notes as written. An opening {@code $} must have a character other than a space after it, a closing one a
 * character other than a space before it and no digit after it: "costs $5 and $10" is prose.
 */
final class InlineMath implements Parser.ParserExtension {
    private InlineMath() {
    }

    static InlineMath create() {
        return new InlineMath();
    }

    /** Inline or displayed math ({@code $…$}, {@code $$…$$}), kept as the author wrote it. */
    static final class Math extends Node {
        Math(BasedSequence chars) {
            super(chars);
        }

        /** The math as the author wrote it, dollars and all. */
        String source() {
            return getChars().toString();
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Nothing to set.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Extension();
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

    private static final class Extension implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            BasedSequence input = parser.getInput();
            int start = parser.getIndex();
            if (start > 0 && input.charAt(start - 1) == '\\') {
                return false;
            }
            boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
            int open = start + (display ? 2 : 1);
            int close = display ? input.indexOf("$$", open) : closing(input, open);
            if (close < 0 || close == open) {
                return false;
            }
            if (!display && (Character.isWhitespace(input.charAt(open)) || Character.isWhitespace(input.charAt(close - 1)))) {
                return false;
            }
            int end = close + (display ? 2 : 1);
            parser.flushTextNode();
            parser.getBlock().appendChild(new Math(input.subSequence(start, end)));
            parser.setIndex(end);
            return true;
        }

        /** The next {@code $} that can close inline math: unescaped, and not followed by a digit. */
        private static int closing(BasedSequence input, int from) {
            for (int i = from; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '$') {
                    boolean digitAfter = i + 1 < input.length() && Character.isDigit(input.charAt(i + 1));
                    return digitAfter ? -1 : i;
                }
            }
            return -1;
        }
    }
}
