package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.AgendaSlide;
import lectern.deck.Claim;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.layout.SlideCapacity;
import lectern.read.Essay;

/** The slides Lectern adds for the room: an agenda after the title, discussions after sections, a closing. */
final class RoomSlides {
    /** An agenda helps a room from this many sections on. */
    static final int AGENDA_FROM = 4;
    /** The words Lectern puts on the slides it adds for the room; everything else on a slide is the author's. */
    static final String AGENDA = "Agenda";
    static final String DISCUSSION = "Discussion";

    /** A heading that numbers itself: "1. Create", "2) Connect", "3.1 Keys", "IV. Results", "A. Appendix". */
    private static final java.util.regex.Pattern OWN_NUMBER = java.util.regex.Pattern.compile(
            "(\\d+(\\.\\d+)*[.)]?|[IVXLC]+[.)]|[A-Z][.)])\\s");

    private final SlideCapacity capacity;

    RoomSlides(SlideCapacity capacity) {
        this.capacity = capacity;
    }

    /** The agenda, over as many slides as its sections need, shared out evenly. */
    List<Slide> agenda(List<String> sections) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String section : sections) {
            page.add(section);
            if (page.size() > 1 && !capacity.fits(agendaSlide(true, page, 1))) {
                page.remove(page.size() - 1);
                pages.add(page);
                page = new ArrayList<>(List.of(section));
            }
        }
        pages.add(page);
        List<List<String>> even = evenly(sections, pages.size());
        boolean evenFits = even.stream().allMatch(p -> capacity.fits(agendaSlide(true, p, 1)));
        List<Slide> slides = new ArrayList<>();
        boolean numbered = sections.stream().noneMatch(s -> OWN_NUMBER.matcher(s).lookingAt());
        int number = 1;
        for (List<String> items : evenFits ? even : pages) {
            slides.add(agendaSlide(slides.isEmpty(), items, numbered ? number : 0));
            number += items.size();
        }
        return slides;
    }

    /** Items shared out over so many pages as evenly as they go, earlier pages the fuller: 5 and 4, not 8 and 1. */
    private static List<List<String>> evenly(List<String> items, int pages) {
        List<List<String>> shared = new ArrayList<>();
        int from = 0;
        for (int p = 0; p < pages; p++) {
            int size = (items.size() - from + (pages - p) - 1) / (pages - p);
            shared.add(items.subList(from, from + size));
            from += size;
        }
        return shared;
    }

    private static AgendaSlide agendaSlide(boolean first, List<String> sections, int firstNumber) {
        Slide.Common common = Slide.Common.of(first ? AGENDA : AGENDA + Slide.Common.CONTINUED, SpeakerNotes.NONE, 0).withLevel(1);
        return new AgendaSlide(first ? common : common.continued(), sections, firstNumber);
    }

    static Slide discussion(Unit unit, List<String> questions) {
        SpeakerNotes notes = new SpeakerNotes(List.of(NoteParagraph.cue("Discussion about \u201C" + unit.heading
                + "\u201D, about " + DiscussionSlide.minutes(questions) + " minutes: put the questions to the room and "
                + "take a few answers before you go on.")));
        return new DiscussionSlide(Slide.Common.of(DISCUSSION, notes, unit.line).withLevel(unit.level), questions);
    }

    /**
     * The last slide, with who is presenting and how to reach them, from the front matter: the essay's last
     * claim when its last section makes one (the talk ends on it), else the talk's title and subtitle. None
     * when that would be a title alone.
     *
     * @param lastSection the slides of the essay's last section
     */
    static Optional<Slide> closing(Essay essay, List<Slide> lastSection) {
        Optional<Claim> last = lastSection.stream().flatMap(s -> s.claims().stream()).filter(c -> !c.isChosen())
                .reduce((a, b) -> b);
        List<String> presenter = new ArrayList<>();
        for (String key : List.of("presenter", "contact", "email", "website")) {
            frontMatter(essay, key).ifPresent(presenter::add);
        }
        if (frontMatter(essay, "presenter").isEmpty()) {
            essay.metadata().author().ifPresent(author -> presenter.add(0, author));
        }
        if (last.isEmpty()) {
            essay.subtitle().ifPresent(subtitle -> presenter.add(0, subtitle));
            if (presenter.isEmpty() || essay.sections().isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ClosingSlide(Slide.Common.of(last.map(Claim::text).orElse(essay.title()),
                SpeakerNotes.NONE, last.map(Claim::line).orElse(essay.titleLine())).withLevel(1), last, presenter));
    }

    private static Optional<String> frontMatter(Essay essay, String key) {
        Object value = essay.frontMatter().get(key);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString().strip());
    }
}
