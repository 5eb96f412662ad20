package lectern.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.read.Footnote;

/**
 * Puts each footnote's text at the end of the notes of every slide whose notes cite it, where the presenter
 * meets the marker. A footnote nothing cites goes to the last slide's notes, so its words are not lost.
 */
final class Footnotes {
    private Footnotes() {
    }

    static List<Slide> place(List<Slide> slides, List<Footnote> footnotes) {
        if (footnotes.isEmpty() || slides.isEmpty()) {
            return slides;
        }
        Map<String, Footnote> byLabel = new LinkedHashMap<>();
        footnotes.forEach(f -> byLabel.putIfAbsent(f.label(), f));
        Set<String> placed = new LinkedHashSet<>();
        List<Slide> out = new ArrayList<>();
        for (Slide slide : slides) {
            Set<String> cited = new LinkedHashSet<>();
            slide.notes().paragraphs().forEach(p -> cited.addAll(p.cites()));
            cited.retainAll(byLabel.keySet());
            placed.addAll(cited);
            out.add(cited.isEmpty() ? slide : with(slide, cited.stream().map(byLabel::get).toList()));
        }
        List<Footnote> uncited = byLabel.values().stream().filter(f -> !placed.contains(f.label())).toList();
        if (!uncited.isEmpty()) {
            out.set(out.size() - 1, with(out.get(out.size() - 1), uncited));
        }
        return out;
    }

    private static Slide with(Slide slide, List<Footnote> footnotes) {
        List<NoteParagraph> notes = new ArrayList<>(slide.notes().paragraphs());
        footnotes.forEach(f -> notes.add(new NoteParagraph(NoteParagraph.Style.FOOTNOTE, 0, f.number(), Runs.of(f.runs()))));
        return slide.withNotes(new SpeakerNotes(notes));
    }
}
