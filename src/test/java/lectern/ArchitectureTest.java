package lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import lectern.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules DEVELOPERS.md states about packages, checked on the compiled classes with the JDK's jdeps: the
 * pipeline's stages depend one way, POI stays in the PowerPoint package, and the deck model needs nothing but
 * the kernel; and on the sources, that the rooms stay small.
 */
class ArchitectureTest {
    /** {@code lectern.pptx.DeckWriter -> org.apache.poi.xslf.usermodel.XMLSlideShow}, as jdeps prints each. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(lectern\\.[\\w.$]+)\\s+->\\s+([\\w.$]+)");
    private static final List<String> POI = List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.",
            "com.microsoft.schemas.");

    /** Every class's dependencies, by class name. */
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readTheClasses() throws URISyntaxException {
        Path classes = Path.of(Pipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "-verbose:class",
                "-filter:none", classes.toString());
        assertThat(status).as("jdeps").isZero();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find()) {
                USES.computeIfAbsent(edge.group(1), c -> new TreeSet<>()).add(edge.group(2));
            }
        }
        assertThat(USES).as("classes read by jdeps").containsKey(Pipeline.class.getName());
    }

    private static String packageOf(String type) {
        String outer = type.replaceFirst("\\$.*$", "");
        return outer.substring(0, outer.lastIndexOf('.'));
    }

    private static boolean in(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    /** Package to the Lectern packages it uses. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        USES.forEach((type, used) -> {
            String from = packageOf(type);
            Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
            used.stream().filter(u -> u.startsWith("lectern.")).map(ArchitectureTest::packageOf)
                    .filter(p -> !p.equals(from)).forEach(to::add);
        });
        return graph;
    }

    /** Uses of classes of {@code target}'s packages from outside them, as "user -> used". */
    private static List<String> usesOf(String target, Set<String> allowedUsers) {
        List<String> found = new ArrayList<>();
        USES.forEach((type, used) -> {
            String from = packageOf(type);
            if (in(from, target) || allowedUsers.stream().anyMatch(allowed -> in(from, allowed))) {
                return;
            }
            used.stream().filter(u -> in(packageOf(u), target)).forEach(u -> found.add(type + " -> " + u));
        });
        return found;
    }

    @Test
    void noTwoPackagesDependOnEachOtherEvenRoundAbout() {
        Map<String, Set<String>> graph = packageGraph();
        List<List<String>> cycles = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            walk(start, graph, state, new ArrayList<>(), cycles);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    private static void walk(String pkg, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path,
                             List<List<String>> cycles) {
        Integer seen = state.get(pkg);
        if (seen != null) {
            if (seen == 1) {
                cycles.add(new ArrayList<>(path.subList(path.indexOf(pkg), path.size())));
            }
            return;
        }
        state.put(pkg, 1);
        path.add(pkg);
        for (String next : graph.getOrDefault(pkg, Set.of())) {
            walk(next, graph, state, path, cycles);
        }
        path.remove(path.size() - 1);
        state.put(pkg, 2);
    }

    @Test
    void poiIsOnlyInThePowerPointPackageAndThePreview() {
        List<String> found = new ArrayList<>();
        USES.forEach((type, used) -> {
            String from = packageOf(type);
            if (!in(from, "lectern.pptx") && !in(from, "lectern.preview")) {
                used.stream().filter(u -> POI.stream().anyMatch(u::startsWith)).forEach(u -> found.add(type + " -> " + u));
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void theDeckModelIsPlainDataThatNeedsOnlyTheKernel() {
        assertThat(packageGraph().get("lectern.deck")).isSubsetOf("lectern");
    }

    @Test
    void theKernelNeedsNoOtherPackage() {
        assertThat(packageGraph().get("lectern")).isEmpty();
    }

    @Test
    void onlyThePlannerAndWhatLooksAtTheEssayItselfReadTheReadersModel() {
        // check looks at the essay's own headings and pictures; the pipeline hands the essay from stage to stage.
        assertThat(usesOf("lectern.read", Set.of("lectern.plan", "lectern.check", "lectern.pipeline"))).isEmpty();
    }

    @Test
    void outputsAndToolsReachThePowerPointPackageOnlyToReadOrWriteADeck() {
        Set<String> entries = Set.of("lectern.pptx.DeckWriter", "lectern.pptx.DeckReader", "lectern.pptx.Design",
                "lectern.pptx.WriteOptions");
        List<String> found = new ArrayList<>();
        USES.forEach((type, used) -> {
            String from = packageOf(type);
            if (in(from, "lectern.pptx") || from.equals("lectern.cli") || from.equals("lectern.pipeline")) {
                return;
            }
            used.stream().filter(u -> in(packageOf(u), "lectern.pptx"))
                    .filter(u -> entries.stream().noneMatch(entry -> u.equals(entry) || u.startsWith(entry + "$")))
                    .forEach(u -> found.add(type + " -> " + u));
        });
        assertThat(found).isEmpty();
        // Only check and preview read decks back, through DeckReader; nothing but the pipeline writes them.
        assertThat(usesOf("lectern.pptx", Set.of("lectern.cli", "lectern.pipeline", "lectern.check", "lectern.preview")))
                .isEmpty();
    }

    @Test
    void thePowerPointPackagesRoomsUseEachOtherOneWay() {
        Map<String, Set<String>> graph = packageGraph();
        Set<String> rooms = new HashSet<>(List.of("lectern.pptx.design", "lectern.pptx.slide", "lectern.pptx.rebuild",
                "lectern.pptx.xml"));
        for (String room : rooms) {
            assertThat(graph.getOrDefault(room, Set.of())).as(room).doesNotContain("lectern.pptx");
        }
        assertThat(graph.get("lectern.pptx.xml")).as("the XML layer").noneMatch(p -> in(p, "lectern.pptx"));
        assertThat(graph.get("lectern.pptx.design")).as("design").doesNotContain("lectern.pptx.slide", "lectern.pptx.rebuild");
    }

    /** Each main source file's lines, by its path under src/main/java. */
    private static Map<Path, Long> sourceLines() throws IOException {
        Path sources = Path.of("src", "main", "java");
        Map<Path, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines.put(sources.relativize(file), text.count());
                }
            }
        }
        assertThat(lines).as("main sources found from " + sources.toAbsolutePath()).isNotEmpty();
        return lines;
    }

    @Test
    void noClassIsOverThreeHundredLines() throws IOException {
        assertThat(sourceLines().entrySet().stream().filter(file -> file.getValue() > 300).map(Object::toString))
                .as("files over 300 lines").isEmpty();
    }

    /** A package that holds most of the code is several concerns in one room, as write/ was. */
    @Test
    void noPackageHoldsThirtyPercentOfTheCode() throws IOException {
        Map<Path, Long> lines = sourceLines();
        long total = lines.values().stream().mapToLong(Long::longValue).sum();
        Map<Path, Long> byPackage = new TreeMap<>();
        lines.forEach((file, n) -> byPackage.merge(file.getParent(), n, Long::sum));
        assertThat(byPackage.entrySet().stream().filter(pkg -> pkg.getValue() * 100 >= total * 30).map(Object::toString))
                .as("packages of 30%% or more of %d lines", total).isEmpty();
    }
}
