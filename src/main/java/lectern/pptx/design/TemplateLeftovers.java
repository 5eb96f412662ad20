package lectern.pptx.design;

import java.net.URI;
import java.util.List;
import lectern.pptx.xml.Elements;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * What a template brings besides its design, taken out before a deck is drawn in it: its own slides (and with
 * them their notes pages), its custom shows, the sections those slides stood in, and the relationships POI
 * leaves behind for the parts it removed.
 */
final class TemplateLeftovers {
    /** The presentation's extension PowerPoint keeps sections in; Lectern writes its own. */
    private static final String SECTIONS = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}";

    private TemplateLeftovers() {
    }

    static void remove(XMLSlideShow show) {
        while (!show.getSlides().isEmpty()) {
            show.removeSlide(0);
        }
        var presentation = show.getCTPresentation();
        if (presentation.isSetCustShowLst()) {
            presentation.unsetCustShowLst();
        }
        // The template's sections name its slides' ids, which the deck's new slides are given again.
        Elements.removeExtension(presentation, SECTIONS);
        orphanedRelationships(show.getPackage());
    }

    /**
     * POI removes a slide and its notes page but not their relationship parts, and a part made later under the
     * same name (the deck's own notesSlide1.xml) reads the old one's relationships as its own: each notes page
     * would point twice at the notes master and twice at its slide. POI clears them for a new slide, not for a
     * new notes page, so every relationship part whose part is gone goes with it.
     */
    private static void orphanedRelationships(OPCPackage pkg) {
        try {
            for (PackagePart part : List.copyOf(pkg.getParts())) {
                if (!part.isRelationshipPart()) {
                    continue;
                }
                URI source = PackagingURIHelper.getSourcePartUriFromRelationshipPartUri(part.getPartName().getURI());
                if (!source.equals(PackagingURIHelper.PACKAGE_ROOT_URI)
                        && !pkg.containPart(PackagingURIHelper.createPartName(source))) {
                    pkg.removePart(part.getPartName());
                }
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the template's parts cannot be listed: " + e.getMessage(), e);
        }
    }
}
