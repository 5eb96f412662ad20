package lectern.write;

import lectern.plan.DeckPlan;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** The deck's document properties: what File > Info and file browsers show. */
final class DocumentInfo {
    private DocumentInfo() {
    }

    static void apply(XMLSlideShow show, DeckPlan plan) {
        POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
        core.setTitle(plan.title());
        core.setCreator("Lectern");
        show.getProperties().getExtendedProperties().setApplication("Lectern");
    }
}
