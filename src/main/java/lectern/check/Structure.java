package lectern.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lectern.deck.ClosingSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.Slide;

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
     * Two headings that start slides in the same words: the deck tells them apart only by a number ("Summary 2").
     * A deck is checked as PowerPoint's Accessibility Checker checks it: by its slides' titles, any two alike.
     */
    private static void duplicateTitles(Talk talk, Found found) {
        if (talk.fromDeck()) {
            Map<String, Slide> first = new HashMap<>();
            for (Slide slide : talk.slides()) {
                Slide earlier = slide.title().isBlank() ? null : first.putIfAbsent(key(slide.title()), slide);
                if (earlier != null) {
                    found.add(Rule.DUPLICATE_TITLE, slide.line(), slide.number(), "the same title as slide "
                            + earlier.number() + ": \"" + Report.shorten(slide.title(), 60) + "\"",
                            "give one of the slides another title in PowerPoint: a screen reader and the outline tell "
                                    + "slides apart by their titles");
                }
            }
            return;
        }
        java.util.TreeSet<Integer> starts = slideHeadings(talk);
        Map<String, Talk.Heading> first = new HashMap<>();
        for (Talk.Heading heading : talk.headings()) {
            if (!starts.contains(heading.line()) || heading.level() == 1) {
                continue;
            }
            Talk.Heading earlier = first.putIfAbsent(key(heading.text()), heading);
            if (earlier != null) {
                found.add(Rule.DUPLICATE_TITLE, heading.line(), talk.slideOf(heading.line()), "the same heading as slide "
                        + talk.slideOf(earlier.line()) + " (line " + earlier.line() + "): \""
                        + Report.shorten(heading.text(), 60) + "\"; the deck numbers the second",
                        "give the headings different words, so the room, the agenda and the slide sorter tell them apart");
            }
        }
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The lines of the headings that start slides. */
    private static java.util.TreeSet<Integer> slideHeadings(Talk talk) {
        java.util.Set<Integer> lines = new java.util.HashSet<>();
        talk.slides().forEach(slide -> lines.add(slide.line()));
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        talk.headings().stream().map(Talk.Heading::line).filter(lines::contains).forEach(starts::add);
        return starts;
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
