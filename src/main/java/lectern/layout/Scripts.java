package lectern.layout;

import java.lang.Character.UnicodeScript;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which writing system each stretch of text is in, and so which language a deck should say it is in and which of
 * a theme's three fonts sets it: PowerPoint spell-checks, hyphenates and reads aloud by a run's {@code lang}, and
 * takes a run's font from the theme's Latin, East Asian or complex-script face by its characters.
 */
public final class Scripts {
    /** The language a stretch of a script is taken to be in when the deck's own language is written otherwise. */
    private static final Map<UnicodeScript, String> LANGUAGES = Map.ofEntries(
            Map.entry(UnicodeScript.LATIN, "en-US"),
            Map.entry(UnicodeScript.HAN, "zh-CN"),
            Map.entry(UnicodeScript.HIRAGANA, "ja-JP"),
            Map.entry(UnicodeScript.KATAKANA, "ja-JP"),
            Map.entry(UnicodeScript.HANGUL, "ko-KR"),
            Map.entry(UnicodeScript.ARABIC, "ar-SA"),
            Map.entry(UnicodeScript.HEBREW, "he-IL"),
            Map.entry(UnicodeScript.CYRILLIC, "ru-RU"),
            Map.entry(UnicodeScript.GREEK, "el-GR"),
            Map.entry(UnicodeScript.THAI, "th-TH"),
            Map.entry(UnicodeScript.DEVANAGARI, "hi-IN"),
            Map.entry(UnicodeScript.BENGALI, "bn-IN"),
            Map.entry(UnicodeScript.TAMIL, "ta-IN"),
            Map.entry(UnicodeScript.ARMENIAN, "hy-AM"),
            Map.entry(UnicodeScript.GEORGIAN, "ka-GE"));

    /** The script each language is written in, where it is not Latin; Japanese counts kana and Han as its own. */
    private static final Map<String, UnicodeScript> WRITTEN_IN = Map.ofEntries(
            Map.entry("ja", UnicodeScript.HIRAGANA), Map.entry("zh", UnicodeScript.HAN),
            Map.entry("ko", UnicodeScript.HANGUL), Map.entry("ar", UnicodeScript.ARABIC),
            Map.entry("fa", UnicodeScript.ARABIC), Map.entry("ur", UnicodeScript.ARABIC),
            Map.entry("he", UnicodeScript.HEBREW), Map.entry("yi", UnicodeScript.HEBREW),
            Map.entry("ru", UnicodeScript.CYRILLIC), Map.entry("uk", UnicodeScript.CYRILLIC),
            Map.entry("bg", UnicodeScript.CYRILLIC), Map.entry("sr", UnicodeScript.CYRILLIC),
            Map.entry("mk", UnicodeScript.CYRILLIC), Map.entry("be", UnicodeScript.CYRILLIC),
            Map.entry("kk", UnicodeScript.CYRILLIC), Map.entry("el", UnicodeScript.GREEK),
            Map.entry("th", UnicodeScript.THAI), Map.entry("hi", UnicodeScript.DEVANAGARI),
            Map.entry("mr", UnicodeScript.DEVANAGARI), Map.entry("ne", UnicodeScript.DEVANAGARI),
            Map.entry("bn", UnicodeScript.BENGALI), Map.entry("ta", UnicodeScript.TAMIL),
            Map.entry("hy", UnicodeScript.ARMENIAN), Map.entry("ka", UnicodeScript.GEORGIAN));

    private static final Set<UnicodeScript> EAST_ASIAN = EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO, UnicodeScript.YI);

    private static final Set<UnicodeScript> COMPLEX = EnumSet.of(UnicodeScript.ARABIC, UnicodeScript.HEBREW,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER,
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA, UnicodeScript.MALAYALAM,
            UnicodeScript.SINHALA, UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.ETHIOPIC);

    /** Which of a theme's faces sets a character: DrawingML's {@code a:latin}, {@code a:ea} or {@code a:cs}. */
    public enum Face { LATIN, EAST_ASIAN, COMPLEX }

    /**
     * A stretch of one script; spaces, digits, punctuation and emoji belong to the stretch they stand in.
     *
     * @param language the BCP 47 tag it is in
     */
    public record Stretch(String text, String language, Face face) {
    }

    private Scripts() {
    }

    /**
     * The text cut where its script changes, each stretch with its language: the deck's where the deck's language
     * is written in that script, else the script's usual one. Han characters are Japanese among kana and Korean
     * among Hangul, whatever the deck says; in a paragraph with neither they are the deck's when it is Chinese,
     * Japanese or Korean, else Chinese.
     *
     * @param paragraph the whole paragraph the text stands in, which tells Japanese Han from Chinese
     */
    public static List<Stretch> stretches(String text, String paragraph, String deckLanguage) {
        List<Stretch> stretches = new ArrayList<>();
        UnicodeScript han = hanIn(paragraph, deckLanguage);
        UnicodeScript current = null;
        int start = 0;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            UnicodeScript script = UnicodeScript.of(c);
            if (script == UnicodeScript.HAN) {
                script = han;
            }
            if (script != UnicodeScript.COMMON && script != UnicodeScript.INHERITED && script != UnicodeScript.UNKNOWN) {
                if (current != null && script != current && !(kana(script) && kana(current))) {
                    stretches.add(stretch(text.substring(start, at), current, deckLanguage));
                    start = at;
                }
                current = script;
            }
            at += Character.charCount(c);
        }
        if (start < text.length() || stretches.isEmpty()) {
            stretches.add(stretch(text.substring(start), current, deckLanguage));
        }
        return stretches;
    }

    /** The language of text in a script: the deck's when the deck is written in it. */
    private static Stretch stretch(String text, UnicodeScript script, String deckLanguage) {
        if (script == null) {
            return new Stretch(text, deckLanguage, Face.LATIN);
        }
        UnicodeScript deck = writtenIn(deckLanguage);
        String language = script == deck || (kana(script) && kana(deck)) ? deckLanguage
                : LANGUAGES.getOrDefault(script, deckLanguage);
        return new Stretch(text, language, face(script));
    }

    /** What Han characters are in this paragraph: the script of the language they are read in. */
    private static UnicodeScript hanIn(String paragraph, String deckLanguage) {
        boolean hangul = false;
        for (int at = 0; at < paragraph.length(); ) {
            int c = paragraph.codePointAt(at);
            UnicodeScript script = UnicodeScript.of(c);
            if (kana(script)) {
                return UnicodeScript.HIRAGANA;
            }
            hangul |= script == UnicodeScript.HANGUL;
            at += Character.charCount(c);
        }
        if (hangul) {
            return UnicodeScript.HANGUL;
        }
        UnicodeScript deck = writtenIn(deckLanguage);
        return kana(deck) || deck == UnicodeScript.HANGUL ? deck : UnicodeScript.HAN;
    }

    private static boolean kana(UnicodeScript script) {
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    /** The script a language is written in: Latin unless it is one of those written otherwise. */
    public static UnicodeScript writtenIn(String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.getScript().isEmpty()) {
            return switch (locale.getScript()) {
                case "Hans", "Hant", "Hani" -> UnicodeScript.HAN;
                case "Cyrl" -> UnicodeScript.CYRILLIC;
                case "Arab" -> UnicodeScript.ARABIC;
                default -> UnicodeScript.LATIN;
            };
        }
        return WRITTEN_IN.getOrDefault(locale.getLanguage(), UnicodeScript.LATIN);
    }

    /** Which of the theme's faces sets characters of a script. */
    public static Face face(UnicodeScript script) {
        if (EAST_ASIAN.contains(script)) {
            return Face.EAST_ASIAN;
        }
        return COMPLEX.contains(script) ? Face.COMPLEX : Face.LATIN;
    }

    /** Which face sets a character; a space or a digit is Latin. */
    public static Face face(int codePoint) {
        return face(UnicodeScript.of(codePoint));
    }

    /**
     * Whether a paragraph reads right to left, by its first letter as the Unicode bidirectional algorithm decides
     * (a paragraph of Arabic that opens with a Latin name still does not).
     */
    public static boolean rightToLeft(String paragraph) {
        return !paragraph.isEmpty() && Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())
                && !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * The language most of the text's letters are written in, when that is not Latin: what a deck whose author
     * named no language is taken to be in. Latin letters give {@code fallback}, which no script can tell apart.
     */
    public static String languageOf(String text, String fallback) {
        Map<UnicodeScript, Integer> letters = new java.util.EnumMap<>(UnicodeScript.class);
        // An ideograph or a kana says about as much as two Latin letters: a Japanese page naming its tools in
        // English is still Japanese.
        text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of)
                .map(s -> s == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : s)
                .forEach(s -> letters.merge(s, face(s) == Face.EAST_ASIAN ? 2 : 1, Integer::sum));
        boolean kana = letters.containsKey(UnicodeScript.HIRAGANA);
        if (kana) {
            // Japanese is written in kana and Han together: its Han letters count as its own.
            letters.merge(UnicodeScript.HIRAGANA, letters.getOrDefault(UnicodeScript.HAN, 0), Integer::sum);
            letters.remove(UnicodeScript.HAN);
        }
        return letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(most -> most.getKey() != UnicodeScript.LATIN)
                .map(most -> LANGUAGES.getOrDefault(most.getKey(), fallback)).orElse(fallback);
    }
}
