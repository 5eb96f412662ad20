package lectern.pptx.slide;

import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFactory;
import org.apache.poi.xslf.usermodel.XSLFRelation;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPresentation;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdList;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideIdListEntry;

/**
 * The slides and notes pages of one deck as they are added, numbered by counting on from the last one. POI's
 * {@code createSlide} looks for a free part name by matching every part of the deck against a pattern, and for the
 * next slide id by reading every id, for each new slide: a fifth of a 1,000-slide build. The parts come out as
 * POI's would, with the same names, ids and relationships.
 */
final class NewParts {
    private final XMLSlideShow show;
    private CTSlideIdList slideList;
    private long slideId;
    private int slideNumber;
    private int notesNumber;

    NewParts(XMLSlideShow show) {
        this.show = show;
    }

    /** A new last slide of the layout, its placeholders copied from it, as {@code XMLSlideShow.createSlide} makes. */
    XSLFSlide slide(XSLFSlideLayout layout) {
        if (slideList == null) {
            CTPresentation presentation = show.getCTPresentation();
            slideList = presentation.isSetSldIdLst() ? presentation.getSldIdLst() : presentation.addNewSldIdLst();
            // Slide ids start above 255 (ST_SlideId), and after any slide the deck already has.
            slideId = Math.max(255, Stream.of(slideList.getSldIdArray()).mapToLong(CTSlideIdListEntry::getId)
                    .max().orElse(0));
        }
        slideNumber = free(XSLFRelation.SLIDE, slideNumber + 1);
        POIXMLDocumentPart.RelationPart made = show.createRelationship(XSLFRelation.SLIDE, XSLFFactory.getInstance(),
                slideNumber, false);
        XSLFSlide slide = made.getDocumentPart();
        CTSlideIdListEntry entry = slideList.addNewSldId();
        entry.setId(++slideId);
        entry.setId2(made.getRelationship().getId());
        layout.copyLayout(slide);
        slide.getPackagePart().clearRelationships();
        slide.addRelation(null, XSLFRelation.SLIDE_LAYOUT, layout);
        // The show's own list of its slides, which createSlide adds to: POI hands out the list itself.
        show.getSlides().add(slide);
        return slide;
    }

    /** The part number for the next notes page, after those the deck has. */
    int notesNumber() {
        notesNumber = free(XSLFRelation.NOTES, notesNumber + 1);
        return notesNumber;
    }

    private int free(XSLFRelation kind, int from) {
        int number = from;
        try {
            while (show.getPackage().containPart(PackagingURIHelper.createPartName(kind.getFileName(number)))) {
                number++;
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("POI's own part name is not valid: " + kind.getFileName(number), e);
        }
        return number;
    }
}
