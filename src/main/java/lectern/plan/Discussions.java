package lectern.plan;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lectern.deck.NoteParagraph;

/**
 * Finds where a section asks the room something: a paragraph that ends in two or more questions put to the
 * reader ("Ask yourself honestly: Is my value …? Am I building …? Do people work with me …?"), with at most a
 * few sentences before them. Those questions, as the author wrote them, become a slide that gives the room time to
 * answer. Questions asked in passing (answered in the same paragraph, or with no "you" in them: "can we construct
 * a graph …?") are the author's rhetoric, not the room's turn.
 */
final class Discussions {
    private Discussions() {
    }

    /** How many sentences may lead into the questions: what to look at or try first ("Open the page. Click …"). */
    static final int LEAD_IN = 3;
    private static final java.util.regex.Pattern TO_THE_READER = java.util.regex.Pattern.compile(
            "(?i).*\\b(you|your|yours|yourself|yourselves)\\b.*");

    /** The first run of questions in the paragraphs, when there is one. */
    static Optional<List<String>> questions(List<NoteParagraph> paragraphs) {
        for (NoteParagraph paragraph : paragraphs) {
            if (paragraph.style() != NoteParagraph.Style.PROSE && paragraph.style() != NoteParagraph.Style.QUOTE) {
                continue;
            }
            String text = paragraph.runs().stream().map(r -> r.code() ? MathText.readable(r.text()) : r.text())
                    .collect(java.util.stream.Collectors.joining());
            List<String> sentences = sentences(text.replace('\n', ' '));
            List<String> run = closingRun(sentences);
            boolean putToTheRoom = run.size() >= 2 && sentences.size() - run.size() <= LEAD_IN
                    && sentences.stream().anyMatch(sentence -> TO_THE_READER.matcher(sentence).matches());
            if (putToTheRoom) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    private static List<String> sentences(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** The questions the paragraph ends with. */
    private static List<String> closingRun(List<String> sentences) {
        int from = sentences.size();
        while (from > 0 && sentences.get(from - 1).endsWith("?")) {
            from--;
        }
        return List.copyOf(sentences.subList(from, sentences.size()));
    }
}
