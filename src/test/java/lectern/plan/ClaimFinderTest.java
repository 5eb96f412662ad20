package lectern.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lectern.deck.Claim;
import lectern.read.Run;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

    private static Run bold(String text) {
        return new Run(text, true, false, false, "");
    }

    private static List<String> marked(Run... runs) {
        return ClaimFinder.find(List.of(runs), 7).stream()
                .map(c -> c.spans().stream().map(s -> s.bold() ? "**" + s.text() + "**" : s.text())
                        .reduce("", String::concat))
                .toList();
    }

    @Test
    void aBoldWholeSentenceStandsAlone() {
        assertThat(marked(Run.plain("Some context. "), bold("This is the claim."), Run.plain(" More text.")))
                .containsExactly("**This is the claim.**");
    }

    @Test
    void aBoldLeadInLabelStandsAlone() {
        assertThat(marked(bold("Reputation."), Run.plain(" People don't hire you because you know things.")))
                .containsExactly("**Reputation.**");
    }

    @Test
    void aBoldFragmentIsShownAsItsWholeSentenceWithTheBoldKept() {
        assertThat(marked(Run.plain("Before. Now it's happening to "), bold("intelligence itself."), Run.plain(" After.")))
                .containsExactly("Now it's happening to **intelligence itself.**");
    }

    @Test
    void aFragmentAfterAColonKeepsTheWholeSentence() {
        assertThat(marked(Run.plain("This forces a question: "), bold("Is your value based on execution or judgment?")))
                .containsExactly("This forces a question: **Is your value based on execution or judgment?**");
    }

    @Test
    void aBoldSpanOfTwoWholeSentencesStaysOneClaim() {
        assertThat(marked(bold("The middle isn't shrinking. It's vanishing.")))
                .containsExactly("**The middle isn't shrinking. It's vanishing.**");
    }

    @Test
    void twoBoldPartsOfOneSentenceMakeOneClaim() {
        assertThat(marked(Run.plain("We need "), bold("taste"), Run.plain(" and "), bold("judgment"), Run.plain(" now.")))
                .containsExactly("We need **taste** and **judgment** now.");
    }

    @Test
    void boldThatIsOnlyPunctuationOrSpaceIsNoClaim() {
        assertThat(marked(Run.plain("Text "), bold(" — "), Run.plain(" more."))).isEmpty();
    }

    @Test
    void italicOnlyIsNoClaimAndBoldItalicIs() {
        Run italic = new Run("Quiet.", false, true, false, "");
        Run both = new Run("Loud.", true, true, false, "");
        assertThat(marked(italic, Run.plain(" "), both)).containsExactly("**Loud.**");
    }

    @Test
    void theClaimRemembersItsLine() {
        assertThat(ClaimFinder.find(List.of(bold("A claim.")), 42)).singleElement()
                .extracting(Claim::line).isEqualTo(42);
    }

    @Test
    void aLinkInsideAClaimKeepsItsAddress() {
        List<Claim> claims = ClaimFinder.find(List.of(Run.plain("See "), new Run("the study", true, false, false,
                "https://example.org/study"), bold(" for why."), Run.plain(" Then more.")), 3);
        assertThat(claims).singleElement().satisfies(claim -> assertThat(claim.spans()).extracting(Claim.Span::text,
                Claim.Span::bold, Claim.Span::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple("See ", false, ""),
                org.assertj.core.groups.Tuple.tuple("the study", true, "https://example.org/study"),
                org.assertj.core.groups.Tuple.tuple(" for why.", true, "")));
    }
}
