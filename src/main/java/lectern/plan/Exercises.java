package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import lectern.deck.Claim;
import lectern.deck.DiagramSlide;
import lectern.deck.ExerciseSlide;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.SpeakerNotes;
import lectern.layout.SlideCapacity;
import lectern.read.Block;
import lectern.read.CodeBlock;
import lectern.read.Div;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Subheading;

/**
 * A lesson's exercise as the room meets it: the task on an exercise slide with its timebox, then each solution on
 * a slide of its own, in the order the author wrote them, so that text between two solutions (the next part of
 * the task) comes between them too. Each slide shows the words and code that fit; its notes hold all of its part.
 */
final class Exercises {
    /** The divs inside an exercise that answer it. */
    private static final Set<String> SOLUTIONS = Set.of("solution", "answer");

    private final SlideCapacity capacity;
    private final FigureSlides figures;
    private final CodeSlides code;

    Exercises(SlideCapacity capacity, FigureSlides figures) {
        this.capacity = capacity;
        this.figures = figures;
        this.code = new CodeSlides(capacity);
    }

    /** One part of an exercise: a task, or a solution, with its blocks. */
    record Part(boolean solution, List<Block> blocks) {
    }

    /** The exercise's parts in order: what is not a solution is the task, or the next part of it. */
    static List<Part> parts(Div exercise) {
        List<Part> parts = new ArrayList<>();
        List<Block> task = new ArrayList<>();
        for (Block block : exercise.blocks()) {
            if (block instanceof Div div && SOLUTIONS.contains(div.kind())) {
                if (!task.isEmpty() || parts.isEmpty()) {
                    parts.add(new Part(false, List.copyOf(task)));
                }
                task.clear();
                parts.add(new Part(true, div.blocks()));
            } else {
                task.add(block);
            }
        }
        if (!task.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(false, task));
        }
        return parts;
    }

    /**
     * @param heading   the section's heading, for an exercise without a title of its own
     * @param minutes   each task part's share of the exercise's time, in order
     */
    List<Slide> slides(Div exercise, String heading, int level, List<Integer> minutes, Function<Image, Picture> pictureOf) {
        String title = exercise.title().isBlank() ? heading : exercise.title();
        List<Slide> slides = new ArrayList<>();
        int task = 0;
        for (Part part : parts(exercise)) {
            int share = part.solution() ? 0 : minutes.get(task++);
            int line = part.blocks().isEmpty() ? exercise.line() : part.blocks().get(0).line();
            // The timebox goes with the last of a task's runs: the one on screen while the room works.
            List<List<Block>> runs = inOrder(part.blocks());
            for (int r = 0; r < runs.size(); r++) {
                add(slides, part.solution(), runs.get(r), title, level, line, r == runs.size() - 1 ? share : 0, pictureOf);
            }
        }
        return slides;
    }

    /**
     * A part's blocks in the runs a slide shows in order: its words above its code, so words that come after code
     * ("Update your plotting code…" after the example) start a run of their own rather than move above it.
     */
    private static List<List<Block>> inOrder(List<Block> blocks) {
        List<List<Block>> runs = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        boolean afterCode = false;
        for (Block block : blocks) {
            boolean words = block instanceof Paragraph || block instanceof ListBlock;
            if (words && afterCode) {
                runs.add(run);
                run = new ArrayList<>();
                afterCode = false;
            }
            run.add(block);
            afterCode |= block instanceof CodeBlock;
        }
        runs.add(run);
        return runs;
    }

    /** The slides of one run of a part, after those already made: its words, over its code where they fit. */
    private void add(List<Slide> slides, boolean solution, List<Block> blocks, String title, int level, int line, int share,
                     Function<Image, Picture> pictureOf) {
        NotesBuilder notes = new NotesBuilder();
        notes.blocks(blocks, NoteParagraph.Style.PROSE, 0);
        SpeakerNotes said = new SpeakerNotes(notes.paragraphs());
        List<Figure.CodeFigure> shown = codeOf(blocks, title);
        List<List<Claim.Span>> words = words(blocks);
        List<Picture> pictures = blocks.stream().filter(Image.class::isInstance).map(Image.class::cast)
                .filter(image -> !Picture.isOnTheWeb(image.src())).map(pictureOf).toList();
        if (words.isEmpty() && shown.isEmpty() && !pictures.isEmpty()) {
            // A part that is a picture alone is shown by it: a label over nothing would be a slide to fix.
            pictures(slides, title, level, pictures, said);
            return;
        }
        // Words that do not all fit over the code get a slide of their own before it.
        boolean apart = !shown.isEmpty() && !words.isEmpty()
                && !capacity.fits(slide(solution, Slide.Common.of(title, said, line), share, words, Optional.of(shown.get(0))));
        List<Optional<Figure.CodeFigure>> figures = new ArrayList<>();
        if (apart || shown.isEmpty()) {
            figures.add(Optional.empty());
        }
        shown.forEach(code -> figures.add(Optional.of(code)));
        for (int i = 0; i < figures.size(); i++) {
            Slide.Common common = Slide.Common.of(title, i == 0 ? said : SpeakerNotes.NONE, line).withLevel(level);
            common = slides.isEmpty() ? common : common.continued();
            List<List<Claim.Span>> text = i == 0 ? words : List.of();
            slides.addAll(fitted(solution, common, i == 0 ? share : 0, text, figures.get(i)));
        }
        pictures(slides, title, level, pictures, SpeakerNotes.NONE);
    }

    /** The part's pictures after its words, each shown whole under the exercise's title (the plot a solution draws). */
    private static void pictures(List<Slide> slides, String title, int level, List<Picture> pictures, SpeakerNotes notes) {
        for (Picture picture : pictures) {
            Slide.Common common = Slide.Common.of(title, slides.isEmpty() ? notes : SpeakerNotes.NONE, picture.line())
                    .withLevel(level);
            slides.add(new DiagramSlide(slides.isEmpty() ? common : common.continued(), Optional.of(picture)));
            notes = SpeakerNotes.NONE;
        }
    }

    /**
     * The slide with as many of its words, from the first, as it holds beside its code, and the rest on slides that
     * go on from it: the room is shown a whole task and a whole solution, never the first half of one.
     */
    private List<Slide> fitted(boolean solution, Slide.Common common, int minutes, List<List<Claim.Span>> words,
                               Optional<Figure.CodeFigure> figure) {
        List<Slide> slides = new ArrayList<>();
        List<List<Claim.Span>> left = words;
        Slide.Common at = common;
        int timebox = minutes;
        while (true) {
            List<List<Claim.Span>> kept = new ArrayList<>(left);
            Slide slide = slide(solution, at, timebox, kept, figure);
            while (kept.size() > 1 && !capacity.fits(slide)) {
                kept.remove(kept.size() - 1);
                slide = slide(solution, at, timebox, kept, figure);
            }
            slides.add(slide);
            left = left.subList(kept.size(), left.size());
            if (left.isEmpty()) {
                return slides;
            }
            at = Slide.Common.of(common.title(), SpeakerNotes.NONE, common.line()).withLevel(common.level()).continued();
            timebox = 0;
            figure = Optional.empty();
        }
    }

    private static Slide slide(boolean solution, Slide.Common common, int minutes, List<List<Claim.Span>> words,
                               Optional<Figure.CodeFigure> figure) {
        return solution ? new SolutionSlide(common, words, figure) : new ExerciseSlide(common, minutes, words, figure);
    }

    /** The part's words as a slide shows them: its paragraphs and list items, bold and links kept. */
    static List<List<Claim.Span>> words(List<Block> blocks) {
        List<List<Claim.Span>> words = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                words.add(Callouts.spans(paragraph));
            } else if (block instanceof Subheading subheading) {
                words.add(List.of(new Claim.Span(subheading.text(), true)));
            } else if (block instanceof ListBlock list) {
                for (ListBlock.ListItem item : list.items()) {
                    if (!item.blocks().isEmpty() && item.blocks().get(0) instanceof Paragraph first) {
                        words.add(Callouts.spans(first));
                    }
                }
            }
        }
        return words;
    }

    /**
     * The part's code on as few slides as hold it: listings together while they fit, a listing too long for a
     * slide in parts, as a section's code is; a block the next follows right after (a command and its output)
     * goes on with it rather than end a slide.
     */
    private List<Figure.CodeFigure> codeOf(List<Block> blocks, String title) {
        List<Figure.CodeFigure> shown = new ArrayList<>();
        List<Figure.Listing> group = new ArrayList<>();
        List<Figure.Listing> last = List.of();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Optional<Figure> figure = block instanceof CodeBlock ? figures.figure(block, title) : Optional.empty();
            if (figure.isEmpty() || !(figure.get() instanceof Figure.CodeFigure listing)) {
                last = List.of();
                continue;
            }
            int before = group.size();
            group.addAll(listing.listings());
            if (!fits(new Figure.CodeFigure(group, group.get(0).line()), title)) {
                // Only what was just added comes off: an earlier listing alike stays.
                group.subList(before, group.size()).clear();
                List<Figure.Listing> next = new ArrayList<>();
                if (group.size() > last.size() && !last.isEmpty()) {
                    List<Figure.Listing> both = new ArrayList<>(last);
                    both.addAll(listing.listings());
                    if (fits(new Figure.CodeFigure(both, both.get(0).line()), title)) {
                        group.subList(group.size() - last.size(), group.size()).clear();
                        next.addAll(both);
                    }
                }
                if (!group.isEmpty()) {
                    shown.add(new Figure.CodeFigure(group, group.get(0).line()));
                }
                group = next;
                if (!next.isEmpty()) {
                    last = listing.listings();
                    continue;
                }
                if (fits(listing, title)) {
                    group.addAll(listing.listings());
                } else {
                    shown.addAll(code.split(title, listing));
                }
            }
            last = listing.listings();
        }
        if (!group.isEmpty()) {
            shown.add(new Figure.CodeFigure(group, group.get(0).line()));
        }
        return shown;
    }

    private boolean fits(Figure.CodeFigure figure, String title) {
        return capacity.fits(new SolutionSlide(Slide.Common.of(title, SpeakerNotes.NONE, figure.line()), List.of(),
                Optional.of(figure)));
    }
}
