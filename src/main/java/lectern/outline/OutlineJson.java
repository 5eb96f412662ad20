package lectern.outline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import lectern.JsonOutput;
import lectern.Locations;
import lectern.Warning;
import lectern.deck.Claim;
import lectern.deck.DeckPlan;
import lectern.deck.DeckSection;
import lectern.deck.ExerciseSlide;
import lectern.deck.Figure;
import lectern.deck.Picture;
import lectern.deck.Slide;
import lectern.deck.SlideNames;
import lectern.deck.Timing;

/**
 * Deck plans as JSON for scripts and editors. The shape is a promise: {@code docs/outline.schema.json}
 * describes it, {@link #FORMAT} names its version, and a field is only ever added, never renamed or removed,
 * within a version.
 */
public final class OutlineJson {
    /** Changes only when a field is renamed or removed or changes meaning. */
    public static final String FORMAT = "lectern-outline/1";

    /** One essay's plan, and the warnings its reading gave. */
    public record Entry(DeckPlan plan, List<Warning> warnings) {
    }

    private OutlineJson() {
    }

    public static void write(List<Entry> entries, Writer to) {
        JsonOutput.write(to, FORMAT, "decks", entries, OutlineJson::deck);
    }

    private static void deck(JsonGenerator json, Entry entry) throws IOException {
        DeckPlan plan = entry.plan();
        Timing timing = plan.timing();
        json.writeStartObject();
        json.writeStringField("essay", Locations.display(plan.source()));
        json.writeStringField("title", plan.title());
        json.writeNumberField("wordsPerMinute", timing.wordsPerMinute());
        json.writeNumberField("seconds", timing.totalSeconds());
        JsonOutput.duration(json, timing.target());
        json.writeNumberField("claims", plan.claimCount());
        json.writeNumberField("notesWords", plan.notesWords());
        json.writeNumberField("pictures", plan.pictureCount());
        json.writeArrayFieldStart("sections");
        for (DeckSection section : plan.sections()) {
            json.writeStartObject();
            json.writeStringField("name", section.name());
            json.writeNumberField("firstSlide", section.firstSlide());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("slides");
        List<String> names = SlideNames.of(plan.slides());
        for (Slide slide : plan.slides()) {
            slide(json, slide, names.get(slide.number() - 1), timing.slides().get(slide.number() - 1));
        }
        json.writeEndArray();
        JsonOutput.warnings(json, entry.warnings());
        json.writeEndObject();
    }

    private static void slide(JsonGenerator json, Slide slide, String name, Timing.SlideTime time) throws IOException {
        json.writeStartObject();
        json.writeNumberField("number", slide.number());
        json.writeStringField("name", name);
        json.writeStringField("kind", slide.kind().replace(' ', '-'));
        json.writeStringField("title", slide.title());
        json.writeNumberField("line", slide.line());
        json.writeNumberField("level", slide.level());
        Slide.Contents shows = slide.contents();
        optional(json, "subtitle", shows.subtitle().orElse(null));
        json.writeArrayFieldStart("claims");
        for (Claim claim : shows.claims()) {
            json.writeStartObject();
            json.writeStringField("text", claim.text());
            json.writeNumberField("line", claim.line());
            json.writeBooleanField("chosen", claim.isChosen());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("items");
        for (String item : shows.items()) {
            json.writeString(item);
        }
        json.writeEndArray();
        if (shows.picture().isPresent()) {
            Picture picture = shows.picture().get();
            json.writeObjectFieldStart("picture");
            json.writeStringField("src", picture.src());
            json.writeStringField("alt", picture.alt());
            json.writeNumberField("line", picture.line());
            json.writeEndObject();
        } else {
            json.writeNullField("picture");
        }
        if (shows.figure().isPresent()) {
            Figure figure = shows.figure().get();
            json.writeObjectFieldStart("figure");
            json.writeStringField("type", Figures.type(figure));
            json.writeStringField("description", Figures.describe(figure));
            json.writeEndObject();
        } else {
            json.writeNullField("figure");
        }
        json.writeNumberField("notesWords", slide.notes().words());
        json.writeNumberField("seconds", time.seconds());
        json.writeNumberField("startsAt", time.startsAt());
        json.writeStringField("advice", time.advice().name().toLowerCase(java.util.Locale.ROOT));
        if (time.advice() == Timing.Advice.SHORTEN) {
            json.writeNumberField("keepToSeconds", time.keepTo());
        } else {
            json.writeNullField("keepToSeconds");
        }
        json.writeBooleanField("hidden", time.advice() == Timing.Advice.SKIP);
        if (slide instanceof ExerciseSlide exercise) {
            json.writeNumberField("exerciseMinutes", exercise.minutes());
        } else {
            json.writeNullField("exerciseMinutes");
        }
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
