package lectern.preview;

import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtensionList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * Has POI draw an SVG picture from the PNG stored beside it, in the in-memory copy of the deck that is drawn
 * (never in the file): POI 5.5's SVG renderer ignores a picture's crop (and with one, draws nothing), while
 * the PNG is drawn cropped as PowerPoint draws the vector.
 */
final class VectorPictures {
    /** The blip extension PowerPoint stores an SVG in. */
    private static final String SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    private VectorPictures() {
    }

    static void drawFromBitmaps(XSLFSlide slide) {
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFPictureShape picture && picture.getXmlObject() instanceof CTPicture ct
                    && ct.getBlipFill() != null && ct.getBlipFill().getBlip() != null) {
                CTBlip blip = ct.getBlipFill().getBlip();
                if (blip.isSetExtLst()) {
                    CTOfficeArtExtensionList extensions = blip.getExtLst();
                    for (int i = extensions.sizeOfExtArray() - 1; i >= 0; i--) {
                        if (SVG_EXTENSION.equalsIgnoreCase(extensions.getExtArray(i).getUri())) {
                            extensions.removeExt(i);
                        }
                    }
                }
            }
        }
    }
}
