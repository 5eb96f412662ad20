package lectern.pptx.slide;

import java.util.List;
import lectern.pptx.xml.Box;
import lectern.pptx.xml.Decorative;
import lectern.pptx.xml.Elements;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGradientFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * A veil of the theme's dark colour between a picture and the text set over it: fully as opaque as the
 * theme says wherever text can stand, fading out where the picture is left to speak. The stops are data so
 * a test can compute the contrast of the text over the veil.
 *
 * @param angle DrawingML's gradient angle in degrees: 0 runs left to right, 90 top to bottom
 */
record Scrim(String name, double angle, List<Stop> stops) {

    /**
     * @param position where along the gradient, 0 to 1
     * @param share    how much of the theme's scrim opacity applies there, 0 to 1
     */
    record Stop(double position, double share) {
    }

    /** Behind the title slide's text on the left; the title box ends at 59 % of the width. */
    static final Scrim TITLE = new Scrim("Scrim", 0, List.of(new Stop(0, 1), new Stop(0.62, 1), new Stop(1, 0.1)));
    /** Under a picture slide's heading at the bottom; the heading starts at 67 % of the height. */
    static final Scrim CAPTION = new Scrim("Scrim", 90, List.of(new Stop(0, 0), new Stop(0.38, 0), new Stop(0.64, 1),
            new Stop(1, 1)));

    /** The veil's opacity at a position along its gradient, for a theme's scrim opacity. */
    double opacityAt(double position, double scrim) {
        for (int i = 1; i < stops.size(); i++) {
            Stop a = stops.get(i - 1);
            Stop b = stops.get(i);
            if (position <= b.position()) {
                double t = b.position() == a.position() ? 1 : (position - a.position()) / (b.position() - a.position());
                return scrim * (a.share() + Math.max(0, Math.min(1, t)) * (b.share() - a.share()));
            }
        }
        return scrim * stops.get(stops.size() - 1).share();
    }

    /** Draws the veil over the whole slide and moves it right above the shape at {@code position}. */
    void draw(XSLFSlide slide, double scrim, int position) {
        XSLFAutoShape veil = slide.createAutoShape();
        veil.setShapeType(ShapeType.RECT);
        veil.setAnchor(Box.fullSlide());
        CTShape sp = (CTShape) veil.getXmlObject();
        sp.getNvSpPr().getCNvPr().setName(name);
        // A veil that only keeps the title readable: nothing for a screen reader to read before the title.
        Decorative.mark(sp.getNvSpPr().getCNvPr());
        CTGradientFillProperties gradient = sp.getSpPr().addNewGradFill();
        gradient.setRotWithShape(true);
        var list = gradient.addNewGsLst();
        for (Stop stop : stops) {
            var gs = list.addNewGs();
            gs.setPos((int) Math.round(stop.position() * 100_000));
            var colour = gs.addNewSchemeClr();
            colour.setVal(STSchemeColorVal.TX_2);
            colour.addNewAlpha().setVal((int) Math.round(scrim * stop.share() * 100_000));
        }
        gradient.addNewLin().setAng((int) Math.round(angle * 60_000));
        sp.getSpPr().addNewLn().addNewNoFill();
        Elements.moveInDrawingOrder(slide.getXmlObject().getCSld().getSpTree(), sp, position);
    }
}
