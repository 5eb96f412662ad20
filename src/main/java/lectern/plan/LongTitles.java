package lectern.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import lectern.Warnings;
import lectern.deck.AgendaSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.layout.Longest;
import lectern.layout.SlideCapacity;

/**
 * Keeps an absurdly long heading on its slide: one that does not fit the slide's title at the smallest size the
 * theme allows shows as many of its first words as fit, with an ellipsis, and the slide's notes start with the
 * whole heading, so nothing is lost and nothing runs off the slide. The same goes for a heading listed on an
 * agenda or a section divider.
 */
final class LongTitles {
    private static final String ELLIPSIS = "\u2026";

    private final SlideCapacity capacity;
    private final Path essay;
    private final Warnings warnings;
    private final Set<Integer> warned = new HashSet<>();

    LongTitles(SlideCapacity capacity, Path essay, Warnings warnings) {
        this.capacity = capacity;
        this.essay = essay;
        this.warnings = warnings;
    }

    List<Slide> fit(List<Slide> slides) {
        List<Slide> fitted = new ArrayList<>();
        for (Slide slide : slides) {
            fitted.add(items(title(slide)));
        }
        return fitted;
    }

    private Slide title(Slide slide) {
        if (capacity.titleFits(slide)) {
            return slide;
        }
        String shown = shortest(slide.title(), t -> capacity.titleFits(slide.withTitle(t)));
        warn(slide.line(), slide.title(), shown);
        List<NoteParagraph> notes = new ArrayList<>();
        notes.add(new NoteParagraph(NoteParagraph.Style.HEADING, 0, 0, List.of(new Run(slide.title(), true, false, false, ""))));
        notes.addAll(slide.notes().paragraphs());
        return slide.withTitle(shown).withNotes(new SpeakerNotes(notes));
    }

    /** The headings an agenda or divider lists: each on its own must fit, or it is shortened the same way. */
    private Slide items(Slide slide) {
        if (slide instanceof AgendaSlide agenda) {
            List<String> sections = shortened(agenda.sections(), item -> capacity.fits(agenda.withSections(List.of(item))));
            return sections.equals(agenda.sections()) ? slide : agenda.withSections(sections);
        }
        if (slide instanceof SectionSlide divider) {
            List<String> subsections = shortened(divider.subsections(),
                    item -> capacity.fits(divider.withSubsections(List.of(item))));
            return subsections.equals(divider.subsections()) ? slide : divider.withSubsections(subsections);
        }
        return slide;
    }

    private static List<String> shortened(List<String> items, Predicate<String> fits) {
        return items.stream().map(item -> fits.test(item) ? item : shortest(item, fits)).toList();
    }

    private void warn(int line, String heading, String shown) {
        if (warned.add(line)) {
            int words = heading.split("\\s+").length;
            int wordsShown = shown.split("\\s+").length;
            String part = wordsShown > 1 ? "its first " + wordsShown + " words"
                    : "its first " + (shown.codePointCount(0, shown.length()) - 1) + " characters";
            warnings.add(essay, line, "heading too long for a slide (" + words + (words == 1 ? " word" : " words")
                    + "); the slide shows " + part + ", the notes the whole heading");
        }
    }

    /** The longest start of {@code text} that fits, cut after a word where a word fits, with an ellipsis. */
    static String shortest(String text, Predicate<String> fits) {
        String[] words = text.strip().split("\\s+");
        int most = Longest.start(words.length - 1, n -> fits.test(String.join(" ", java.util.Arrays.copyOf(words, n)) + ELLIPSIS));
        if (most > 0) {
            return String.join(" ", java.util.Arrays.copyOf(words, most)) + ELLIPSIS;
        }
        int[] points = text.strip().codePoints().toArray();
        int chars = Longest.start(points.length - 1, n -> fits.test(new String(points, 0, n) + ELLIPSIS));
        return new String(points, 0, Math.max(1, chars)) + ELLIPSIS;
    }
}
