package lectern.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Picture;
import lectern.read.Block;
import lectern.read.CodeBlock;
import lectern.read.Image;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.read.Section;
import lectern.read.Table;

/**
 * Notes, claims, pictures and figures of one unit, in essay order: each picture and figure with the place in the
 * notes where it stands, so its slide can take the prose around it; and, for a section with nothing bold, the
 * list and the sentence it could show instead.
 */
final class SectionContent {
    final List<NoteParagraph> notes;
    final List<NotesBuilder.FoundClaim> claims;
    final List<At<Picture>> pictures = new ArrayList<>();
    final List<At<Figure>> figures = new ArrayList<>();
    /** The section's first list of the author's at the top of the section, as it could be shown. */
    Optional<At<ListBlock>> list = Optional.empty();
    /** The headings of the section's subsections that stay in its notes, where the first stands. */
    final List<String> subheadings = new ArrayList<>();
    int subheadingsAt;
    /** The section's first paragraph, whole, for a section whose prose has no sentence that reads on a slide. */
    Optional<At<lectern.deck.Claim>> shortParagraph = Optional.empty();
    /** Pictures the section names on the web, which no slide shows: Lectern never fetches pictures. */
    final List<Image> fromTheWeb = new ArrayList<>();
    /** The notes paragraphs of the divs told in the notes (a prerequisite, a callout, an instructor's note). */
    final java.util.Set<Integer> asides = new java.util.HashSet<>();
    /** Where the section's own subheadings stand among its notes: those not set inside a div, list or quotation. */
    final Set<Integer> subsections = new java.util.HashSet<>();
    /** The first sentence of the section's prose that reads on a slide, as the section could show it. */
    Optional<At<lectern.deck.Claim>> opening = Optional.empty();

    /**
     * Something the section shows, and where it stands among the notes.
     *
     * @param at how many notes paragraphs come before it
     */
    record At<T>(T item, int at) {
    }

    /** The essay's pictures as the plan holds them: alt text, caption, and what each is. */
    private final Function<Image, Picture> pictureOf;

    /**
     * @param figures   says which tables, code and quotations get slides of their own
     * @param pictureOf the essay's picture an image refers to
     */
    SectionContent(Unit unit, FigureSlides figures, Function<Image, Picture> pictureOf) {
        this.pictureOf = pictureOf;
        String heading = unit.heading == null ? "" : unit.heading;
        NotesBuilder notes = new NotesBuilder();
        // A step's code, in its list item, is shown as a presenter shows it, as code at the top is.
        notes.takeNested((block, at) -> (block instanceof CodeBlock || block instanceof Table)
                && figures.figure(block, heading).map(figure -> this.figures.add(new At<>(labelled(figure, notes.before(at)), at)))
                .orElse(false));
        unit.imagesFromAbove.forEach(image -> {
            add(image, notes.size());
            notes.blocks(List.of(image), NoteParagraph.Style.PROSE, 0);
        });
        read(Divs.open(unit.blocks), heading, figures, notes);
        for (Section sub : unit.subsections) {
            subheadingsAt = subheadings.isEmpty() ? notes.size() : subheadingsAt;
            subheadings.add(sub.heading());
            subsections.add(notes.size());
            notes.heading(sub.heading());
            read(Divs.open(sub.blocks()), heading, figures, notes);
        }
        this.notes = notes.paragraphs();
        // A claim the section makes twice is shown once.
        Map<String, NotesBuilder.FoundClaim> unique = new LinkedHashMap<>();
        notes.claims().forEach(found -> unique.putIfAbsent(found.claim().text(), found));
        this.claims = List.copyOf(unique.values());
    }

    /** Words in a list item this short name the code under them ("Fedora", "Run:"), as a label over it. */
    static final int LABEL_WORDS = 8;

    /**
     * A list item's code, under the item's own words when the code follows them at once and they are short: in a
     * list of systems and their commands, each command is shown under the system it is for.
     */
    private static Figure labelled(Figure figure, Optional<NoteParagraph> item) {
        if (!(figure instanceof Figure.CodeFigure code) || code.listings().size() != 1 || item.isEmpty()
                || !Set.of(NoteParagraph.Style.BULLET, NoteParagraph.Style.NUMBERED).contains(item.get().style())) {
            return figure;
        }
        String words = item.get().text().strip();
        if (words.isEmpty() || lectern.deck.Words.count(words) > LABEL_WORDS) {
            return figure;
        }
        return new Figure.CodeFigure(List.of(code.listings().get(0).withLabel(words)), code.line());
    }

    private void read(List<Block> blocks, String heading, FigureSlides figureSlides, NotesBuilder notes) {
        List<Paragraph> links = new ArrayList<>();
        int linksAt = 0;
        for (Block block : blocks) {
            int at = notes.size();
            // Links one to a paragraph ("**[CHANGELOG.md](CHANGELOG.md)**" on lines of their own) are a list too.
            if (block instanceof Paragraph paragraph && onlyLinks(paragraph)) {
                linksAt = links.isEmpty() ? at : linksAt;
                links.add(paragraph);
            } else {
                linksAsList(links, linksAt);
            }
            Optional<Figure> figure = figureSlides.figure(block, heading);
            if (figure.isPresent()) {
                figures.add(new At<>(figure.get(), at));
                continue;
            }
            notes.blocks(List.of(block), NoteParagraph.Style.PROSE, 0);
            if (block instanceof lectern.read.Subheading) {
                subsections.add(at);
            }
            if (block instanceof lectern.read.Div) {
                for (int i = at; i < notes.size(); i++) {
                    asides.add(i);
                }
            }
            if (block instanceof ListBlock found && list.isEmpty()) {
                list = Optional.of(new At<>(found, at));
            }
            // Prose written as a list opens with its first item.
            if (block instanceof ListBlock found && opening.isEmpty() && !found.items().isEmpty()
                    && !found.items().get(0).blocks().isEmpty() && found.items().get(0).blocks().get(0) instanceof Paragraph first) {
                opening = Chosen.sentence(first).map(sentence -> new At<>(sentence, at));
            }
            if (block instanceof Paragraph paragraph && opening.isEmpty()) {
                opening = Chosen.sentence(paragraph).map(sentence -> new At<>(sentence, at));
            }
            if (block instanceof Paragraph paragraph && shortParagraph.isEmpty()) {
                shortParagraph = Chosen.whole(paragraph).map(whole -> new At<>(whole, at));
            }
            if (block instanceof Paragraph paragraph && at > 0 && !pictures.isEmpty() && pictures.get(pictures.size() - 1).at() == at
                    && CAPTION.matcher(paragraph.text()).lookingAt() && paragraph.runs().get(0).bold()) {
                // "**Figure 2.** What it shows", right under a picture, is that picture's caption.
                At<Picture> last = pictures.remove(pictures.size() - 1);
                pictures.add(new At<>(last.item().withCaption(paragraph.text()), last.at()));
            }
            List<Image> inside = new ArrayList<>();
            collectImages(List.of(block), inside);
            inside.forEach(image -> add(image, at));
        }
        linksAsList(links, linksAt);
    }

    /** A caption's label, as papers and docs number their figures. */
    private static final Pattern CAPTION = Pattern.compile(
            "(?:Figure|Fig\\.|Diagram|Abbildung|Image)\\s*\\d+[.:]", Pattern.CASE_INSENSITIVE);

    private void linksAsList(List<Paragraph> links, int at) {
        if (links.size() >= Chosen.LIST_MIN_ITEMS && list.isEmpty()) {
            list = Optional.of(new At<>(new ListBlock(false, 1,
                    links.stream().map(p -> new ListBlock.ListItem(List.<Block>of(p))).toList(), links.get(0).line()), at));
        }
        links.clear();
    }

    private static boolean onlyLinks(Paragraph paragraph) {
        return paragraph.runs().stream().allMatch(run -> run.text().isBlank() || !run.link().isEmpty())
                && paragraph.runs().stream().anyMatch(run -> !run.link().isEmpty());
    }

    private void add(Image image, int at) {
        if (Picture.isOnTheWeb(image.src())) {
            fromTheWeb.add(image);
        } else {
            pictures.add(new At<>(pictureOf.apply(image), at));
        }
    }

    private static void collectImages(List<Block> blocks, List<Image> into) {
        for (Block block : blocks) {
            if (block instanceof Image image) {
                into.add(image);
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collectImages(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collectImages(quote.blocks(), into);
            }
        }
    }

    /** The picture an image refers to, as the author described it; what it is, the caller looks up. */
    static Picture picture(Image image) {
        return new Picture(image.src(), AltText.of(image), image.line(), Picture.Focus.of(image.src()),
                MathText.readableWithin(image.caption().isBlank() ? image.title() : image.caption()), Picture.Look.UNKNOWN);
    }
}
