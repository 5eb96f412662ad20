package lectern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What Lectern's JSON outputs ({@code outline --json}, {@code check --json}) have in common, written in one place so
 * that a script reading both meets one shape: a document naming its format and listing one entry per file, and
 * warnings and a talk's target time written alike.
 */
public final class JsonOutput {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Writes one entry of the document's list. */
    @FunctionalInterface
    public interface Entry<T> {
        void write(JsonGenerator json, T entry) throws IOException;
    }

    private JsonOutput() {
    }

    /** {@code {"format": format, list: [entries...]}}, pretty-printed, with a final line end. */
    public static <T> void write(Writer to, String format, String list, List<T> entries, Entry<T> entry) {
        try (JsonGenerator json = JSON.createGenerator(to)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", format);
            json.writeArrayFieldStart(list);
            for (T each : entries) {
                entry.write(json, each);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code "warnings": [{"file", "line", "message"}...]}. */
    public static void warnings(JsonGenerator json, List<Warning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (Warning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("file", Locations.display(warning.file()));
            json.writeNumberField("line", warning.line());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code "durationSeconds"}: the time the talk must keep to, null when none was given. */
    public static void duration(JsonGenerator json, Optional<Duration> target) throws IOException {
        if (target.isPresent()) {
            json.writeNumberField("durationSeconds", target.get().toSeconds());
        } else {
            json.writeNullField("durationSeconds");
        }
    }
}
