package lectern.pptx.design;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lectern.Warning;
import lectern.deck.ByKind;
import lectern.layout.SlideGeometry;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * Where a deck's masters, layouts and theme come from: Lectern's own, or the user's template.
 */
public interface DeckDesign {

    /**
     * Lectern's own layouts in the theme, or the template's; a template is read and its layouts measured now, so
     * a bad one is reported before any essay is read.
     */
    static DeckDesign of(Theme theme, Optional<Path> template) {
        return template.<DeckDesign>map(file -> TemplateDesign.load(file, theme)).orElseGet(() -> new LecternDesign(theme));
    }

    /** A new, empty deck with the design's masters and layouts, and the layout each kind of slide uses. */
    Designed open() throws IOException;

    /** Where each kind of slide sets its text and picture: what the planner measures against. */
    SlideGeometry geometry();

    /** Whether the title slide has room for the essay's title picture; if not, it gets a slide of its own. */
    boolean titlePictureOnTitleSlide();

    /** Whether the design's notes pages are Lectern's to style (a template's own are left as they are). */
    boolean stylesNotes();

    /** For a template, the layout each kind of slide uses and why, one line each; empty for Lectern's own. */
    List<String> layoutChoices();

    /** What of a template each deck is built without, and why (its macros, its links to outside it); none for Lectern's own. */
    default List<Warning> leftOut() {
        return List.of();
    }

    /** A deck opened in the design, and the layout each kind of slide takes in it. */
    record Designed(XMLSlideShow show, ByKind<LayoutRoles> roles) {
    }
}
