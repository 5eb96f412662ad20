package lectern.check;

import java.util.Locale;
import lectern.deck.Slide;
import lectern.layout.Scripts;
import lectern.theme.Contrast;

/**
 * What PowerPoint's Accessibility Checker looks at, as far as Lectern can see it: every slide titled (and, in
 * {@link Structure}, titled apart), nothing read before the title, text that stands out from its background, and
 * text in the language it says it is in. Alternative text is the {@link Pictures} group's.
 */
final class Accessibility implements RuleGroup {

    @Override
    public void check(Talk talk, Found found) {
        for (Slide slide : talk.slides()) {
            if (slide.title().isBlank()) {
                found.add(Rule.TITLE_MISSING, slide.line(), slide.number(), "slide " + slide.number() + " has no title",
                        talk.fromDeck() ? "type one into its title placeholder in PowerPoint (it may sit off the slide)"
                                : "give its section a heading");
            }
        }
        Talk.Access access = talk.access();
        for (Talk.Slip slip : access.readBeforeTitle()) {
            found.add(Rule.READING_ORDER, 0, slip.slide(), "\"" + Report.shorten(slip.what(), 40)
                    + "\" is read before the title", "in PowerPoint's Reading Order pane, drag the title to the top, "
                    + "or mark the shape decorative if it is");
        }
        for (Talk.ColourPair pair : access.colours()) {
            double ratio = Contrast.ratio(pair.text(), pair.on());
            if (ratio < Contrast.AA) {
                found.add(Rule.CONTRAST_LOW, 0, 0, String.format(Locale.ROOT, "%s: #%s on #%s is %.1f:1, below 4.5:1",
                        pair.what(), pair.text().hex(), pair.on().hex(), ratio), talk.fromDeck()
                        ? "choose darker or lighter theme colours in PowerPoint (Design › Variants › Colors)"
                        : "choose theme colours further apart (lectern themes lists the shipped ones)");
            }
        }
        access.declared().ifPresent(declared -> {
            Character.UnicodeScript written = access.writtenIn().map(Scripts::writtenIn)
                    .orElse(Character.UnicodeScript.LATIN);
            if (Scripts.writtenIn(declared) != written) {
                String as = access.writtenIn().map(l -> "in " + Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH)
                        + "'s script").orElse("in a Latin script");
                found.add(Rule.LANGUAGE_MISMATCH, access.declaredAt(), 0, "front matter lang: " + declared
                        + ", but most of the text is written " + as,
                        "give lang: the language the essay is written in, or leave it out to have it told from the text");
            }
        });
        for (Talk.Slip slip : access.mislabelled()) {
            found.add(Rule.LANGUAGE_MISMATCH, 0, slip.slide(), Report.shorten(slip.what(), 80),
                    "select the text in PowerPoint and set its language (Review › Language)");
        }
    }
}
