package lectern.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The findings of one talk as the rules make them, leaving out the rules the user switched off. */
final class Found {
    private final Talk talk;
    private final Set<Rule> ignored;
    private final List<Finding> findings = new ArrayList<>();

    Found(Talk talk, Set<Rule> ignored) {
        this.talk = talk;
        this.ignored = ignored;
    }

    /** Whether the rule is on; a rule that costs something (measuring text, reading files) asks first. */
    boolean wants(Rule rule) {
        return !ignored.contains(rule);
    }

    /** @param slide the slide's number, 0 for the whole talk */
    void add(Rule rule, int line, int slide, String message, String fix) {
        if (wants(rule)) {
            findings.add(new Finding(rule, talk.where(line), line, slide, slide == 0 ? "" : talk.slide(slide).title(),
                    message, fix));
        }
    }

    List<Finding> all() {
        return List.copyOf(findings);
    }
}
