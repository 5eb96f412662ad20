package lectern.pptx.xml;

import java.awt.geom.Rectangle2D;
import lectern.layout.Region;

/** Rectangles in points, as POI's anchors want them. */
public final class Box {
    private Box() {
    }

    public static Rectangle2D of(double x, double y, double width, double height) {
        return new Rectangle2D.Double(x, y, width, height);
    }

    public static Rectangle2D of(Region region) {
        return of(region.x, region.y, region.width, region.height);
    }

    public static Rectangle2D of(lectern.layout.Frame frame) {
        return of(frame.x(), frame.y(), frame.width(), frame.height());
    }

    public static Rectangle2D fullSlide() {
        return of(0, 0, Region.SLIDE_WIDTH, Region.SLIDE_HEIGHT);
    }
}
