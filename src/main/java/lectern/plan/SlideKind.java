package lectern.plan;

/** What a slide is for; the writer gives each kind its own layout. */
public enum SlideKind {
    /** The essay's title, subtitle and title picture. */
    TITLE,
    /** One line, large: the opening claim, or a section heading that has nothing else to show. */
    STATEMENT,
    /** A heading over its claims. */
    CLAIMS,
    /** A heading and its picture, with the section's claims beside it when it has any. */
    PICTURE
}
