package lectern.pptx.design;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import lectern.deck.ByKind;
import lectern.layout.Fonts;
import lectern.layout.Frame;
import lectern.layout.Region;
import lectern.layout.SlideGeometry;
import lectern.layout.TextBox;
import lectern.layout.TextStyle;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Reads a template's layouts as Lectern measures them: for each kind of slide, where its title and text
 * placeholders are, at what size and line spacing their text is set, and in which font. It asks POI on a
 * throwaway slide made from each layout, so everything the slide would inherit from layout and master counts.
 */
final class LayoutProbe {
    /** The gap kept between a title and a picture or table set under it, and above the slide's bottom edge. */
    private static final double GAP = 14;

    private final Theme theme;
    private final double scale;

    private LayoutProbe(Theme theme, double slideWidth) {
        this.theme = theme;
        // The theme's minimum sizes are for a 13.333 in slide; a narrower one reads from as far at smaller sizes.
        this.scale = slideWidth / Region.SLIDE_WIDTH;
    }

    /**
     * How each kind sets its text, as Lectern's own layouts do: whether its title box holds a statement (and may
     * shrink only as far as a statement may), and how its text box sets its paragraphs.
     */
    private record Setting(boolean statement, TextStyle body) {
    }

    private static final Setting TITLE_AND_LINES = new Setting(false, TextStyle.PLAIN);
    // A statement's and a quotation's title is their heading; the sentence is in the text box, set as the template sets it.
    private static final ByKind<Setting> SETTINGS = new ByKind<>(TITLE_AND_LINES, new Setting(false, TextStyle.LINES),
            TITLE_AND_LINES, new Setting(false, TextStyle.CLAIMS), new Setting(false, TextStyle.CLAIMS),
            TITLE_AND_LINES, TITLE_AND_LINES, new Setting(false, TextStyle.CLAIMS), TITLE_AND_LINES, TITLE_AND_LINES,
            TITLE_AND_LINES,
            new Setting(false, TextStyle.AGENDA), new Setting(false, TextStyle.CLAIMS), new Setting(true, TextStyle.LINES),
            new Setting(false, TextStyle.CLAIMS), TITLE_AND_LINES, TITLE_AND_LINES, TITLE_AND_LINES,
            new Setting(false, TextStyle.CLAIMS), new Setting(false, TextStyle.AGENDA), new Setting(false, TextStyle.LINES));

    static SlideGeometry geometry(XMLSlideShow show, ByKind<LayoutRoles> roles, Theme theme) {
        double width = show.getPageSize().getWidth();
        double height = show.getPageSize().getHeight();
        LayoutProbe probe = new LayoutProbe(theme, width);
        String body = Fonts.firstInstalled(theme.fonts().body());
        ByKind<SlideGeometry.Boxes> kinds = roles.zip(SETTINGS, (role, setting) -> {
            XSLFSlide slide = show.createSlide(role.layout());
            try {
                return probe.boxes(setting, role, slide, width, height);
            } finally {
                show.removeSlide(show.getSlides().indexOf(slide));
            }
        });
        Frame figure = below(kinds.table().title().orElseThrow().frame(), width, height);
        String measured = kinds.claims().body().map(TextBox::family).orElse(body);
        return new SlideGeometry(width, height, kinds, figure, measured);
    }

    private SlideGeometry.Boxes boxes(Setting setting, LayoutRoles roles, XSLFSlide slide, double width, double height) {
        Theme.Sizes sizes = theme.sizes();
        double titleMin = (setting.statement() ? sizes.statementMin() : sizes.titleMin()) * scale;
        Optional<TextBox> title = roles.title().in(slide).map(shape -> box(shape, titleMin, TextStyle.TITLE));
        Optional<TextBox> body = roles.body().flatMap(slot -> slot.in(slide))
                .map(shape -> box(shape, sizes.claimMin() * scale, setting.body()));
        Optional<Frame> picture = Optional.empty();
        if (roles.picture() instanceof LayoutRoles.InSlot in) {
            picture = in.slot().in(slide).map(shape -> frame(shape.getAnchor()));
        } else if (roles.picture() instanceof LayoutRoles.Behind) {
            picture = Optional.of(new Frame(0, 0, width, height));
        } else if (roles.picture() instanceof LayoutRoles.BesideBody && body.isPresent()) {
            // The text keeps the left half of its box and the picture takes the right.
            TextBox text = body.get();
            Frame whole = text.frame();
            double half = whole.width() / 2;
            picture = Optional.of(new Frame(whole.x() + half, whole.y(), half, whole.height()));
            body = Optional.of(new TextBox(new Frame(whole.x(), whole.y(), half - GAP / 2, whole.height()), text.size(),
                    text.min(), text.style(), text.family()));
        } else if (roles.picture() instanceof LayoutRoles.BelowTitle && title.isPresent()) {
            picture = Optional.of(below(title.get().frame(), width, height));
        }
        return new SlideGeometry.Boxes(title, body, picture);
    }

    /** The placeholder as a text box: its size, spacing and font as the slide would set a first paragraph. */
    private TextBox box(XSLFTextShape shape, double min, TextStyle kind) {
        shape.clearText();
        XSLFTextParagraph paragraph = shape.addNewTextParagraph();
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText("X");
        double size = run.getFontSize() == null ? 18 : run.getFontSize();
        String named = run.getFontFamily() == null ? "" : run.getFontFamily();
        String family = Fonts.standIn(named).orElseGet(() -> Fonts.firstInstalled(
                kind == TextStyle.TITLE ? theme.fonts().heading() : theme.fonts().body()));
        double lineSpacing = paragraph.getLineSpacing() != null && paragraph.getLineSpacing() > 0
                ? paragraph.getLineSpacing() / 100 : kind.lineSpacing();
        double spaceBefore = paragraph.getSpaceBefore() == null ? kind.spaceBefore() * size
                : paragraph.getSpaceBefore() < 0 ? -paragraph.getSpaceBefore() : paragraph.getSpaceBefore() / 100 * size;
        double indent = paragraph.getLeftMargin() == null ? 0 : paragraph.getLeftMargin();
        TextStyle style = new TextStyle(lineSpacing, spaceBefore / size, indent);
        Rectangle2D anchor = shape.getAnchor();
        // Lectern measures inside PowerPoint's default insets; a template's own become part of the box.
        Frame frame = new Frame(anchor.getX() + shape.getLeftInset() - Region.INSET_X,
                anchor.getY() + shape.getTopInset() - Region.INSET_Y,
                anchor.getWidth() - shape.getLeftInset() - shape.getRightInset() + 2 * Region.INSET_X,
                anchor.getHeight() - shape.getTopInset() - shape.getBottomInset() + 2 * Region.INSET_Y);
        return new TextBox(frame, size, Math.min(size, min), style, family);
    }

    private static Frame frame(Rectangle2D anchor) {
        return new Frame(anchor.getX(), anchor.getY(), anchor.getWidth(), anchor.getHeight());
    }

    /** The slide under a title, across the title's width, down to a margin above the bottom edge. */
    private static Frame below(Frame title, double width, double height) {
        double top = title.bottom() + GAP;
        double bottom = height - Math.max(GAP, height * 0.08);
        return new Frame(title.x(), top, Math.min(title.width(), width - title.x()), Math.max(0, bottom - top));
    }
}
