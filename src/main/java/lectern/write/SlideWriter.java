package lectern.write;

import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lectern.layout.Region;
import lectern.layout.TextStyle;
import lectern.plan.Slide;
import lectern.plan.SlideKind;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;

/**
 * Draws one planned slide on the layout made for its kind: text into the layout's placeholders, pictures
 * into its picture frame, and every placeholder that would stay empty removed.
 */
final class SlideWriter {
    /** Where a missing picture's gap goes: clear of the title slide's text, and above a picture slide's heading. */
    private static final Rectangle2D TITLE_GAP = Box.of(Region.TITLE_SLIDE_TITLE.x + Region.TITLE_SLIDE_TITLE.width, 0,
            Region.SLIDE_WIDTH - Region.TITLE_SLIDE_TITLE.x - Region.TITLE_SLIDE_TITLE.width, Region.SLIDE_HEIGHT);
    private static final Rectangle2D CAPTION_GAP = Box.of(0, 0, Region.SLIDE_WIDTH, Region.PICTURE_CAPTION.y);

    private final XMLSlideShow show;
    private final Theme theme;
    private final Map<SlideKind, XSLFSlideLayout> layouts = new EnumMap<>(SlideKind.class);
    private final TextWriter text;
    private final PictureWriter pictures;
    private final NotesWriter notes;

    /** What every slide but the title carries along its bottom edge; empty for what is switched off. */
    record Furniture(boolean numbers, Optional<String> footer, Optional<String> date) {
    }

    private final Furniture furniture;

    SlideWriter(XMLSlideShow show, Theme theme, PictureWriter pictures, Furniture furniture) {
        this.show = show;
        this.furniture = furniture;
        this.theme = theme;
        this.pictures = pictures;
        this.text = new TextWriter(theme);
        this.notes = new NotesWriter(show);
        XSLFSlideMaster master = show.getSlideMasters().get(0);
        for (SlideKind kind : SlideKind.values()) {
            // By the name the layout has now: POI's own name lookup remembers the names the layouts were read with.
            String name = LayoutNames.of(kind);
            layouts.put(kind, Stream.of(master.getSlideLayouts()).filter(l -> name.equals(l.getName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the master has no layout named " + name)));
        }
    }

    /** @param name what the slide is known by when the deck is rebuilt (see {@link lectern.plan.SlideNames}) */
    void write(Slide slide, String name) {
        XSLFSlide target = show.createSlide(layouts.get(slide.kind()));
        target.getXmlObject().getCSld().setName(name);
        clearPromptText(target);
        Theme.Sizes sizes = theme.sizes();
        switch (slide.kind()) {
            case TITLE -> {
                text.title(placeholder(target, Placeholder.CENTERED_TITLE, Placeholder.TITLE), slide.title(),
                        Region.TITLE_SLIDE_TITLE, sizes.cover(), sizes.titleMin());
                slide.subtitle().ifPresent(sub -> text.lines(placeholder(target, Placeholder.SUBTITLE), List.of(sub),
                        Region.TITLE_SLIDE_SUBTITLE, TextStyle.PLAIN, sizes.subtitle(), Math.min(sizes.subtitle(), sizes.claimMin())));
            }
            case SECTION -> {
                text.title(placeholder(target, Placeholder.TITLE), slide.title(), Region.SECTION_TITLE,
                        sizes.statement(), sizes.titleMin());
                slide.subtitle().ifPresent(list -> text.lines(placeholder(target, Placeholder.BODY),
                        List.of(list.split("\n")), Region.SECTION_BODY, TextStyle.LINES, sizes.subtitle(), sizes.claimMin()));
            }
            case STATEMENT -> {
                text.statement(placeholder(target, Placeholder.TITLE), slide.claims().get(0), Region.STATEMENT,
                        sizes.statement(), sizes.statementMin());
                text.lines(placeholder(target, Placeholder.BODY), List.of(slide.title()), Region.STATEMENT_KICKER,
                        TextStyle.PLAIN, sizes.subtitle(), sizes.claimMin());
            }
            case CLAIMS -> {
                text.title(placeholder(target, Placeholder.TITLE), slide.title(), Region.TITLE, sizes.title(), sizes.titleMin());
                text.claims(placeholder(target, Placeholder.BODY, Placeholder.CONTENT), slide.claims(), Region.BODY,
                        sizes.claim(), sizes.claimMin());
            }
            case CLAIMS_WITH_PICTURE -> {
                text.title(placeholder(target, Placeholder.TITLE), slide.title(), Region.PICTURE_TITLE, sizes.title(),
                        sizes.titleMin());
                text.claims(placeholder(target, Placeholder.BODY), slide.claims(), Region.PICTURE_BODY, sizes.claim(),
                        sizes.claimMin());
            }
            case PICTURE -> text.title(placeholder(target, Placeholder.TITLE), slide.title(), Region.PICTURE_CAPTION,
                    sizes.title(), sizes.titleMin());
        }
        // Pictures come last: pictures under text are moved in the slide's XML, after which POI's view of
        // the slide's shapes is stale, so nothing may walk them afterwards.
        Optional<CTPlaceholder> frame = takePictureFrame(target);
        removeEmptyPlaceholders(target);
        slide.picture().ifPresent(picture -> {
            double scrim = theme.pictures().scrim();
            switch (slide.kind()) {
                case TITLE -> {
                    if (pictures.behind(target, slide.number(), picture, Optional.empty(), TITLE_GAP)) {
                        Scrim.TITLE.draw(target, scrim, 1);
                    }
                }
                case PICTURE -> {
                    if (pictures.behind(target, slide.number(), picture, frame, CAPTION_GAP)) {
                        Scrim.CAPTION.draw(target, scrim, 1);
                    }
                }
                default -> pictures.inFrame(target, slide.number(), picture, frameOf(slide.kind()), frame);
            }
        });
        if (slide.kind() != SlideKind.TITLE) {
            SlideFurniture.add(target, furniture.numbers() ? Optional.of(slide.number()) : Optional.empty(),
                    furniture.footer(), furniture.date());
        }
        notes.write(target, slide.notes());
    }

    /** The frame a slide of this kind fills with its picture. */
    static Rectangle2D frameOf(SlideKind kind) {
        return kind == SlideKind.CLAIMS_WITH_PICTURE ? Box.of(Region.PICTURE) : Box.fullSlide();
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
}
