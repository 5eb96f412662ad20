package lectern.deck;

/**
 * Word counting as a presenter means it: runs of letters or digits, wherever punctuation falls. Chinese and
 * Japanese write no spaces between words, so there every two characters count as a word, about what a word
 * takes to say.
 */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (unspaced(cp)) {
                unspaced++;
                inWord = false;
            } else {
                boolean letter = Character.isLetterOrDigit(cp);
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter || inWord && (cp == '\'' || cp == '\u2019' || cp == '-');
            }
            i += Character.charCount(cp);
        }
        return words + (unspaced + 1) / 2;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
