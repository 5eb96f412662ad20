package lectern.pptx.rebuild;

import java.util.List;

/**
 * How one version of a deck differs from another, slide by slide (slides are known by their names): what a
 * rebuild changed in Lectern's own deck, or what a person changed in it since Lectern wrote it.
 *
 * @param changed   slides in both, with different content
 * @param added     slides only in the newer version
 * @param removed   slides only in the older version
 * @param reordered the slides in both are in another order
 * @param theme     the theme's colours or fonts differ
 */
public record Changes(List<String> changed, List<String> added, List<String> removed, boolean reordered,
                      boolean theme) {

    public static final Changes NONE = new Changes(List.of(), List.of(), List.of(), false, false);

    public Changes {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public boolean none() {
        return changed.isEmpty() && added.isEmpty() && removed.isEmpty() && !reordered && !theme;
    }
}
