package lectern.pptx;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import lectern.deck.DeckPlan;
import lectern.deck.DocumentInfo;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The deck's document properties: what File › Info and file browsers show. The dates are the essay's, never
 * the clock's, so the same essay builds the same file. They are the essay's alone: a template's author,
 * description, revision and custom properties are its own, and none of them is carried into the deck.
 */
final class DocumentProperties {
    /**
     * The custom property naming the essay a deck was built from, so {@code lectern check} can find it again: its
     * file name only, never its path, because decks are sent to other people.
     */
    static final String ESSAY = "Lectern essay";

    private DocumentProperties() {
    }

    static void apply(XMLSlideShow show, DeckPlan plan, WriteOptions options) {
        DocumentInfo info = plan.info();
        POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
        clear(core.getUnderlyingProperties());
        core.setTitle(info.title());
        Optional<String> author = options.author().or(info::author);
        core.setCreator(author.orElse("Lectern"));
        core.setLastModifiedByUser(author.orElse("Lectern"));
        options.subject().or(info::subject).ifPresent(core::setSubjectProperty);
        String keywords = String.join(", ", options.keywords().isEmpty() ? info.keywords() : options.keywords());
        if (!keywords.isEmpty()) {
            core.setKeywords(keywords);
        }
        // The language File › Info and search show, as its runs say it.
        core.getUnderlyingProperties().setLanguageProperty(Optional.of(info.language()));
        Instant date = date(plan);
        core.setCreated(Optional.of(Date.from(date)));
        core.setModified(Optional.of(Date.from(date)));
        // A deck template (a Lectern deck among them) brings its fingerprint, which the new deck records anew.
        show.getProperties().getCustomProperties().getUnderlyingProperties().setPropertyArray(new CTProperty[0]);
        if (plan.source() != null && plan.source().getFileName() != null) {
            show.getProperties().getCustomProperties().addProperty(ESSAY, plan.source().getFileName().toString());
        }
        AppProperties.write(show);
    }

    /** Every core property unset, but the revision: one, as a deck just made has been saved once. */
    private static void clear(PackagePropertiesPart core) {
        core.setCategoryProperty(Optional.empty());
        core.setContentStatusProperty(Optional.empty());
        core.setContentTypeProperty(Optional.empty());
        core.setDescriptionProperty(Optional.empty());
        core.setIdentifierProperty(Optional.empty());
        core.setKeywordsProperty(Optional.empty());
        core.setLanguageProperty(Optional.empty());
        core.setLastPrintedProperty(Optional.<Date>empty());
        core.setSubjectProperty(Optional.empty());
        core.setVersionProperty(Optional.empty());
        core.setRevisionProperty(Optional.of("1"));
    }

    /** The deck's date: the essay's (see {@link DocumentInfo#date()}); an undated deck is as old as it can be. */
    static Instant date(DeckPlan plan) {
        return plan.info().date().orElse(Instant.EPOCH);
    }
}
