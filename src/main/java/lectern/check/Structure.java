package lectern.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lectern.deck.AgendaSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.TitleSlide;

/** How the talk hangs together: headings a room can tell apart, and levels that nest. */
final class Structure implements RuleGroup {

    @Override
    public void check(Talk talk, Found found) {
        duplicateTitles(talk, found);
        skippedHeadings(talk, found);
        setApart(talk, found);
    }

    /** Headings the author set inside a div, an alert, a {@code <details>}, a list or a quotation. */
    private static void setApart(Talk talk, Found found) {
        for (Talk.Heading heading : talk.setApart()) {
            if (shownByALesson(talk, heading)) {
                continue;
            }
            found.add(Rule.HEADING_SET_APART, heading.line(), talk.slideOf(heading.line()), "#".repeat(heading.level())
                    + " \"" + Report.shorten(heading.text(), 50) + "\" is inside " + heading.inside()
                    + ", so it starts no slide: it stays in the notes",
                    "that is as it should be for a solution, a note or a folded part; to give it a slide of its own, move it out");
        }
    }

    /**
     * A heading a lesson's slide shows: an exercise's title is its slide's title, a solution's ("## Solution") is
     * its slide's label. Nothing to hint at.
     */
    private static boolean shownByALesson(Talk talk, Talk.Heading heading) {
        return talk.slides().stream().anyMatch(slide -> slide instanceof lectern.deck.ExerciseSlide
                        && slide.title().equals(heading.text()))
                || heading.inside().endsWith("solution") && talk.slides().stream()
                        .anyMatch(lectern.deck.SolutionSlide.class::isInstance);
    }

    /**
     * Two slides titled alike that come from different headings. Slides of one heading share its title by design
     * (a divider and its section's slide, continued slides), as do Lectern's own agenda, discussion and closing.
     */
    private static void duplicateTitles(Talk talk, Found found) {
        Map<String, Slide> first = new HashMap<>();
        java.util.TreeSet<Integer> starts = slideHeadings(talk);
        Slide previous = null;
        for (Slide slide : talk.slides()) {
            if (slide.continues() || aboutTheRoom(slide) || slide.title().isBlank()) {
                continue;
            }
            String key = slide.title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Slide earlier = first.putIfAbsent(key, slide);
            if (earlier != null && !sameHeading(earlier, slide, previous, starts)) {
                found.add(Rule.DUPLICATE_TITLE, slide.line(), slide.number(), "the same title as slide "
                        + earlier.number() + (earlier.line() > 0 ? " (line " + earlier.line() + ")" : "")
                        + ": \"" + Report.shorten(slide.title(), 60) + "\"", talk.fromDeck()
                        ? "give one of the slides another title in PowerPoint"
                        : "give the headings different words, so the room, the agenda and the slide sorter tell them apart");
            }
            previous = slide;
        }
    }

    /**
     * Whether two slides come from one heading: no heading that starts a slide stands between their lines (a
     * section's code, table or picture slide has the line of what it shows). The slides about the whole talk (the
     * title, its opening, its picture) all carry the talk's title. Without the essay's lines, a divider or the
     * title slide is known by the slide of its own heading coming right after it.
     */
    private static boolean sameHeading(Slide earlier, Slide slide, Slide previous, java.util.TreeSet<Integer> starts) {
        if (earlier.level() == 1 && slide.level() == 1) {
            return true;
        }
        if (earlier.line() > 0 && slide.line() > 0) {
            return java.util.Objects.equals(starts.floor(earlier.line()), starts.floor(slide.line()));
        }
        return earlier == previous && (earlier instanceof SectionSlide || earlier instanceof TitleSlide);
    }

    /** The lines of the headings that start slides. */
    private static java.util.TreeSet<Integer> slideHeadings(Talk talk) {
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        talk.slides().forEach(slide -> lines.add(slide.line()));
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        talk.headings().stream().map(Talk.Heading::line).filter(lines::contains).forEach(starts::add);
        return starts;
    }

    /** Lectern's own slides for the room, titled in Lectern's words: the agenda, discussions, the closing. */
    private static boolean aboutTheRoom(Slide slide) {
        return slide instanceof AgendaSlide || slide instanceof DiscussionSlide || slide instanceof ClosingSlide;
    }

    private static void skippedHeadings(Talk talk, Found found) {
        List<Talk.Heading> headings = talk.headings();
        for (int i = 1; i < headings.size(); i++) {
            Talk.Heading heading = headings.get(i);
            int above = headings.get(i - 1).level();
            if (heading.level() > above + 1) {
                String missing = "#".repeat(above + 1);
                found.add(Rule.HEADING_SKIPPED, heading.line(), talk.slideOf(heading.line()), "#".repeat(heading.level())
                        + " \"" + Report.shorten(heading.text(), 50) + "\" comes under a " + "#".repeat(above)
                        + (above == 1 ? " title" : " heading") + " with no " + missing + " between",
                        "make it a " + missing + " heading, or add the " + missing + " heading it belongs under");
            }
        }
    }
}
