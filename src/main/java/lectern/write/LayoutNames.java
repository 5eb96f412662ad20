package lectern.write;

import lectern.plan.SlideKind;

/** The layout each kind of slide uses, named as PowerPoint's Layout menu names them. */
final class LayoutNames {
    static final String TITLE_SLIDE = "Title Slide";
    static final String SECTION_HEADER = "Section Header";
    static final String STATEMENT = "Statement";
    static final String TITLE_AND_CONTENT = "Title and Content";
    static final String PICTURE_WITH_CAPTION = "Picture with Caption";
    static final String PICTURE = "Picture";
    static final String TITLE_ONLY = "Title Only";

    private LayoutNames() {
    }

    static String of(SlideKind kind) {
        return switch (kind) {
            case TITLE -> TITLE_SLIDE;
            case SECTION -> SECTION_HEADER;
            case STATEMENT -> STATEMENT;
            case CLAIMS -> TITLE_AND_CONTENT;
            case CLAIMS_WITH_PICTURE -> PICTURE_WITH_CAPTION;
            case PICTURE -> PICTURE;
            case TABLE, CODE -> TITLE_ONLY;
            case QUOTE -> STATEMENT;
            case AGENDA, DISCUSSION -> TITLE_AND_CONTENT;
            case CLOSING -> SECTION_HEADER;
        };
    }
}
