package lectern.preview;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.apache.poi.sl.draw.DrawFontManager;
import org.apache.poi.sl.draw.Drawable;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/** Draws one slide with POI's own renderer into a picture of a given width; the height follows the page. */
final class SlideRenderer {
    private final int width;
    private final DrawFontManager fonts;

    SlideRenderer(int width, DrawFontManager fonts) {
        this.width = width;
        this.fonts = fonts;
    }

    static int height(int width, Dimension page) {
        return Math.max(1, (int) Math.round(width * page.getHeight() / page.getWidth()));
    }

    BufferedImage draw(XSLFSlide slide) {
        Dimension page = slide.getSlideShow().getPageSize();
        int height = height(width, page);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            quality(graphics);
            graphics.setRenderingHint(Drawable.FONT_HANDLER, fonts);
            graphics.setRenderingHint(Drawable.DRAW_FACTORY, new ParagraphSpacing());
            // PowerPoint shows a slide without any background as white; the picture starts black.
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.scale(width / page.getWidth(), height / page.getHeight());
            slide.draw(graphics);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    static void quality(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        // Fractional advances, as Lectern measures text: lines break where the planner expected them to.
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }
}
