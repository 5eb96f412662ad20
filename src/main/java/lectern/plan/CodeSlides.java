package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.CodeSlide;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.layout.SlideCapacity;

/**
 * A section's code as a presenter shows it: a command and its output, and short blocks one after another,
 * together on one slide; a block too long for a slide split at its blank lines over continuation slides; and
 * a short block alone under the sentence that introduces it, never a line of code lost on an empty slide.
 */
final class CodeSlides {
    /** Blocks further apart than this many words of prose are steps of their own, each shown as it is said. */
    static final int PROSE_BETWEEN = 80;
    /** Code of this many lines or fewer is shown under the sentence that introduces it. */
    static final int SHORT = 3;

    private final SlideCapacity capacity;

    CodeSlides(SlideCapacity capacity) {
        this.capacity = capacity;
    }

    /**
     * The slides of a section's code blocks, in order; its tables and quotations are not its business.
     *
     * @param claims the section's claims; a short block right after one takes that claim as the line above it,
     *               into {@code taken}, rather than leave the claim a slide before it
     */
    List<SectionSlides.Planned> slides(String heading, List<SectionContent.At<Figure>> figures, SectionNotes notes,
                                       List<NotesBuilder.FoundClaim> claims, List<NotesBuilder.FoundClaim> taken) {
        List<List<SectionContent.At<Figure.CodeFigure>>> runs = runs(figures, notes);
        List<SectionSlides.Planned> slides = new ArrayList<>();
        for (List<SectionContent.At<Figure.CodeFigure>> run : runs) {
            for (List<SectionContent.At<Figure.CodeFigure>> group : groups(heading, run, notes)) {
                slides.addAll(slidesOf(heading, group, notes, claims, taken));
                // A bold step ("1. **Clone repository**") shown over its code as its label is shown there, once.
                for (SectionContent.At<Figure.CodeFigure> block : group) {
                    if (!block.item().listings().get(0).label().isEmpty()) {
                        claims.stream().filter(c -> c.paragraph() == block.at() - 1 && !taken.contains(c)).forEach(taken::add);
                    }
                }
            }
        }
        return slides;
    }

    /** Code blocks in a row: nothing else shown between them, no claim, no heading, and not much prose. */
    private static List<List<SectionContent.At<Figure.CodeFigure>>> runs(List<SectionContent.At<Figure>> figures,
                                                                          SectionNotes notes) {
        List<List<SectionContent.At<Figure.CodeFigure>>> runs = new ArrayList<>();
        List<SectionContent.At<Figure.CodeFigure>> run = new ArrayList<>();
        for (SectionContent.At<Figure> figure : figures) {
            if (!(figure.item() instanceof Figure.CodeFigure code)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                continue;
            }
            if (!run.isEmpty()) {
                int after = run.get(run.size() - 1).at();
                boolean claimBetween = notes.claimParagraphs().stream().anyMatch(p -> p >= after && p < figure.at());
                if (claimBetween || notes.headingBetween(after, figure.at()) || notes.words(after, figure.at()) > PROSE_BETWEEN) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            run.add(new SectionContent.At<>(code, figure.at()));
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * A run packed onto as few slides as hold it: each block joins the slide before while they fit together. A
     * block the next follows with no word between (a command and its output) moves on with it rather than end a
     * slide whose next one shows what it printed.
     */
    private List<List<SectionContent.At<Figure.CodeFigure>>> groups(String heading,
                                                                   List<SectionContent.At<Figure.CodeFigure>> run,
                                                                   SectionNotes notes) {
        List<List<SectionContent.At<Figure.CodeFigure>>> groups = new ArrayList<>();
        List<SectionContent.At<Figure.CodeFigure>> group = new ArrayList<>();
        for (SectionContent.At<Figure.CodeFigure> block : run) {
            group.add(block);
            if (group.size() > 1 && !capacity.fits(slide(heading, Optional.empty(), together(group)))) {
                group.remove(group.size() - 1);
                List<SectionContent.At<Figure.CodeFigure>> next = new ArrayList<>(List.of(block));
                SectionContent.At<Figure.CodeFigure> before = group.get(group.size() - 1);
                if (group.size() > 1 && notes.words(before.at(), block.at()) == 0
                        && capacity.fits(slide(heading, Optional.empty(), together(List.of(before, block))))) {
                    group.remove(group.size() - 1);
                    next.add(0, before);
                }
                groups.add(group);
                group = next;
            }
        }
        groups.add(group);
        return groups;
    }

    /** The slides of one group: one, or the parts of a block too long for one. */
    private List<SectionSlides.Planned> slidesOf(String heading, List<SectionContent.At<Figure.CodeFigure>> group,
                                                 SectionNotes notes, List<NotesBuilder.FoundClaim> claims,
                                                 List<NotesBuilder.FoundClaim> taken) {
        int at = group.get(0).at();
        int from = notes.from(at);
        Figure.CodeFigure code = together(group);
        if (group.size() == 1 && !capacity.fits(slide(heading, Optional.empty(), code))) {
            List<SectionSlides.Planned> parts = new ArrayList<>();
            for (Figure.CodeFigure part : split(heading, code)) {
                Slide.Common common = Slide.Common.of(parts.isEmpty() ? heading : heading + Slide.Common.CONTINUED,
                        SpeakerNotes.NONE, part.line());
                parts.add(new SectionSlides.Planned(new CodeSlide(parts.isEmpty() ? common : common.continued(), part),
                        from, part.line()));
            }
            return parts;
        }
        Optional<Claim> lead = Optional.empty();
        // Code under its list items' words needs no sentence over it: the words are there.
        if (code.lineCount() <= SHORT && code.listings().stream().anyMatch(listing -> listing.label().isEmpty())) {
            lead = notes.introduction(at).flatMap(p -> Chosen.lastSentence(spans(p), code.line()))
                    .filter(sentence -> capacity.fits(slide(heading, Optional.of(sentence), code)));
            // The claim right before it (or before the label that leads to it, "Homebrew"): shown above the code
            // it speaks of, rather than on a slide of its own before it.
            int claimAt = notes.isLabel(at - 1) ? at - 2 : at - 1;
            List<NotesBuilder.FoundClaim> before = claims.stream().filter(c -> c.paragraph() == claimAt).toList();
            if (lead.isEmpty() && before.size() == 1
                    && capacity.fits(slide(heading, Optional.of(before.get(0).claim()), code))) {
                lead = Optional.of(before.get(0).claim());
                taken.add(before.get(0));
                from = claimAt;
            }
        }
        return List.of(new SectionSlides.Planned(slide(heading, lead, code), from, code.line()));
    }

    /**
     * A block too long for one slide, in parts of about the same length (no last slide of two lines), each cut
     * at the blank line nearest to its share, one before an unindented line first, else at its share.
     */
    List<Figure.CodeFigure> split(String heading, Figure.CodeFigure code) {
        Figure.Listing listing = code.listings().get(0);
        List<String> lines = listing.lines();
        List<Figure.CodeFigure> parts = new ArrayList<>();
        int line = listing.line();
        while (!lines.isEmpty()) {
            String label = parts.isEmpty() ? listing.label() : "";
            int fit = fitting(heading, listing.language(), label, lines, line);
            int cut = fit;
            if (fit < lines.size()) {
                int slides = (lines.size() + fit - 1) / fit;
                int share = (lines.size() + slides - 1) / slides;
                cut = share;
                // A blank line before the least indented line is between a function and the next, not inside one.
                long best = Long.MAX_VALUE;
                for (int b = Math.max(1, share * 2 / 3); b <= fit; b++) {
                    long score = (long) indentAfter(lines, b) * lines.size() + Math.abs(b - share);
                    if (lines.get(b).isBlank() && score < best) {
                        best = score;
                        cut = b;
                    }
                }
            }
            parts.add(new Figure.CodeFigure(List.of(new Figure.Listing(listing.language(), lines.subList(0, cut), line, label)), line));
            int next = cut;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            line += next;
            lines = lines.subList(next, lines.size());
        }
        return parts;
    }

    /** How far in the first line with words after the given one starts; 0 when none follows. */
    private static int indentAfter(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                return line.length() - line.stripLeading().length();
            }
        }
        return 0;
    }

    /** How many of the lines, from the first, fit one slide; at least one. */
    private int fitting(String heading, String language, String label, List<String> lines, int line) {
        int low = 1;
        int high = lines.size();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            Figure.Listing part = new Figure.Listing(language, lines.subList(0, mid), line, label);
            if (capacity.fits(slide(heading, Optional.empty(), new Figure.CodeFigure(List.of(part), line)))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static Figure.CodeFigure together(List<SectionContent.At<Figure.CodeFigure>> group) {
        List<Figure.Listing> listings = new ArrayList<>();
        group.forEach(block -> listings.addAll(block.item().listings()));
        return new Figure.CodeFigure(listings, group.get(0).item().line());
    }

    private static CodeSlide slide(String heading, Optional<Claim> lead, Figure.CodeFigure code) {
        return new CodeSlide(Slide.Common.of(heading, SpeakerNotes.NONE, code.line()), lead, code);
    }

    /** A notes paragraph as a slide shows the author's words: links kept, nothing bold. */
    private static List<Claim.Span> spans(NoteParagraph paragraph) {
        return paragraph.runs().stream().map(run -> new Claim.Span(
                (run.code() ? MathText.readable(run.text()) : run.text()).replace('\n', ' '), false, run.link())).toList();
    }
}
