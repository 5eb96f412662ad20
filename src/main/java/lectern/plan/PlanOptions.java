package lectern.plan;

/**
 * Choices that change the plan.
 *
 * @param slideLevel      headings at this level or above ({@code ##} is 2) start a slide; deeper ones stay in the notes
 * @param sectionDividers a section whose subsections have slides of their own opens with a divider slide
 * @param titlePictureOnTitleSlide the title picture goes behind the title; otherwise (a template's title
 *                        slide with no room for it) on a slide of its own right after
 */
public record PlanOptions(int slideLevel, boolean sectionDividers, boolean titlePictureOnTitleSlide) {

    public static final PlanOptions DEFAULTS = new PlanOptions(3, true, true);

    public PlanOptions(int slideLevel, boolean sectionDividers) {
        this(slideLevel, sectionDividers, true);
    }

    public PlanOptions {
        if (slideLevel < 1 || slideLevel > 6) {
            throw new IllegalArgumentException("slide level must be 1 to 6, was " + slideLevel);
        }
    }

    public PlanOptions withSlideLevel(int level) {
        return new PlanOptions(level, sectionDividers, titlePictureOnTitleSlide);
    }

    public PlanOptions withSectionDividers(boolean dividers) {
        return new PlanOptions(slideLevel, dividers, titlePictureOnTitleSlide);
    }

    public PlanOptions withTitlePictureOnTitleSlide(boolean onTitleSlide) {
        return new PlanOptions(slideLevel, sectionDividers, onTitleSlide);
    }
}
