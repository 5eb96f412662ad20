package lectern.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.read.Block;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Quote;
import lectern.read.Section;

/** Notes, claims, pictures and figures of one unit, in essay order. */
final class SectionContent {
    final List<NoteParagraph> notes;
    final List<NotesBuilder.FoundClaim> claims;
    final List<Picture> pictures = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();

    /** @param figures takes the tables, code and quotations that get slides of their own out of the prose */
    SectionContent(Unit unit, FigureSlides figures) {
        String heading = unit.heading == null ? "" : unit.heading;
        NotesBuilder notes = new NotesBuilder();
        List<Block> blocks = Divs.open(unit.blocks);
        notes.blocks(figures.take(blocks, heading, this.figures), NoteParagraph.Style.PROSE, 0);
        for (Section sub : unit.subsections) {
            notes.heading(sub.heading());
            notes.blocks(figures.take(Divs.open(sub.blocks()), heading, this.figures), NoteParagraph.Style.PROSE, 0);
        }
        this.notes = notes.paragraphs();
        // A claim the section makes twice is shown once.
        Map<String, NotesBuilder.FoundClaim> unique = new LinkedHashMap<>();
        notes.claims().forEach(found -> unique.putIfAbsent(found.claim().text(), found));
        this.claims = List.copyOf(unique.values());
        unit.imagesFromAbove.forEach(image -> pictures.add(picture(image)));
        collectImages(blocks, pictures);
        unit.subsections.forEach(sub -> collectImages(Divs.open(sub.blocks()), pictures));
    }

    private static void collectImages(List<Block> blocks, List<Picture> into) {
        for (Block block : blocks) {
            if (block instanceof Image image) {
                into.add(picture(image));
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collectImages(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collectImages(quote.blocks(), into);
            }
        }
    }

    static Picture picture(Image image) {
        return new Picture(image.src(), AltText.of(image), image.line(), Picture.Focus.of(image.src()));
    }
}
