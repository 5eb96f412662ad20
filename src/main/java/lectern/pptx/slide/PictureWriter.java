package lectern.pptx.slide;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.namespace.QName;
import lectern.Warnings;
import lectern.deck.Picture;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Decorative;
import lectern.pptx.xml.Elements;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRelativeRect;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Puts the essay's pictures on slides, keeping their proportions. A photograph fills its frame: the part that
 * does not fit is cropped in the picture's own crop rectangle, not cut out of the image, so the user can
 * re-crop it in PowerPoint. A diagram, chart or screenshot, or a photograph the crop would take too much of, is
 * shown whole inside the frame, on a light plate when it is transparent: black line art would vanish on a
 * dark slide. A picture that cannot be used leaves a marked gap and a warning.
 */
final class PictureWriter {
    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private final PictureStore store;
    private final Path essay;
    private final Warnings warnings;
    private final Theme.Treatment treatment;
    /** The pictures whose warning that something was taken out of them was given: once, however often shown. */
    private final java.util.Set<String> toldOfRemoved = new java.util.HashSet<>();

    PictureWriter(PictureStore store, Path essay, Theme.Treatment treatment, Warnings warnings) {
        this.store = store;
        this.treatment = treatment;
        this.essay = essay;
        this.warnings = warnings;
    }

    /**
     * Places the picture in a frame, bound to the layout's picture placeholder when there is one so that
     * PowerPoint's "Reset slide" puts it back there; returns false when it left a gap instead.
     */
    boolean inFrame(XSLFSlide slide, int slideNumber, Picture picture, Rectangle2D frame, Optional<CTPlaceholder> ph) {
        XSLFPictureShape shape = place(slide, slideNumber, picture, frame, frame);
        if (shape == null) {
            return false;
        }
        ph.ifPresent(p -> bind(shape, p));
        return true;
    }

    /**
     * Places the picture over the whole slide, behind everything else on it; a picture that cannot be used
     * leaves its gap in {@code gapFrame}, clear of the slide's text.
     */
    boolean behind(XSLFSlide slide, int slideNumber, Picture picture, Optional<CTPlaceholder> ph, Rectangle2D gapFrame,
                   boolean backdrop) {
        XSLFPictureShape shape = place(slide, slideNumber, picture, Box.fullSlide(), gapFrame);
        if (shape == null) {
            return false;
        }
        if (backdrop) {
            // Drawn first so the title lies on it, it would be read first too: a backdrop is decoration.
            Decorative.mark(((CTPicture) shape.getXmlObject()).getNvPicPr().getCNvPr());
        }
        ph.ifPresent(p -> bind(shape, p));
        Elements.moveInDrawingOrder(slide.getXmlObject().getCSld().getSpTree(), shape.getXmlObject(), 0);
        return true;
    }

    private static void bind(XSLFPictureShape shape, CTPlaceholder layout) {
        CTPlaceholder bound = ((CTPicture) shape.getXmlObject()).getNvPicPr().getNvPr().addNewPh();
        bound.setType(layout.getType());
        bound.setIdx(layout.getIdx());
    }

    private XSLFPictureShape place(XSLFSlide slide, int slideNumber, Picture picture, Rectangle2D frame,
                                   Rectangle2D gapFrame) {
        PictureStore.Stored image = store.get(picture);
        if (image.problem() != null) {
            warnings.add(essay, picture.line(), image.problem() + "; left a marked gap on slide " + slideNumber
                    + (image.advice().isEmpty() ? "" : " (" + image.advice() + ")"));
            gap(slide, picture, gapFrame, image.problem());
            return null;
        }
        if (!image.file().removed().isEmpty() && toldOfRemoved.add(picture.src())) {
            warnings.add(essay, picture.line(), image.file().removed());
        }
        boolean cropped = picture.fillsCropped(frame.getWidth(), frame.getHeight());
        Rectangle2D shown = cropped ? frame : whole(frame, image.file().width(), image.file().height());
        if (!cropped && picture.look().transparent()) {
            plate(slide, shown);
        }
        XSLFPictureShape shape = slide.createPicture(image.data());
        if (image.svg() != null) {
            shape.setSvgImage(image.svg());
        }
        shape.setAnchor(shown);
        CTPicture ct = (CTPicture) shape.getXmlObject();
        ct.getNvPicPr().getCNvPr().setName(ShapeNames.PICTURE + image.file().name());
        ct.getNvPicPr().getCNvPr().setDescr(picture.alt());
        if (cropped) {
            cover(ct, image.file().width(), image.file().height(), frame.getWidth(), frame.getHeight(), picture.focus());
        }
        treat(ct);
        return shape;
    }

    /** The largest rectangle of the picture's proportions inside the frame, centred in it. */
    static Rectangle2D whole(Rectangle2D frame, double imageWidth, double imageHeight) {
        double scale = Math.min(frame.getWidth() / imageWidth, frame.getHeight() / imageHeight);
        double width = imageWidth * scale;
        double height = imageHeight * scale;
        return Box.of(frame.getX() + (frame.getWidth() - width) / 2, frame.getY() + (frame.getHeight() - height) / 2,
                width, height);
    }

    /** A white plate a little larger than the picture, drawn first so the picture lies on it. */
    private static void plate(XSLFSlide slide, Rectangle2D picture) {
        double margin = 6;
        XSLFAutoShape plate = slide.createAutoShape();
        plate.setShapeType(ShapeType.RECT);
        plate.setAnchor(Box.of(picture.getX() - margin, picture.getY() - margin, picture.getWidth() + 2 * margin,
                picture.getHeight() + 2 * margin));
        CTShape sp = (CTShape) plate.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName(ShapeNames.PLATE);
        Decorative.mark(sp.getNvSpPr().getCNvPr());
        sp.getSpPr().addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        sp.getSpPr().addNewLn().addNewNoFill();
    }

    /**
     * The theme's picture treatment, as the picture's own colour settings so the user can take it off.
     * Written through a cursor: the effects' types are not in POI's reduced schema jar.
     */
    private void treat(CTPicture ct) {
        switch (treatment) {
            case MUTED -> effect(ct, "lum", "bright", "-12000", "contrast", "-8000");
            case GRAYSCALE -> effect(ct, "grayscl");
            case NATURAL -> {
            }
        }
    }

    /** The effects come first in a blip, before any extension list. */
    private static void effect(CTPicture ct, String name, String... attributes) {
        Elements.prepend(ct.getBlipFill().getBlip(), new QName(DRAWINGML, name, "a"), attributes);
    }

    /**
     * Crops the picture's longer side so it covers the frame without distortion, keeping its focus in view:
     * centred on the focus where the picture allows, against the picture's edge where it does not.
     */
    static void cover(CTPicture ct, double imageWidth, double imageHeight, double frameWidth, double frameHeight,
                      Picture.Focus focus) {
        double image = imageWidth / imageHeight;
        double frame = frameWidth / frameHeight;
        if (Math.abs(image - frame) < 1e-3) {
            return;
        }
        CTRelativeRect crop = ct.getBlipFill().isSetSrcRect() ? ct.getBlipFill().getSrcRect() : ct.getBlipFill().addNewSrcRect();
        if (image > frame) {
            double kept = frame / image;
            double left = Math.max(0, Math.min(1 - kept, focus.x() - kept / 2));
            crop.setL((int) Math.round(left * 100_000));
            crop.setR((int) Math.round((1 - kept - left) * 100_000));
        } else {
            double kept = image / frame;
            double top = Math.max(0, Math.min(1 - kept, focus.y() - kept / 2));
            crop.setT((int) Math.round(top * 100_000));
            crop.setB((int) Math.round((1 - kept - top) * 100_000));
        }
    }

    private static void gap(XSLFSlide slide, Picture picture, Rectangle2D frame, String problem) {
        XSLFAutoShape gap = slide.createAutoShape();
        gap.setShapeType(ShapeType.RECT);
        double inset = 24;
        gap.setAnchor(Box.of(frame.getX() + inset, frame.getY() + inset, frame.getWidth() - 2 * inset,
                frame.getHeight() - 2 * inset));
        CTShape sp = (CTShape) gap.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName(ShapeNames.GAP);
        sp.getNvSpPr().getCNvPr().setDescr("Missing picture: " + picture.alt());
        // A background of its own keeps the gap readable on dark slides too.
        sp.getSpPr().addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.BG_1);
        var line = sp.getSpPr().addNewLn();
        line.setW(2 * 12_700);
        line.addNewSolidFill().addNewSchemeClr().setVal(STSchemeColorVal.ACCENT_3);
        line.addNewPrstDash().setVal(STPresetLineDashVal.DASH);
        gap.setVerticalAlignment(VerticalAlignment.MIDDLE);
        var paragraph = gap.addNewTextParagraph();
        paragraph.setTextAlign(TextAlign.CENTER);
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText("Picture missing");
        run.setBold(true);
        run.setFontSize(28.0);
        var detail = gap.addNewTextParagraph();
        detail.setTextAlign(TextAlign.CENTER);
        XSLFTextRun why = detail.addNewTextRun();
        why.setText(problem);
        why.setFontSize(18.0);
    }
}
