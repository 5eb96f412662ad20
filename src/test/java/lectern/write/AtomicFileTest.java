package lectern.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lectern.LecternException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("talk.pptx"), "the old deck");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half a deck".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(LecternException.class).hasMessageContaining("disk full").hasMessageContaining("unchanged");
        assertThat(target).hasContent("the old deck");
        assertThat(files()).containsExactly("talk.pptx");
    }

    @Test
    void anUnexpectedErrorWhileWritingLeavesNoTemporaryFileEither() throws IOException {
        Path target = dir.resolve("talk.pptx");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new UncheckedIOException(new IOException("the zip broke"));
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(files()).isEmpty();
    }

    @Test
    void aCompleteWriteReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path target = Files.writeString(dir.resolve("talk.pptx"), "the old deck");
        AtomicFile.write(target, out -> out.write("the new deck".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("the new deck");
        assertThat(files()).containsExactly("talk.pptx");
    }
}
