package lectern.read;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Bold and italic as Chinese, Japanese and Korean are written: with no space around the marks. CommonMark decides
 * whether {@code **} opens or closes by what stands either side of it, a rule made for languages that put spaces
 * between words: in {@code 要点だけを書く。**説明は入れるべきだ。**聴衆は} the second {@code **} has punctuation before
 * it and a letter after it, so CommonMark cannot close the bold with it, and the claim never reaches its slide.
 *
 * <p>Read as the CJK-friendly amendment to CommonMark reads it (tats-u's specification, and markdown-it's, micromark's
 * and remark's plugins after it): a run of {@code *} with a CJK character on either side, and white space on
 * neither, can both open and close. A character is CJK by its East Asian Width (wide, fullwidth or halfwidth, and
 * no emoji) or by being Hangul; a variation selector right before the marks is read with the character it follows,
 * and an ideographic one stands for its ideograph. Underscores are read as CommonMark reads them, as the
 * amendment leaves them: {@code _} inside a word is no mark in any script. Where no CJK character touches a mark,
 * the reading is CommonMark's, unchanged.
 */
final class CjkEmphasis implements Parser.ParserExtension {
    /**
     * The CJK characters, as pairs of first and last code point: the amendment's table for Unicode 16, from East
     * Asian Width and Scripts (a code point not yet assigned in an ideographs' block counts, as Unicode says).
     */
    private static final int[] CJK = {
        0x1100, 0x11FF, 0x20A9, 0x20A9, 0x2329, 0x232A, 0x2630, 0x2637, 0x268A, 0x268F, 0x2E80, 0x2E99,
        0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x303E, 0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F,
        0x3131, 0x318E, 0x3190, 0x31E5, 0x31EF, 0x321E, 0x3220, 0x3247, 0x3250, 0xA48C, 0xA490, 0xA4C6,
        0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xD7B0, 0xD7C6, 0xD7CB, 0xD7FB, 0xF900, 0xFAFF, 0xFE10, 0xFE19,
        0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFFBE, 0xFFC2, 0xFFC7, 0xFFCA, 0xFFCF,
        0xFFD2, 0xFFD7, 0xFFDA, 0xFFDC, 0xFFE0, 0xFFE6, 0xFFE8, 0xFFEE, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF6,
        0x17000, 0x18CD5, 0x18CFF, 0x18D1E, 0x18D80, 0x18DF2, 0x1AFF0, 0x1AFF3, 0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE,
        0x1B000, 0x1B122, 0x1B132, 0x1B132, 0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB,
        0x1D300, 0x1D356, 0x1D360, 0x1D376, 0x1F200, 0x1F200, 0x1F202, 0x1F202, 0x1F210, 0x1F219, 0x1F21B, 0x1F22E,
        0x1F230, 0x1F231, 0x1F237, 0x1F237, 0x1F23B, 0x1F23B, 0x1F240, 0x1F248, 0x1F260, 0x1F265, 0x20000, 0x3FFFD,
    };

    private CjkEmphasis() {
    }

    static CjkEmphasis create() {
        return new CjkEmphasis();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // Nothing to set.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserFactory(Inline::new);
        // flexmark reads link reference definitions ([id]: url) with its own inline parser only: given another,
        // it leaves them to the parser's maker, which reads them with its own.
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }

    /** Whether a code point is a CJK character. */
    static boolean isCjk(int codePoint) {
        if (codePoint < CJK[0]) {
            return false;
        }
        int low = 0;
        int high = CJK.length / 2 - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (codePoint < CJK[2 * mid]) {
                high = mid - 1;
            } else if (codePoint > CJK[2 * mid + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the marks that end before {@code end} follow a CJK character. A variation selector is looked behind:
     * U+FE00 to U+FE0E after a CJK character (U+FE0F asks for an emoji), or U+FE01 after a curly quotation mark,
     * which asks for its fullwidth form; an ideographic variation selector only ever follows an ideograph.
     */
    static boolean afterCjk(CharSequence text, int end) {
        if (end <= 0) {
            return false;
        }
        int last = Character.codePointBefore(text, end);
        if (last >= 0xE0100 && last <= 0xE01EF) {
            return true;
        }
        if (last < 0xFE00 || last > 0xFE0E) {
            return isCjk(last);
        }
        int at = end - 1;
        if (at <= 0) {
            return false;
        }
        int base = Character.codePointBefore(text, at);
        return isCjk(base) || last == 0xFE01 && (base == 0x2018 || base == 0x2019 || base == 0x201C || base == 0x201D);
    }

    /** Whether a CJK character comes right after the marks, at {@code start}. */
    static boolean beforeCjk(CharSequence text, int start) {
        return start < text.length() && isCjk(Character.codePointAt(text, start));
    }

    /** CommonMark's Unicode white space, as flexmark tells it; the start and end of the text count as white space. */
    private static boolean whiteSpace(CharSequence text, int at) {
        if (at < 0 || at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return Character.getType(c) == Character.SPACE_SEPARATOR || c == '\t' || c == '\r' || c == '\n' || c == '\f';
    }

    /** flexmark's inline parser, with a run of asterisks beside CJK text let open and close. */
    private static final class Inline extends InlineParserImpl {
        Inline(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
               Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
               List<InlineParserExtensionFactory> extensions) {
            super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        }

        @Override
        protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
            if (!super.parseDelimiters(processor, delimiterChar)) {
                return false;
            }
            Delimiter run = lastDelimiter;
            if (delimiterChar == '*' && !(run.canOpen() && run.canClose()) && relaxed(input, run)) {
                // flexmark's delimiter knows its flags from birth: the run is given one that can do both.
                Delimiter both = new Delimiter(input, run.getNode(), delimiterChar, true, true, run.getPrevious(),
                        run.getStartIndex());
                both.setNumDelims(run.getNumDelims());
                if (both.getPrevious() != null) {
                    both.getPrevious().setNext(both);
                }
                lastDelimiter = both;
            }
            return true;
        }

        private static boolean relaxed(BasedSequence input, Delimiter run) {
            int start = run.getStartIndex();
            int end = run.getEndIndex();
            return (afterCjk(input, start) || beforeCjk(input, end))
                    && !whiteSpace(input, start - 1) && !whiteSpace(input, end);
        }
    }
}
