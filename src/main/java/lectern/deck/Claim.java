package lectern.deck;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A key claim as it appears on a slide: the author's bold words, or the whole sentence around them with the
 * bold part kept bold, so that no claim reads as a fragment.
 *
 * @param line the essay line of the paragraph the claim comes from
 */
public record Claim(List<Span> spans, int line) {

    public Claim {
        spans = List.copyOf(spans);
    }

    /**
     * Part of a claim; {@code bold} is the author's emphasis.
     *
     * @param link where the words link to, empty when they do not
     */
    public record Span(String text, boolean bold, String link) {
        public Span {
            link = link == null ? "" : link;
        }

        public Span(String text, boolean bold) {
            this(text, bold, "");
        }

        /** The words of a paragraph of spans. */
        public static String text(List<Span> spans) {
            return spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    public String text() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }

    /**
     * Whether nothing of it is bold: a sentence Lectern chose to show for a section the author bolded nothing
     * in, not a claim the author marked.
     */
    public boolean isChosen() {
        return spans.stream().noneMatch(Span::bold);
    }

    public boolean isAllBold() {
        return spans.stream().allMatch(Span::bold);
    }

    /** The words of each paragraph, as plain text. */
    public static List<String> texts(List<List<Span>> paragraphs) {
        return paragraphs.stream().map(p -> p.stream().map(Span::text).collect(Collectors.joining())).toList();
    }

    public int words() {
        return Words.count(text());
    }
}
