package lectern.pptx.slide;

import java.util.List;
import java.util.Optional;
import lectern.deck.AgendaSlide;
import lectern.deck.BreakSlide;
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
import lectern.deck.PictureSlide;
import lectern.deck.QuoteSlide;
import lectern.deck.ScheduleSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SolutionSlide;
import lectern.deck.StatementSlide;
import lectern.deck.TableSlide;
import lectern.deck.TitleSlide;
import lectern.layout.Placement;
import lectern.layout.SlideGeometry;
import lectern.layout.TextBox;
import lectern.pptx.design.LayoutRoles;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Fills a slide's placeholders with its text, kind by kind: what goes where is {@link Placement}'s, how each
 * kind's text is set is here, one visitor method per slide record.
 */
final class SlideText {
    private final Theme theme;
    private final SlideGeometry geometry;
    private final TextWriter text;
    private final TableWriter tables;
    private final CodeWriter code;

    SlideText(Theme theme, SlideGeometry geometry, TextWriter text, TableWriter tables, CodeWriter code) {
        this.theme = theme;
        this.geometry = geometry;
        this.text = text;
        this.tables = tables;
        this.code = code;
    }

    void fill(Slide slide, XSLFSlide target, XSLFTextShape title, Optional<XSLFTextShape> body, SlideGeometry.Boxes boxes,
              LayoutRoles role) {
        slide.accept(new Filling(target, title, body, boxes, role, Placement.of(slide)));
    }

    /** One slide's filling, kind by kind. */
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
}
