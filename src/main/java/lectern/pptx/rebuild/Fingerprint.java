package lectern.pptx.rebuild;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lectern.Digest;

/**
 * What a person can change in a deck, as digests: the theme's, and each slide's under its name, in order.
 * The deck's own fingerprint covers them all, so an edited slide, a slide added, deleted or moved, or another
 * colour scheme all make another fingerprint.
 *
 * @param theme  digest of the colours and fonts of the deck's theme
 * @param slides each slide's name and digest ({@link SlideDigest}), in the deck's order
 */
record Fingerprint(String theme, List<SlidePrint> slides) {
    /** Changes whenever what the digests cover or how they are taken changes, so old fingerprints never match. */
    static final String VERSION = "v1";

    record SlidePrint(String name, String digest) {
    }

    Fingerprint {
        slides = List.copyOf(slides);
    }

    /** The deck's fingerprint, as recorded in it: {@code v1:} and 64 hex digits. */
    String deck() {
        Digest digest = new Digest().add("Lectern fingerprint").add(VERSION).add(theme).add(slides.size());
        for (SlidePrint slide : slides) {
            digest.add(slide.name()).add(slide.digest());
        }
        return VERSION + ":" + digest.hex();
    }

    /**
     * What differs in this version of the deck from an older one. Slides are matched by name; a name that
     * appears twice (a slide copied in PowerPoint) is matched in order, and the copy counts as added.
     */
    Changes since(Fingerprint older) {
        Map<String, Deque<String>> before = new LinkedHashMap<>();
        for (SlidePrint slide : older.slides) {
            before.computeIfAbsent(slide.name(), n -> new ArrayDeque<>()).add(slide.digest());
        }
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (SlidePrint slide : slides) {
            Deque<String> digests = before.get(slide.name());
            if (digests == null || digests.isEmpty()) {
                added.add(slide.name());
                continue;
            }
            kept.add(slide.name());
            if (!digests.poll().equals(slide.digest())) {
                changed.add(slide.name());
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> keptBefore = new ArrayList<>();
        Map<String, Integer> stillHere = new LinkedHashMap<>();
        kept.forEach(name -> stillHere.merge(name, 1, Integer::sum));
        for (SlidePrint slide : older.slides) {
            if (stillHere.getOrDefault(slide.name(), 0) > 0) {
                stillHere.merge(slide.name(), -1, Integer::sum);
                keptBefore.add(slide.name());
            } else {
                removed.add(slide.name());
            }
        }
        return new Changes(changed, added, removed, !kept.equals(keptBefore), !theme.equals(older.theme));
    }
}
