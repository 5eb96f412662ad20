package lectern.pptx.slide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://example.com/a?b=c#d | https://example.com/a?b=c#d",
        "/url\\bar*baz | /url%5Cbar*baz",
        "http://example.com/[x] | http://example.com/%5Bx%5D",
        "my file.pdf | my%20file.pdf",
        "https://example.com/ümlaut | https://example.com/%C3%BCmlaut",
        "100% | 100%25",
        "a%20b | a%20b",
        "\"title\" | %22title%22"})
    void anAddressMarkdownAcceptsBecomesOneADeckCanHold(String written, String stored) {
        assertThat(Links.uri(written)).contains(stored);
    }

    @Test
    void anAddressThatIsNoUriEvenEncodedLosesItsLinkNotItsWords() {
        assertThat(Links.uri("a#b#c")).isEmpty();
        assertThat(Links.uri("")).isEmpty();
    }
}
