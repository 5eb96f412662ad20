package lectern.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lectern.layout.SlideFit;
import lectern.plan.Claim;
import lectern.plan.Figure;
import lectern.plan.Slide;
import lectern.plan.SlideKind;
import lectern.plan.Timing;
import lectern.plan.Words;

/** What each slide shows: whether it fits, and whether the room can take it in. */
final class SlideText implements RuleGroup {
    /** Past this a room reads the slide instead of listening to the presenter. */
    static final int MOST_WORDS_ON_A_SLIDE = 40;
    /** Past this a claim is a paragraph, not a point. */
    static final int MOST_WORDS_IN_A_CLAIM = 30;

    private final SlideFit fit;

    SlideText(SlideFit fit) {
        this.fit = fit;
    }

    @Override
    public void check(Talk talk, Found found) {
        for (Slide slide : talk.slides()) {
            if (found.wants(Rule.TEXT_OVERFLOW)) {
                fit.overflows(slide).forEach(overflow -> overflow(talk, slide, overflow, found));
            }
            int words = wordsOn(slide);
            if (words > MOST_WORDS_ON_A_SLIDE) {
                found.add(Rule.SLIDE_TOO_WORDY, slide.line(), slide.number(), words + " words on the slide; past "
                        + MOST_WORDS_ON_A_SLIDE + " the room reads instead of listening", fewerWords(talk, slide));
            }
            if (slide.kind() != SlideKind.CLOSING) {
                // The closing repeats the essay's last claim, which is reported where it first appears.
                for (Claim claim : slide.claims()) {
                    if (claim.words() > MOST_WORDS_IN_A_CLAIM) {
                        found.add(Rule.CLAIM_TOO_LONG, claim.line(), slide.number(), "a claim of " + claim.words()
                                + " words (\"" + Report.shorten(claim.text(), 50) + "\"); past "
                                + MOST_WORDS_IN_A_CLAIM + " it is a paragraph, not a point", talk.fromDeck()
                                ? "cut the claim on the slide to its point; the rest can go in the notes"
                                : "bold one short sentence that makes the point: bold words inside a sentence bring the whole sentence to the slide");
                    }
                }
            }
            if (headingAlone(talk, slide)) {
                int seconds = talk.timing().slides().get(slide.number() - 1).seconds();
                found.add(Rule.NO_CLAIM, slide.line(), slide.number(), seconds > 0
                        ? "no bold claim: the slide shows only its heading while you speak for ~" + Timing.clock(seconds)
                        : "no bold claim and no prose: the slide is a heading alone", talk.fromDeck()
                        ? "put the point the room should remember on the slide as text"
                        : "bold the sentence you want the room to remember (**like this**); it goes on the slide");
            }
        }
    }

    /**
     * Words on the slide that compete with the presenter for the room's attention. An agenda is glanced at, and a
     * discussion's questions are there to be read while the presenter is silent; a table or code is data.
     */
    static int wordsOn(Slide slide) {
        if (slide.kind() == SlideKind.AGENDA || slide.kind() == SlideKind.DISCUSSION) {
            return 0;
        }
        // A closing slide's title is the claim it shows.
        boolean titleShown = slide.kind() != SlideKind.CLOSING || slide.claims().isEmpty();
        int words = (titleShown ? Words.count(slide.title()) : 0) + slide.subtitle().map(Words::count).orElse(0);
        words += slide.claims().stream().mapToInt(Claim::words).sum();
        words += slide.items().stream().mapToInt(Words::count).sum();
        if (slide.figure().orElse(null) instanceof Figure.QuoteFigure quote) {
            words += quote.paragraphs().stream().flatMap(List::stream).mapToInt(span -> Words.count(span.text())).sum();
            words += quote.attribution().map(Words::count).orElse(0);
        }
        return words;
    }

    /**
     * A section slide with nothing but its heading. A divider opening a section whose own slides follow it (same
     * heading) is not one: its section's claims are on those.
     */
    private static boolean headingAlone(Talk talk, Slide slide) {
        if (slide.kind() != SlideKind.SECTION || !slide.items().isEmpty() || slide.level() < 2) {
            return false;
        }
        return talk.slides().stream().noneMatch(other -> other != slide && other.kind() != SlideKind.DISCUSSION
                && (slide.line() > 0 ? other.line() == slide.line() : other.title().equals(slide.title())));
    }

    private static void overflow(Talk talk, Slide slide, SlideFit.Overflow overflow, Found found) {
        boolean claimInTitle = overflow.title() && !slide.claims().isEmpty()
                && (slide.kind() == SlideKind.STATEMENT || slide.kind() == SlideKind.CLOSING);
        boolean claims = claimInTitle || !overflow.title()
                && (slide.kind() == SlideKind.CLAIMS || slide.kind() == SlideKind.CLAIMS_WITH_PICTURE);
        String what = overflow.title() && !claimInTitle ? "the title" : claims
                ? (slide.claims().size() == 1 ? "the claim" : "the claims") : bodyName(slide.kind());
        int line = claims ? slide.claims().stream().max(Comparator.comparingInt(Claim::words)).map(Claim::line)
                .filter(l -> l > 0).orElse(slide.line()) : slide.line();
        found.add(Rule.TEXT_OVERFLOW, line, slide.number(), what + " does not fit " + (overflow.title() ? "its box" : "the text box")
                + String.format(Locale.ROOT, " even at %.0f pt, the smallest the theme allows", overflow.minSize())
                + " (\"" + Report.shorten(overflow.text().replace('\n', ' '), 50) + "\")",
                shorter(talk, slide, overflow.title() && !claimInTitle, claims));
    }

    private static String bodyName(SlideKind kind) {
        return switch (kind) {
            case TITLE -> "the subtitle";
            case STATEMENT, QUOTE -> "the heading above it";
            case AGENDA -> "the agenda";
            case DISCUSSION -> "the questions";
            case CLOSING -> "who is presenting";
            default -> "the list";
        };
    }

    private static String shorter(Talk talk, Slide slide, boolean title, boolean claims) {
        if (talk.fromDeck()) {
            return "shorten the text on the slide in PowerPoint, or move some of it to the notes";
        }
        if (title) {
            return "shorten the heading to a few words the room takes in at a glance; say the rest";
        }
        if (claims) {
            return slide.kind() == SlideKind.CLOSING
                    ? "shorten the essay's last claim (the closing slide repeats it), or leave the closing out with --no-closing"
                    : "shorten the claim, or bold one short sentence of it instead of a part of a long one";
        }
        return switch (slide.kind()) {
            case AGENDA -> "shorten the ## headings, or leave the agenda out with --no-agenda";
            case DISCUSSION -> "ask fewer or shorter questions in the section, or leave discussions out with --no-discussion";
            case TITLE -> "shorten the subtitle, the italic line under the title";
            case CLOSING -> "shorten presenter:, contact:, email: and website: in the front matter";
            default -> "shorten the heading";
        };
    }

    private static String fewerWords(Talk talk, Slide slide) {
        if (talk.fromDeck()) {
            return "move words from the slide into the notes in PowerPoint";
        }
        return switch (slide.kind()) {
            case SECTION -> "shorten the subsection headings the divider lists";
            case TITLE -> "shorten the title or the subtitle";
            case CLOSING -> "shorten the essay's last claim, or leave the closing out with --no-closing";
            default -> "bold fewer, shorter sentences; the rest of your prose stays in the notes";
        };
    }
}
