package lectern.deck;

/** Word counting as a presenter means it: runs of letters or digits, wherever punctuation falls. */
public final class Words {
    private Words() {
    }

    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || inWord && (cp == '\'' || cp == '\u2019' || cp == '-');
            i += Character.charCount(cp);
        }
        return words;
    }
}
