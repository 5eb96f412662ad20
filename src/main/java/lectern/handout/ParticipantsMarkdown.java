package lectern.handout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import lectern.Locations;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.ExerciseSlide;
import lectern.deck.Figure;
import lectern.deck.KeyPointsSlide;
import lectern.deck.NoteParagraph;
import lectern.deck.ObjectivesSlide;
import lectern.deck.Run;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;

/**
 * What the room takes home from a lesson: its questions and objectives, each exercise as its slide sets it (with
 * its timebox, never its solutions), the key points, and the links the lesson gives. Nothing the presenter keeps
 * to themselves reaches it: no solution, and no link from an instructor's note, a spoiler or a hint.
 */
final class ParticipantsMarkdown {
    /** Where the notes begin what only the presenter reads, as the planner labels it. */
    private static final Pattern PRESENTER_ONLY = Pattern.compile(
            "(?i)(instructor|solution|spoiler|hint|answer|instructor-note|instructornote)\\b.*");
    private static final Set<String> WEB = Set.of("http://", "https://", "mailto:");

    private final DeckPlan plan;
    private final StringBuilder out = new StringBuilder();

    private ParticipantsMarkdown(DeckPlan plan) {
        this.plan = plan;
    }

    static String of(DeckPlan plan) {
        return new ParticipantsMarkdown(plan).document();
    }

    private String document() {
        List<ExerciseSlide> exercises = plan.slides().stream().filter(ExerciseSlide.class::isInstance)
                .map(ExerciseSlide.class::cast).toList();
        int minutes = exercises.stream().mapToInt(ExerciseSlide::minutes).sum();
        out.append("# ").append(MarkdownText.plain(plan.title())).append("\n\n");
        List<String> summary = new ArrayList<>(List.of("Participant's handout"));
        plan.info().author().ifPresent(author -> summary.add(MarkdownText.escape(author)));
        long count = exercises.stream().filter(e -> !e.continues()).count();
        summary.add(count + (count == 1 ? " exercise" : " exercises") + (minutes > 0 ? ", " + minutes + " min" : ""));
        summary.add("from " + MarkdownText.code(Locations.display(plan.source())));
        out.append(String.join(" \u00B7 ", summary)).append("\n\n");
        plan.slides().stream().filter(ObjectivesSlide.class::isInstance).map(ObjectivesSlide.class::cast)
                .forEach(this::objectives);
        if (!exercises.isEmpty()) {
            out.append("## Exercises\n\n");
            int n = 0;
            for (int i = 0; i < exercises.size(); i++) {
                ExerciseSlide exercise = exercises.get(i);
                if (!exercise.continues()) {
                    // An exercise in parts is one exercise: its heading gives the time of all of them.
                    int all = exercise.minutes();
                    for (int j = i + 1; j < exercises.size() && exercises.get(j).continues(); j++) {
                        all += exercises.get(j).minutes();
                    }
                    out.append("### ").append(++n).append(". ").append(MarkdownText.plain(exercise.title()))
                            .append(all > 0 ? " \u2014 " + all + " min" : "").append("\n\n");
                } else if (exercise.minutes() > 0) {
                    out.append("*Then (").append(exercise.minutes()).append(" min):*\n\n");
                }
                list(exercise.task(), false);
                exercise.code().ifPresent(this::code);
            }
        }
        plan.slides().stream().filter(KeyPointsSlide.class::isInstance).map(KeyPointsSlide.class::cast)
                .forEach(points -> {
                    out.append("## ").append(MarkdownText.plain(points.title())).append("\n\n");
                    list(points.points(), true);
                });
        links();
        return out.toString();
    }

    private void objectives(ObjectivesSlide slide) {
        if (!slide.questions().isEmpty()) {
            out.append("## ").append(ObjectivesSlide.QUESTIONS).append("\n\n");
            list(slide.questions(), true);
        }
        if (!slide.objectives().isEmpty()) {
            out.append("## ").append(ObjectivesSlide.OBJECTIVES).append("\n\n");
            list(slide.objectives(), true);
        }
    }

    private void list(List<List<Claim.Span>> paragraphs, boolean bullets) {
        if (paragraphs.isEmpty()) {
            return;
        }
        for (List<Claim.Span> paragraph : paragraphs) {
            out.append(bullets ? "- " + MarkdownText.spans(paragraph, "  ") + "\n"
                    : MarkdownText.spans(paragraph, "") + "\n\n");
        }
        if (bullets) {
            out.append('\n');
        }
    }

    private void code(Figure.CodeFigure code) {
        for (Figure.Listing listing : code.listings()) {
            String text = String.join("\n", listing.lines());
            String fence = MarkdownText.fence(text);
            out.append(fence).append(listing.language()).append('\n').append(text).append('\n').append(fence).append("\n\n");
        }
    }

    /** Each web link the lesson's prose gives the room, once, with the words it is on. */
    private void links() {
        Map<String, String> links = new LinkedHashMap<>();
        for (Slide slide : plan.slides()) {
            if (slide instanceof SolutionSlide) {
                continue;
            }
            boolean presenterOnly = false;
            for (NoteParagraph p : slide.notes().paragraphs()) {
                if (p.style() == NoteParagraph.Style.HEADING) {
                    presenterOnly = PRESENTER_ONLY.matcher(p.text()).matches();
                }
                if (presenterOnly || p.style() == NoteParagraph.Style.CUE) {
                    continue;
                }
                for (Run run : p.runs()) {
                    if (WEB.stream().anyMatch(run.link()::startsWith) && !run.text().isBlank()) {
                        links.putIfAbsent(run.link(), run.text().strip());
                    }
                }
            }
        }
        if (links.isEmpty()) {
            return;
        }
        out.append("## Links\n\n");
        links.forEach((link, words) -> out.append("- ")
                .append(MarkdownText.spans(List.of(new Claim.Span(words, false, link)), "  ")).append('\n'));
        out.append('\n');
    }
}
