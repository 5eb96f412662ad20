package lectern.check;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import lectern.JsonOutput;
import lectern.Locations;
import lectern.Warning;
import lectern.deck.Timing;

/**
 * Reports as JSON for scripts, editors and CI. The shape is a promise: {@code docs/check.schema.json} describes
 * it, {@link #FORMAT} names its version, and within a version a field is only ever added.
 */
public final class ReportJson {
    /** Changes only when a field is renamed or removed or changes meaning. */
    public static final String FORMAT = "lectern-check/1";

    /** One file's report, and the warnings reading it gave. */
    public record Entry(Report report, List<Warning> warnings) {
    }

    private ReportJson() {
    }

    public static void write(List<Entry> entries, Writer to) {
        JsonOutput.write(to, FORMAT, "files", entries, ReportJson::file);
    }

    private static void file(JsonGenerator json, Entry entry) throws IOException {
        Report report = entry.report();
        Talk talk = report.talk();
        Timing timing = talk.timing();
        json.writeStartObject();
        json.writeStringField("file", Locations.display(talk.file()));
        json.writeStringField("source", talk.fromDeck() ? "deck" : "essay");
        if (talk.essay().isPresent()) {
            json.writeStringField("essay", Locations.display(talk.essay().get()));
        } else {
            json.writeNullField("essay");
        }
        json.writeStringField("title", talk.title());
        json.writeNumberField("slides", talk.slides().size());
        json.writeNumberField("wordsPerMinute", timing.wordsPerMinute());
        json.writeNumberField("seconds", report.shownSeconds());
        json.writeNumberField("plannedSeconds", timing.totalSeconds());
        JsonOutput.duration(json, timing.target());
        json.writeArrayFieldStart("hiddenSlides");
        for (int number : report.hiddenSlides()) {
            json.writeNumber(number);
        }
        json.writeEndArray();
        json.writeNumberField("hiddenSeconds", report.hiddenSeconds());
        json.writeObjectFieldStart("counts");
        for (Level level : Level.values()) {
            json.writeNumberField(level.word(), report.count(level));
        }
        json.writeEndObject();
        json.writeArrayFieldStart("ignored");
        for (Rule rule : report.ignored().stream().sorted().toList()) {
            json.writeString(rule.code());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("findings");
        for (Finding finding : report.findings()) {
            json.writeStartObject();
            json.writeStringField("level", finding.level().word());
            json.writeStringField("code", finding.code());
            json.writeStringField("file", Locations.display(finding.file()));
            json.writeNumberField("line", finding.line());
            json.writeNumberField("slide", finding.slide());
            json.writeStringField("slideTitle", finding.slideTitle());
            json.writeStringField("message", finding.message());
            json.writeStringField("fix", finding.fix());
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonOutput.warnings(json, entry.warnings());
        json.writeEndObject();
    }
}
