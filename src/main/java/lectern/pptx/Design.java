package lectern.pptx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.layout.SlideGeometry;
import lectern.pptx.design.DeckDesign;
import lectern.theme.Theme;

/**
 * A deck's design, the pipeline's first stage: Lectern's own layouts in a theme, or a template's. Opened before
 * any essay is read, so the planner can measure text in the boxes the writer will fill, and a bad template is
 * reported once, up front.
 */
public final class Design {
    private final Theme theme;
    private final DeckDesign layouts;

    private Design(Theme theme, DeckDesign layouts) {
        this.theme = theme;
        this.layouts = layouts;
    }

    /** @param template a template to use instead of Lectern's layouts and the theme's own template */
    public static Design open(Theme theme, Optional<Path> template) {
        return new Design(theme, DeckDesign.of(theme, template.or(theme::template)));
    }

    public Theme theme() {
        return theme;
    }

    /** Where each kind of slide sets its text and picture: what the planner measures against. */
    public SlideGeometry geometry() {
        return layouts.geometry();
    }

    /** Whether the title slide shows the title picture; if not, the planner gives it a slide of its own. */
    public boolean titlePictureOnTitleSlide() {
        return layouts.titlePictureOnTitleSlide();
    }

    /** With a template, the layout each kind of slide uses and why, one line each; empty with Lectern's own. */
    public List<String> layoutChoices() {
        return layouts.layoutChoices();
    }

    DeckDesign layouts() {
        return layouts;
    }
}
