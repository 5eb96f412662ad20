package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lectern.deck.Picture;
import lectern.read.Block;
import lectern.read.Essay;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Section;
import lectern.read.ThematicBreak;

/**
 * A heading that starts a slide, with everything under it down to the next such heading: the essay as the planner
 * cuts it. The first unit is the opening, under the title.
 */
final class Unit {
    final String heading;
    final int level;
    final int line;
    final List<Block> blocks = new ArrayList<>();
    final List<Image> imagesFromAbove = new ArrayList<>();
    final List<Section> subsections = new ArrayList<>();

    private Unit(String heading, int level, int line) {
        this.heading = heading;
        this.level = level;
        this.line = line;
    }

    /** The essay cut at its headings down to {@code slideLevel}; deeper ones stay in the notes of the unit above. */
    static List<Unit> cut(Essay essay, int slideLevel) {
        List<Unit> units = new ArrayList<>();
        Unit opening = new Unit(null, 1, essay.titleLine());
        // Prose that stands above the title is still the author's: it opens the talk, as do its pictures' captions.
        for (Block block : essay.beforeTitle()) {
            if (block instanceof Image image) {
                captionOf(image).ifPresent(opening.blocks::add);
            } else {
                opening.blocks.add(block);
            }
        }
        opening.blocks.addAll(essay.opening());
        units.add(opening);
        for (Section section : essay.sections()) {
            if (section.level() <= slideLevel || units.size() == 1) {
                Unit unit = new Unit(section.heading(), section.level(), section.line());
                unit.blocks.addAll(section.blocks());
                units.add(unit);
            } else {
                units.get(units.size() - 1).subsections.add(section);
            }
        }
        return units;
    }

    /** The picture before the H1, or one standing right under it before any prose. */
    static Optional<Picture> titlePicture(Essay essay, Unit opening, Function<Image, Picture> pictureOf) {
        List<Image> above = essay.beforeTitle().stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
        if (!above.isEmpty()) {
            return Optional.of(pictureOf.apply(above.get(above.size() - 1)));
        }
        if (essay.titleLine() > 0 && !opening.blocks.isEmpty() && opening.blocks.get(0) instanceof Image image) {
            opening.blocks.remove(0);
            captionOf(image).ifPresent(caption -> opening.blocks.add(0, caption));
            return Optional.of(pictureOf.apply(image));
        }
        return Optional.empty();
    }

    /**
     * A picture's caption as a paragraph, for a picture shown away from where it stands: until a slide shows
     * captions, the notes hold the author's words.
     */
    private static Optional<Paragraph> captionOf(Image image) {
        return image.caption().isBlank() ? Optional.empty()
                : Optional.of(new Paragraph(List.of(lectern.read.Run.plain(image.caption().strip())), image.line()));
    }

    /**
     * An image that ends a section after a {@code ---} stands on its own before the next heading: the
     * author put it there for that heading, so it goes to that heading's slide.
     */
    static void attachLoneImagesToNextHeading(List<Unit> units) {
        for (int u = 0; u + 1 < units.size(); u++) {
            Unit unit = units.get(u);
            List<Block> tail = unit.subsections.isEmpty() ? unit.blocks
                    : new ArrayList<>(unit.subsections.get(unit.subsections.size() - 1).blocks());
            int i = tail.size();
            while (i > 0 && tail.get(i - 1) instanceof Image) {
                i--;
            }
            boolean afterBreak = i > 0 && tail.get(i - 1) instanceof ThematicBreak;
            boolean aloneAtTop = u == 0 && i == 0 && unit.subsections.isEmpty();
            if (i == tail.size() || !(afterBreak || aloneAtTop)) {
                continue;
            }
            List<Image> moved = tail.subList(i, tail.size()).stream().map(Image.class::cast).toList();
            units.get(u + 1).imagesFromAbove.addAll(0, moved);
            if (unit.subsections.isEmpty()) {
                unit.blocks.subList(i, unit.blocks.size()).clear();
            } else {
                Section last = unit.subsections.remove(unit.subsections.size() - 1);
                unit.subsections.add(new Section(last.level(), last.heading(), last.line(), tail.subList(0, i)));
            }
        }
    }

    /**
     * Whether the unit is the document's own table of contents: nothing but lists of links to its headings.
     * The agenda does that job in a deck.
     */
    boolean isTableOfContents() {
        return !blocks.isEmpty() && subsections.isEmpty() && blocks.stream().allMatch(Unit::linksToHeadings);
    }

    private static boolean linksToHeadings(Block block) {
        if (!(block instanceof ListBlock list)) {
            return false;
        }
        for (ListBlock.ListItem item : list.items()) {
            // An item may say more after its link: "[Prerequisites](#prerequisites) (read this first!)".
            if (item.blocks().isEmpty() || !(item.blocks().get(0) instanceof Paragraph first)
                    || !first.runs().stream().filter(run -> !run.text().isBlank()).findFirst()
                            .map(run -> run.link().startsWith("#")).orElse(false)
                    || !item.blocks().subList(1, item.blocks().size()).stream().allMatch(Unit::linksToHeadings)) {
                return false;
            }
        }
        return true;
    }

    /** Headings of the subsections of unit {@code u} that have slides of their own, one level down. */
    static List<String> childHeadings(List<Unit> units, int u) {
        int end = u + 1;
        int depth = Integer.MAX_VALUE;
        while (end < units.size() && units.get(end).level > units.get(u).level) {
            depth = Math.min(depth, units.get(end).level);
            end++;
        }
        int childLevel = depth;
        return units.subList(u + 1, end).stream().filter(c -> c.level == childLevel).map(c -> c.heading).toList();
    }
}
