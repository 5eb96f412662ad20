package lectern.pptx.slide;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import lectern.Warnings;
import lectern.deck.AgendaSlide;
import lectern.deck.BreakSlide;
import lectern.deck.ByKind;
import lectern.deck.CalloutSlide;
import lectern.deck.ClaimsSlide;
import lectern.deck.ClaimsWithPictureSlide;
import lectern.deck.ClosingSlide;
import lectern.deck.CodeSlide;
import lectern.deck.DiagramSlide;
import lectern.deck.DiscussionSlide;
import lectern.deck.ExerciseSlide;
import lectern.deck.Figure;
import lectern.deck.KeyPointsSlide;
import lectern.deck.ListSlide;
import lectern.deck.ObjectivesSlide;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.QuoteSlide;
import lectern.deck.ScheduleSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.StatementSlide;
import lectern.deck.TableSlide;
import lectern.deck.TitleSlide;
import lectern.layout.FigureMeasure;
import lectern.layout.Frame;
import lectern.layout.Placement;
import lectern.layout.SlideGeometry;
import lectern.layout.TextBox;
import lectern.picture.PictureIntake;
import lectern.pptx.design.DeckDesign;
import lectern.pptx.design.LayoutRoles;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;

/**
 * Draws one planned slide on the layout chosen for its kind: text into the layout's placeholders, pictures
 * where the layout has room for them, and every placeholder that would stay empty removed.
 */
public final class SlideWriter {
    private final XMLSlideShow show;
    private final Theme theme;
    private final ByKind<LayoutRoles> roles;
    private final SlideGeometry geometry;
    private final TextWriter text;
    private final PictureStore store;
    private final PictureWriter pictures;
    private final NewParts parts;
    private final NotesWriter notes;
    private final TableWriter tables;
    private final CodeWriter code;
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
        this.show = deck.show();
        this.roles = deck.roles();
        this.geometry = geometry;
        this.theme = theme;
        this.store = new PictureStore(show, intake);
        this.pictures = new PictureWriter(store, intake.essay(), theme.pictures().treatment(), warnings);
        this.furniture = furniture;
        RunLanguages languages = new RunLanguages(furniture.language());
        this.text = new TextWriter(languages);
        this.parts = new NewParts(show);
        this.notes = new NotesWriter(show, parts, ownNotesMaster, languages);
        FigureMeasure figures = new FigureMeasure(geometry, theme);
        this.tables = new TableWriter(figures, languages);
        this.code = new CodeWriter(figures, text, new CodeColours(show.getSlideMasters().get(0).getTheme()));
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
        slide.accept(new Filling(target, title, body, boxes, role, Placement.of(slide)));
        if (reveal) {
            body.ifPresent(claims -> RevealOnClick.add(target, claims.getShapeId(), claims.getTextParagraphs().size()));
        }
        // Pictures come last: pictures under text are moved in the slide's XML, after which POI's view of
        // the slide's shapes is stale, so nothing may walk them afterwards.
        Optional<CTPlaceholder> slot = role.picture() instanceof LayoutRoles.InSlot in ? takeSlot(target, in.slot())
                : Optional.empty();
        Placeholders.removeEmpty(target);
        slide.picture().ifPresent(picture -> place(target, slide, picture, role, boxes, slot));
        if (!(slide instanceof TitleSlide)) {
            SlideFurniture.add(target, furniture.numbers() ? Optional.of(slide.number()) : Optional.empty(),
                    furniture.footer(), furniture.date(), furniture.language());
        }
        notes.write(target, slide.notes());
    }

    /** Fills a slide's placeholders with its text, kind by kind: what goes where is {@link Placement}'s. */
    private final class Filling implements Slide.Visitor<Void> {
        private final XSLFSlide target;
        private final XSLFTextShape title;
        private final Optional<XSLFTextShape> body;
        private final SlideGeometry.Boxes boxes;
        private final LayoutRoles role;
        private final Placement.Placed placed;

        Filling(XSLFSlide target, XSLFTextShape title, Optional<XSLFTextShape> body, SlideGeometry.Boxes boxes,
                LayoutRoles role, Placement.Placed placed) {
            this.target = target;
            this.title = title;
            this.body = body;
            this.boxes = boxes;
            this.role = role;
            this.placed = placed;
        }

        private void title() {
            text.title(title, placed.title(), boxes.title().orElseThrow());
        }

        /** A layout without a text placeholder shows the heading alone: a subtitle or list is a courtesy. */
        private void lines() {
            if (body.isPresent() && boxes.body().isPresent()) {
                placed.body().ifPresent(lines -> text.lines(body.get(), lines, boxes.body().get()));
            }
        }

        private void claims() {
            TextBox claims = boxes.body().orElseThrow();
            XSLFTextShape box = body.orElseThrow();
            if (role.picture() instanceof LayoutRoles.BesideBody) {
                Placeholders.anchor(box, Box.of(claims.frame()));
            }
            text.claims(box, placed.body().orElseThrow(), claims);
        }

        @Override
        public Void title(TitleSlide s) {
            title();
            lines();
            return null;
        }

        @Override
        public Void section(SectionSlide s) {
            title();
            lines();
            return null;
        }

        /** The heading small in the title's box, the statement large in the text box. */
        @Override
        public Void statement(StatementSlide s) {
            text.lines(title, placed.title(), boxes.title().orElseThrow());
            text.title(body.orElseThrow(), placed.body().orElseThrow(), boxes.body().orElseThrow());
            return null;
        }

        @Override
        public Void claims(ClaimsSlide s) {
            title();
            claims();
            return null;
        }

        @Override
        public Void claimsWithPicture(ClaimsWithPictureSlide s) {
            title();
            claims();
            return null;
        }

        @Override
        public Void picture(PictureSlide s) {
            title();
            return null;
        }

        /** The caption's box is a strip under the picture: the layout's text placeholder, moved there. */
        @Override
        public Void diagram(DiagramSlide s) {
            title();
            if (body.isPresent() && boxes.body().isPresent() && placed.body().isPresent()) {
                Placeholders.anchor(body.get(), Box.of(boxes.body().get().frame()));
                // Set as the line over code is: plain, at the size it was measured at, not the layout's claims.
                text.lead(body.get(), placed.body().get(), boxes.body().get());
                body.get().getTextParagraphs().forEach(p -> p.setTextAlign(TextAlign.CENTER));
            }
            return null;
        }

        @Override
        public Void list(ListSlide s) {
            title();
            if (s.numbered()) {
                text.numbered(body.orElseThrow(), placed.body().orElseThrow(), s.start(), boxes.body().orElseThrow());
            } else {
                claims();
            }
            return null;
        }

        @Override
        public Void table(TableSlide s) {
            title();
            tables.write(target, s.table());
            return null;
        }

        @Override
        public Void code(CodeSlide s) {
            title();
            code.write(target, s, body, placed.body());
            return null;
        }

        @Override
        public Void quote(QuoteSlide s) {
            text.lines(title, placed.title(), boxes.title().orElseThrow());
            text.quote(body.orElseThrow(), placed.body().orElseThrow(), boxes.body().orElseThrow(), theme.sizes().subtitle(),
                    s.quote().attribution().isPresent());
            return null;
        }

        @Override
        public Void agenda(AgendaSlide s) {
            title();
            text.numbered(body.orElseThrow(), placed.body().orElseThrow(), s.firstNumber(), boxes.body().orElseThrow());
            return null;
        }

        @Override
        public Void discussion(DiscussionSlide s) {
            title();
            text.claims(body.orElseThrow(), placed.body().orElseThrow(), boxes.body().orElseThrow());
            return null;
        }

        @Override
        public Void closing(ClosingSlide s) {
            title();
            lines();
            return null;
        }

        @Override
        public Void objectives(ObjectivesSlide s) {
            title();
            claims();
            labels(s);
            return null;
        }

        @Override
        public Void exercise(ExerciseSlide s) {
            title();
            words(s, s.code());
            if (s.minutes() > 0) {
                ExerciseTimer.add(target, s.minutes(), boxes.body().orElseThrow().frame(), geometry.height());
            }
            return null;
        }

        @Override
        public Void solution(SolutionSlide s) {
            title();
            words(s, s.code());
            return null;
        }

        @Override
        public Void callout(CalloutSlide s) {
            title();
            words(s, Optional.empty());
            return null;
        }

        @Override
        public Void schedule(ScheduleSlide s) {
            title();
            text.numbered(body.orElseThrow(), placed.body().orElseThrow(), 0, boxes.body().orElseThrow());
            return null;
        }

        @Override
        public Void breakTime(BreakSlide s) {
            title();
            lines();
            return null;
        }

        @Override
        public Void keyPoints(KeyPointsSlide s) {
            title();
            claims();
            return null;
        }

        /** Plain words under a label, over code when there is some. */
        private void words(Slide s, Optional<Figure.CodeFigure> figure) {
            if (figure.isPresent()) {
                code.write(target, figure.get(), body, placed.body().orElseThrow());
            } else {
                text.lead(body.orElseThrow(), placed.body().orElseThrow(), boxes.body().orElseThrow());
            }
            labels(s);
        }

        /** The labels over a lesson's text, in the theme's accent colour, unbulleted. */
        private void labels(Slide s) {
            List<XSLFTextParagraph> paragraphs = body.orElseThrow().getTextParagraphs();
            for (int at : Placement.labels(s)) {
                XSLFTextParagraph label = paragraphs.get(at);
                label.setBullet(false);
                label.setLeftMargin(0.0);
                label.setIndent(0.0);
                label.getTextRuns().forEach(code::accent);
            }
        }
    }

    private void place(XSLFSlide target, Slide slide, lectern.deck.Picture picture, LayoutRoles role,
                       SlideGeometry.Boxes boxes, Optional<CTPlaceholder> slot) {
        Frame frame = frameOf(slide, boxes);
        if (role.picture() instanceof LayoutRoles.Behind && slide instanceof TitleSlide
                && !picture.fillsCropped(frame.width(), frame.height())) {
            // A logo or diagram would be cut behind the title, or shown whole under it on a plate the title's
            // light words vanish on: it stands whole beside the title instead.
            Rectangle2D beside = gapBehind(true, boxes);
            double margin = 48;
            pictures.inFrame(target, slide.number(), picture, Box.of(beside.getX() + margin / 2, beside.getY() + margin,
                    beside.getWidth() - 1.5 * margin, beside.getHeight() - 2 * margin), Optional.empty());
        } else if (role.picture() instanceof LayoutRoles.Behind) {
            boolean onTitle = slide instanceof TitleSlide;
            Scrim scrim = onTitle ? Scrim.TITLE : Scrim.CAPTION;
            if (pictures.behind(target, slide.number(), picture, Optional.empty(), gapBehind(onTitle, boxes), onTitle)) {
                scrim.draw(target, theme.pictures().scrim(), 1);
            }
        } else {
            pictures.inFrame(target, slide.number(), picture, Box.of(frame), slot);
        }
    }

    /** Where a missing picture's gap goes when the picture would lie behind the text: clear of that text. */
    private Rectangle2D gapBehind(boolean onTitle, SlideGeometry.Boxes boxes) {
        Frame title = boxes.title().orElseThrow().frame();
        if (onTitle) {
            double x = title.x() + title.width();
            return Box.of(x, 0, geometry.width() - x, geometry.height());
        }
        return Box.of(0, 0, geometry.width(), title.y());
    }

    /**
     * Says how large a frame the slide's picture will fill, to know before any picture goes in how large each must
     * be: call it for every slide before writing the first.
     */
    public void expect(Slide slide) {
        Frame frame = frameOf(slide, geometry.of(slide));
        slide.picture().ifPresent(picture -> store.expect(picture, shown(picture, frame)));
    }

    /** Where in its frame a picture is shown: all of it when cropped, else the part of its proportions it fills. */
    private static java.awt.geom.Rectangle2D shown(lectern.deck.Picture picture, Frame frame) {
        var box = Box.of(frame);
        Picture.Look look = picture.look();
        return picture.fillsCropped(frame.width(), frame.height()) || look.width() == 0 ? box
                : PictureWriter.whole(box, look.width(), look.height());
    }

    /** The slide's picture frame; a picture shown whole without a caption takes the caption's room too. */
    private Frame frameOf(Slide slide, SlideGeometry.Boxes boxes) {
        Frame frame = boxes.picture().orElse(new Frame(0, 0, geometry.width(), geometry.height()));
        if (slide instanceof DiagramSlide && Placement.of(slide).body().isEmpty() && boxes.body().isPresent()) {
            Frame caption = boxes.body().get().frame();
            double bottom = Math.max(frame.y() + frame.height(), caption.y() + caption.height());
            return new Frame(frame.x(), frame.y(), frame.width(), bottom - frame.y());
        }
        return frame;
    }

    /** Removes the slot's empty placeholder from the slide; the picture takes its place, bound to it. */
    private static Optional<CTPlaceholder> takeSlot(XSLFSlide slide, LayoutRoles.Slot slot) {
        Optional<XSLFTextShape> frame = slot.in(slide);
        Optional<CTPlaceholder> ph = frame.flatMap(Placeholders::of).map(p -> (CTPlaceholder) p.copy());
        frame.ifPresent(slide::removeShape);
        return ph;
    }
}
