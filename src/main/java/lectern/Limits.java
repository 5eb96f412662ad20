package lectern;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The most Lectern takes of anything whose work grows with its size, checked before the work: far past what a
 * whole-day workshop needs, and refused in one line that says the limit and what to do, so that no input runs
 * for minutes without an answer. The README's "Limits" lists them.
 */
public final class Limits {
    /** A day of teaching is some 300 to 600 slides; POI's time to write a deck grows faster than its slides. */
    public static final int SLIDES = 2_000;
    /** Past this a table is data to publish, not a table for a room: its columns would be split over dozens of slides. */
    public static final int TABLE_COLUMNS = 100;
    /** Real front matter is a few lines; SnakeYAML's time to read one long value grows with its square. */
    public static final int FRONT_MATTER_CHARACTERS = 100_000;

    private Limits() {
    }

    /** The essay reaches more slides than a deck may have at {@code line}. */
    public static LecternException slides(Path essay, int line) {
        return new LecternException(essay, line, "more than " + number(SLIDES) + " slides from here on, the most a deck "
                + "may have; split the essay into shorter ones");
    }

    public static LecternException tableColumns(Path essay, int line, int columns) {
        return new LecternException(essay, line, "a table of " + number(columns) + " columns, more than the "
                + number(TABLE_COLUMNS) + " a deck shows; keep a narrower table in the essay and the whole one in a "
                + "file it links to");
    }

    public static LecternException frontMatter(Path essay, int line, int characters) {
        return new LecternException(essay, line, "front matter of " + number(characters) + " characters, more than the "
                + number(FRONT_MATTER_CHARACTERS) + " Lectern reads; move long text out of it, into the essay");
    }

    /** A count as a reader writes it: 100,000. */
    public static String number(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
