package lectern;

import java.nio.file.Path;
import lectern.layout.MeasuredCapacity;
import lectern.plan.DeckPlan;
import lectern.plan.DeckPlanner;
import lectern.plan.PlanOptions;
import lectern.read.Essay;
import lectern.read.EssayReader;
import lectern.theme.Theme;
import lectern.write.DeckWriter;
import lectern.write.WriteOptions;

/** The whole way from an essay to a deck: read, plan, write. Each stage can be used on its own. */
public final class Pipeline {
    private final EssayReader reader = new EssayReader();
    private final DeckPlanner planner;
    private final DeckWriter writer;

    public Pipeline(Theme theme, PlanOptions options) {
        this(theme, options, WriteOptions.DEFAULTS);
    }

    public Pipeline(Theme theme, PlanOptions plan, WriteOptions write) {
        // The design (Lectern's layouts or a template's) decides the boxes text is measured in, so it comes first.
        this.writer = new DeckWriter(theme, write);
        this.planner = new DeckPlanner(plan.withTitlePictureOnTitleSlide(writer.titlePictureOnTitleSlide()),
                new MeasuredCapacity(writer.geometry(), theme));
    }

    /**
     * A built deck: where it is, what it holds, how big it is.
     *
     * @param picturesMadeSmaller how many pictures went in smaller than their files
     */
    public record Result(Path deck, DeckPlan plan, long bytes, int picturesMadeSmaller) {
    }

    /** With a template, the layout each kind of slide uses and why, one line each; empty with Lectern's own. */
    public java.util.List<String> layoutChoices() {
        return writer.layoutChoices();
    }

    public DeckPlan plan(Path essay, Warnings warnings) {
        Essay read = reader.read(essay, warnings);
        return planner.plan(read);
    }

    public Result build(Path essay, Path deck, Warnings warnings) {
        DeckPlan plan = plan(essay, warnings);
        DeckWriter.Written written = writer.write(plan, deck, warnings);
        return new Result(deck, plan, written.bytes(), written.madeSmaller());
    }
}
