package lectern.deck;

import java.util.List;

/**
 * A heading over the author's own short list, item for item: what a section with nothing in bold shows when it
 * has such a list.
 *
 * @param items  each item's first paragraph, with the author's bold and links
 * @param start  the first item's number in a numbered list; 0 for bullets (not {@code number}: that is the slide's)
 */
public record ListSlide(Common common, List<List<Claim.Span>> items, int start) implements Slide {

    public ListSlide {
        items = items.stream().map(List::copyOf).toList();
    }

    public boolean numbered() {
        return start > 0;
    }

    @Override
    public ListSlide with(Common other) {
        return new ListSlide(other, items, start);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.list(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(items.stream().map(i -> i.stream().map(Claim.Span::text).reduce("", String::concat)).toList());
    }
}
