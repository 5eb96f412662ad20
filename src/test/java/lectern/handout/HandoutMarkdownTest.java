package lectern.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.Warnings;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.Run;
import lectern.deck.Slide;
import lectern.deck.Timing;
import lectern.pipeline.Pipeline;
import lectern.plan.PlanOptions;
import lectern.read.Block;
import lectern.read.EssayReader;
import lectern.read.ListBlock;
import lectern.read.Paragraph;
import lectern.read.Quote;
import lectern.testing.Essays;
import lectern.testing.Seed;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout's Markdown, read as a Markdown viewer shows it, holds the whole talk and nothing Markdown ate. */
class HandoutMarkdownTest {
    private static final Pattern CLOCK = Pattern.compile("^(\\d+)\\. .* \u2014 (?:at (\\d+:\\d\\d)(?:, ~(\\d+:\\d\\d))?(?: \\(shorten from ~\\d+:\\d\\d\\))?|hidden.*)$");

    @TempDir
    Path dir;

    private static DeckPlan plan(Path essay, PlanOptions options) {
        return new Pipeline(ThemeLoader.load("default"), options).plan(essay, new Warnings());
    }

    private static DeckPlan seed() {
        return plan(Seed.ESSAY, PlanOptions.DEFAULTS);
    }

    @Test
    void everySlideOfTheSeedHasItsNumberTitleAndClaimsInOrder() {
        DeckPlan plan = seed();
        Rendered handout = new Rendered(HandoutMarkdown.of(plan, true));
        List<String> headings = handout.headings();
        assertThat(headings).hasSize(plan.slides().size());
        String text = handout.text();
        int from = 0;
        for (Slide slide : plan.slides()) {
            assertThat(headings.get(slide.number() - 1)).startsWith(slide.number() + ". " + slide.title() + " \u2014 at ");
            for (Claim claim : slide.claims()) {
                int at = text.indexOf(Rendered.normalise(claim.text()), from);
                assertThat(at).as("slide %d: %s", slide.number(), claim.text()).isGreaterThanOrEqualTo(from);
                from = at;
            }
        }
        assertThat(plan.claimCount()).isGreaterThan(25);
    }

    @Test
    void boldInClaimsStaysBold() {
        Rendered handout = new Rendered(HandoutMarkdown.of(seed(), true));
        assertThat(handout.html).contains("<li>Now it's happening to <strong>intelligence itself.</strong></li>")
                .contains("<li><strong>What you notice.</strong></li>");
    }

    @Test
    void theClocksInTheHeadingsAreThePlansAndAddUpToItsTotal() {
        DeckPlan plan = seed();
        Rendered handout = new Rendered(HandoutMarkdown.of(plan, true));
        int sum = 0;
        for (String heading : handout.headings()) {
            Matcher m = CLOCK.matcher(heading);
            assertThat(m.matches()).as(heading).isTrue();
            Timing.SlideTime time = plan.timing().slides().get(Integer.parseInt(m.group(1)) - 1);
            assertThat(m.group(2)).as(heading).isEqualTo(Timing.clock(time.startsAt()));
            sum += m.group(3) == null ? 0 : seconds(m.group(3));
        }
        assertThat(sum).isEqualTo(plan.timing().totalSeconds()).isGreaterThan(20 * 60);
        assertThat(handout.text()).contains("~" + Timing.clock(plan.timing().totalSeconds()) + " at 130 words a minute");
    }

    @Test
    void theSlidesADurationHidesAreMarkedAndTheRestKeepToIt() {
        DeckPlan plan = plan(Seed.ESSAY, PlanOptions.DEFAULTS.withTime(130, Optional.of(Duration.ofMinutes(20))));
        Rendered handout = new Rendered(HandoutMarkdown.of(plan, true));
        List<String> headings = handout.headings();
        int hidden = 0;
        int sum = 0;
        for (int i = 0; i < headings.size(); i++) {
            boolean skipped = plan.timing().slides().get(i).advice() == Timing.Advice.SKIP;
            assertThat(headings.get(i).contains(" \u2014 hidden")).as(headings.get(i)).isEqualTo(skipped);
            hidden += skipped ? 1 : 0;
            Matcher m = CLOCK.matcher(headings.get(i));
            assertThat(m.matches()).as(headings.get(i)).isTrue();
            sum += m.group(3) == null ? 0 : seconds(m.group(3));
        }
        assertThat(hidden).isPositive();
        assertThat(sum).isLessThanOrEqualTo(20 * 60).isEqualTo(plan.timing().totalSeconds());
        assertThat(handout.text()).contains(plan.slides().size() + " slides, " + hidden + " hidden")
                .contains("to keep to 20:00").contains("Hidden to keep to time");
    }

    @Test
    void withoutTimingThereIsNoClockAndNoBridge() {
        PlanOptions options = PlanOptions.DEFAULTS.withRoom(PlanOptions.Toggle.AUTO, true, true, false);
        DeckPlan plan = plan(Seed.ESSAY, options);
        String text = new Rendered(HandoutMarkdown.of(plan, false)).text();
        assertThat(text).doesNotContain("Next:").doesNotContain(" at 0:").doesNotContain("words a minute")
                .contains("Discussion about");
        assertThat(new Rendered(HandoutMarkdown.of(seed(), true)).text()).contains("Next: Agenda");
    }

    @Test
    void everyWordOfTheSeedsProseIsInTheHandoutAsWritten() {
        assertNothingLost(Seed.ESSAY, 80);
    }

    @Test
    void listsQuotationsCodeTablesAndFootnotesLoseNothingEither() throws IOException {
        assertNothingLost(Essays.general(dir), 5);
        assertNothingLost(Essays.everything(dir), 10);
        String markdown = HandoutMarkdown.of(plan(Essays.general(dir), PlanOptions.DEFAULTS), true);
        Rendered handout = new Rendered(markdown);
        assertThat(handout.html).contains("<table>").contains("<code class=\"language-java\">")
                .contains("<blockquote>").contains("The first footnote, cited twice.");
        assertThat(handout.text()).contains("System.out.println(\"Hello, room\");").contains("— Alan Kay");
    }

    @Test
    void markdownInTitlesAndClaimsIsShownAsTextNotObeyed() throws IOException {
        Path essay = Files.writeString(dir.resolve("tricky.md"), """
                # Stars *and* `ticks`, <b>tags</b> & more

                ## 1. Not a list [but](text) #hashtag

                **Use a_b_c and 2 * 3 * 4 | pipes, \\*escapes\\* and \\&amp; literally.**

                1.2 M and -5 degrees are prose, and stay as written.

                ## - Not a bullet, > not a quote

                Said plainly. **Bold with "quotes"**, and 1990s-style ~~tildes~~.

                ## Ends with C#

                **A claim with [a link](https://example.com/a_(b)) inside.**
                """);
        DeckPlan plan = plan(essay, PlanOptions.DEFAULTS);
        String markdown = HandoutMarkdown.of(plan, true);
        assertThat(markdown).as("escaped only where Markdown needs it").contains("\n1.2 M and -5 degrees are prose");
        Rendered handout = new Rendered(markdown);
        List<String> headings = handout.headings();
        for (Slide slide : plan.slides()) {
            assertThat(headings.get(slide.number() - 1)).startsWith(slide.number() + ". " + Rendered.normalise(slide.title()));
            for (Claim claim : slide.claims()) {
                assertThat(handout.text()).contains(Rendered.normalise(claim.text()));
            }
        }
        assertThat(plan.slides().get(0).title()).isEqualTo("Stars and ticks, tags & more");
        assertThat(handout.text()).contains("Use a_b_c and 2 * 3 * 4 | pipes, *escapes* and &amp; literally.")
                .contains("~~tildes~~").contains("4. Ends with C# \u2014 at");
        assertThat(handout.html).contains("<strong>Bold with &quot;quotes&quot;</strong>")
                .contains("<strong>A claim with <a href=\"https://example.com/a_(b)\">a link</a> inside.</strong>")
                .doesNotContain("<h1>1.").doesNotContain("<ol>").doesNotContain("<blockquote>");
    }

    @Test
    void runsOfEveryFormattingComeBackAsTheyWent() {
        List<Run> runs = List.of(new Run("plain ", false, false, false, ""), new Run("bold ", true, false, false, ""),
                new Run("bold italic", true, true, false, ""), new Run(" italic", false, true, false, ""),
                new Run("`code`", false, false, true, ""), new Run("link", false, false, false, "https://x.org/?a=1&b=2"),
                new Run(" end* word", false, false, false, ""), new Run("\"glued\"", true, false, false, ""),
                new Run("word", false, false, false, ""));
        String html = new Rendered(MarkdownText.runs(runs, "")).html;
        // Spaces at the edge of emphasis go outside it; bold that Markdown could not mark between a letter and a
        // quote mark is written as HTML, which every Markdown viewer shows.
        assertThat(html).isEqualTo("<p>plain <strong>bold <em>bold italic</em></strong> <em>italic</em><code>`code`</code>"
                + "<a href=\"https://x.org/?a=1&amp;b=2\">link</a> end* word<strong>&quot;glued&quot;</strong>word</p>\n");
    }

    private static void assertNothingLost(Path essay, int atLeast) {
        String text = new Rendered(HandoutMarkdown.of(plan(essay, PlanOptions.DEFAULTS), true)).text();
        List<String> paragraphs = new ArrayList<>();
        var read = new EssayReader().read(essay, new Warnings());
        collect(read.opening(), paragraphs);
        read.sections().forEach(s -> collect(s.blocks(), paragraphs));
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(atLeast);
        for (String paragraph : paragraphs) {
            assertThat(text).contains(Rendered.normalise(paragraph));
        }
    }

    private static void collect(List<Block> blocks, List<String> into) {
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                into.add(p.text());
            } else if (block instanceof ListBlock list) {
                list.items().forEach(item -> collect(item.blocks(), into));
            } else if (block instanceof Quote quote) {
                collect(quote.blocks(), into);
            }
        }
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
