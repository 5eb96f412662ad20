package lectern.write;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.layout.FigureMeasure;
import lectern.layout.Frame;
import lectern.layout.SlideGeometry;
import lectern.layout.TextBox;
import lectern.plan.Figure;
import lectern.plan.Slide;
import lectern.plan.SlideKind;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;

/**
 * Draws one planned slide on the layout chosen for its kind: text into the layout's placeholders, pictures
 * where the layout has room for them, and every placeholder that would stay empty removed.
 */
final class SlideWriter {
    private final XMLSlideShow show;
    private final Theme theme;
    private final Map<SlideKind, LayoutRoles> roles;
    private final SlideGeometry geometry;
    private final TextWriter text = new TextWriter();
    private final PictureWriter pictures;
    private final NotesWriter notes;
    private final TableWriter tables;
    private final CodeWriter code;
    private final Furniture furniture;
    /** An agenda continued on a second slide goes on counting where the first stopped. */
    private int agendaItems;

    /** What every slide but the title carries along its bottom edge; empty for what is switched off. */
    record Furniture(boolean numbers, Optional<String> footer, Optional<String> date) {
    }

    /** @param ownNotesMaster the notes master is Lectern's (not a template's), so it may be trimmed */
    SlideWriter(DeckDesign.Designed deck, SlideGeometry geometry, Theme theme, PictureWriter pictures,
                Furniture furniture, boolean ownNotesMaster) {
        this.show = deck.show();
        this.roles = deck.roles();
        this.geometry = geometry;
        this.theme = theme;
        this.pictures = pictures;
        this.furniture = furniture;
        this.notes = new NotesWriter(show, ownNotesMaster);
        FigureMeasure figures = new FigureMeasure(geometry, theme);
        this.tables = new TableWriter(figures);
        this.code = new CodeWriter(figures);
    }

    /**
     * @param name   what the slide is known by when the deck is rebuilt (see {@link lectern.plan.SlideNames})
     * @param hidden skipped to keep the talk to time: in the deck, but not shown
     */
    void write(Slide slide, String name, boolean hidden) {
        LayoutRoles role = roles.get(slide.kind());
        SlideGeometry.Boxes boxes = geometry.of(slide.kind());
        XSLFSlide target = show.createSlide(role.layout());
        target.getXmlObject().getCSld().setName(name);
        if (hidden) {
            target.getXmlObject().setShow(false);
        }
        clearPromptText(target);
        XSLFTextShape title = Placeholders.find(target, role.title()).orElseThrow(() -> new IllegalStateException(
                "layout " + role.layout().getName() + " has no title placeholder"));
        Optional<XSLFTextShape> body = role.body().flatMap(slot -> Placeholders.find(target, slot));
        TextBox titleBox = boxes.title().orElseThrow();
        switch (slide.kind()) {
            case TITLE -> {
                text.title(title, slide.title(), titleBox);
                slide.subtitle().ifPresent(sub -> lines(body, boxes, List.of(sub)));
            }
            case SECTION -> {
                text.title(title, slide.title(), titleBox);
                lines(body, boxes, slide.items());
            }
            case AGENDA -> {
                text.title(title, slide.title(), titleBox);
                text.numbered(body.orElseThrow(), slide.items(), agendaItems + 1, boxes.body().orElseThrow());
                agendaItems += slide.items().size();
            }
            case DISCUSSION -> {
                text.title(title, slide.title(), titleBox);
                text.claims(body.orElseThrow(), slide.items().stream()
                        .map(q -> new lectern.plan.Claim(List.of(new lectern.plan.Claim.Span(q, false)), 0)).toList(),
                        boxes.body().orElseThrow());
            }
            case CLOSING -> {
                if (slide.claims().isEmpty()) {
                    text.title(title, slide.title(), titleBox);
                } else {
                    text.statement(title, slide.claims().get(0), titleBox);
                }
                lines(body, boxes, slide.items());
            }
            case STATEMENT -> {
                text.statement(title, slide.claims().get(0), titleBox);
                lines(body, boxes, List.of(slide.title()));
            }
            case QUOTE -> {
                text.quote(title, (Figure.QuoteFigure) slide.figure().orElseThrow(), titleBox, theme.sizes().subtitle());
                lines(body, boxes, List.of(slide.title()));
            }
            case CLAIMS, CLAIMS_WITH_PICTURE -> {
                text.title(title, slide.title(), titleBox);
                TextBox claims = boxes.body().orElseThrow();
                XSLFTextShape box = body.orElseThrow();
                if (role.picture() instanceof LayoutRoles.BesideBody) {
                    Placeholders.anchor(box, Box.of(claims.frame()));
                }
                text.claims(box, slide.claims(), claims);
            }
            case PICTURE -> text.title(title, slide.title(), titleBox);
            case TABLE -> {
                text.title(title, slide.title(), titleBox);
                tables.write(target, (Figure.TableFigure) slide.figure().orElseThrow());
            }
            case CODE -> {
                text.title(title, slide.title(), titleBox);
                code.write(target, (Figure.CodeFigure) slide.figure().orElseThrow());
            }
        }
        // Pictures come last: pictures under text are moved in the slide's XML, after which POI's view of
        // the slide's shapes is stale, so nothing may walk them afterwards.
        Optional<CTPlaceholder> slot = role.picture() instanceof LayoutRoles.InSlot in ? takeSlot(target, in.slot())
                : Optional.empty();
        removeEmptyPlaceholders(target);
        slide.picture().ifPresent(picture -> place(target, slide, picture, role, boxes, slot));
        if (slide.kind() != SlideKind.TITLE) {
            SlideFurniture.add(target, furniture.numbers() ? Optional.of(slide.number()) : Optional.empty(),
                    furniture.footer(), furniture.date());
        }
        notes.write(target, slide.notes());
    }

    private void lines(Optional<XSLFTextShape> body, SlideGeometry.Boxes boxes, List<String> lines) {
        // A layout without a text placeholder shows the heading alone: a subtitle or list is a courtesy.
        if (body.isPresent() && boxes.body().isPresent()) {
            text.lines(body.get(), lines, boxes.body().get());
        }
    }

    private void place(XSLFSlide target, Slide slide, lectern.plan.Picture picture, LayoutRoles role,
                       SlideGeometry.Boxes boxes, Optional<CTPlaceholder> slot) {
        Frame frame = boxes.picture().orElse(new Frame(0, 0, geometry.width(), geometry.height()));
        if (role.picture() instanceof LayoutRoles.Behind) {
            Scrim scrim = slide.kind() == SlideKind.TITLE ? Scrim.TITLE : Scrim.CAPTION;
            if (pictures.behind(target, slide.number(), picture, Optional.empty(), gapBehind(slide.kind(), boxes))) {
                scrim.draw(target, theme.pictures().scrim(), 1);
            }
        } else {
            pictures.inFrame(target, slide.number(), picture, Box.of(frame), slot);
        }
    }

    /** Where a missing picture's gap goes when the picture would lie behind the text: clear of that text. */
    private Rectangle2D gapBehind(SlideKind kind, SlideGeometry.Boxes boxes) {
        Frame title = boxes.title().orElseThrow().frame();
        if (kind == SlideKind.TITLE) {
            double x = title.x() + title.width();
            return Box.of(x, 0, geometry.width() - x, geometry.height());
        }
        return Box.of(0, 0, geometry.width(), title.y());
    }

    /** The frame a slide of this kind fills with its picture, to know beforehand how large pictures must be. */
    Rectangle2D frameOf(SlideKind kind) {
        return Box.of(geometry.of(kind).picture().orElse(new Frame(0, 0, geometry.width(), geometry.height())));
    }

    /** Removes the slot's empty placeholder from the slide; the picture takes its place, bound to it. */
    private static Optional<CTPlaceholder> takeSlot(XSLFSlide slide, LayoutRoles.Slot slot) {
        Optional<XSLFTextShape> frame = Placeholders.find(slide, slot);
        Optional<CTPlaceholder> ph = frame.flatMap(Placeholders::of).map(p -> (CTPlaceholder) p.copy());
        frame.ifPresent(slide::removeShape);
        return ph;
    }

    /**
     * POI copies the layout's prompt text ("Click to edit Master title style") into the slide's
     * placeholders; on a slide that text would be real text, so it goes before anything is filled in.
     */
    private static void clearPromptText(XSLFSlide slide) {
        for (XSLFTextShape shape : Placeholders.content(slide)) {
            shape.clearText();
            shape.addNewTextParagraph();
        }
    }

    /** An empty placeholder shows "Click to add text" to the user: never leave one behind. */
    private static void removeEmptyPlaceholders(XSLFSlide slide) {
        for (XSLFShape shape : List.copyOf(slide.getShapes())) {
            if (shape instanceof XSLFTextShape textShape && Placeholders.of(shape).isPresent()
                    && textShape.getText().isBlank()) {
                slide.removeShape(shape);
            }
        }
    }
}
