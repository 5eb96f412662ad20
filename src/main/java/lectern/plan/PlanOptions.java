package lectern.plan;

/**
 * Choices that change the plan.
 *
 * @param slideLevel headings at this level or above ({@code ##} is 2) start a slide; deeper ones stay in the notes
 */
public record PlanOptions(int slideLevel) {

    public static final PlanOptions DEFAULTS = new PlanOptions(3);

    public PlanOptions {
        if (slideLevel < 1 || slideLevel > 6) {
            throw new IllegalArgumentException("slide level must be 1 to 6, was " + slideLevel);
        }
    }
}
