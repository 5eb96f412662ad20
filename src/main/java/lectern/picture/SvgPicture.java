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
import org.apache.batik.bridge.ViewBox;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.parser.DefaultLengthHandler;
import org.apache.batik.parser.LengthParser;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.SVGConstants;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;
import org.w3c.dom.svg.SVGSVGElement;

/**
 * SVG pictures: PowerPoint 2019 and later show the vector itself, older versions and other readers the PNG
 * stored beside it, which Batik draws. Batik is shut in while it draws: no scripts run, and nothing outside the
 * SVG is read or fetched (a picture it names on disk or on the web would otherwise be drawn into the deck), so
 * an SVG that reaches out is refused. Pictures written into the SVG itself ({@code data:}) are drawn.
 */
final class SvgPicture {
    private static final int SNIFF = 1024;

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

    /** An XML file whose first element is {@code <svg>}: what browsers would take for SVG. */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
        String start = head.replaceFirst("^\uFEFF", "").replaceAll("(?s)<\\?xml.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "").strip();
        return start.startsWith("<svg") || start.matches("(?s)^<[A-Za-z_][\\w.-]*:svg[\\s>].*");
    }

    /** The SVG's own size, or null when it has none or is not valid SVG. */
    static int[] dimensions(byte[] svg) throws ReachesOut {
        try {
            Rectangle2D box = new Drawing(svg).viewBox();
            int width = (int) Math.round(box.getWidth());
            int height = (int) Math.round(box.getHeight());
            return width > 0 && height > 0 ? new int[] {width, height} : null;
        } catch (ReachesOut e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The picture drawn to a PNG of the given size. */
    static byte[] png(byte[] svg, int width, int height) throws IOException {
        BufferedImage image = new Drawing(svg).draw(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** One SVG as Batik reads it, through an agent that refuses to run or load anything. */
    private static final class Drawing {
        private final ClosedAgent agent = new ClosedAgent();
        private final GraphicsNode root;

        Drawing(byte[] svg) throws IOException {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument document = (SVGDocument) factory.createDocument("", new ByteArrayInputStream(svg));
            agent.initViewbox(document);
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            try {
                root = new GVTBuilder().build(context, document);
            } catch (RuntimeException e) {
                agent.refuseIfReachedOut();
                throw e;
            }
            agent.refuseIfReachedOut();
        }

        Rectangle2D viewBox() {
            return agent.getViewbox();
        }

        BufferedImage draw(int width, int height) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                Rectangle2D box = viewBox();
                g.scale(width / box.getWidth(), height / box.getHeight());
                root.paint(g);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    /**
     * Batik's agent sized by the SVG's own view box (else its width and height, as numbers), as POI's renderer sizes
     * it, with every door closed.
     */
    private static final class ClosedAgent extends UserAgentAdapter {
        private String reachedFor;
        private Rectangle2D viewBox;

        ClosedAgent() {
            addStdFeatures();
        }

        void initViewbox(SVGDocument document) {
            viewBox = null;
            SVGSVGElement root = document.getRootElement();
            if (root == null) {
                return;
            }
            String box = root.getAttributeNS(null, SVGConstants.SVG_VIEW_BOX_ATTRIBUTE);
            if (box != null && !box.isEmpty()) {
                float[] rect = ViewBox.parseViewBoxAttribute(root, box, null);
                viewBox = new Rectangle2D.Float(rect[0], rect[1], rect[2], rect[3]);
                return;
            }
            float width = number(root, SVGConstants.SVG_WIDTH_ATTRIBUTE);
            float height = number(root, SVGConstants.SVG_HEIGHT_ATTRIBUTE);
            if (width != 0 && height != 0) {
                viewBox = new Rectangle2D.Double(0, 0, width, height);
            }
        }

        /** A length attribute's number, whatever its unit; 0 when there is none. */
        private static float number(SVGSVGElement root, String attribute) {
            String value = root.getAttributeNS(null, attribute);
            if (value == null || value.isEmpty()) {
                return 0;
            }
            float[] number = {0};
            LengthParser parser = new LengthParser();
            parser.setLengthHandler(new DefaultLengthHandler() {
                @Override
                public void lengthValue(float v) {
                    number[0] = v;
                }
            });
            parser.parse(value);
            return number[0];
        }

        Rectangle2D getViewbox() {
            return viewBox != null ? viewBox : new Rectangle2D.Double(0, 0, 1, 1);
        }

        @Override
        public Dimension2D getViewportSize() {
            return viewBox == null ? super.getViewportSize() : new Size(viewBox.getWidth(), viewBox.getHeight());
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
