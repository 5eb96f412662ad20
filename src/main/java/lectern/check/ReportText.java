package lectern.check;

import java.util.List;
import java.util.stream.Collectors;
import lectern.Locations;
import lectern.deck.Timing;

/**
 * A report as a person reads it in the terminal: each finding in the compiler style
 * {@code file:line: warning: message [code]} (editors jump to it) with its fix under it, grouped by slide, then
 * the talk's time and the count of findings.
 */
public final class ReportText {
    private ReportText() {
    }

    public static String print(Report report) {
        Talk talk = report.talk();
        StringBuilder out = new StringBuilder();
        out.append(Locations.display(talk.file())).append(": \"").append(talk.title()).append("\", ")
                .append(talk.slides().size()).append(talk.slides().size() == 1 ? " slide" : " slides")
                .append(source(talk)).append('\n');
        int slide = -1;
        for (Finding finding : report.findings()) {
            if (finding.slide() != slide) {
                slide = finding.slide();
                out.append('\n').append(heading(report, finding)).append('\n');
            }
            out.append(Locations.format(finding.file(), finding.line())).append(": ").append(finding.level().word())
                    .append(": ").append(finding.message()).append(" [").append(finding.code()).append("]\n");
            out.append("  fix: ").append(finding.fix()).append('\n');
        }
        out.append('\n').append(time(report)).append('\n');
        out.append(Locations.display(talk.file())).append(": ").append(counts(report)).append('\n');
        return out.toString();
    }

    private static String source(Talk talk) {
        if (!talk.fromDeck()) {
            return "";
        }
        return talk.essay().map(essay -> ", built from " + Locations.display(essay))
                .orElse("; its essay was not found, so findings name slides, not lines");
    }

    private static String heading(Report report, Finding finding) {
        if (finding.slide() == 0) {
            return "the whole talk";
        }
        boolean hidden = report.talk().timing().slides().get(finding.slide() - 1).advice() == Timing.Advice.SKIP;
        return "slide " + finding.slide() + " \"" + Report.shorten(finding.slideTitle(), 60) + "\"" + (hidden ? " (hidden)" : "");
    }

    /** {@code time: ~25:30 of 30:00 at 130 words a minute, 4:30 to spare; 3 slides hidden (8, 20, 21), ~6:37 more}. */
    static String time(Report report) {
        Timing timing = report.talk().timing();
        int shown = report.shownSeconds();
        StringBuilder line = new StringBuilder("time: ~").append(Timing.clock(shown));
        if (timing.target().isPresent()) {
            int target = (int) timing.target().get().toSeconds();
            line.append(" of ").append(Timing.clock(target));
        }
        line.append(" at ").append(timing.wordsPerMinute()).append(" words a minute");
        if (timing.totalSeconds() != shown) {
            line.append(" (~").append(Timing.clock(timing.totalSeconds())).append(" with the slides marked to say shorter)");
        }
        if (timing.target().isPresent()) {
            int target = (int) timing.target().get().toSeconds();
            line.append(shown > target ? ", " + Timing.clock(shown - target) + " over"
                    : shown < target ? ", " + Timing.clock(target - shown) + " to spare" : "");
        }
        List<Integer> hidden = report.hiddenSlides();
        if (!hidden.isEmpty()) {
            line.append("; ").append(hidden.size()).append(hidden.size() == 1 ? " slide" : " slides").append(" hidden (")
                    .append(hidden.stream().map(String::valueOf).collect(Collectors.joining(", "))).append("), ~")
                    .append(Timing.clock(report.hiddenSeconds())).append(" more");
        }
        return line.toString();
    }

    private static String counts(Report report) {
        String counts = counted(report.count(Level.ERROR), "error") + ", " + counted(report.count(Level.WARNING), "warning")
                + ", " + counted(report.count(Level.HINT), "hint");
        if (report.ignored().isEmpty()) {
            return counts;
        }
        return counts + " (not checked: " + report.ignored().stream().sorted().map(Rule::code)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String counted(long count, String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }
}
