package lectern.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every part's relationships and content type, checked from the zip ({@link Zipped}), not through POI: a schema
 * check reads each part alone and cannot see a relationship to a part that is not there, a notes page pointing
 * twice at its slide, or a content type for a part the package no longer holds; PowerPoint repairs or refuses them.
 */
public final class PackageParts {
    private static final String CT = "application/vnd.openxmlformats-officedocument.presentationml.";

    /** The kinds of relationship a part of each type may have one of at most, and those it must have one of. */
    private record Singular(Set<String> atMostOne, Set<String> exactlyOne) {
    }

    private static final Map<String, Singular> SINGULAR = Map.of(
            CT + "presentation.main+xml", new Singular(Set.of("theme", "notesMaster", "handoutMaster", "presProps",
                    "viewProps", "tableStyles", "commentAuthors"), Set.of()),
            CT + "slide+xml", new Singular(Set.of("notesSlide"), Set.of("slideLayout")),
            CT + "notesSlide+xml", new Singular(Set.of(), Set.of("notesMaster", "slide")),
            CT + "slideLayout+xml", new Singular(Set.of(), Set.of("slideMaster")),
            CT + "slideMaster+xml", new Singular(Set.of(), Set.of("theme")),
            CT + "notesMaster+xml", new Singular(Set.of(), Set.of("theme")),
            CT + "handoutMaster+xml", new Singular(Set.of(), Set.of("theme")));

    private PackageParts() {
    }

    /** Every problem found, one line each naming the part; empty for a sound package. */
    public static List<String> problems(Path pptx) throws IOException {
        Zipped zip = Zipped.read(pptx);
        List<String> problems = new ArrayList<>();
        if (!zip.has("/[Content_Types].xml")) {
            return List.of("/[Content_Types].xml: missing");
        }
        zip.overrides().keySet().stream().filter(part -> !zip.has(part))
                .forEach(part -> problems.add(part + ": a content type is given for a part the package does not hold"));
        for (String name : zip.names()) {
            if (name.equals("/[Content_Types].xml")) {
                continue;
            }
            if (zip.contentType(name).isEmpty()) {
                problems.add(name + ": no content type");
            }
            Zipped.sourceOf(name).ifPresent(source -> {
                if (!source.equals(Zipped.ROOT) && !zip.has(source)) {
                    problems.add(name + ": relationships of " + source + ", which the package does not hold");
                }
            });
        }
        List<String> parts = new ArrayList<>(List.of(Zipped.ROOT));
        zip.names().stream().filter(name -> Zipped.sourceOf(name).isEmpty() && !name.equals("/[Content_Types].xml"))
                .forEach(parts::add);
        Set<String> reached = new HashSet<>();
        for (String part : parts) {
            relationships(zip, part, problems);
            zip.relationships(part).stream().filter(r -> !r.external()).forEach(r -> reached.add(r.target()));
        }
        // A part nothing leads to is a leftover: of a template's slides, say, that would travel with the deck unseen.
        parts.stream().filter(part -> !part.equals(Zipped.ROOT) && !reached.contains(part))
                .forEach(part -> problems.add(part + ": no relationship leads to it"));
        return problems;
    }

    private static void relationships(Zipped zip, String part, List<String> problems) throws IOException {
        List<Zipped.Relationship> relationships = zip.relationships(part);
        Set<String> ids = new HashSet<>();
        for (Zipped.Relationship relationship : relationships) {
            if (!ids.add(relationship.id())) {
                problems.add(part + ": relationship id " + relationship.id() + " is used twice");
            }
            if (!relationship.external() && !zip.has(relationship.target())) {
                problems.add(part + ": its " + relationship.kind() + " relationship " + relationship.id() + " leads to "
                        + relationship.target() + ", which the package does not hold");
            }
        }
        String type = part.equals(Zipped.ROOT) ? "" : zip.contentType(part).orElse("");
        Singular singular = SINGULAR.get(type.replace("presentationml.template.main", "presentationml.presentation.main"));
        if (singular != null) {
            for (String kind : union(singular.atMostOne(), singular.exactlyOne())) {
                long count = relationships.stream().filter(r -> r.kind().equals(kind)).count();
                if (count > 1) {
                    problems.add(part + ": " + count + " " + kind + " relationships where it may have one");
                } else if (count == 0 && singular.exactlyOne().contains(kind)) {
                    problems.add(part + ": no " + kind + " relationship");
                }
            }
        }
        if (type.equals(CT + "notesSlide+xml")) {
            // A notes page and its slide name each other.
            for (String slide : zip.targets(part, "slide")) {
                if (zip.has(slide) && !zip.targets(slide, "notesSlide").contains(part)) {
                    problems.add(part + ": its slide " + slide + " does not name it as its notes page");
                }
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
