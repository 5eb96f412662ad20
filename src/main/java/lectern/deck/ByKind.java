package lectern.deck;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One value for each kind of slide: a layout, the boxes text is set in, a name. A new kind of slide is a new
 * component, so every place that makes one must give its value.
 */
public record ByKind<T>(T title, T section, T statement, T claims, T claimsWithPicture, T picture, T diagram, T list, T table,
                        T code, T quote, T agenda, T discussion, T closing, T objectives, T exercise,
                        T solution, T callout, T keyPoints, T schedule, T breakTime) {

    /** The kinds as a user says them, in this order. */
    public static final ByKind<String> NAMES = new ByKind<>("title", "section", "statement", "claims",
            "claims with picture", "picture", "diagram", "list", "table", "code", "quote", "agenda", "discussion", "closing",
            "objectives", "exercise", "solution", "callout", "key points", "schedule", "break");

    /** A value with the name of its kind. */
    public record Named<T>(String kind, T value) {
    }

    /** This value for the slide's kind. */
    public T of(Slide slide) {
        return slide.accept(new Slide.Visitor<>() {
            @Override
            public T title(TitleSlide s) {
                return title;
            }

            @Override
            public T section(SectionSlide s) {
                return section;
            }

            @Override
            public T statement(StatementSlide s) {
                return statement;
            }

            @Override
            public T claims(ClaimsSlide s) {
                return claims;
            }

            @Override
            public T claimsWithPicture(ClaimsWithPictureSlide s) {
                return claimsWithPicture;
            }

            @Override
            public T picture(PictureSlide s) {
                return picture;
            }

            @Override
            public T diagram(DiagramSlide s) {
                return diagram;
            }

            @Override
            public T list(ListSlide s) {
                return list;
            }

            @Override
            public T table(TableSlide s) {
                return table;
            }

            @Override
            public T code(CodeSlide s) {
                return code;
            }

            @Override
            public T quote(QuoteSlide s) {
                return quote;
            }

            @Override
            public T agenda(AgendaSlide s) {
                return agenda;
            }

            @Override
            public T discussion(DiscussionSlide s) {
                return discussion;
            }

            @Override
            public T closing(ClosingSlide s) {
                return closing;
            }

            @Override
            public T objectives(ObjectivesSlide s) {
                return objectives;
            }

            @Override
            public T exercise(ExerciseSlide s) {
                return exercise;
            }

            @Override
            public T solution(SolutionSlide s) {
                return solution;
            }

            @Override
            public T callout(CalloutSlide s) {
                return callout;
            }

            @Override
            public T keyPoints(KeyPointsSlide s) {
                return keyPoints;
            }

            @Override
            public T schedule(ScheduleSlide s) {
                return schedule;
            }

            @Override
            public T breakTime(BreakSlide s) {
                return breakTime;
            }
        });
    }

    /** The values in the order of the kinds. */
    public List<T> values() {
        return List.of(title, section, statement, claims, claimsWithPicture, picture, diagram, list, table, code, quote, agenda,
                discussion, closing, objectives, exercise, solution, callout, keyPoints, schedule, breakTime);
    }

    /** Each value with its kind's name, in order. */
    public List<Named<T>> named() {
        List<String> names = NAMES.values();
        List<T> values = values();
        return java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> new Named<>(names.get(i), values.get(i)))
                .toList();
    }

    /** Each value made into another, kind by kind in order. */
    public <U> ByKind<U> map(Function<T, U> f) {
        return zip(this, (a, b) -> f.apply(a));
    }

    /** Each value combined with the other's value for the same kind, kind by kind in order. */
    public <U, V> ByKind<V> zip(ByKind<U> other, BiFunction<T, U, V> f) {
        return new ByKind<>(f.apply(title, other.title), f.apply(section, other.section),
                f.apply(statement, other.statement), f.apply(claims, other.claims),
                f.apply(claimsWithPicture, other.claimsWithPicture), f.apply(picture, other.picture),
                f.apply(diagram, other.diagram), f.apply(list, other.list),
                f.apply(table, other.table), f.apply(code, other.code), f.apply(quote, other.quote),
                f.apply(agenda, other.agenda), f.apply(discussion, other.discussion), f.apply(closing, other.closing),
                f.apply(objectives, other.objectives), f.apply(exercise, other.exercise), f.apply(solution, other.solution),
                f.apply(callout, other.callout), f.apply(keyPoints, other.keyPoints), f.apply(schedule, other.schedule),
                f.apply(breakTime, other.breakTime));
    }
}
