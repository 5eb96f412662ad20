package lectern.handout;

import java.util.List;

/**
 * Emphasis marks in the Markdown the handout writes: each pair becomes Markdown's {@code **} or {@code *} where a
 * viewer reads it as a mark, and HTML's tag where CommonMark's flanking rules would show a literal asterisk.
 */
final class Marks {
    private Marks() {
    }

    /**
     * Joins the tokens, choosing for each pair of emphasis marks Markdown's {@code **} where a viewer would
     * read them as marks, and HTML's tags where it would not: a mark between a letter and punctuation, as in
     * {@code word**"quoted"**}, is taken for a literal asterisk.
     */
    static String resolve(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.mark && t.tag.charAt(1) != '/') {
                int end = closing(tokens, i);
                boolean opens = flanks(before(tokens, i), after(tokens, i));
                boolean closes = flanks(after(tokens, end), before(tokens, end));
                t.useTag = !(opens && closes);
                tokens.get(end).useTag = t.useTag;
            }
        }
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            out.append(t.mark && t.useTag ? t.tag : t.text);
        }
        return out.toString();
    }

    private static int closing(List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size(); i++) {
            if (tokens.get(i).mark && tokens.get(i).pair == tokens.get(open).pair) {
                return i;
            }
        }
        throw new IllegalStateException("an emphasis mark without its end");
    }

    /**
     * CommonMark's rule for a run of asterisks to open (mirrored, to close): the word side must not be
     * white space, and punctuation on the word side needs white space or punctuation on the outer side.
     */
    private static boolean flanks(int outside, int inside) {
        if (inside < 0 || Character.isWhitespace(inside)) {
            return false;
        }
        return !punctuation(inside) || outside < 0 || Character.isWhitespace(outside) || punctuation(outside);
    }

    /** The character just before a token; another mark counts as punctuation, the start of the text as space. */
    private static int before(List<Token> tokens, int i) {
        if (i == 0) {
            return ' ';
        }
        Token t = tokens.get(i - 1);
        return t.mark ? '*' : t.text.isEmpty() ? before(tokens, i - 1) : t.text.codePointBefore(t.text.length());
    }

    private static int after(List<Token> tokens, int i) {
        if (i == tokens.size() - 1) {
            return ' ';
        }
        Token t = tokens.get(i + 1);
        return t.mark ? '*' : t.text.isEmpty() ? after(tokens, i + 1) : t.text.codePointAt(0);
    }

    private static boolean punctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** A piece of the output: words, or one of a pair of emphasis marks whose form is decided last. */
    static final class Token {
        final String text;
        final boolean mark;
        final int pair;
        String tag = "";
        boolean useTag;

        Token(String text, boolean mark, int pair) {
            this.text = text;
            this.mark = mark;
            this.pair = pair;
        }
    }
}
