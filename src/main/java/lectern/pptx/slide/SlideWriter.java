package lectern.pptx.slide;

import java.util.Optional;
import lectern.Warnings;
import lectern.deck.ByKind;
import lectern.deck.Slide;
import lectern.deck.TitleSlide;
import lectern.layout.FigureMeasure;
import lectern.layout.SlideGeometry;
import lectern.picture.PictureIntake;
import lectern.pptx.design.DeckDesign;
import lectern.pptx.design.LayoutRoles;
import lectern.pptx.xml.Placeholders;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;

/**
 * Draws one planned slide on the layout chosen for its kind: text into the layout's placeholders, pictures
 * where the layout has room for them, and every placeholder that would stay empty removed.
 */
public final class SlideWriter {
    private final ByKind<LayoutRoles> roles;
    private final SlideGeometry geometry;
    private final NewParts parts;
    private final NotesWriter notes;
    private final SlideText filling;
    private final SlidePictures placing;
    private final Furniture furniture;

    /**
     * What every slide but the title carries along its bottom edge; empty for what is switched off.
     *
     * @param language the deck's language, which its text is marked as in unless its script says otherwise
     */
    public record Furniture(boolean numbers, Optional<String> footer, Optional<String> date, String language) {
    }

    /**
     * @param intake         where the essay's pictures come from; a picture that cannot be used is warned about
     * @param ownNotesMaster the notes master is Lectern's (not a template's), so it may be trimmed
     */
    public SlideWriter(DeckDesign.Designed deck, SlideGeometry geometry, Theme theme, PictureIntake intake,
                       Warnings warnings, Furniture furniture, boolean ownNotesMaster) {
        XMLSlideShow show = deck.show();
        this.roles = deck.roles();
        this.geometry = geometry;
        PictureStore store = new PictureStore(show, intake);
        this.placing = new SlidePictures(theme, geometry, store,
                new PictureWriter(store, intake.essay(), theme.pictures().treatment(), warnings));
        this.furniture = furniture;
        RunLanguages languages = new RunLanguages(furniture.language());
        TextWriter text = new TextWriter(languages);
        this.parts = new NewParts(show);
        this.notes = new NotesWriter(show, parts, ownNotesMaster, languages);
        FigureMeasure figures = new FigureMeasure(geometry, theme);
        this.filling = new SlideText(theme, geometry, text, new TableWriter(figures, languages),
                new CodeWriter(figures, text, new CodeColours(show.getSlideMasters().get(0).getTheme())));
    }

    /**
     * @param name   what the slide is known by when the deck is rebuilt (see {@link lectern.deck.SlideNames})
     * @param hidden skipped to keep the talk to time: in the deck, but not shown
     * @param reveal its claims appear one click at a time
     */
    public void write(Slide slide, String name, boolean hidden, boolean reveal) {
        LayoutRoles role = roles.of(slide);
        SlideGeometry.Boxes boxes = geometry.of(slide);
        XSLFSlide target = parts.slide(role.layout());
        target.getXmlObject().getCSld().setName(name);
        if (hidden) {
            target.getXmlObject().setShow(false);
        }
        Placeholders.clearPromptText(target);
        XSLFTextShape title = role.title().in(target).orElseThrow(() -> new IllegalStateException(
                "layout " + role.layout().getName() + " has no title placeholder"));
        Optional<XSLFTextShape> body = role.body().flatMap(slot -> slot.in(target));
        filling.fill(slide, target, title, body, boxes, role);
        if (reveal) {
            body.ifPresent(claims -> RevealOnClick.add(target, claims.getShapeId(), claims.getTextParagraphs().size()));
        }
        // Pictures come last: pictures under text are moved in the slide's XML, after which POI's view of
        // the slide's shapes is stale, so nothing may walk them afterwards.
        Optional<CTPlaceholder> slot = role.picture() instanceof LayoutRoles.InSlot in ? SlidePictures.takeSlot(target, in.slot())
                : Optional.empty();
        Placeholders.removeEmpty(target);
        slide.picture().ifPresent(picture -> placing.place(target, slide, picture, role, boxes, slot));
        if (!(slide instanceof TitleSlide)) {
            SlideFurniture.add(target, furniture.numbers() ? Optional.of(slide.number()) : Optional.empty(),
                    furniture.footer(), furniture.date(), furniture.language());
        }
        notes.write(target, slide.notes());
    }

    /**
     * Says how large a frame the slide's picture will fill, to know before any picture goes in how large each must
     * be: call it for every slide before writing the first.
     */
    public void expect(Slide slide) {
        placing.expect(slide);
    }
}
