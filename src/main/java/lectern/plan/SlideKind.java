package lectern.plan;

/** What a slide is for; the writer gives each kind a layout of its own. */
public enum SlideKind {
    /** The essay's title, subtitle and title picture. */
    TITLE,
    /**
     * A heading that stands on its own: a divider before a section's subsections (listing them), or a
     * section with nothing to show but its heading.
     */
    SECTION,
    /** One claim, large: the opening claim, or the single claim that carries a section. */
    STATEMENT,
    /** A heading over its claims. */
    CLAIMS,
    /** A heading and its claims beside the section's picture. */
    CLAIMS_WITH_PICTURE,
    /** A section's picture, filling the slide, with the heading over it. */
    PICTURE,
    /** A table of the section, as a table, under its heading. */
    TABLE,
    /** A piece of code of the section, in a monospaced box under its heading. */
    CODE,
    /** A quotation of the section, large, with who said it. */
    QUOTE,
    /** The talk's sections, after the title. */
    AGENDA,
    /** The questions a section asks the room, with time to answer them. */
    DISCUSSION,
    /** The essay's last claim, and who presented it. */
    CLOSING
}
