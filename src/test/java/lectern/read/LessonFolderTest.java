package lectern.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import lectern.LecternException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's episodes in the order they are taught, as the Carpentries Workbench and plain folders keep them. */
class LessonFolderTest {
    @TempDir
    Path dir;

    private Path episodes() throws IOException {
        Path episodes = Files.createDirectories(dir.resolve("git-novice").resolve("episodes"));
        for (String name : new String[] {"01-basics.md", "02-setup.md", "10-remotes.md", "index.md"}) {
            Files.writeString(episodes.resolve(name), "# " + name + "\n");
        }
        return episodes;
    }

    @Test
    void withoutAConfigTheEpisodesGoByFileNameAndTheLessonIsNamedAfterItsFolder() throws IOException {
        LessonFolder lesson = LessonFolder.of(episodes());
        assertThat(lesson.episodes()).extracting(p -> p.getFileName().toString())
                .containsExactly("01-basics.md", "02-setup.md", "10-remotes.md");
        assertThat(lesson.title()).isEqualTo("git-novice");
        assertThat(LessonFolder.fileName(episodes())).isEqualTo("git-novice");
    }

    @Test
    void theConfigAboveTheEpisodesGivesTheirOrderAndTheTitle() throws IOException {
        Path episodes = episodes();
        Files.writeString(dir.resolve("git-novice").resolve("config.yaml"), """
                title: 'Version Control with Git'
                episodes:
                - 10-remotes.md
                - 01-basics.md
                """);
        LessonFolder lesson = LessonFolder.of(episodes);
        assertThat(lesson.episodes()).extracting(p -> p.getFileName().toString()).containsExactly("10-remotes.md", "01-basics.md");
        assertThat(lesson.title()).isEqualTo("Version Control with Git");
        // Given the lesson's own folder, its episodes/ are found too.
        assertThat(LessonFolder.of(dir.resolve("git-novice")).episodes()).hasSize(2);
    }

    @Test
    void anEpisodeTheConfigListsButTheFolderLacksIsOneLine() throws IOException {
        Path episodes = episodes();
        Files.writeString(episodes.resolve("config.yaml"), "episodes:\n- 99-missing.md\n");
        assertThatThrownBy(() -> LessonFolder.of(episodes)).isInstanceOf(LecternException.class)
                .hasMessageContaining("99-missing.md").hasMessageContaining("not in");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> LessonFolder.of(empty)).isInstanceOf(LecternException.class).hasMessageContaining("no episodes");
    }

    @Test
    void theFrontMattersTeachingAndExerciseMinutesAreTheEpisodesTime() {
        Essay essay = new EssayReader().parse(Path.of("e.md"), "---\nteaching: 30\nexercises: 20\n---\n# E\n", new lectern.Warnings());
        assertThat(essay.metadata().lesson()).contains(new Metadata.LessonTime(30, 20));
        lectern.Warnings warnings = new lectern.Warnings();
        Essay odd = new EssayReader().parse(Path.of("e.md"), "---\nteaching: half an hour\n---\n# E\n", warnings);
        assertThat(odd.metadata().lesson()).isEmpty();
        assertThat(warnings.all()).extracting(Object::toString).anyMatch(w -> w.contains("teaching 'half an hour'"));
    }
}
