package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import lectern.Warnings;
import lectern.testing.Essays;
import lectern.testing.OoxmlSchemas;
import lectern.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same essay and options give the same bytes, whenever and wherever the deck is built. */
class ReproducibleDeckTest {
    @TempDir
    Path dir;

    private Path build(Path essay, Path folder) {
        Path deck = folder.resolve("everything.pptx");
        Seed.pipeline().build(essay, deck, new Warnings());
        return deck;
    }

    @Test
    void theSameEssayBuildsTheSameBytesInAnyFolderAtAnyTime() throws IOException, InterruptedException {
        Path essay = Essays.everything(Files.createDirectories(dir.resolve("essay")));
        byte[] first = Files.readAllBytes(build(essay, dir.resolve("one")));
        // Zip times have a resolution of two seconds: a longer pause gives any clock time a chance to show.
        Thread.sleep(2_100);
        Path two = build(essay, dir.resolve("two"));
        assertThat(Files.readAllBytes(two)).isEqualTo(first);

        Path renamed = Files.move(dir.resolve("two"), dir.resolve("a folder with another name"));
        Path again = build(essay, renamed);
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
        assertThat(OoxmlSchemas.problems(again)).isEmpty();
    }

    @Test
    void everyPartIsStampedWithTheEssaysDateAndTheContentTypesComeFirst() throws IOException {
        Path essay = Files.writeString(dir.resolve("dated.md"), "---\ndate: 2026-11-24\n---\n# Dated\n\n## Part\n\n**A claim.** Prose.\n");
        Path deck = dir.resolve("dated.pptx");
        Seed.pipeline().build(essay, deck, new Warnings());
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(deck.toFile())) {
            zip.stream().forEach(entries::add);
        }
        assertThat(entries.get(0).getName()).isEqualTo("[Content_Types].xml");
        assertThat(entries).extracting(ZipEntry::getName).isSortedAccordingTo(
                (a, b) -> a.equals("[Content_Types].xml") ? -1 : b.equals("[Content_Types].xml") ? 1 : a.compareTo(b));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 24, 0, 0));
            assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(entry.getExtra()).isNull();
        });
    }

    @Test
    void anotherDateInTheFrontMatterGivesAnotherDeck() throws IOException {
        String essay = "---\ndate: %s\n---\n# Dated\n\n## Part\n\n**A claim.** Prose.\n";
        Path one = Files.writeString(dir.resolve("one.md"), essay.formatted("2026-11-24"));
        Path two = Files.writeString(dir.resolve("two.md"), essay.formatted("2026-11-25"));
        byte[] first = Files.readAllBytes(build(one, dir.resolve("one")));
        byte[] second = Files.readAllBytes(build(two, dir.resolve("two")));
        assertThat(second).isNotEqualTo(first);
    }
}
