package lectern.pptx.design;

import lectern.deck.ByKind;

/** The layout each kind of slide uses, named as PowerPoint's Layout menu names them. */
public final class LayoutNames {
    public static final String TITLE_SLIDE = "Title Slide";
    public static final String SECTION_HEADER = "Section Header";
    public static final String STATEMENT = "Statement";
    public static final String TITLE_AND_CONTENT = "Title and Content";
    public static final String PICTURE_WITH_CAPTION = "Picture with Caption";
    public static final String PICTURE = "Picture";
    public static final String TITLE_ONLY = "Title Only";

    /** Lectern's layout for each kind of slide. */
    static final ByKind<String> OF_KIND = new ByKind<>(TITLE_SLIDE, SECTION_HEADER, STATEMENT, TITLE_AND_CONTENT,
            PICTURE_WITH_CAPTION, PICTURE, TITLE_AND_CONTENT, TITLE_AND_CONTENT, TITLE_ONLY, TITLE_AND_CONTENT, STATEMENT, TITLE_AND_CONTENT,
            TITLE_AND_CONTENT, SECTION_HEADER, TITLE_AND_CONTENT, TITLE_AND_CONTENT, TITLE_AND_CONTENT, TITLE_AND_CONTENT,
            TITLE_AND_CONTENT, TITLE_AND_CONTENT, SECTION_HEADER);

    private LayoutNames() {
    }
}
