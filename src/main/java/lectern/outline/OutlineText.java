package lectern.outline;

import java.util.Locale;
import java.util.stream.Collectors;
import lectern.Locations;
import lectern.plan.DeckPlan;
import lectern.plan.Slide;
import lectern.plan.Timing;

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
                    kindName(slide), slide.title(), slide.line() > 0 ? "  (line " + slide.line() + ")" : ""));
            if (skipped) {
                detail(out, "hidden to keep to time; shown in the deck's sorter, skipped in the show");
            } else if (time.advice() == Timing.Advice.SHORTEN) {
                detail(out, "shorten to ~" + Timing.clock(time.keepTo()) + " to keep to time");
            }
            slide.subtitle().ifPresent(subtitle -> detail(out, subtitle));
            slide.items().forEach(item -> detail(out, "· " + item));
            slide.claims().forEach(claim -> detail(out, "» " + claim.text()));
            slide.figure().ifPresent(figure -> detail(out, "figure: " + Figures.describe(figure)));
            slide.picture().ifPresent(picture -> detail(out, "picture: " + picture.src()
                    + (picture.alt().isBlank() ? "" : " (" + picture.alt() + ")")));
            int words = slide.notes().words();
            detail(out, words == 0 ? "no notes" : "notes: " + words + (words == 1 ? " word" : " words"));
        }
        return out.toString();
    }

    /** The kind as a user would say it: "claims with picture". */
    static String kindName(Slide slide) {
        return slide.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void detail(StringBuilder out, String text) {
        out.append(INDENT).append(text.lines().collect(Collectors.joining(" "))).append('\n');
    }
}
