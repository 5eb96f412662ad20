package lectern.layout;

import java.util.Optional;
import lectern.deck.ByKind;
import lectern.deck.Slide;
import lectern.theme.Theme;

/**
 * Where each kind of slide sets its text and its picture, and at what sizes: what the planner measures
 * against and the writer fills. For Lectern's own layouts it comes from {@link Region}; for a user's template,
 * from that template's layouts.
 *
 * @param width  the slide's width in points
 * @param height the slide's height in points
 * @param figure where a table or code goes, under the title
 */
public record SlideGeometry(double width, double height, ByKind<Boxes> kinds, Frame figure, String bodyFamily) {

    /**
     * The boxes of one kind of slide.
     *
     * @param title   the title placeholder: the slide's heading (small over a statement or quotation)
     * @param body    the text placeholder: claims, a subtitle, a statement or quotation, a divider's list
     * @param picture where the slide's picture goes
     */
    public record Boxes(Optional<TextBox> title, Optional<TextBox> body, Optional<Frame> picture) {
    }

    /** The boxes of this kind of slide. */
    public Boxes of(Slide slide) {
        return kinds.of(slide);
    }

    /** The geometry of Lectern's own 16:9 layouts in a theme. */
    public static SlideGeometry lectern(Theme theme) {
        Theme.Sizes s = theme.sizes();
        String heading = Fonts.firstInstalled(theme.fonts().heading());
        String body = Fonts.firstInstalled(theme.fonts().body());
        Frame full = new Frame(0, 0, Region.SLIDE_WIDTH, Region.SLIDE_HEIGHT);
        Boxes title = new Boxes(
                box(Region.TITLE_SLIDE_TITLE, s.cover(), s.titleMin(), TextStyle.TITLE, heading),
                box(Region.TITLE_SLIDE_SUBTITLE, s.subtitle(), Math.min(s.subtitle(), s.claimMin()), TextStyle.PLAIN, body),
                Optional.of(full));
        Boxes section = new Boxes(
                box(Region.SECTION_TITLE, s.statement(), s.titleMin(), TextStyle.TITLE, heading),
                box(Region.SECTION_BODY, s.subtitle(), s.claimMin(), TextStyle.LINES, body), Optional.empty());
        Boxes statement = new Boxes(box(Region.STATEMENT_KICKER, s.subtitle(), s.claimMin(), TextStyle.PLAIN, body),
                box(Region.STATEMENT, s.statement(), s.statementMin(), TextStyle.TITLE, heading), Optional.empty());
        Boxes claims = new Boxes(box(Region.TITLE, s.title(), s.titleMin(), TextStyle.TITLE, heading),
                box(Region.BODY, s.claim(), s.claimMin(), TextStyle.CLAIMS, body), Optional.empty());
        Boxes withPicture = new Boxes(
                box(Region.PICTURE_TITLE, s.title(), s.titleMin(), TextStyle.TITLE, heading),
                box(Region.PICTURE_BODY, s.claim(), s.claimMin(), TextStyle.CLAIMS, body), Optional.of(frame(Region.PICTURE)));
        Boxes picture = new Boxes(
                box(Region.PICTURE_CAPTION, s.title(), s.titleMin(), TextStyle.TITLE, heading), Optional.empty(),
                Optional.of(full));
        Boxes diagram = new Boxes(claims.title(), box(Region.DIAGRAM_CAPTION, s.table(), s.tableMin(), TextStyle.PLAIN,
                body), Optional.of(frame(Region.DIAGRAM)));
        Boxes agenda = new Boxes(claims.title(),
                box(Region.BODY, s.claim(), s.claimMin(), TextStyle.agenda(s.claim()), body), Optional.empty());
        Boxes closing = new Boxes(box(Region.SECTION_TITLE, s.statement(), s.statementMin(), TextStyle.TITLE, heading),
                box(Region.SECTION_BODY, s.subtitle(), s.claimMin(), TextStyle.LINES, body), Optional.empty());
        Boxes titleOnly = new Boxes(box(Region.TITLE, s.title(), s.titleMin(), TextStyle.TITLE, heading), Optional.empty(),
                Optional.empty());
        // Code keeps the text box for the sentence that introduces it, set as a subtitle is.
        Boxes code = new Boxes(claims.title(), box(Region.BODY, s.subtitle(), Math.min(s.subtitle(), s.claimMin()),
                TextStyle.PLAIN, body), Optional.empty());
        // A lesson's words (a task, a solution, a callout) read as prose, unbulleted, as large as claims; over code
        // they are set as the sentence over code is.
        Boxes words = new Boxes(claims.title(), box(Region.BODY, s.claim(), s.claimMin(), TextStyle.PLAIN, body),
                Optional.empty());
        ByKind<Boxes> kinds = new ByKind<>(title, section, statement, claims, withPicture, picture, diagram, claims, titleOnly,
                code, statement, agenda, claims, closing, claims, words, words, words, claims, agenda, section);
        return new SlideGeometry(Region.SLIDE_WIDTH, Region.SLIDE_HEIGHT, kinds, frame(Region.BODY), body);
    }

    public static Frame frame(Region region) {
        return new Frame(region.x, region.y, region.width, region.height);
    }

    private static Optional<TextBox> box(Region region, double size, double min, TextStyle style, String family) {
        return Optional.of(new TextBox(frame(region), size, min, style, family));
    }
}
