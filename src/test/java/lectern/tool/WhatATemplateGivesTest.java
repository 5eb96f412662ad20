package lectern.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lectern.Locations;
import lectern.pptx.design.TemplateDoctor;
import lectern.testing.Cli;
import lectern.testing.LibreOffice;
import lectern.testing.OoxmlSchemas;
import lectern.testing.PackageParts;
import lectern.testing.Templates;
import lectern.testing.Zipped;
import lectern.theme.ThemeLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template gives a deck its layouts, theme and masters, and nothing else: not its macros, not its links to
 * outside it (each left out with one warning, since a deck travels), not its properties; and a deck Lectern built,
 * as Lectern wrote it or as LibreOffice saved it again, is a template like any other.
 */
class WhatATemplateGivesTest {
    private static final Pattern COLOUR = Pattern.compile("<a:srgbClr val=\"([0-9A-Fa-f]{6})\"");

    @TempDir
    Path dir;
    private Path essay;
    private Path deck;

    @BeforeEach
    void anEssay() throws IOException {
        essay = Files.writeString(dir.resolve("talk.md"), "# Talk\n\n## Part\n\n**A claim.** Prose.\n");
        deck = dir.resolve("out").resolve("talk.pptx");
    }

    private Cli.Result build(Path template) {
        Cli.Result result = Cli.run("build", essay.toString(), "-o", deck.getParent().toString(), "--quiet",
                "--template", template.toString()).saysNoJava();
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }

    private static String warning(Path template, String message) {
        return Locations.format(template, 0) + ": warning: " + message;
    }

    private void holdsTogether() throws IOException {
        assertThat(PackageParts.problems(deck)).isEmpty();
        assertThat(OoxmlSchemas.problems(deck)).isEmpty();
    }

    /** Every relationship of every part of the deck. */
    private List<Zipped.Relationship> relationships() throws IOException {
        Zipped zip = Zipped.read(deck);
        List<Zipped.Relationship> all = new ArrayList<>();
        for (String name : zip.names()) {
            Zipped.sourceOf(name).ifPresent(source -> {
                try {
                    all.addAll(zip.relationships(source));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return all;
    }

    @Test
    void aMacroEnabledTemplateGivesADeckWithoutItsMacros() throws IOException {
        Path template = Templates.macroEnabled(dir);
        assertThat(build(template).errLines()).containsExactly(warning(template, "left out the template's macros ("
                + Templates.VBA_PROJECT + ", ppt/vbaProjectSignature.bin): a deck travels, and macros would run wherever "
                + "it is opened; the deck is a .pptx, which holds none"));
        Zipped zip = Zipped.read(deck);
        assertThat(zip.names()).noneMatch(name -> name.contains("vbaProject"));
        assertThat(zip.text("/[Content_Types].xml")).doesNotContain("vbaProject", "macroEnabled")
                .contains("presentationml.presentation.main+xml");
        assertThat(relationships()).noneMatch(r -> r.type().contains("vbaProject"));
        holdsTogether();
        // The doctor says so before anyone builds.
        assertThat(TemplateDoctor.examine(template, ThemeLoader.load("default")).findings())
                .contains(new TemplateDoctor.Finding("warning", "left out the template's macros (" + Templates.VBA_PROJECT
                        + ", ppt/vbaProjectSignature.bin): a deck travels, and macros would run wherever it is opened; "
                        + "the deck is a .pptx, which holds none"));
    }

    @Test
    void aTemplatesLinksToOutsideItStayBehindWithOneWarning() throws IOException {
        Path template = Templates.linkingOutside(dir);
        assertThat(build(template).errLines()).singleElement().asString()
                .startsWith(warning(template, "left out the template's 3 links to outside it ("))
                .contains(Templates.OUTSIDE.get(0) + " in its slide master", Templates.OUTSIDE.get(1) + " in a layout",
                        Templates.OUTSIDE.get(2) + " in its theme")
                .endsWith("): a deck travels, and what a link leads to does not travel with it");
        assertThat(relationships()).noneMatch(Zipped.Relationship::external);
        Zipped zip = Zipped.read(deck);
        for (String name : zip.names()) {
            assertThat(zip.text(name)).as(name).doesNotContain("example.com", "S:/Brand");
        }
        // The layout's shapes stay: the logo's frame is there, with nothing linked into it.
        assertThat(String.join("", zip.names().stream().filter(n -> n.startsWith("/ppt/slideLayouts/slideLayout"))
                .map(n -> text(zip, n)).toList())).contains("name=\"Logo\"");
        holdsTogether();
    }

    private static String text(Zipped zip, String part) {
        try {
            return zip.text(part);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTemplateWithNothingToLeaveOutIsUsedAsItIsAndSaysNothing() throws IOException {
        assertThat(build(Templates.fourThree(dir)).errLines()).isEmpty();
        holdsTogether();
    }

    @Test
    void aDeckLecternBuiltIsATemplateWithItsLookAndNothingElse() throws IOException {
        Path earlier = lecternDeck();
        assertThat(build(earlier).errLines()).isEmpty();
        holdsTogether();
        assertThat(colours(deck)).isEqualTo(colours(earlier)).isNotEqualTo(colours(lecternDefault()));
        assertThat(Zipped.read(deck).text("/docProps/custom.xml")).containsOnlyOnce("name=\"Lectern fingerprint\"");
    }

    @Test
    void aDeckLibreOfficeSavedAgainIsATemplateWithItsLook() throws Exception {
        LibreOffice.assumeInstalled();
        Path resaved = LibreOffice.convert(lecternDeck(), Files.createDirectories(dir.resolve("resaved")), "pptx");
        assertThat(build(resaved).errLines()).isEmpty();
        // LibreOffice writes bullet sizes in its masters as PowerPoint 2007 did (45000), which the schemas POI
        // compiled do not take; PowerPoint and LibreOffice open the deck, and the package holds together.
        assertThat(PackageParts.problems(deck)).isEmpty();
        assertThat(colours(deck)).isEqualTo(colours(resaved));
    }

    private Path lecternDeck() {
        Path earlier = dir.resolve("earlier");
        assertThat(Cli.run("build", essay.toString(), "-o", earlier.toString(), "--quiet", "--theme", "dark").exit()).isZero();
        return earlier.resolve("talk.pptx");
    }

    private Path lecternDefault() {
        Path plain = dir.resolve("plain");
        assertThat(Cli.run("build", essay.toString(), "-o", plain.toString(), "--quiet").exit()).isZero();
        return plain.resolve("talk.pptx");
    }

    /** The colours of the first master's theme, as its colour scheme gives them. */
    private static List<String> colours(Path pptx) throws IOException {
        Zipped zip = Zipped.read(pptx);
        String master = zip.targets("/ppt/presentation.xml", "slideMaster").get(0);
        String theme = zip.targets(master, "theme").get(0);
        String xml = zip.text(theme);
        String scheme = xml.substring(xml.indexOf("<a:clrScheme"), xml.indexOf("</a:clrScheme>"));
        List<String> colours = new ArrayList<>();
        for (Matcher m = COLOUR.matcher(scheme); m.find(); ) {
            colours.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return colours;
    }
}
