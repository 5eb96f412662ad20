package lectern.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lectern.deck.Claim;
import lectern.deck.CodeSlide;
import lectern.deck.ListSlide;
import lectern.deck.Slide;
import lectern.deck.TableSlide;
import lectern.layout.Placement;
import lectern.layout.SlideFit;

/**
 * How the author's words reach the slides: whether markup, or a mark of bold that pairs with none, would show as
 * typed, whether code sits in its box as the author laid it out and a table fits across one slide, and where a slide
 * shows words Lectern chose because nothing was bold.
 */
final class ShownAsWritten implements RuleGroup {
    /**
     * Markup no reader of a slide should see: heading attributes, fence lines of a div, Liquid and Hugo tags, wiki links,
     * a Markdown link left as its source, TeX's display dollars, an alert's marker, and HTML tags (only tags HTML has, so that an author's
     * {@code <placeholder>} in a command stays theirs).
     */
    private static final Pattern MARKUP = Pattern.compile("\\{#[\\w-]+[^}]*\\}|\\{\\.[\\w-]+[^}]*\\}|^:{3,}|\\{%.*?%\\}|\\[\\[[^\\]]+\\]\\]|\\]\\((?:https?://|\\.{0,2}/|#)[^)\\s]*\\)"
            + "|\\{\\{.*?\\}\\}|\\$\\$|\\[!(?:note|tip|important|warning|caution)\\]|</?(?:a|b|i|u|s|em|strong|br|img|div|span|p"
            + "|sup|sub|details|summary|table|tr|td|th|code|pre|kbd|h[1-6]|ul|ol|li|figure|figcaption|center|font|hr"
            + "|picture|source)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private final SlideFit fit;

    ShownAsWritten(SlideFit fit) {
        this.fit = fit;
    }

    @Override
    public void check(Talk talk, Found found) {
        for (Slide slide : talk.slides()) {
            markup(talk, slide, found);
            if (slide instanceof CodeSlide code && found.wants(Rule.CODE_OVERFLOW)) {
                fit.code(code).ifPresent(overflow -> found.add(Rule.CODE_OVERFLOW, code.code().line(), slide.number(),
                        (overflow.fits() ? "the code's longest lines wrap" : "the code runs past its box")
                                + String.format(Locale.ROOT, " even at %.0f pt, the smallest the theme allows for code",
                                overflow.minSize()), talk.fromDeck()
                                ? "make the code's font smaller, or split the code over two slides, in PowerPoint"
                                : overflow.fits() ? "break its long lines (a command can go on over lines with \\)"
                                : "split the code block with a blank line, or show less of it"));
            }
            chosen(talk, slide, found);
        }
        literalEmphasis(talk, found);
        tooWide(talk, found);
    }

    /** A table the planner had to show a few columns at a time: once for each table, at its first slide. */
    private void tooWide(Talk talk, Found found) {
        java.util.Map<Integer, List<TableSlide>> parts = new java.util.LinkedHashMap<>();
        talk.slides().stream().filter(TableSlide.class::isInstance).map(TableSlide.class::cast)
                .filter(slide -> slide.table().part().isPresent())
                .forEach(slide -> parts.computeIfAbsent(slide.table().line(), line -> new java.util.ArrayList<>()).add(slide));
        parts.forEach((line, slides) -> found.add(Rule.TABLE_TOO_WIDE, line, slides.get(0).number(),
                String.format(Locale.ROOT, "a table of %d columns is too wide to read on one slide even at %.0f pt, the "
                        + "smallest the theme allows for tables: its %d slides show it a few columns at a time, the first "
                        + "on each", slides.get(0).table().part().get().of(), fit.tableMin(), slides.size()),
                "show fewer columns on the slides (the whole table can go in a file the essay links to), or swap its "
                        + "rows and columns"));
    }

    /**
     * Marks of bold or italic the reader kept as text, since no other mark pairs with them: once a line for each
     * kind of mark, as a pair that cannot pair ({@code これは__「重要」__です}) is one thing to mend.
     */
    private static void literalEmphasis(Talk talk, Found found) {
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Talk.Mark mark : talk.literalEmphasis()) {
            if (!said.add(mark.line() + mark.mark())) {
                continue;
            }
            String escaped = mark.mark().replaceAll(".", "\\\\$0");
            found.add(Rule.LITERAL_EMPHASIS, mark.line(), talk.slideOf(mark.line()), "\"" + mark.mark()
                    + "\" pairs with no other mark, so it shows as typed: \"" + Report.shorten(mark.context(), 40) + "\"",
                    mark.mark().startsWith("_")
                            ? "use ** instead, which may stand inside a word where __ may not; or write " + escaped
                                    + " to show the underscores"
                            : "put the bold words between two marks that touch them (**like this**), with a space or"
                                    + " punctuation outside where words have spaces; or write " + escaped
                                    + " to show the asterisks");
        }
    }

    private static void markup(Talk talk, Slide slide, Found found) {
        Placement.Placed placed = Placement.of(slide);
        Optional<String> shown = Stream.concat(Stream.of(placed.title()), placed.body().stream())
                .flatMap(text -> text.paragraphs().stream())
                .map(spans -> spans.stream().map(Claim.Span::text).reduce("", String::concat))
                .map(MARKUP::matcher).filter(Matcher::find).map(Matcher::group).findFirst();
        shown.ifPresent(markup -> found.add(Rule.LITERAL_MARKUP, slide.line(), slide.number(), "the slide would show \""
                + Report.shorten(markup, 40) + "\" as typed", talk.fromDeck()
                ? "delete it from the slide in PowerPoint"
                : "write it as plain Markdown, or leave it out: Lectern shows what it does not know as the author typed it"));
    }

    /** A slide showing a sentence or list Lectern chose, since nothing of its section was bold. */
    private static void chosen(Talk talk, Slide slide, Found found) {
        List<Claim> claims = slide.claims();
        boolean sentence = !claims.isEmpty() && claims.stream().allMatch(Claim::isChosen);
        if (!sentence && !(slide instanceof ListSlide) || slide.continues() || talk.fromDeck()) {
            return;
        }
        found.add(Rule.CHOSEN_TEXT, sentence ? talk.lineOf(claims.get(0), slide) : slide.line(), slide.number(),
                "nothing in the section is bold, so the slide shows " + (sentence ? "\"" + Report.shorten(claims.get(0).text(), 50)
                        + "\", which Lectern chose from its prose" : "its list, which Lectern chose to show"), "bold what the room should remember (**like this**); --bold-only shows only what is bold");
    }
}
