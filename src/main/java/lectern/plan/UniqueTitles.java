package lectern.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lectern.deck.AgendaSlide;
import lectern.deck.CalloutSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.ExerciseSlide;
import lectern.deck.SectionSlide;
import lectern.deck.SolutionSlide;
import lectern.deck.Slide;

/**
 * Gives every slide a title no other slide has: PowerPoint's outline, its navigation pane and a screen reader tell
 * slides apart by their titles alone, and its Accessibility Checker flags a repeated one. Each kind is named as a
 * presenter would name it by hand: a divider by its number in the agenda, discussions by their order, a closing
 * as the closing, a lesson's solution, callout or second exercise under a heading by what it is, a slide that goes
 * on from an earlier one of its heading as its continuation, and another heading in the same words by a number.
 * The author's words stay as they are; only a number or a word in brackets is added.
 */
final class UniqueTitles {

    private UniqueTitles() {
    }

    /**
     * @param units for each slide, the essay's heading it comes from (its unit), or -1 where that is not known: a
     *              slide continues an earlier one of its title only under the same heading, or, not known, right after it
     */
    static List<Slide> of(List<Slide> slides, List<Integer> units) {
        Map<String, Integer> uses = new HashMap<>();
        slides.forEach(slide -> uses.merge(heading(slide), 1, Integer::sum));
        // Each heading's number in the agenda, where it is first listed.
        List<String> listed = slides.stream().filter(AgendaSlide.class::isInstance).map(AgendaSlide.class::cast)
                .flatMap(a -> a.sections().stream()).toList();
        Map<String, Integer> agenda = new HashMap<>();
        for (int i = listed.size() - 1; i >= 0; i--) {
            agenda.put(listed.get(i), i + 1);
        }
        long discussions = slides.stream().filter(DiscussionSlide.class::isInstance).count();
        // Dividers are numbered all or none: one numbered among plain ones reads as a stray number.
        boolean numbered = slides.stream().anyMatch(slide -> slide instanceof SectionSlide
                && uses.get(heading(slide)) > 1 && !startsNumbered(heading(slide)));
        Map<String, Integer> shown = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Slide> named = new ArrayList<>();
        int divider = 0;
        int discussion = 0;
        String previous = null;
        Map<String, Integer> shownUnder = new HashMap<>();
        Map<String, String> numberedAs = new HashMap<>();
        for (int i = 0; i < slides.size(); i++) {
            Slide slide = slides.get(i);
            int unit = units.get(i);
            String heading = heading(slide);
            String title;
            if (slide instanceof SectionSlide && numbered && !startsNumbered(heading)) {
                title = agenda.getOrDefault(heading, divider + 1) + ". " + heading;
            } else if (slide instanceof DiscussionSlide && discussions > 1) {
                title = heading + " " + ++discussion;
            } else if (slide instanceof ClosingSlide && taken.contains(heading)) {
                title = heading + ClosingSlide.ON_THE_TITLE;
            } else if (slide instanceof SolutionSlide) {
                // A solution too long for one slide goes on as that solution, not as a second one.
                boolean goesOn = i > 0 && slides.get(i - 1) instanceof SolutionSlide && heading.equals(previous)
                        && slides.get(i - 1).line() == slide.line();
                title = marked(heading, goesOn ? "solution, continued" : "solution", shown);
            } else if (slide instanceof CalloutSlide callout && shown.containsKey(heading)) {
                title = marked(heading, callout.label().toLowerCase(Locale.ROOT), shown);
            } else if (slide instanceof ExerciseSlide && !slide.continues() && shown.containsKey(heading)) {
                title = marked(heading, "exercise", shown);
            } else if (!shown.containsKey(heading)) {
                shown.put(heading, 1);
                title = heading;
                numberedAs.put(heading, heading);
            } else if (unit == -1 ? heading.equals(previous) : unit == shownUnder.getOrDefault(heading, -2)) {
                // The slides of one heading (the title's: those about the whole talk) go on from the one before,
                // a numbered one's as that one: "With Make 2 (continued)".
                String base = numberedAs.getOrDefault(heading, heading);
                int n = shown.merge(base + Slide.Common.CONTINUED, 1, Integer::sum);
                title = continued(base, n == 1 ? "continued" : "continued " + n);
            } else {
                // Another heading in the same words: numbered, and check's duplicate-title tells the author.
                title = heading + " " + shown.merge(heading, 1, Integer::sum);
                numberedAs.put(heading, title);
            }
            divider += slide instanceof SectionSlide ? 1 : 0;
            previous = heading;
            shownUnder.put(heading, unit);
            named.add(apart(slide, title, taken));
        }
        return named;
    }

    /**
     * Slides named apart already, each within its own essay (a workshop's episodes), kept apart across them: a title
     * an earlier one took is numbered ("Key Points 2"), and nothing is named twice over ("(solution) (solution)").
     */
    static List<Slide> acrossEssays(List<Slide> slides) {
        Set<String> taken = new HashSet<>();
        return slides.stream().map(slide -> apart(slide, slide.title(), taken)).toList();
    }

    /** The slide titled {@code title}, numbered if another slide took that title, which it then takes. */
    private static Slide apart(Slide slide, String title, Set<String> taken) {
        String unique = title;
        for (int n = 2; taken.contains(unique); n++) {
            unique = title + " " + n;
        }
        taken.add(unique);
        return unique.equals(slide.title()) ? slide : slide.withTitle(unique);
    }

    /** A heading with what the slide is in brackets, counted from the second: "X (solution)", "X (solution 2)". */
    private static String marked(String heading, String what, Map<String, Integer> shown) {
        int n = shown.merge(heading + " (" + what + ")", 1, Integer::sum);
        return heading + " (" + what + (n == 1 ? "" : " " + n) + ")";
    }

    /** "X (what)"; a heading that ends in brackets of its own takes the word inside them: "Hint (optional, continued)". */
    private static String continued(String heading, String what) {
        return heading.endsWith(")") && !heading.endsWith("()")
                ? heading.substring(0, heading.length() - 1) + ", " + what + ")" : heading + " (" + what + ")";
    }

    /** The heading a slide shows, without the word that says it continues the one before. */
    private static String heading(Slide slide) {
        String title = slide.title();
        return title.endsWith(Slide.Common.CONTINUED) ? title.substring(0, title.length() - Slide.Common.CONTINUED.length())
                : title;
    }

    /** A heading the author numbered ("3. Setup", "1.2 Install") takes no second number. */
    private static boolean startsNumbered(String heading) {
        return heading.matches("\\d+(\\.\\d+)*\\.?\\s.*");
    }
}
