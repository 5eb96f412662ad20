package lectern.deck;

import java.util.stream.Collectors;

/**
 * Prints a deck plan as text a reviewer can read in a diff: one block per slide, claims with the author's
 * bold marked {@code **like this**}, and the opening words of every notes paragraph.
 */
public final class PlanPrinter {
    private static final int NOTE_PREVIEW = 72;

    private PlanPrinter() {
    }

    public static String print(DeckPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append(plan.title()).append('\n');
        out.append("source: ").append(plan.source().getFileName()).append('\n');
        out.append(plan.slides().size()).append(" slides · ").append(plan.claimCount()).append(" claims · ")
                .append(plan.notesWords()).append(" words of notes · ").append(plan.pictureCount()).append(" pictures\n");
        Timing timing = plan.timing();
        out.append("time:     ~").append(Timing.clock(timing.totalSeconds())).append(" at ").append(timing.wordsPerMinute())
                .append(" words a minute").append(timing.target().map(t -> ", keeping to " + Timing.clock((int) t.toSeconds()))
                        .orElse("")).append('\n');
        if (plan.reveal()) {
            out.append("reveal:   claims one click at a time\n");
        }
        for (DeckSection section : plan.sections()) {
            out.append("section:  ").append(section.firstSlide()).append(' ').append(section.name()).append('\n');
        }
        for (Slide slide : plan.slides()) {
            out.append('\n').append("--- ").append(slide.number()).append(' ')
                    .append(slide.kind().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
            if (slide.line() > 0) {
                out.append(" (line ").append(slide.line()).append(')');
            }
            out.append('\n');
            field(out, "title", slide.title());
            Timing.SlideTime time = timing.slides().get(slide.number() - 1);
            field(out, "time", "~" + Timing.clock(time.seconds()) + " from " + Timing.clock(time.startsAt())
                    + (time.advice() == Timing.Advice.SKIP ? ", skipped"
                    : time.advice() == Timing.Advice.SHORTEN ? ", shortened to ~" + Timing.clock(time.keepTo()) : ""));
            Slide.Contents shows = slide.contents();
            shows.subtitle().ifPresent(s -> field(out, "subtitle", s));
            shows.items().forEach(item -> field(out, "item", item));
            shows.claims().forEach(c -> field(out, "claim", marked(c)));
            shows.figure().ifPresent(f -> field(out, "figure", describe(f)));
            shows.picture().ifPresent(p -> field(out, "picture", p.src() + "  [alt: " + p.alt() + "]"
                    + (p.focus().equals(Picture.Focus.CENTRE) ? "" : "  [focus: " + p.focus() + "]")
                    + (p.look().equals(Picture.Look.UNKNOWN) ? "" : "  [" + p.look() + "]")));
            SpeakerNotes notes = slide.notes();
            if (notes.isEmpty()) {
                field(out, "notes", "(none)");
            } else {
                int paragraphs = notes.paragraphs().size();
                field(out, "notes", paragraphs + (paragraphs == 1 ? " paragraph, " : " paragraphs, ") + notes.words() + " words");
                notes.paragraphs().forEach(p -> out.append("    ").append("  ".repeat(p.depth()))
                        .append(marker(p)).append(preview(p.text())).append('\n'));
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format("%-10s%s%n", name + ":", value));
    }

    private static String marked(Claim claim) {
        return claim.spans().stream().map(s -> {
            String text = s.link().isEmpty() ? s.text() : "[" + s.text() + "](" + s.link() + ")";
            return s.bold() ? "**" + text + "**" : text;
        }).collect(Collectors.joining());
    }

    private static String describe(Figure figure) {
        return figure.accept(new Figure.Visitor<>() {
            @Override
            public String table(Figure.TableFigure t) {
                String columns = t.part().map(p -> "columns " + p.numbers() + " of " + p.of()).orElse(t.columns() + " columns");
                return "table, " + columns + ", " + t.header().size() + " header and " + t.rows().size() + " rows";
            }

            @Override
            public String code(Figure.CodeFigure c) {
                return "code, " + c.listings().stream().map(l -> (l.language().isEmpty() ? "" : l.language() + " ")
                        + l.lines().size() + (l.lines().size() == 1 ? " line" : " lines")
                        + (l.label().isEmpty() ? "" : " under \"" + l.label() + "\"")).collect(Collectors.joining(" + "));
            }

            @Override
            public String quote(Figure.QuoteFigure q) {
                return "quote, " + preview(q.paragraphs().stream().map(p -> p.stream().map(Claim.Span::text)
                        .collect(Collectors.joining())).collect(Collectors.joining(" "))) + q.attribution().map(a -> " " + a).orElse("");
            }
        });
    }

    private static String marker(NoteParagraph p) {
        return switch (p.style()) {
            case PROSE -> "¶ ";
            case HEADING -> "# ";
            case BULLET -> "• ";
            case NUMBERED -> p.number() + ". ";
            case QUOTE -> "> ";
            case CODE -> "` ";
            case FOOTNOTE -> "[" + p.number() + "] ";
            case CUE -> "\u23F1 ";
        };
    }

    private static String preview(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= NOTE_PREVIEW ? flat : flat.substring(0, NOTE_PREVIEW).stripTrailing() + "…";
    }
}
