package lectern.check;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import lectern.deck.Timing;

/**
 * What the check found in one talk, with its times.
 *
 * @param ignored the rules that were switched off, so a clean report says what it did not look for
 */
public record Report(Talk talk, List<Finding> findings, Set<Rule> ignored) {

    public Report {
        findings = List.copyOf(findings);
        ignored = Set.copyOf(ignored);
    }

    public long count(Level level) {
        return findings.stream().filter(finding -> finding.level() == level).count();
    }

    /** How long the slides shown take as their notes are written. */
    public int shownSeconds() {
        return Time.shownAsWritten(talk);
    }

    /** How long the hidden slides would take. */
    public int hiddenSeconds() {
        return Time.hidden(talk.timing());
    }

    public List<Integer> hiddenSlides() {
        List<Timing.SlideTime> times = talk.timing().slides();
        return IntStream.range(0, times.size())
                .filter(i -> times.get(i).advice() == Timing.Advice.SKIP).mapToObj(i -> i + 1).toList();
    }

    /** Text cut after a word to about {@code length} characters, with an ellipsis where it was cut. */
    static String shorten(String text, int length) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= length) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', length - 1);
        return flat.substring(0, cut > length / 2 ? cut : length - 1) + "\u2026";
    }
}
