package lectern.plan;

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

    public int words() {
        return paragraphs.stream().mapToInt(p -> Words.count(p.text())).sum();
    }
}
