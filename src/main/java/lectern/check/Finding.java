package lectern.check;

import java.nio.file.Path;

/**
 * One thing {@code lectern check} found, where it is, and what to do about it.
 *
 * @param file       where to look: the essay, or the deck when its essay is not known
 * @param line       the essay line, 0 where there is none (a deck whose essay was not found)
 * @param slide      the slide's number, 0 for what is about the whole talk
 * @param slideTitle the slide's title as the room sees it, empty for the whole talk
 * @param message    what is wrong, in one line
 * @param fix        what to do, in one line
 */
public record Finding(Rule rule, Path file, int line, int slide, String slideTitle, String message, String fix) {

    public Level level() {
        return rule.level();
    }

    public String code() {
        return rule.code();
    }
}
