package lectern.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name for each slide that says where in the essay it came from: its heading; where slides of different
 * kinds share a heading (a divider and its section's own slide, the title and the opening statement) what kind
 * of slide it is; and a counter where that still repeats ("X (continued) 2"). Names are what a rebuild recognises slides by, and what messages call them, so they depend
 * only on the essay and never on the slide's position.
 */
public final class SlideNames {
    /**
     * Long enough for any heading a person reads aloud. With a kind and a counter a name stays well inside the
     * 255 characters Office allows a document property, where the deck records each slide's name.
     */
    public static final int LONGEST_HEADING = 160;

    private SlideNames() {
    }

    /** One name per slide, in order; no two alike. */
    public static List<String> of(List<Slide> slides) {
        Map<String, Set<String>> kindsByHeading = new HashMap<>();
        for (Slide slide : slides) {
            kindsByHeading.computeIfAbsent(heading(slide), h -> new HashSet<>()).add(kind(slide));
        }
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Slide slide : slides) {
            String heading = heading(slide);
            String name = kindsByHeading.get(heading).size() == 1 ? heading : heading + " (" + kind(slide) + ")";
            String unique = name;
            for (int count = 2; !taken.add(unique); count++) {
                unique = name + " " + count;
            }
            names.add(unique);
        }
        return names;
    }

    private static String heading(Slide slide) {
        if (slide instanceof ClosingSlide) {
            // The closing shows the essay's last claim, whichever it is: it is the same slide when that changes.
            return "Closing";
        }
        String heading = slide.title().strip().replaceAll("\\s+", " ");
        if (heading.isEmpty()) {
            return "Untitled";
        }
        if (heading.length() <= LONGEST_HEADING) {
            return heading;
        }
        int cut = heading.lastIndexOf(' ', LONGEST_HEADING - 1);
        return heading.substring(0, cut > LONGEST_HEADING / 2 ? cut : LONGEST_HEADING - 1) + "…";
    }

    /** What each kind is called where its heading alone does not tell a slide apart. Decks record these names. */
    private static final ByKind<String> KINDS = new ByKind<>("title slide", "section", "statement", "claims",
            "claims and picture", "picture", "diagram", "list", "table", "code", "quotation", "agenda", "discussion", "closing",
            "objectives", "exercise", "solution", "callout", "key points", "schedule", "break");

    private static String kind(Slide slide) {
        return slide instanceof SectionSlide section && !section.subsections().isEmpty() ? "divider" : KINDS.of(slide);
    }
}
