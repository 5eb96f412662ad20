package lectern.deck;

import java.util.List;

/** What the presenter reads: the section's prose, complete and in order. */
public record SpeakerNotes(List<NoteParagraph> paragraphs) {

    public static final SpeakerNotes NONE = new SpeakerNotes(List.of());

    public SpeakerNotes {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** Words of the author's prose, which the talk's timing counts; Lectern's own cues are not counted. */
    public int words() {
        return paragraphs.stream().filter(p -> p.style() != NoteParagraph.Style.CUE).mapToInt(p -> Words.count(p.text())).sum();
    }

    /** These notes with {@code earlier} paragraphs before them. */
    public SpeakerNotes after(List<NoteParagraph> earlier) {
        List<NoteParagraph> all = new java.util.ArrayList<>(earlier);
        all.addAll(paragraphs);
        return new SpeakerNotes(all);
    }
}
