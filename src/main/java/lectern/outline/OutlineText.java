package lectern.outline;

import java.util.Locale;
import java.util.stream.Collectors;
import lectern.Locations;
import lectern.deck.DeckPlan;
import lectern.deck.Slide;
import lectern.deck.Timing;

/**
 * A deck plan as a presenter reads it in the terminal: one line per slide (number, when it comes up, how long
 * it takes, kind, title), then what it shows, indented beneath the title.
 */
public final class OutlineText {
    private static final String INDENT = " ".repeat(39);

    private OutlineText() {
    }

    public static String print(DeckPlan plan) {
        StringBuilder out = new StringBuilder();
        Timing timing = plan.timing();
        out.append(Locations.display(plan.source())).append(": ").append(plan.title()).append('\n');
        out.append(String.format(Locale.ROOT, "%d slides, %d claims, %d words of notes, %d pictures; ~%s at %d words a minute",
                plan.slides().size(), plan.claimCount(), plan.notesWords(), plan.pictureCount(),
                Timing.clock(timing.totalSeconds()), timing.wordsPerMinute()));
        timing.target().ifPresent(target -> out.append(", keeping to ").append(Timing.clock((int) target.toSeconds())));
        out.append("\n\n");
        out.append(String.format(Locale.ROOT, "%3s  %-7s %-7s %-19s %s%n", "#", "at", "takes", "kind", "title"));
        for (Slide slide : plan.slides()) {
            Timing.SlideTime time = timing.slides().get(slide.number() - 1);
            boolean skipped = time.advice() == Timing.Advice.SKIP;
            out.append(String.format(Locale.ROOT, "%3d  %-7s %-7s %-19s %s%s%n", slide.number(),
                    skipped ? "-" : Timing.clock(time.startsAt()), "~" + Timing.clock(time.seconds()),
                    slide.kind(), slide.title(), slide.line() > 0 ? "  (line " + slide.line() + ")" : ""));
            if (skipped) {
                detail(out, "hidden to keep to time; shown in the deck's sorter, skipped in the show");
            } else if (time.advice() == Timing.Advice.SHORTEN) {
                detail(out, "shorten to ~" + Timing.clock(time.keepTo()) + " to keep to time");
            }
            Slide.Contents shows = slide.contents();
            shows.subtitle().ifPresent(subtitle -> detail(out, subtitle));
            shows.items().forEach(item -> detail(out, "· " + item));
            shows.claims().forEach(claim -> detail(out, "» " + claim.text()));
            shows.figure().ifPresent(figure -> detail(out, "figure: " + Figures.describe(figure)));
            shows.picture().ifPresent(picture -> detail(out, "picture: " + picture.src()
                    + (picture.alt().isBlank() ? "" : " (" + picture.alt() + ")")));
            int words = slide.notes().words();
            detail(out, words == 0 ? "no notes" : "notes: " + words + (words == 1 ? " word" : " words"));
        }
        return out.toString();
    }

    private static void detail(StringBuilder out, String text) {
        out.append(INDENT).append(text.lines().collect(Collectors.joining(" "))).append('\n');
    }
}
