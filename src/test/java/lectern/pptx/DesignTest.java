package lectern.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import lectern.LecternException;
import lectern.deck.ByKind;
import lectern.layout.Region;
import lectern.testing.Templates;
import lectern.theme.Theme;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design is opened before any essay is read: its geometry is what the planner measures in. */
class DesignTest {
    private static final Theme THEME = ThemeLoader.load("default");

    @Test
    void lecternsOwnLayoutsAreSixteenByNineAndSayNothingAboutTheirChoice() {
        Design design = Design.open(THEME, Optional.empty());
        assertThat(design.geometry().width()).isEqualTo(Region.SLIDE_WIDTH);
        assertThat(design.titlePictureOnTitleSlide()).isTrue();
        assertThat(design.layoutChoices()).isEmpty();
    }

    @Test
    void aTemplateSaysWhichOfItsLayoutsEachKindUsesAndIsMeasuredInItsOwnBoxes(@TempDir Path dir) throws IOException {
        Design design = Design.open(THEME, Optional.of(Templates.fourThree(dir)));
        assertThat(design.geometry().width()).isEqualTo(720);
        assertThat(design.layoutChoices()).hasSize(ByKind.NAMES.values().size())
                .anyMatch(line -> line.startsWith("claims \u2192 \"Title and Content\""));
    }

    @Test
    void aTemplateThatIsNoneIsOneLineBeforeAnyEssayIsRead(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("brand.pptx"), "not a template");
        assertThatThrownBy(() -> Design.open(THEME, Optional.of(text))).isInstanceOf(LecternException.class)
                .hasMessage("is not a PowerPoint template or deck (.pptx or .potx)");
    }
}
