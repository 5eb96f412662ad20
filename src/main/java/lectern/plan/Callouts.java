package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.deck.CalloutSlide;
import lectern.deck.Claim;
import lectern.deck.SpeakerNotes;
import lectern.deck.Slide;
import lectern.deck.Words;
import lectern.read.Block;
import lectern.read.Div;
import lectern.read.ListBlock;
import lectern.read.Paragraph;

/**
 * Which callouts the room sees. A warning is shown, because the room must not miss it: a {@code caution} div, or a
 * GitHub {@code [!WARNING]}, {@code [!CAUTION]} or {@code [!IMPORTANT]}, when it is short enough to read from the
 * back of the room ({@value #MOST_WORDS} words or fewer, in paragraphs and list items only). Any other callout (a
 * note, a tip, a Carpentries {@code callout}, {@code discussion}, {@code checklist} or {@code prereq}), and a
 * warning too long for a slide, is for the presenter to tell: it stays in the notes, whole.
 */
final class Callouts {
    static final int MOST_WORDS = 45;
    /** Each kind that may be shown, with the label the slide gives it. */
    private static final Map<String, String> SHOWN = Map.of("caution", "Caution", "warning", "Warning",
            "important", "Important", "danger", "Warning");

    private Callouts() {
    }

    static boolean onTheSlide(Div div) {
        return SHOWN.containsKey(div.kind()) && words(div).isPresent();
    }

    /** The callout's slide, under its own title or, without one, its section's heading. */
    static Slide slide(Div div, String heading) {
        List<List<Claim.Span>> text = words(div).orElseThrow();
        NotesBuilder notes = new NotesBuilder();
        notes.blocks(div.blocks(), lectern.deck.NoteParagraph.Style.PROSE, 0);
        String title = div.title().isBlank() ? heading : div.title();
        return new CalloutSlide(Slide.Common.of(title, new SpeakerNotes(notes.paragraphs()), div.line()),
                SHOWN.get(div.kind()), text);
    }

    /** The callout's paragraphs and items, when it has only those and they are short. */
    private static Optional<List<List<Claim.Span>>> words(Div div) {
        List<List<Claim.Span>> text = new ArrayList<>();
        for (Block block : div.blocks()) {
            if (block instanceof Paragraph paragraph) {
                text.add(spans(paragraph));
            } else if (block instanceof ListBlock list && list.items().stream().allMatch(i -> i.blocks().size() == 1
                    && i.blocks().get(0) instanceof Paragraph)) {
                list.items().forEach(item -> text.add(spans((Paragraph) item.blocks().get(0))));
            } else {
                return Optional.empty();
            }
        }
        int words = text.stream().mapToInt(p -> Words.count(Claim.texts(List.of(p)).get(0))).sum();
        return text.isEmpty() || words > MOST_WORDS ? Optional.empty() : Optional.of(text);
    }

    /** A paragraph as a slide shows the author's words: bold and links kept, code and maths readable. */
    static List<Claim.Span> spans(Paragraph paragraph) {
        return MathText.readable(paragraph.runs()).stream()
                .map(run -> new Claim.Span(run.text().replace('\n', ' '), run.bold(), run.link())).toList();
    }
}
