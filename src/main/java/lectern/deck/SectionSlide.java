package lectern.deck;

import java.util.List;

/**
 * A heading that stands on its own: a divider before a section's subsections, listing them, or a section with
 * nothing to show but its heading.
 *
 * @param subsections the headings of the subsections a divider opens; empty for a heading alone
 */
public record SectionSlide(Common common, List<String> subsections) implements Slide {

    public SectionSlide {
        subsections = List.copyOf(subsections);
    }

    public SectionSlide withSubsections(List<String> headings) {
        return new SectionSlide(common, headings);
    }

    @Override
    public SectionSlide with(Common other) {
        return new SectionSlide(other, subsections);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.section(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(subsections);
    }
}
