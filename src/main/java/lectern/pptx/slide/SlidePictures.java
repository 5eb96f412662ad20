package lectern.pptx.slide;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import lectern.deck.DiagramSlide;
import lectern.deck.Picture;
import lectern.deck.Slide;
import lectern.deck.TitleSlide;
import lectern.layout.Frame;
import lectern.layout.Placement;
import lectern.layout.SlideGeometry;
import lectern.pptx.design.LayoutRoles;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Placeholders;
import lectern.theme.Theme;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;

/**
 * Puts a slide's picture where its layout has room for it: in a frame, beside the title, or behind the text
 * under a veil; and says beforehand how large each picture will be shown, so each is resampled once.
 */
final class SlidePictures {
    private final Theme theme;
    private final SlideGeometry geometry;
    private final PictureStore store;
    private final PictureWriter pictures;

    SlidePictures(Theme theme, SlideGeometry geometry, PictureStore store, PictureWriter pictures) {
        this.theme = theme;
        this.geometry = geometry;
        this.store = store;
        this.pictures = pictures;
    }

    void place(XSLFSlide target, Slide slide, Picture picture, LayoutRoles role,
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
    void expect(Slide slide) {
        Frame frame = frameOf(slide, geometry.of(slide));
        slide.picture().ifPresent(picture -> store.expect(picture, shown(picture, frame)));
    }

    /** Where in its frame a picture is shown: all of it when cropped, else the part of its proportions it fills. */
    private static Rectangle2D shown(Picture picture, Frame frame) {
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
    static Optional<CTPlaceholder> takeSlot(XSLFSlide slide, LayoutRoles.Slot slot) {
        Optional<XSLFTextShape> frame = slot.in(slide);
        Optional<CTPlaceholder> ph = frame.flatMap(Placeholders::of).map(p -> (CTPlaceholder) p.copy());
        frame.ifPresent(slide::removeShape);
        return ph;
    }
}
