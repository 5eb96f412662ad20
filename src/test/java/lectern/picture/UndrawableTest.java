package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When Batik cannot draw an SVG, the author reads its reason in one short line, with no Java in it. */
class UndrawableTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1'"
                + "| it is not well-formed XML (line 1: XML document structures must start and end within the same entity)",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect width='-1' height='5'/></svg>"
                + "| the attribute \"width\" of the element <rect> cannot be negative",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><path d='M 0 0 L x'/></svg>"
                + "| the attribute \"d\" of the element <path> is invalid",
        "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect width='5' height='5' fill='url(#none)'/></svg>"
                + "| cannot find the referenced element: \"#none\" specified on the element <rect> - may be a problem of 'id'",
        "<svg width='9' height='9'><rect width='5' height='5'/></svg>"
                + "| its first element is not <svg xmlns=\"http://www.w3.org/2000/svg\">",
        "<svg xmlns='http://www.w3.org/2000/svg'/>"
                + "| it has no size (no viewBox, and no width and height) and draws nothing",
    })
    void batikSaysWhyInOneLine(String svg, String reason) {
        assertThatThrownBy(() -> SvgPicture.dimensions(svg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Undrawable.class).hasMessage(reason);
    }

    @Test
    void batiksMessageLosesItsLocationItsPictureDataAndItsClasses() {
        assertThat(Undrawable.shortened(":-1\nThe URI \"data:image/png;base64, iVBORw0KGgoAAAANSUhEUgAAAPcAAAFy\" on "
                + "element <image> can't be opened")).isEqualTo("the URI \"data:image/png...\" on element <image> can't be opened");
        assertThat(Undrawable.shortened("file:/a/b.svg:12\nSomething java.lang.IllegalStateException: went wrong."))
                .isEqualTo("something went wrong");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 5000})
    void aLongReasonIsCutShort(int length) {
        String reason = Undrawable.shortened("x".repeat(length));
        assertThat(reason.length()).isLessThanOrEqualTo(160);
        assertThat(reason).doesNotContain("\n");
    }
}
