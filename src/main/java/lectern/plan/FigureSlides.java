package lectern.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lectern.deck.Claim;
import lectern.deck.CodeSlide;
import lectern.deck.Figure;
import lectern.deck.QuoteSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.TableSlide;
import lectern.layout.SlideCapacity;
import lectern.read.Block;
import lectern.read.CodeBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.read.Table;

/**
 * Tables, code and quotations, which a section shows on slides of their own, as the author wrote them (code
 * is {@link CodeSlides}' to share out over slides). A table too long for one slide continues on the next, its
 * header repeated; one too wide goes a few columns at a time, its first column, the rows' labels, on every part.
 */
final class FigureSlides {
    /** What a line that gives a quotation's source starts with: an em or en dash, a horizontal bar, "--" or "~". */
    private static final String ATTRIBUTION = "^(\u2014|\u2013|\u2015|--|~)\\s*\\S.*";

    /** A quotation longer than this is a passage to read out, not a slide to show: it stays in the notes. */
    static final int QUOTE_WORDS = 40;

    /** More rows than one slide of a table could hold, in any theme. */
    private static final int MOST_ROWS = 1_000;

    private final SlideCapacity capacity;

    FigureSlides(SlideCapacity capacity) {
        this.capacity = capacity;
    }

    /** The figure a block is shown as on a slide of its own, if it is one: a table, code, a short quotation. */
    Optional<Figure> figure(Block block, String heading) {
        if (block instanceof Table table && !table.rows().isEmpty()) {
            return Optional.of(new Figure.TableFigure(table.rows().stream().filter(Table.Row::header).map(Runs::row).toList(),
                    table.rows().stream().filter(r -> !r.header()).map(Runs::row).toList(),
                    table.alignments().stream().map(Runs::alignment).toList(), table.line()));
        }
        if (block instanceof CodeBlock code && !code.code().isBlank()) {
            List<String> lines = code.code().stripTrailing().replace("\t", "    ").lines().toList();
            return Optional.of(new Figure.CodeFigure(code.info().strip(), lines, code.line()));
        }
        if (block instanceof Quote quote) {
            return quotation(quote).filter(q -> words(q) <= QUOTE_WORDS
                    && capacity.fits(new QuoteSlide(Slide.Common.of(heading, SpeakerNotes.NONE, q.line()), q)))
                    .map(Figure.class::cast);
        }
        return Optional.empty();
    }

    /** A quotation made only of paragraphs, its source split off when its last line names one. */
    private static Optional<Figure.QuoteFigure> quotation(Quote quote) {
        if (quote.blocks().isEmpty() || !quote.blocks().stream().allMatch(Paragraph.class::isInstance)) {
            return Optional.empty();
        }
        List<List<Claim.Span>> paragraphs = new ArrayList<>();
        for (Block block : quote.blocks()) {
            paragraphs.add(((Paragraph) block).runs().stream().map(r -> new Claim.Span(r.text(), r.bold(), r.link())).toList());
        }
        Optional<String> attribution = Optional.empty();
        List<Claim.Span> last = paragraphs.get(paragraphs.size() - 1);
        String lastText = text(last);
        int lastLine = lastText.lastIndexOf('\n');
        if (paragraphs.size() > 1 && lastText.strip().matches(ATTRIBUTION)) {
            attribution = Optional.of(lastText.strip());
            paragraphs.remove(paragraphs.size() - 1);
        } else if (lastLine > 0 && lastText.substring(lastLine + 1).strip().matches(ATTRIBUTION)) {
            attribution = Optional.of(lastText.substring(lastLine + 1).strip());
            paragraphs.set(paragraphs.size() - 1, cut(last, lastLine));
        }
        return Optional.of(new Figure.QuoteFigure(paragraphs, attribution, quote.line()));
    }

    /** The spans up to a position in their text, where the quotation ends and its source begins. */
    private static List<Claim.Span> cut(List<Claim.Span> spans, int end) {
        List<Claim.Span> kept = new ArrayList<>();
        int at = 0;
        for (Claim.Span span : spans) {
            if (at >= end) {
                break;
            }
            String text = span.text().substring(0, Math.min(span.text().length(), end - at));
            kept.add(new Claim.Span(text, span.bold(), span.link()));
            at += span.text().length();
        }
        return kept;
    }

    private static String text(List<Claim.Span> spans) {
        return spans.stream().map(Claim.Span::text).reduce("", String::concat);
    }

    private static int words(Figure.QuoteFigure quote) {
        return asClaims(quote).stream().mapToInt(Claim::words).sum();
    }

    /** A quotation as the lines of a statement: what counting its words needs. */
    private static List<Claim> asClaims(Figure.QuoteFigure quote) {
        List<Claim> lines = new ArrayList<>(quote.paragraphs().stream().map(p -> new Claim(p, 0)).toList());
        quote.attribution().ifPresent(a -> lines.add(new Claim(List.of(new Claim.Span(a, false)), 0)));
        return lines;
    }

    /**
     * The slides of a table or quotation, under the section's heading: a table too long for one continues on
     * the next with its header repeated. All take their notes from {@code from}, the first of them.
     */
    List<SectionSlides.Planned> slides(String heading, Figure figure, int from) {
        List<SectionSlides.Planned> slides = new ArrayList<>();
        List<Figure> parts = parts(figure);
        for (int i = 0; i < parts.size(); i++) {
            Figure part = parts.get(i);
            Slide.Common common = Slide.Common.of(i == 0 ? heading : heading + Slide.Common.CONTINUED, SpeakerNotes.NONE,
                    part.line());
            slides.add(new SectionSlides.Planned(slide(i == 0 ? common : common.continued(), part), from, part.line()));
        }
        return slides;
    }

    private static Slide slide(Slide.Common common, Figure part) {
        return part.accept(new Figure.Visitor<Slide>() {
            @Override
            public Slide table(Figure.TableFigure table) {
                return new TableSlide(common, table);
            }

            @Override
            public Slide code(Figure.CodeFigure code) {
                return new CodeSlide(common, code);
            }

            @Override
            public Slide quote(Figure.QuoteFigure quote) {
                return new QuoteSlide(common, quote);
            }
        });
    }

    private List<Figure> parts(Figure figure) {
        List<Figure> parts = new ArrayList<>();
        if (figure instanceof Figure.TableFigure whole) {
            // A table too wide for one slide goes a few columns at a time, each part as long as its rows need.
            List<List<Integer>> columns = capacity.tableColumns(whole);
            for (List<Integer> shown : columns) {
                Figure.TableFigure table = columns.size() == 1 ? whole : whole.withColumns(shown);
                List<Figure.TableFigure.Row> rows = table.rows();
                do {
                    // No slide holds a thousand rows; asked of the rest of a long table, each part would copy it all.
                    int fit = Math.max(1, capacity.tableRows(table.withRows(rows.subList(0, Math.min(MOST_ROWS, rows.size())))));
                    // Parts of about the same length, as code's are: no last slide of a row alone.
                    int take = fit >= rows.size() ? rows.size() : ceilDiv(rows.size(), ceilDiv(rows.size(), fit));
                    parts.add(table.withRows(rows.subList(0, take)));
                    rows = rows.subList(take, rows.size());
                } while (!rows.isEmpty());
            }
        } else {
            parts.add(figure);
        }
        return parts;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
