package lectern.plan;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lectern.deck.BreakSlide;
import lectern.deck.DeckSection;
import lectern.deck.Picture;
import lectern.deck.PictureSlide;
import lectern.deck.ScheduleSlide;
import lectern.deck.SectionSlide;
import lectern.deck.Slide;
import lectern.deck.SpeakerNotes;
import lectern.deck.TitleSlide;
import lectern.read.Essay;

/**
 * A day of a lesson's episodes as one deck. Each episode takes the time its front matter gives it
 * ({@code teaching:} and {@code exercises:}), else the time its slides take to present; they follow one another
 * from the start time, and a break goes between two episodes wherever the next one would otherwise run past
 * {@code every} since the start or the last break (an episode longer than that runs whole). Each episode opens on
 * a divider with its clock times, is a section of the slide sorter of its own, and keeps its objectives,
 * exercises and key points.
 */
public final class Workshop {
    private Workshop() {
    }

    /**
     * @param start       when the day begins
     * @param breakLength how long each break is; none without one
     * @param every       the longest the room works without a break
     */
    public record Options(LocalTime start, Optional<Duration> breakLength, Duration every) {
        public static final Options DEFAULTS = new Options(LocalTime.of(9, 0), Optional.empty(), Duration.ofMinutes(90));
    }

    /** An episode as planned on its own: its slides, untimed, and how long it takes. */
    record Episode(Essay essay, List<Slide> slides, int seconds) {
        int minutes() {
            return (seconds + 59) / 60;
        }
    }

    /** The day's slides, its sections, and how many minutes it takes, breaks included. */
    record Day(List<Slide> slides, List<DeckSection> sections, int minutes) {
    }

    static Day day(Path source, String title, List<Episode> episodes, Options options) {
        List<ScheduleSlide.Entry> entries = new ArrayList<>();
        List<Slide> body = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        LocalTime clock = options.start();
        int minutes = 0;
        int since = 0;
        for (int i = 0; i < episodes.size(); i++) {
            Episode episode = episodes.get(i);
            Optional<Duration> pause = options.breakLength().filter(b -> !b.isZero());
            if (pause.isPresent() && since > 0 && since + episode.minutes() > options.every().toMinutes()) {
                int length = (int) pause.get().toMinutes();
                entries.add(new ScheduleSlide.Entry(clock, BreakSlide.TITLE, length));
                clock = clock.plusMinutes(length);
                minutes += length;
                body.add(new BreakSlide(Slide.Common.of(BreakSlide.TITLE, SpeakerNotes.NONE, 0).withLevel(1), length, clock));
                since = 0;
            }
            entries.add(new ScheduleSlide.Entry(clock, episode.essay().title(), episode.minutes()));
            starts.add(body.size());
            LocalTime ends = clock.plusMinutes(episode.minutes());
            body.addAll(episodeSlides(source, episode, clock, ends));
            clock = ends;
            minutes += episode.minutes();
            since += episode.minutes();
        }
        entries.add(new ScheduleSlide.Entry(clock, "End", 0));
        List<Slide> slides = new ArrayList<>();
        slides.add(new TitleSlide(Slide.Common.of(title, SpeakerNotes.NONE, 0).withLevel(1),
                Optional.of(span(options.start(), clock) + " \u00B7 " + episodes.size()
                        + (episodes.size() == 1 ? " episode" : " episodes")), Optional.empty()));
        slides.add(new ScheduleSlide(Slide.Common.of(ScheduleSlide.TITLE, SpeakerNotes.NONE, 0).withLevel(1), entries));
        List<DeckSection> sections = new ArrayList<>(List.of(new DeckSection(title, 1)));
        for (int i = 0; i < episodes.size(); i++) {
            sections.add(new DeckSection(episodes.get(i).essay().title(), slides.size() + starts.get(i) + 1));
        }
        slides.addAll(body);
        return new Day(slides, sections, minutes);
    }

    /** The episode's slides in the day: its title a divider with its times, its pictures named from the day's folder. */
    private static List<Slide> episodeSlides(Path source, Episode episode, LocalTime from, LocalTime to) {
        String prefix = prefix(source, episode.essay().source());
        List<Slide> slides = new ArrayList<>();
        for (Slide slide : episode.slides()) {
            Slide moved = slide.withPicture(picture -> moved(picture, prefix));
            if (moved instanceof TitleSlide opening) {
                slides.add(new SectionSlide(opening.common(), List.of(span(from, to))));
                opening.picture().ifPresent(picture -> slides.add(new PictureSlide(
                        Slide.Common.of(opening.title(), SpeakerNotes.NONE, picture.line()).withLevel(1), Optional.of(picture))));
            } else {
                slides.add(moved);
            }
        }
        return slides;
    }

    /** The folder of the episode, as the day's source names it: "" when they share one. */
    private static String prefix(Path source, Path episode) {
        Path day = source.toAbsolutePath().normalize().getParent();
        Path own = episode.toAbsolutePath().normalize().getParent();
        if (day == null || own == null || day.equals(own)) {
            return "";
        }
        return day.relativize(own).toString().replace('\\', '/');
    }

    private static Picture moved(Picture picture, String prefix) {
        if (prefix.isEmpty() || Picture.isOnTheWeb(picture.src()) || picture.src().startsWith("/")) {
            return picture;
        }
        return picture.withSrc(prefix + "/" + picture.src());
    }

    private static String span(LocalTime from, LocalTime to) {
        return String.format(Locale.ROOT, "%02d:%02d \u2013 %02d:%02d", from.getHour(), from.getMinute(), to.getHour(),
                to.getMinute());
    }
}
