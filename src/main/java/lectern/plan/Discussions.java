package lectern.plan;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lectern.deck.NoteParagraph;

/**
 * Finds where a section asks the room something: a run of two or more questions in one paragraph ("Ask
 * yourself honestly: Is my value …? Am I building …? Do people work with me …?"). Those questions, as the
 * author wrote them, become a slide that gives the room time to answer.
 */
final class Discussions {
    private Discussions() {
    }

    /** The first run of questions in the paragraphs, when there is one. */
    static Optional<List<String>> questions(List<NoteParagraph> paragraphs) {
        for (NoteParagraph paragraph : paragraphs) {
            if (paragraph.style() == NoteParagraph.Style.CODE || paragraph.style() == NoteParagraph.Style.CUE) {
                continue;
            }
            List<String> run = longestRun(sentences(paragraph.text().replace('\n', ' ')));
            if (run.size() >= 2) {
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

    private static List<String> longestRun(List<String> sentences) {
        List<String> best = List.of();
        List<String> run = new ArrayList<>();
        for (String sentence : sentences) {
            if (sentence.endsWith("?")) {
                run.add(sentence);
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
            } else {
                run.clear();
            }
        }
        return best;
    }
}
