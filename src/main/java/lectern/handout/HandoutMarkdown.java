package lectern.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import lectern.Locations;
import lectern.deck.AgendaSlide;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.Figure;
import lectern.deck.NoteParagraph;
import lectern.deck.Run;
import lectern.deck.Slide;
import lectern.deck.Timing;

/**
 * The presenter's script as Markdown: the talk's title and length, then for every slide a heading with its
 * number, title and clock, what the room sees (claims, listed items, table, code or quotation, picture) and what
 * to say (the notes as the essay formats them), ending with the bridge to the next slide.
 */
public final class HandoutMarkdown {
    /** The timing line Lectern opens each slide's notes with; the heading shows the same time. */
    private static final Pattern CLOCK_CUE = Pattern.compile("~\\d+:\\d\\d.*|Skipped to keep to .*");
    private static final String DASH = " \u2014 ";

    private final DeckPlan plan;
    private final boolean timing;
    private final StringBuilder out = new StringBuilder();

    private HandoutMarkdown(DeckPlan plan, boolean timing) {
        this.plan = plan;
        this.timing = timing;
    }

    /** @param timing show each slide's clock and the next slide's title, as the deck's notes do (--timing) */
    public static String of(DeckPlan plan, boolean timing) {
        return new HandoutMarkdown(plan, timing).document();
    }

    private String document() {
        out.append("# ").append(MarkdownText.plain(plan.title())).append("\n\n");
        out.append(summary()).append("\n\n");
        for (Slide slide : plan.slides()) {
            slide(slide, plan.timing().slides().get(slide.number() - 1));
        }
        return out.toString();
    }

    private String summary() {
        Timing time = plan.timing();
        long hidden = time.slides().stream().filter(s -> s.advice() == Timing.Advice.SKIP).count();
        long shorter = time.slides().stream().filter(s -> s.advice() == Timing.Advice.SHORTEN).count();
        List<String> parts = new ArrayList<>();
        parts.add("Presenter's script");
        plan.info().author().ifPresent(author -> parts.add(MarkdownText.escape(author)));
        parts.add(plan.slides().size() + " slides" + (hidden > 0 ? ", " + hidden + " hidden" : ""));
        if (timing) {
            String length = "**~" + Timing.clock(time.totalSeconds()) + "** at " + time.wordsPerMinute()
                    + " words a minute";
            if (time.target().isPresent()) {
                length += ", to keep to " + Timing.clock((int) time.target().get().toSeconds())
                        + (shorter > 0 ? " (" + shorter + (shorter == 1 ? " slide" : " slides") + " to say shorter)" : "");
            }
            parts.add(length);
        }
        parts.add("from " + MarkdownText.code(Locations.display(plan.source())));
        return String.join(" \u00B7 ", parts);
    }

    private void slide(Slide slide, Timing.SlideTime time) {
        out.append("## ").append(slide.number()).append(". ").append(MarkdownText.plain(slide.title()))
                .append(clock(time)).append("\n\n");
        if (time.advice() == Timing.Advice.SKIP) {
            out.append("*Hidden to keep to time: the slide stays in the deck, skipped in the show.*\n\n");
        }
        Slide.Contents shows = slide.contents();
        shows.subtitle().ifPresent(subtitle -> out.append('*').append(MarkdownText.plain(subtitle)).append("*\n\n"));
        List<String> shown = new ArrayList<>();
        for (Claim claim : shows.claims()) {
            if (!claim.text().equals(slide.title())) {
                shown.add("- " + MarkdownText.spans(claim.spans(), "  "));
            }
        }
        // An agenda's sections are numbered on from where the agenda before it stopped, as the deck numbers them.
        int first = slide instanceof AgendaSlide agenda ? agenda.firstNumber() : 0;
        for (int i = 0; i < shows.items().size(); i++) {
            String marker = first > 0 ? (first + i) + ". " : "- ";
            shown.add(marker + MarkdownText.plain(shows.items().get(i)));
        }
        if (!shown.isEmpty()) {
            out.append(String.join("\n", shown)).append("\n\n");
        }
        shows.figure().ifPresent(this::figure);
        shows.picture().ifPresent(picture -> out.append("Picture: ")
                .append(picture.alt().isBlank() ? "" : "*" + MarkdownText.plain(picture.alt()) + "* ")
                .append(MarkdownText.code(picture.src())).append("\n\n"));
        notes(slide.notes().paragraphs());
    }

    /** When the slide comes up and how long it takes, as the deck's notes say it. */
    private String clock(Timing.SlideTime time) {
        if (!timing) {
            return time.advice() == Timing.Advice.SKIP ? DASH + "hidden" : "";
        }
        String takes = time.seconds() == 0 ? "" : ", ~" + Timing.clock(time.seconds());
        return switch (time.advice()) {
            case SKIP -> DASH + "hidden" + takes;
            case SHORTEN -> DASH + "at " + Timing.clock(time.startsAt()) + ", ~" + Timing.clock(time.keepTo())
                    + " (shorten from ~" + Timing.clock(time.seconds()) + ")";
            case KEEP -> DASH + "at " + Timing.clock(time.startsAt()) + takes;
        };
    }

    private void notes(List<NoteParagraph> paragraphs) {
        NoteParagraph previous = null;
        for (NoteParagraph p : paragraphs) {
            if (p.style() == NoteParagraph.Style.CUE && CLOCK_CUE.matcher(p.text()).matches()) {
                continue;
            }
            if (previous != null) {
                out.append(separator(previous, p));
            }
            out.append(paragraph(p)).append('\n');
            previous = p;
        }
        if (previous != null) {
            out.append('\n');
        }
    }

    /** Items of one list stay together; quotations in a row stay one quotation; anything else is a paragraph. */
    private static String separator(NoteParagraph before, NoteParagraph next) {
        if (isItem(before) && isItem(next)) {
            return "";
        }
        if (before.style() == NoteParagraph.Style.QUOTE && next.style() == NoteParagraph.Style.QUOTE
                && before.depth() == next.depth()) {
            return indent(next.depth()) + ">\n";
        }
        return "\n";
    }

    private static boolean isItem(NoteParagraph p) {
        return p.style() == NoteParagraph.Style.BULLET || p.style() == NoteParagraph.Style.NUMBERED;
    }

    private static String paragraph(NoteParagraph p) {
        String indent = indent(p.depth());
        return switch (p.style()) {
            case HEADING -> "### " + MarkdownText.runs(p.runs(), "").replace("\\\n", " ");
            case BULLET -> indent + "- " + MarkdownText.runs(p.runs(), indent + "  ");
            case NUMBERED -> {
                String marker = Math.max(1, p.number()) + ". ";
                yield indent + marker + MarkdownText.runs(p.runs(), indent + " ".repeat(marker.length()));
            }
            case QUOTE -> indent + "> " + MarkdownText.runs(p.runs(), indent + "> ");
            case CODE -> {
                String fence = MarkdownText.fence(p.text());
                yield indent + fence + "\n" + p.text().lines().map(line -> indent + line + "\n")
                        .reduce("", String::concat) + indent + fence;
            }
            case FOOTNOTE -> indent + "\\[" + p.number() + "\\] " + MarkdownText.runs(p.runs(), indent);
            case CUE -> indent + MarkdownText.runs(italic(p.runs()), indent);
            case PROSE -> indent + MarkdownText.runs(p.runs(), indent);
        };
    }

    /** Lectern's own words to the presenter, set apart from the author's as the deck's notes set them. */
    private static List<Run> italic(List<Run> runs) {
        return runs.stream().map(r -> new Run(r.text(), r.bold(), true, r.code(), r.link())).toList();
    }

    /**
     * Four spaces a level: deeper than any list marker's width, so a nested item or paragraph belongs to the
     * item above it, and never the eight that would make it code.
     */
    private static String indent(int depth) {
        return "    ".repeat(depth);
    }

    private void figure(Figure figure) {
        figure.accept(new Figure.Visitor<Void>() {
            @Override
            public Void table(Figure.TableFigure table) {
                HandoutMarkdown.this.table(table);
                return null;
            }

            @Override
            public Void code(Figure.CodeFigure code) {
                for (Figure.Listing listing : code.listings()) {
                    String text = String.join("\n", listing.lines());
                    String fence = MarkdownText.fence(text);
                    out.append(fence).append(listing.language()).append('\n').append(text).append('\n').append(fence)
                            .append("\n\n");
                }
                return null;
            }

            @Override
            public Void quote(Figure.QuoteFigure quote) {
                List<String> paragraphs = new ArrayList<>();
                quote.paragraphs().forEach(spans -> paragraphs.add("> " + MarkdownText.spans(spans, "> ")));
                quote.attribution().ifPresent(by -> paragraphs.add("> " + MarkdownText.plain(by)));
                out.append(String.join("\n>\n", paragraphs)).append("\n\n");
                return null;
            }
        });
    }

    /** A table as a table; one without a header row gets an empty one, which Markdown's tables require. */
    private void table(Figure.TableFigure table) {
        int columns = table.columns();
        List<Figure.TableFigure.Row> header = table.header();
        out.append(header.isEmpty() ? row(new Figure.TableFigure.Row(List.of(), true), columns) : row(header.get(0), columns));
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            Figure.TableFigure.Alignment align = c < table.alignments().size() ? table.alignments().get(c)
                    : Figure.TableFigure.Alignment.NONE;
            rule.append(switch (align) {
                case LEFT -> " :--- |";
                case CENTRE -> " :---: |";
                case RIGHT -> " ---: |";
                case NONE -> " --- |";
            });
        }
        out.append(rule).append('\n');
        header.stream().skip(1).forEach(row -> out.append(row(row, columns)));
        table.rows().forEach(row -> out.append(row(row, columns)));
        out.append('\n');
    }

    private static String row(Figure.TableFigure.Row row, int columns) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            String cell = c < row.cells().size() ? MarkdownText.runs(row.cells().get(c), "").replace("\\\n", " ") : "";
            line.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
        }
        return line.append('\n').toString();
    }
}
