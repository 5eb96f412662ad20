package lectern.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.SVGConstants;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;
import org.w3c.dom.svg.SVGSVGElement;

/**
 * SVG pictures: PowerPoint 2019 and later show the vector itself, older versions and other readers the PNG
 * stored beside it, which Batik draws. Batik is shut in while it draws: no scripts run, and nothing outside the
 * SVG is read or fetched (a picture it names on disk or on the web would otherwise be drawn into the deck), so
 * an SVG that reaches out is refused. Pictures written into the SVG itself ({@code data:}) are drawn: SVG by
 * Batik, PNG, JPEG and GIF by the JDK ({@link SvgRasters}).
 */
final class SvgPicture {
    /** Enough for the entities a DOCTYPE of Illustrator's declares before the {@code <svg>}. */
    private static final int SNIFF = 4096;
    /** How a problem says Batik could not draw an SVG, before the reason it gave. */
    static final String CANNOT_BE_DRAWN = " is an SVG that cannot be drawn: ";

    private SvgPicture() {
    }

    /** An SVG that would read a file or fetch an address outside itself. */
    static final class ReachesOut extends IOException {
        private final String address;

        ReachesOut(String address) {
            super("the SVG draws on " + address);
            this.address = address;
        }

        String address() {
            return address;
        }
    }

    /**
     * An XML file whose first element is {@code <svg>}: what browsers would take for SVG. A DOCTYPE may declare
     * entities between brackets, whose text may hold a {@code >}.
     */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
        String start = head.replaceFirst("^\uFEFF", "").replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(\\[.*?\\])?[^>]*>", "").strip();
        return start.startsWith("<svg") || start.matches("(?s)^<[A-Za-z_][\\w.-]*:svg[\\s>].*");
    }

    /**
     * The SVG's own size, in its units (CSS pixels when it has no view box), at least 1 by 1.
     *
     * @throws Undrawable when Batik cannot draw it, saying why
     */
    static int[] dimensions(byte[] svg) throws ReachesOut, Undrawable {
        Rectangle2D box = new Drawing(svg).box;
        return new int[] {Math.max(1, (int) Math.round(box.getWidth())), Math.max(1, (int) Math.round(box.getHeight()))};
    }

    /** The picture drawn to a PNG of the given size. */
    static byte[] png(byte[] svg, int width, int height) throws IOException {
        return png(draw(svg, width, height));
    }

    /**
     * The picture drawn as large as fits {@code width} by {@code height}, keeping its proportions: its view box
     * fills the image (centred, when rounding leaves a pixel over), whatever size the SVG says it is.
     */
    static BufferedImage draw(byte[] svg, int width, int height) throws ReachesOut, Undrawable {
        Drawing drawing = new Drawing(svg);
        try {
            return drawing.draw(width, height);
        } catch (RuntimeException e) {
            throw Undrawable.because(e);
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** One SVG as Batik reads it, through an agent that refuses to run or load anything. */
    private static final class Drawing {
        private final ClosedAgent agent = new ClosedAgent();
        private final GraphicsNode root;
        /** The part of the drawing that is the picture, in its own units, drawn by Batik one unit to the pixel. */
        private final Rectangle2D box;

        Drawing(byte[] svg) throws ReachesOut, Undrawable {
            SvgRasters.register();
            SVGDocument document;
            try {
                SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
                document = (SVGDocument) factory.createDocument("", new ByteArrayInputStream(svg));
            } catch (IOException | RuntimeException e) {
                throw Undrawable.because(e);
            }
            SVGSVGElement element = document.getRootElement();
            if (element == null) {
                throw new Undrawable("it has no <svg> element");
            }
            Rectangle2D size = SvgSize.of(element);
            if (size == null) {
                // Sized by nothing it says, such an SVG is as large as what it draws, as rsvg-convert takes it; measured
                // unclipped, since a browser's 300 by 150 says nothing about it either.
                element.setAttributeNS(null, SVGConstants.CSS_OVERFLOW_PROPERTY, SVGConstants.CSS_VISIBLE_VALUE);
                Rectangle2D drawn = build(document).getBounds();
                element.removeAttributeNS(null, SVGConstants.CSS_OVERFLOW_PROPERTY);
                if (drawn == null || drawn.isEmpty()) {
                    throw new Undrawable("it has no size (no viewBox, and no width and height) and draws nothing");
                }
                size = drawn;
            }
            SvgSize.setOn(element, size);
            agent.viewport = new Size(size.getWidth(), size.getHeight());
            root = build(document);
            box = size;
        }

        private GraphicsNode build(SVGDocument document) throws ReachesOut, Undrawable {
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            try {
                GraphicsNode built = new GVTBuilder().build(context, document);
                agent.refuseIfReachedOut();
                return built;
            } catch (RuntimeException e) {
                agent.refuseIfReachedOut();
                throw Undrawable.because(e);
            }
        }

        BufferedImage draw(int width, int height) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            // Batik's own graphics know the image they draw on, which its filters and masks need.
            Graphics2D g = GraphicsUtil.createGraphics(image);
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                double scale = Math.min(width / box.getWidth(), height / box.getHeight());
                g.translate((width - box.getWidth() * scale) / 2, (height - box.getHeight() * scale) / 2);
                g.scale(scale, scale);
                root.paint(g);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    /** Batik's agent, with every door closed, its viewport the picture's size. */
    private static final class ClosedAgent extends UserAgentAdapter {
        private String reachedFor;
        /** Until the picture's size is known, the size a browser gives an SVG that says none. */
        private Dimension2D viewport = new Size(300, 150);

        ClosedAgent() {
            addStdFeatures();
        }

        @Override
        public Dimension2D getViewportSize() {
            return viewport;
        }

        @Override
        public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
            return new NoLoadScriptSecurity(type);
        }

        @Override
        public void checkLoadScript(String type, ParsedURL script, ParsedURL document) {
            throw new SecurityException("no scripts");
        }

        @Override
        public void checkLoadExternalResource(ParsedURL resource, ParsedURL document) {
            if (resource != null && "data".equalsIgnoreCase(resource.getProtocol())) {
                return;
            }
            if (reachedFor == null) {
                reachedFor = resource == null ? "another file" : resource.toString();
            }
            throw new SecurityException("Lectern reads nothing outside an SVG");
        }

        @Override
        public void loadDocument(String url) {
            // A link in the SVG is never followed.
        }

        void refuseIfReachedOut() throws ReachesOut {
            if (reachedFor != null) {
                throw new ReachesOut(reachedFor);
            }
        }
    }

    /** A size in the SVG's own units; the JDK has no public Dimension2D in doubles. */
    private static final class Size extends Dimension2D {
        private double width;
        private double height;

        Size(double width, double height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public double getWidth() {
            return width;
        }

        @Override
        public double getHeight() {
            return height;
        }

        @Override
        public void setSize(double newWidth, double newHeight) {
            width = newWidth;
            height = newHeight;
        }
    }
}
