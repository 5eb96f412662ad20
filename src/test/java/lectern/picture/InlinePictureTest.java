package lectern.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A picture written into the essay is decoded as a file would be read, and held to the same limit. */
class InlinePictureTest {
    @Test
    void anInlinePictureOverTheSizeLimitIsRefusedBeforeItIsDecoded() {
        String src = "data:image/png;base64," + "A".repeat((int) (PictureFile.MAX_BYTES / 3 * 4) + 8);
        assertThatThrownBy(() -> InlinePicture.decode(src)).isInstanceOf(PictureProblem.class)
                .hasMessage("inline picture (data:image/png;base64,AAAAAAAAAAAAAAA...) is larger than the 50 MB a picture may be");
    }

    @Test
    void aPercentEncodedSvgIsItsText() throws PictureProblem {
        assertThat(new String(InlinePicture.decode("data:image/svg+xml,%3Csvg%2F%3E"), StandardCharsets.UTF_8))
                .isEqualTo("<svg/>");
    }
}
