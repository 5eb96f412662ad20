package lectern.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.Limits;
import lectern.Progress;
import lectern.Warnings;
import lectern.deck.DeckPlan;
import lectern.layout.SlideFit;
import lectern.deck.Picture;
import lectern.picture.PictureCheck;
import lectern.picture.PictureIntake;
import lectern.picture.PictureLook;
import lectern.plan.PictureLooks;
import lectern.plan.DeckPlanner;
import lectern.plan.PlanOptions;
import lectern.plan.Workshop;
import lectern.pptx.DeckWriter;
import lectern.pptx.Design;
import lectern.pptx.WriteOptions;
import lectern.pptx.rebuild.Rebuild;
import lectern.read.Essay;
import lectern.read.LessonFolder;
import lectern.read.EssayReader;
import lectern.theme.Theme;

/**
 * The whole way from an essay to a deck, in four stages: the design (a theme's layouts or a template's, opened
 * once for every essay), then for each essay read, plan and write. Each stage can be used on its own.
 */
public final class Pipeline {
    private final Design design;
    private final EssayReader reader = new EssayReader();
    private final DeckPlanner planner;
    private final DeckWriter writer;
    private final List<Path> allowOutside;

    public Pipeline(Theme theme, PlanOptions options) {
        this(theme, options, WriteOptions.DEFAULTS);
    }

    public Pipeline(Theme theme, PlanOptions plan, WriteOptions write) {
        // The design decides the boxes text is measured in and the layouts it is written into, so it comes first.
        this.design = Design.open(theme, write.template());
        this.allowOutside = write.allowOutside();
        this.planner = new DeckPlanner(plan.withTitlePictureOnTitleSlide(design.titlePictureOnTitleSlide()),
                design.geometry(), theme, looking(allowOutside));
        this.writer = new DeckWriter(design, write);
    }

    /**
     * Looks at each picture for the planner, through the same confined intake the writer takes it from; a picture
     * that cannot be used is placed as before (its gap is the writer's). Looking costs a decode, remembered by the
     * picture's bytes, so a rebuild looks again only at what changed.
     */
    private static PictureLooks looking(List<Path> allowOutside) {
        return essay -> {
            PictureIntake intake = new PictureIntake(essay, allowOutside, false);
            return src -> intake.look(src).map(seen -> new Picture.Look(seen.kind() == PictureLook.Kind.DIAGRAM
                    ? Picture.Look.Kind.DIAGRAM : Picture.Look.Kind.PHOTOGRAPH, seen.width(), seen.height(),
                    seen.transparent())).orElse(Picture.Look.UNKNOWN);
        };
    }

    /**
     * A built deck: where it is, what it holds, how big it is.
     *
     * @param deck                where the deck was written: where it belongs, or beside a deck that was kept
     * @param picturesMadeSmaller how many pictures went in smaller than their files
     * @param rebuild             what became of the file that was where the deck belongs
     */
    public record Result(Path deck, DeckPlan plan, long bytes, int picturesMadeSmaller, Rebuild rebuild) {
    }

    /** Builds the deck, never replacing one that was edited or that Lectern did not write. */
    public Result build(Path essay, Path deck, Warnings warnings) {
        return build(essay, deck, false, warnings);
    }

    /** @param force replace a deck that was edited or that Lectern did not write, after moving it aside */
    public Result build(Path essay, Path deck, boolean force, Warnings warnings) {
        return build(essay, deck, force, warnings, Progress.NONE);
    }

    /** @param progress told what each stage is doing, for a line a person at a terminal watches */
    public Result build(Path essay, Path deck, boolean force, Warnings warnings, Progress progress) {
        // The design's next deck opens on the side while the essay is read and planned.
        writer.prepare();
        progress.now("reading");
        Essay read = read(essay, warnings);
        progress.now("planning " + Limits.number(read.sections().size()) + " sections");
        DeckPlan plan = plan(read, warnings);
        DeckWriter.Written written = writer.write(plan, deck, force, warnings, progress);
        Rebuild rebuild = written.rebuild();
        return new Result(rebuild.written(), plan, written.bytes(), written.madeSmaller(), rebuild);
    }

    /**
     * Builds one workshop deck from a lesson's folder of episodes (see {@link LessonFolder} for their order), never
     * replacing a deck that was edited unless {@code force}.
     */
    public Result buildWorkshop(Path lesson, Path deck, boolean force, Workshop.Options workshop, Warnings warnings) {
        return buildWorkshop(lesson, deck, force, workshop, warnings, Progress.NONE);
    }

    public Result buildWorkshop(Path lesson, Path deck, boolean force, Workshop.Options workshop, Warnings warnings,
                                Progress progress) {
        writer.prepare();
        progress.now("planning the lesson's episodes");
        DeckPlan plan = planWorkshop(lesson, workshop, warnings);
        DeckWriter.Written written = writer.write(plan, deck, force, warnings, progress);
        Rebuild rebuild = written.rebuild();
        return new Result(rebuild.written(), plan, written.bytes(), written.madeSmaller(), rebuild);
    }

    /** What a deck of the lesson in {@code folder} is called: the folder's name, or its parent's for "episodes". */
    public static String lessonName(Path folder) {
        return LessonFolder.fileName(folder);
    }

    /** A lesson's episodes read and planned as one day; each episode's problems are reported against its file. */
    public DeckPlan planWorkshop(Path lesson, Workshop.Options workshop, Warnings warnings) {
        LessonFolder folder = LessonFolder.of(lesson);
        List<Essay> episodes = folder.episodes().stream().map(episode -> read(episode, warnings)).toList();
        // The day's pictures are named from the episodes' folder, where its config is.
        return planner.workshop(folder.folder().resolve("config.yaml"), folder.title(), episodes, workshop, warnings);
    }

    /** The first stage alone: the essay as the author wrote it, for what looks at the essay itself (headings, alt text). */
    public Essay read(Path essay, Warnings warnings) {
        return reader.read(essay, warnings);
    }

    /** The second stage alone; {@code warnings} gets what planning had to do to the author's words (a cut title). */
    public DeckPlan plan(Essay essay, Warnings warnings) {
        return planner.plan(essay, warnings);
    }

    public DeckPlan plan(Path essay, Warnings warnings) {
        return plan(read(essay, warnings), warnings);
    }

    /** With a template, the layout each kind of slide uses and why, one line each; empty with Lectern's own. */
    public List<String> layoutChoices() {
        return design.layoutChoices();
    }

    /** Measures a planned slide's text in the boxes this pipeline's design has, at their smallest sizes. */
    /** The theme decks are made in. */
    public Theme theme() {
        return design.theme();
    }

    public SlideFit slideFit() {
        return new SlideFit(design.geometry(), design.theme());
    }

    /** How many of the picture's pixels fall on each point of the frame it fills on this slide (empty: a vector). */
    public Optional<Double> pixelsPerPoint(lectern.deck.Slide slide, lectern.deck.Picture picture) {
        lectern.layout.SlideGeometry geometry = design.geometry();
        lectern.layout.Frame frame = geometry.of(slide).picture()
                .orElse(new lectern.layout.Frame(0, 0, geometry.width(), geometry.height()));
        return picture.pixelsPerPoint(frame.width(), frame.height());
    }

    /** Why the picture {@code src} of {@code essay} would leave a gap in this pipeline's deck; empty when it would not. */
    public Optional<PictureCheck.Problem> pictureProblem(String src, Path essay) {
        return PictureCheck.of(src, essay, allowOutside);
    }
}
