package lectern.check;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lectern.layout.SlideFit;

/** Runs every rule that is on over a talk: the check stage, beside build and outline. */
public final class Check {
    private final List<RuleGroup> groups;
    private final Set<Rule> ignored;

    /**
     * @param fit     measures text in the boxes a build with the same options fills
     * @param ignored the rules switched off ({@code --ignore})
     */
    public Check(SlideFit fit, Set<Rule> ignored) {
        this.groups = List.of(new SlideText(fit), new ShownAsWritten(fit), new Pictures(), new Structure(),
                new Time(), new Accessibility());
        this.ignored = ignored.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(ignored);
    }

    /** The talk's findings: the whole talk's first, then slide by slide, each slide's in the order of its lines. */
    public Report run(Talk talk) {
        Found found = new Found(talk, ignored);
        groups.forEach(group -> group.check(talk, found));
        List<Finding> findings = found.all().stream().sorted(Comparator.comparingInt(Finding::slide)
                .thenComparingInt(Finding::line).thenComparing(Finding::rule)).toList();
        return new Report(talk, findings, ignored);
    }
}
