package lectern.write;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lectern.layout.Region;
import lectern.plan.Slide;
import lectern.plan.SlideKind;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientStop;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Draws one planned slide on the layout made for its kind: text into the layout's placeholders, pictures
 * into its picture frame, and every placeholder that would stay empty removed.
 */
final class SlideWriter {
    private final XMLSlideShow show;
    private final Theme theme;
    private final Map<SlideKind, XSLFSlideLayout> layouts = new EnumMap<>(SlideKind.class);
    private final TextWriter text;
    private final PictureWriter pictures;
    private final NotesWriter notes;

    SlideWriter(XMLSlideShow show, Theme theme, PictureWriter pictures) {
        this.show = show;
        this.theme = theme;
        this.pictures = pictures;
        this.text = new TextWriter(theme);
        this.notes = new NotesWriter(show);
        XSLFSlideMaster master = show.getSlideMasters().get(0);
        layouts.put(SlideKind.TITLE, master.getLayout(SlideLayout.TITLE));
        layouts.put(SlideKind.STATEMENT, master.getLayout(SlideLayout.SECTION_HEADER));
        layouts.put(SlideKind.CLAIMS, master.getLayout(SlideLayout.TITLE_AND_CONTENT));
        layouts.put(SlideKind.PICTURE, master.getLayout(SlideLayout.PIC_TX));
    }

    void write(Slide slide) {
        XSLFSlide target = show.createSlide(layouts.get(slide.kind()));
        clearPromptText(target);
        Theme.Sizes sizes = theme.sizes();
        switch (slide.kind()) {
            case TITLE -> {
                text.title(placeholder(target, Placeholder.CENTERED_TITLE, Placeholder.TITLE), slide.title(),
                        Region.TITLE_SLIDE_TITLE, sizes.cover(), sizes.titleMin());
                slide.subtitle().ifPresent(sub -> text.plain(placeholder(target, Placeholder.SUBTITLE), sub,
                        Region.TITLE_SLIDE_SUBTITLE, sizes.subtitle(), Math.min(sizes.subtitle(), sizes.claimMin())));
            }
            case STATEMENT -> {
                XSLFTextShape title = placeholder(target, Placeholder.TITLE);
                if (slide.claims().size() == 1) {
                    text.statement(title, slide.claims().get(0), Region.STATEMENT, sizes.statement(), sizes.statementMin());
                } else {
                    text.title(title, slide.title(), Region.STATEMENT, sizes.statement(), sizes.statementMin());
                }
            }
            case CLAIMS -> {
                text.title(placeholder(target, Placeholder.TITLE), slide.title(), Region.TITLE, sizes.title(), sizes.titleMin());
                text.claims(placeholder(target, Placeholder.BODY, Placeholder.CONTENT), slide.claims(), Region.BODY,
                        sizes.claim(), sizes.claimMin());
            }
            case PICTURE -> pictureText(target, slide, sizes);
        }
        // Pictures come last: the title picture is moved under the text, and after such a move POI's view
        // of the moved shape is stale, so nothing may walk the slide's shapes afterwards.
        Optional<CTPlaceholder> frame = takePictureFrame(target);
        removeEmptyPlaceholders(target);
        slide.picture().ifPresent(picture -> {
            if (slide.kind() == SlideKind.TITLE) {
                if (pictures.behind(target, slide.number(), picture)) {
                    scrim(target);
                }
            } else {
                pictures.inFrame(target, slide.number(), picture, Box.of(Region.PICTURE), frame);
            }
        });
        notes.write(target, slide.notes());
    }

    private void pictureText(XSLFSlide target, Slide slide, Theme.Sizes sizes) {
        XSLFTextShape title = placeholder(target, Placeholder.TITLE);
        if (slide.claims().isEmpty()) {
            // Nothing to list: the title stands alone, centred in the column beside the picture.
            Region column = Region.PICTURE_TITLE;
            title.setAnchor(Box.of(column.x, 150, column.width, 240));
            title.setVerticalAlignment(VerticalAlignment.MIDDLE);
            text.title(title, slide.title(), Region.PICTURE_TITLE, sizes.title(), sizes.titleMin());
        } else {
            text.title(title, slide.title(), Region.PICTURE_TITLE, sizes.title(), sizes.titleMin());
            text.claims(placeholder(target, Placeholder.BODY), slide.claims(), Region.PICTURE_BODY, sizes.claim(),
                    sizes.claimMin());
        }
    }

    /** Removes the empty picture placeholder the layout put on the slide; the picture takes its place. */
    private static Optional<CTPlaceholder> takePictureFrame(XSLFSlide slide) {
        Optional<XSLFTextShape> frame = Placeholders.find(slide, Placeholder.PICTURE);
        Optional<CTPlaceholder> ph = frame.flatMap(Placeholders::of).map(p -> (CTPlaceholder) p.copy());
        frame.ifPresent(slide::removeShape);
        return ph;
    }

    private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder... types) {
        return Placeholders.find(slide, types).orElseThrow(() -> new IllegalStateException(
                "layout " + slide.getSlideLayout().getName() + " has no " + List.of(types) + " placeholder"));
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

    /** A veil over the title picture, darkest behind the title, so light text stays readable on any image. */
    private void scrim(XSLFSlide slide) {
        XSLFAutoShape scrim = slide.createAutoShape();
        scrim.setShapeType(ShapeType.RECT);
        scrim.setAnchor(Box.fullSlide());
        CTShape sp = (CTShape) scrim.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName("Scrim");
        CTGradientFillProperties gradient = sp.getSpPr().addNewGradFill();
        gradient.setRotWithShape(true);
        var stops = gradient.addNewGsLst();
        stop(stops.addNewGs(), 0, theme.pictures().scrim());
        stop(stops.addNewGs(), 50_000, theme.pictures().scrim() * 0.85);
        stop(stops.addNewGs(), 80_000, theme.pictures().scrim() * 0.15);
        stop(stops.addNewGs(), 100_000, 0);
        gradient.addNewLin().setAng(0);
        sp.getSpPr().addNewLn().addNewNoFill();
        // Just above the picture, which is drawn first, and below the title.
        PictureWriter.moveTo(slide, sp, 1);
    }

    private static void stop(CTGradientStop stop, int position, double opacity) {
        stop.setPos(position);
        var colour = stop.addNewSchemeClr();
        colour.setVal(STSchemeColorVal.TX_2);
        colour.addNewAlpha().setVal((int) Math.round(opacity * 100_000));
    }
}
