package lectern.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.LecternException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {
    @TempDir
    Path dir;

    private static String defaultTheme() throws IOException {
        return Files.readString(Path.of("themes/default.yaml"), StandardCharsets.UTF_8);
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private String errorFor(String yaml) throws IOException {
        Path file = write(yaml);
        try {
            ThemeLoader.fromFile(file);
        } catch (LecternException e) {
            return e.userMessage();
        }
        throw new AssertionError("no error for\n" + yaml);
    }

    @Test
    void theDefaultThemeLoadsByNameWithEveryColourAndSize() {
        Theme theme = ThemeLoader.load("default");
        assertThat(theme.name()).isEqualTo("default");
        assertThat(theme.colors().accents()).hasSize(6);
        assertThat(theme.colors().text().hex()).isEqualTo("1B2A41");
        assertThat(theme.fonts().body()).first().isEqualTo("Calibri");
        assertThat(theme.sizes().claimMin()).isEqualTo(24);
        assertThat(theme.pictures().scrim()).isBetween(0.0, 1.0);
    }

    @Test
    void aThemeFileLoadsByPath() throws IOException {
        Theme theme = ThemeLoader.load(write(defaultTheme().replace("name: default", "name: mine")).toString());
        assertThat(theme.name()).isEqualTo("mine");
    }

    @Test
    void aBadColourNamesFileKeyAndWhatIsAllowed() throws IOException {
        String message = errorFor(defaultTheme().replace("text: \"#1B2A41\"", "text: \"navy\""));
        assertThat(message).contains("mine.yaml:10: colors.text").contains("'navy' is not a colour").contains("#RRGGBB");
    }

    @Test
    void aBadPictureTreatmentListsTheTreatmentsThereAre() throws IOException {
        String message = errorFor(defaultTheme().replace("treatment: natural", "treatment: sepia"));
        assertThat(message).contains("pictures.treatment: 'sepia' is not allowed; use one of natural, muted, grayscale");
    }

    @Test
    void threeThemesShipAndEachLoadsWithADescription() {
        var themes = ThemeLoader.available();
        assertThat(themes).containsKeys("default", "dark", "high-contrast");
        themes.values().forEach(listed -> {
            assertThat(listed.problem()).as(listed.name()).isNull();
            assertThat(listed.theme().description()).as(listed.name()).isNotBlank();
        });
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysAllowedThere() throws IOException {
        String message = errorFor(defaultTheme().replace("  notes: 14", "  notes: 14\n  foot: 9"));
        assertThat(message).contains("sizes.foot: unknown key; allowed here:").contains("claim-min");
    }

    @Test
    void aMissingKeyAndAMinimumAboveItsSizeAreErrors() throws IOException {
        assertThat(errorFor(defaultTheme().replaceAll("(?m)^  link: .*$", ""))).contains("colors.link: missing");
        assertThat(errorFor(defaultTheme().replace("claim-min: 24", "claim-min: 40")))
                .contains("sizes.claim: 32.0 is smaller than claim-min (40.0)");
    }

    @Test
    void wrongKindsOfFileAreClearErrors() throws IOException {
        assertThat(errorFor("just words")).contains("must be a map");
        assertThat(errorFor("colors: [unclosed")).contains("not valid YAML");
        assertThat(errorFor("!!java.io.File [\"/etc/passwd\"]")).contains("mine.yaml");
    }

    @Test
    void anUnknownNameIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ThemeLoader.load("no-such-theme"))
                .isInstanceOf(LecternException.class).hasMessageContaining("no theme named 'no-such-theme'")
                .hasMessageContaining("high-contrast");
    }
}
