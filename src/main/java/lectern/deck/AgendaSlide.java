package lectern.deck;

import java.util.List;

/**
 * The talk's sections, after the title; an agenda too long for one slide goes on over the next ones.
 *
 * @param firstNumber the number of its first section: 1, or where the agenda before it stopped; 0 when the
 *                    headings carry numbers of their own ("1. Create a remote"), which the agenda does not repeat
 */
public record AgendaSlide(Common common, List<String> sections, int firstNumber) implements Slide {

    public AgendaSlide {
        sections = List.copyOf(sections);
    }

    public AgendaSlide withSections(List<String> shown) {
        return new AgendaSlide(common, shown, firstNumber);
    }

    @Override
    public AgendaSlide with(Common other) {
        return new AgendaSlide(other, sections, firstNumber);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.agenda(this);
    }

    @Override
    public Contents contents() {
        return Contents.ofItems(sections);
    }
}
