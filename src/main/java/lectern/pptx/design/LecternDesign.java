package lectern.pptx.design;

import java.awt.Dimension;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lectern.deck.ByKind;
import lectern.layout.Region;
import lectern.layout.SlideGeometry;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;

/**
 * Lectern's own look: POI's blank deck made over into 16:9 layouts, one for each kind of slide, in a theme.
 */
final class LecternDesign implements DeckDesign {
    private static final LayoutRoles.Slot TITLE = LayoutRoles.Slot.of(Placeholder.TITLE);
    private static final LayoutRoles.Slot BODY = LayoutRoles.Slot.of(Placeholder.BODY);

    private final Theme theme;
    private final SlideGeometry geometry;

    LecternDesign(Theme theme) {
        this.theme = theme;
        this.geometry = SlideGeometry.lectern(theme);
    }

    @Override
    public Designed open() {
        XMLSlideShow show = new XMLSlideShow();
        show.setPageSize(new Dimension((int) Region.SLIDE_WIDTH, (int) Region.SLIDE_HEIGHT));
        XSLFSlideMaster master = show.getSlideMasters().get(0);
        ThemePart.apply(master.getTheme(), theme);
        MasterDesign.apply(master, theme);
        LayoutDesign.apply(master, theme);
        ByKind<XSLFSlideLayout> layouts = LayoutNames.OF_KIND.map(name -> layout(master, name));
        ByKind<LayoutRoles> roles = new ByKind<>(
                new LayoutRoles(layouts.title(), LayoutRoles.Slot.of(Placeholder.CENTERED_TITLE),
                        Optional.of(LayoutRoles.Slot.of(Placeholder.SUBTITLE)), new LayoutRoles.Behind(), WHY),
                text(layouts.section(), BODY), text(layouts.statement(), BODY), text(layouts.claims(), CONTENT),
                new LayoutRoles(layouts.claimsWithPicture(), TITLE, Optional.of(BODY),
                        new LayoutRoles.InSlot(LayoutRoles.Slot.of(Placeholder.PICTURE)), WHY),
                new LayoutRoles(layouts.picture(), TITLE, Optional.empty(), new LayoutRoles.Behind(), WHY),
                new LayoutRoles(layouts.diagram(), TITLE, Optional.of(CONTENT), new LayoutRoles.BelowTitle(), WHY),
                text(layouts.list(), CONTENT), titleOnly(layouts.table()), text(layouts.code(), CONTENT),
                text(layouts.quote(), BODY),
                text(layouts.agenda(), CONTENT), text(layouts.discussion(), CONTENT), text(layouts.closing(), BODY),
                text(layouts.objectives(), CONTENT), text(layouts.exercise(), CONTENT), text(layouts.solution(), CONTENT),
                text(layouts.callout(), CONTENT), text(layouts.keyPoints(), CONTENT), text(layouts.schedule(), CONTENT),
                text(layouts.breakTime(), BODY));
        return new Designed(show, roles);
    }

    /** By the name the layout has now: POI's own name lookup remembers the names the layouts were read with. */
    private static XSLFSlideLayout layout(XSLFSlideMaster master, String name) {
        return Stream.of(master.getSlideLayouts()).filter(l -> name.equals(l.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the master has no layout named " + name));
    }

    private static final String WHY = "Lectern's own layout";
    private static final LayoutRoles.Slot CONTENT = LayoutRoles.Slot.of(Placeholder.CONTENT);

    /** A title over a text placeholder. */
    private static LayoutRoles text(XSLFSlideLayout layout, LayoutRoles.Slot text) {
        return new LayoutRoles(layout, TITLE, Optional.of(text), new LayoutRoles.Nowhere(), WHY);
    }

    private static LayoutRoles titleOnly(XSLFSlideLayout layout) {
        return new LayoutRoles(layout, TITLE, Optional.empty(), new LayoutRoles.Nowhere(), WHY);
    }

    @Override
    public SlideGeometry geometry() {
        return geometry;
    }

    @Override
    public boolean titlePictureOnTitleSlide() {
        return true;
    }

    @Override
    public boolean stylesNotes() {
        return true;
    }

    @Override
    public List<String> layoutChoices() {
        return List.of();
    }
}
