package lectern.handout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import lectern.AtomicFile;
import lectern.LecternException;
import lectern.Locations;
import lectern.deck.DeckPlan;

/**
 * One essay's handout, the presenter's script or the participants' take-home: Markdown, or PDF where LibreOffice
 * is installed. Either is
 * written whole or not at all, so a failure never leaves half a handout where the last one was.
 */
public final class Handout {
    /** What to install for PDF; Writer is the part of LibreOffice that sets the handout as a document. */
    public static final String INSTALL = "apt-get install libreoffice-writer";

    private final DeckPlan plan;
    private final String markdown;
    private final Optional<LibreOffice> libreOffice;

    /** Who a handout is for: the presenter's script, or what the room takes home from a lesson. */
    public enum Audience { PRESENTER, PARTICIPANTS }

    /** @param timing each slide's clock and the bridge to the next slide, as the deck's notes have them */
    public Handout(DeckPlan plan, boolean timing) {
        this(plan, timing, Audience.PRESENTER);
    }

    public Handout(DeckPlan plan, boolean timing, Audience audience) {
        this(plan, timing, audience, LibreOffice.find().map(soffice -> new LibreOffice(soffice, LibreOffice.TIME_LIMIT)));
    }

    Handout(DeckPlan plan, boolean timing, Optional<LibreOffice> libreOffice) {
        this(plan, timing, Audience.PRESENTER, libreOffice);
    }

    private Handout(DeckPlan plan, boolean timing, Audience audience, Optional<LibreOffice> libreOffice) {
        this.plan = plan;
        this.markdown = audience == Audience.PARTICIPANTS ? ParticipantsMarkdown.of(plan) : HandoutMarkdown.of(plan, timing);
        this.libreOffice = libreOffice;
    }

    public String markdown() {
        return markdown;
    }

    public void writeMarkdown(Path file) {
        AtomicFile.write(file, "the handout", out -> out.write(markdown.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes the PDF. Without LibreOffice the presenter still gets the script: the Markdown is written beside
     * where the PDF would be, and the exception says so, because the file asked for is not there.
     */
    public void writePdf(Path file) {
        if (libreOffice.isEmpty()) {
            Path instead = file.resolveSibling(file.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".md");
            writeMarkdown(instead);
            throw new LecternException(file, 0, "PDF needs LibreOffice (" + INSTALL + "); wrote "
                    + Locations.display(instead) + " instead");
        }
        byte[] pdf = new HandoutPdf(libreOffice.get()).convert(markdown, plan.title(), file);
        AtomicFile.write(file, "the handout", out -> out.write(pdf));
    }
}
