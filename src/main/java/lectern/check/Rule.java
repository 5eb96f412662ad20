package lectern.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * What {@code lectern check} looks for. Each rule has a code that never changes (scripts, {@code --ignore} and
 * the README use it) and a level that says how much a finding of it matters.
 */
public enum Rule {
    TEXT_OVERFLOW("text-overflow", Level.ERROR, "text that does not fit its box even at the smallest size the theme allows"),
    CODE_OVERFLOW("code-overflow", Level.WARNING, "code whose lines wrap, or that runs past its box, even at the theme's smallest code size"),
    TABLE_TOO_WIDE("table-too-wide", Level.WARNING, "a table too wide to read on one slide even at the theme's smallest table size: shown a few columns at a time"),
    LITERAL_MARKUP("literal-markup", Level.WARNING, "markup a slide would show as typed: {#id}, :::, {% tag %}, {{< shortcode >}}, $$, HTML tags"),
    LITERAL_EMPHASIS("literal-emphasis", Level.WARNING, "a ** or __ that pairs with no other mark: shown as typed, and what it was to make bold is not"),
    PICTURE_MISSING("picture-missing", Level.ERROR, "a picture whose file is not there (or is on the web): the slide shows a marked gap"),
    PICTURE_UNREADABLE("picture-unreadable", Level.ERROR, "a picture file that is empty, damaged, or not a JPEG, PNG, GIF, BMP or SVG"),
    SLIDE_TOO_WORDY("slide-too-wordy", Level.WARNING, "more than 40 words on a slide (the agenda, discussion, exercise and schedule slides, which are there to be read, aside)"),
    CLAIM_TOO_LONG("claim-too-long", Level.WARNING, "a claim longer than 30 words"),
    ALT_TEXT_MISSING("alt-text-missing", Level.WARNING, "a picture with no description of its own for screen readers"),
    ALT_TEXT_PLACEHOLDER("alt-text-placeholder", Level.WARNING, "a picture whose alt text says nothing of it: \"Alt text\", \"image\", its file name"),
    PICTURE_TOO_SMALL("picture-too-small", Level.WARNING, "a picture with fewer pixels than the points of the frame it fills: blurred on a projector"),
    DUPLICATE_TITLE("duplicate-title", Level.WARNING, "two headings in the same words (in a deck: two slides with the same title)"),
    TITLE_MISSING("title-missing", Level.ERROR, "a slide without a title: the outline, the navigation pane and a screen reader cannot name it"),
    READING_ORDER("reading-order", Level.WARNING, "a shape a screen reader reads before the slide's title (decoration and a backdrop picture aside)"),
    CONTRAST_LOW("contrast-low", Level.WARNING, "a theme's text colour on its background below 4.5:1 (WCAG AA)"),
    LANGUAGE_MISMATCH("language-mismatch", Level.WARNING, "text marked as a language it is not written in: spell-checked and read aloud in the wrong one"),
    HEADING_SKIPPED("heading-skipped", Level.WARNING, "a heading more than one level below the one before it (### under no ##)"),
    NOTES_TOO_LONG("notes-too-long", Level.WARNING, "notes that take longer than the slide's share of the talk"),
    OVER_TIME("over-time", Level.WARNING, "the slides shown take longer than --duration"),
    NO_CLAIM("no-claim", Level.HINT, "a section with no bold claim, so its slide shows only the heading"),
    CHOSEN_TEXT("chosen-text", Level.HINT, "a section with nothing bold: its slide shows a sentence or list Lectern chose from it"),
    HEADING_SET_APART("heading-set-apart", Level.HINT, "a heading inside a div, alert, <details>, list or quotation: it starts no slide"),
    SLIDE_HIDDEN("slide-hidden", Level.HINT, "a hidden slide: in the deck, skipped in the show"),
    DISCUSSION_SHORTENED("discussion-shortened", Level.HINT, "a discussion given less time than its questions suggest, to keep to --duration");

    private final String code;
    private final Level level;
    private final String what;

    Rule(String code, Level level, String what) {
        this.code = code;
        this.level = level;
        this.what = what;
    }

    /** The stable kebab-case code, as printed in brackets after a finding. */
    public String code() {
        return code;
    }

    public Level level() {
        return level;
    }

    /** What the rule finds, in a few words. */
    public String what() {
        return what;
    }

    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
