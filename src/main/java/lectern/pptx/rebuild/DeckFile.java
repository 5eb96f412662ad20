package lectern.pptx.rebuild;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import lectern.AtomicFile;
import lectern.pptx.xml.PackageLimits;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A drawn deck on its way to its file: fingerprinted so a rebuild recognises it, put where no one's edits are
 * lost ({@link DeckGuard}), written whole or not at all, and packed so the same deck is the same bytes.
 */
public final class DeckFile {
    private DeckFile() {
    }

    /**
     * What was written.
     *
     * @param bytes   the deck's size
     * @param rebuild where the deck went, and what became of the file that was there
     */
    public record Written(long bytes, Rebuild rebuild) {
    }

    /**
     * Writes the deck to {@code target}, replacing it only once the new deck is complete, and only when it is
     * Lectern's own deck as Lectern wrote it.
     *
     * @param date  the date every part of the file carries: the essay's, so the same essay gives the same bytes
     * @param force replace a deck that was edited or that Lectern did not write, after moving it aside
     */
    public static Written write(XMLSlideShow drawn, Path target, Instant date, boolean force) throws IOException {
        if (FreshShapes.of(drawn)) {
            return finish(drawn, target, date, force);
        }
        // The fingerprint must be the one a later build reads from the file: read the deck back.
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(bytes(drawn)))) {
            return finish(deck, target, date, force);
        }
    }

    private static Written finish(XMLSlideShow deck, Path target, Instant date, boolean force) throws IOException {
        Fingerprint print = Fingerprints.take(deck);
        Fingerprints.record(deck, print);
        byte[] bytes = bytes(deck);
        DeckGuard.Decision decision = DeckGuard.onDisk().decide(target, print, force);
        decision.moveFirst().ifPresent(DeckGuard.Move::make);
        MessageDigest written = WrittenDecks.digest();
        AtomicFile.write(decision.writeTo(), "the deck",
                out -> StableZip.copy(bytes, date, new DigestOutputStream(out, written)));
        WrittenDecks.remember(decision.writeTo(), written.digest(), print);
        return new Written(Files.size(decision.writeTo()), decision.rebuild());
    }

    /**
     * A deck on disk as rebuild, check and preview read it back: held to {@link PackageLimits}' limits for decks
     * first, then opened for reading only, so nothing done to it in memory reaches the file (closing it reverts).
     * A picture is read from the file only when it is drawn.
     *
     * @throws lectern.LecternException when the deck holds more than a deck can, in the user's words
     * @throws IOException              when it is no package POI can read
     */
    public static XMLSlideShow read(Path file) throws IOException {
        PackageLimits.deck(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            return new XMLSlideShow(pkg);
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    /** Whether the deck carries the fingerprint Lectern records in every deck it writes. */
    public static boolean builtByLectern(XMLSlideShow show) {
        return Fingerprints.recorded(show).isPresent();
    }

    /** The name Lectern gave the slide (see {@link lectern.deck.SlideNames}); one added by hand is called by its number. */
    public static String nameOf(XSLFSlide slide) {
        return Fingerprints.nameOf(slide);
    }

    private static byte[] bytes(XMLSlideShow show) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartWriter.use(show.getPackage());
        show.write(out);
        return out.toByteArray();
    }
}
