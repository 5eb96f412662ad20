package lectern.plan;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Run;

/**
 * What a section the author bolded nothing in shows instead, chosen from the author's own words and never
 * reworded: its short list, item for item, or the first sentence of its prose that reads on a slide.
 */
final class Chosen {
    /** A sentence shorter than this is a label ("Note:", "For example:"), not something to show. */
    static final int SENTENCE_MIN_WORDS = 4;
    /** A sentence longer than this is a passage to say, not to show. */
    static final int SENTENCE_MAX_WORDS = 40;
    /** An item longer than this makes a list a page of prose. */
    static final int ITEM_MAX_WORDS = 25;
    static final int LIST_MIN_ITEMS = 2;

    private Chosen() {
    }

    /** The first sentence of the paragraph, whole, if it reads on a slide; shown unbolded, as Lectern's choice. */
    static Optional<Claim> sentence(Paragraph paragraph) {
        List<Claim.Span> spans = spans(paragraph.runs());
        String text = text(spans).replace('\n', ' ');
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            String sentence = text.substring(start, end).strip();
            int words = lectern.deck.Words.count(sentence);
            if (words >= SENTENCE_MIN_WORDS && words <= SENTENCE_MAX_WORDS) {
                int from = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
                return Optional.of(new Claim(cut(spans, from, from + sentence.length()), paragraph.line()));
            }
            // Only the opening sentence, or the one after a label, is chosen: later ones depend on it.
            if (words >= SENTENCE_MIN_WORDS) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The last sentence of the words, whole: the one that introduces what follows them ("Then push:"), when it is
     * short enough to show above it.
     */
    static Optional<Claim> lastSentence(List<Claim.Span> spans, int line) {
        String text = text(spans);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.last();
        int start = sentences.previous();
        while (start != BreakIterator.DONE && text.substring(start, end).isBlank()) {
            end = start;
            start = sentences.previous();
        }
        if (start == BreakIterator.DONE) {
            return Optional.empty();
        }
        String sentence = text.substring(start, end).strip();
        int words = lectern.deck.Words.count(sentence);
        if (words < 2 || words > SENTENCE_MAX_WORDS) {
            return Optional.empty();
        }
        int from = start + (text.substring(start, end).length() - text.substring(start, end).stripLeading().length());
        return Optional.of(new Claim(cut(spans, from, from + sentence.length()), line));
    }

    /** The whole paragraph, for a section that has nothing longer to say ("n/a"), if it is short enough to show. */
    static Optional<Claim> whole(Paragraph paragraph) {
        List<Claim.Span> spans = spans(paragraph.runs());
        int words = lectern.deck.Words.count(text(spans));
        return words == 0 || words > SENTENCE_MAX_WORDS ? Optional.empty() : Optional.of(new Claim(spans, paragraph.line()));
    }

    /** The list's items as a slide shows them (each item's first paragraph), if it is short enough to show. */
    static Optional<List<List<Claim.Span>>> items(ListBlock list) {
        if (list.items().size() < LIST_MIN_ITEMS || list.items().size() > lectern.layout.MeasuredCapacity.MAX_ITEMS) {
            return Optional.empty();
        }
        List<List<Claim.Span>> items = new ArrayList<>();
        for (ListBlock.ListItem item : list.items()) {
            if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph first)) {
                return Optional.empty();
            }
            List<Claim.Span> spans = new ArrayList<>();
            if (item.task() != ListBlock.Task.NONE) {
                spans.add(new Claim.Span(item.task() == ListBlock.Task.DONE ? "\u2611 " : "\u2610 ", false));
            }
            spans.addAll(spans(first.runs()));
            int words = lectern.deck.Words.count(text(spans));
            if (words == 0 || words > ITEM_MAX_WORDS) {
                return Optional.empty();
            }
            items.add(spans);
        }
        return Optional.of(items);
    }

    /** The runs as a slide shows them: the author's links kept, but no bold, since none of it was a claim. */
    private static List<Claim.Span> spans(List<Run> runs) {
        return MathText.readable(runs).stream().map(run -> new Claim.Span(run.text().replace('\n', ' '), false, run.link()))
                .toList();
    }

    private static List<Claim.Span> cut(List<Claim.Span> spans, int from, int to) {
        List<Claim.Span> kept = new ArrayList<>();
        int at = 0;
        for (Claim.Span span : spans) {
            int start = Math.max(from, at);
            int end = Math.min(to, at + span.text().length());
            if (start < end) {
                kept.add(new Claim.Span(span.text().substring(start - at, end - at), false, span.link()));
            }
            at += span.text().length();
        }
        return kept;
    }

    private static String text(List<Claim.Span> spans) {
        return spans.stream().map(Claim.Span::text).reduce("", String::concat);
    }
}
