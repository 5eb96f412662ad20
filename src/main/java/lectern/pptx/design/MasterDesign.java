package lectern.pptx.design;

import lectern.layout.Region;
import lectern.layout.TextStyle;
import lectern.pptx.xml.Placeholders;
import lectern.pptx.xml.Styles;
import lectern.theme.Theme;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextListStyle;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.STSchemeColorVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STTextAlignType;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMasterTextStyles;

/** The master's type scale: every slide inherits it, so a size changed here changes the whole deck. */
final class MasterDesign {
    private MasterDesign() {
    }

    static void apply(XSLFSlideMaster master, Theme theme) {
        CTSlideMasterTextStyles styles = master.getXmlObject().getTxStyles();
        Theme.Sizes sizes = theme.sizes();

        CTTextParagraphProperties title = styles.getTitleStyle().getLvl1PPr();
        Styles.size(title, sizes.title());
        Styles.bold(title, true);
        Styles.colour(title, STSchemeColorVal.TX_1);
        Styles.lineSpacing(title, TextStyle.TITLE.lineSpacing());
        Styles.align(title, STTextAlignType.L);
        Placeholders.find(master, Placeholder.TITLE).ifPresent(t -> t.setVerticalAlignment(VerticalAlignment.TOP));

        CTTextListStyle body = styles.getBodyStyle();
        CTTextParagraphProperties claim = body.getLvl1PPr();
        Styles.size(claim, sizes.claim());
        Styles.lineSpacing(claim, TextStyle.CLAIMS.lineSpacing());
        Styles.spaceBefore(claim, sizes.claim() * TextStyle.CLAIMS.spaceBefore());
        Styles.marker(claim, "\u25A0", Units.toEMU(Region.CLAIM_INDENT), sizes.claimMin() * 0.6);
        // Deeper levels only appear when a user adds them by hand; keep them readable but subordinate.
        CTTextParagraphProperties[] deeper = {body.getLvl2PPr(), body.getLvl3PPr(), body.getLvl4PPr(),
            body.getLvl5PPr(), body.getLvl6PPr(), body.getLvl7PPr(), body.getLvl8PPr(), body.getLvl9PPr()};
        for (int i = 0; i < deeper.length; i++) {
            if (deeper[i] != null) {
                Styles.size(deeper[i], Math.max(sizes.claimMin() - 4, sizes.claim() - 4 - 2 * i));
            }
        }
    }
}
