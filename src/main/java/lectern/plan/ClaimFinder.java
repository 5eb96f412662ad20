package lectern.plan;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lectern.deck.Claim;
import lectern.read.Run;

/**
 * Finds the claims in a paragraph: each bold span, widened to its whole sentence when it is only part of
 * one. The author's words are never changed, only chosen. Bold that labels rather than claims is not a claim:
 * a caption's label ({@code **Figure 1.**}), a label and its short value ({@code **Platform:** Web}), and a
 * paragraph that is bold from end to end but is no sentence (a pseudo-heading, a byline, a file name).
 */
final class ClaimFinder {
    private ClaimFinder() {
    }

    /** "Figure 1.", "Fig. 2:", "Table 3" and the like, which name a picture or table rather than claim anything. */
    private static final java.util.regex.Pattern CAPTION_LABEL = java.util.regex.Pattern.compile(
            "(?i)(figure|fig\\.?|table|listing|plate|chart|diagram|image|photo|exhibit|example)\\s*[0-9]+[0-9.]*[a-z]?\\s*[.:—-]?");
    /** A label of a few words, or a byline: bold that is not a sentence. */
    static final int LABEL_WORDS = 6;

    static List<Claim> find(List<Run> runs, int line) {
        if (labels(runs)) {
            return List.of();
        }
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Run run : runs) {
            String t = run.text().replace('\n', ' ');
            text.append(t);
            for (int i = 0; i < t.length(); i++) {
                bold.add(run.bold());
                links.add(run.link());
            }
        }
        String s = text.toString();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(s);

        // Keyed by the range shown, so two bold parts of one sentence make one claim.
        Map<List<Integer>, Claim> claims = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            if (!bold.get(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && bold.get(i)) {
                i++;
            }
            int end = i;
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (start == end || !hasWordCharacter(s, start, end)) {
                continue;
            }
            int sentenceStart = sentences.isBoundary(start) ? start : sentences.preceding(start);
            // A bold span that ends in its own full stop ends its sentence, even where the text runs on in
            // lower case ("**One.** a"), which the sentence splitter would take for an abbreviation.
            int sentenceEnd = sentences.isBoundary(end) || endsSentence(s, start, end) ? end : sentences.following(end);
            boolean wholeSentence = !hasWordCharacter(s, sentenceStart, start) && !hasWordCharacter(s, end, sentenceEnd);
            if (wholeSentence) {
                claims.putIfAbsent(List.of(start, end), new Claim(spans(s, bold, links, start, end), line));
            } else {
                int from = skipSpace(s, sentenceStart, sentenceEnd);
                int to = trimSpace(s, from, sentenceEnd);
                claims.putIfAbsent(List.of(from, to), new Claim(spans(s, bold, links, from, to), line));
            }
        }
        return List.copyOf(claims.values());
    }

    /** Whether the paragraph's bold labels it rather than claims something. */
    private static boolean labels(List<Run> runs) {
        List<Run> words = runs.stream().filter(r -> !r.text().isBlank()).toList();
        if (words.isEmpty() || !words.get(0).bold()) {
            return false;
        }
        String bold = words.stream().takeWhile(Run::bold).map(Run::text).reduce("", String::concat).strip();
        String rest = words.stream().dropWhile(Run::bold).map(Run::text).reduce("", String::concat).strip();
        if (CAPTION_LABEL.matcher(bold).matches()) {
            return true;
        }
        boolean sentence = bold.matches("(?s).*[.!?。！？][\"'”’)\\]]*");
        if (rest.isEmpty()) {
            return !sentence && (lectern.deck.Words.count(bold) <= LABEL_WORDS || mostlyCapitalised(bold));
        }
        boolean allBoldAtStart = words.stream().dropWhile(Run::bold).noneMatch(Run::bold);
        return allBoldAtStart && bold.endsWith(":") && lectern.deck.Words.count(rest) <= LABEL_WORDS
                && !rest.matches("(?s).*[.!?。]");
    }

    /** Names, as a byline lists them: most words start with a capital. */
    private static boolean mostlyCapitalised(String text) {
        String[] words = text.split("[\\s,;]+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
        return capitalised >= 0.7 * words.length;
    }

    /** The claim's text in spans of one boldness and one link each. */
    private static List<Claim.Span> spans(String s, List<Boolean> bold, List<String> links, int from, int to) {
        List<Claim.Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            boolean b = bold.get(i);
            String link = links.get(i);
            int j = i;
            while (j < to && bold.get(j) == b && links.get(j).equals(link)) {
                j++;
            }
            spans.add(new Claim.Span(s.substring(i, j), b, link));
            i = j;
        }
        return spans;
    }

    private static boolean endsSentence(String s, int start, int end) {
        String text = s.substring(start, end).replaceAll("[\"'\u201D\u2019)\\]]+$", "");
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    }

    private static boolean hasWordCharacter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
