package lectern.write;

import java.awt.Dimension;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lectern.layout.Region;
import lectern.layout.SlideGeometry;
import lectern.plan.SlideKind;
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
        Map<SlideKind, LayoutRoles> roles = new EnumMap<>(SlideKind.class);
        for (SlideKind kind : SlideKind.values()) {
            roles.put(kind, roles(kind, layout(master, LayoutNames.of(kind))));
        }
        return new Designed(show, roles);
    }

    /** By the name the layout has now: POI's own name lookup remembers the names the layouts were read with. */
    private static XSLFSlideLayout layout(XSLFSlideMaster master, String name) {
        return Stream.of(master.getSlideLayouts()).filter(l -> name.equals(l.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the master has no layout named " + name));
    }

    private static LayoutRoles roles(SlideKind kind, XSLFSlideLayout layout) {
        String why = "Lectern's own layout for " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " slides";
        return switch (kind) {
            case TITLE -> new LayoutRoles(layout, LayoutRoles.Slot.of(Placeholder.CENTERED_TITLE),
                    Optional.of(LayoutRoles.Slot.of(Placeholder.SUBTITLE)), new LayoutRoles.Behind(), why);
            case SECTION, STATEMENT, QUOTE, CLOSING -> new LayoutRoles(layout, TITLE, Optional.of(BODY), new LayoutRoles.Nowhere(), why);
            case CLAIMS, AGENDA, DISCUSSION -> new LayoutRoles(layout, TITLE, Optional.of(LayoutRoles.Slot.of(Placeholder.CONTENT)),
                    new LayoutRoles.Nowhere(), why);
            case CLAIMS_WITH_PICTURE -> new LayoutRoles(layout, TITLE, Optional.of(BODY),
                    new LayoutRoles.InSlot(LayoutRoles.Slot.of(Placeholder.PICTURE)), why);
            case PICTURE -> new LayoutRoles(layout, TITLE, Optional.empty(), new LayoutRoles.Behind(), why);
            case TABLE, CODE -> new LayoutRoles(layout, TITLE, Optional.empty(), new LayoutRoles.Nowhere(), why);
        };
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
}
