package lectern.pptx.design;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a template holds that a deck must not carry, taken out of its zip before POI reads it: its macros (a
 * macro-enabled .potm or .pptm has a VBA project, and a .pptx that claims one is a file PowerPoint refuses) and
 * its links to outside it (pictures linked rather than embedded, addresses a shape or text links to). A deck
 * travels: macros would run wherever it is opened, and what a link leads to does not travel with it.
 */
final class MacrosAndLinks {
    private static final String MACRO_ENABLED = ".macroEnabled.main+xml";
    private static final String PRESENTATION = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    private static final String VBA = "application/vnd.ms-office.vbaProject";
    private static final String VBA_RELATIONSHIP = "/vbaProject";
    private static final int NAMED = 3;

    private MacrosAndLinks() {
    }

    /**
     * The template as a deck may carry it.
     *
     * @param leftOut one line for each kind of thing taken out, saying what and why
     */
    record Cleaned(byte[] bytes, List<String> leftOut) {
        Cleaned {
            leftOut = List.copyOf(leftOut);
        }
    }

    /** A template with nothing to take out is given back as it is, byte for byte. */
    static Cleaned clean(byte[] bytes) throws IOException {
        Map<String, byte[]> parts;
        try {
            parts = unzip(bytes);
        } catch (IOException e) {
            // POI reads the same entries with the same reader next, and says what is broken.
            return new Cleaned(bytes, List.of());
        }
        if (!holdsAny(parts)) {
            return new Cleaned(bytes, List.of());
        }
        PackageXml pkg = new PackageXml(parts);
        List<String> leftOut = new ArrayList<>();
        List<String> macros = macros(pkg);
        if (!macros.isEmpty()) {
            leftOut.add("left out the template's macros (" + String.join(", ", macros) + "): a deck travels, and "
                    + "macros would run wherever it is opened; the deck is a .pptx, which holds none");
        }
        List<String> links = links(pkg);
        if (!links.isEmpty()) {
            String named = String.join(", ", links.subList(0, Math.min(NAMED, links.size())))
                    + (links.size() > NAMED ? " and " + (links.size() - NAMED) + " more" : "");
            leftOut.add("left out the template's " + (links.size() == 1 ? "link" : links.size() + " links")
                    + " to outside it (" + named + "): a deck travels, and what a link leads to does not travel with it");
        }
        return new Cleaned(zip(pkg.parts()), leftOut);
    }

    private static boolean holdsAny(Map<String, byte[]> parts) {
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String name = part.getKey();
            if (name.endsWith(".rels") || name.equals(PackageXml.CONTENT_TYPES)) {
                String text = new String(part.getValue(), StandardCharsets.UTF_8);
                if (text.contains("External") || text.contains(VBA_RELATIONSHIP) || text.contains(MACRO_ENABLED)
                        || text.contains(VBA)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Takes out the VBA project, what hangs from it (its signatures), and says the package is a plain presentation. */
    private static List<String> macros(PackageXml pkg) throws IOException {
        Set<String> gone = new HashSet<>();
        for (String source : pkg.sources()) {
            for (Element relationship : pkg.relationships(source)) {
                if (relationship.getAttribute("Type").endsWith(VBA_RELATIONSHIP)) {
                    pkg.removeRelationship(source, relationship);
                    gone.add(pkg.target(source, relationship));
                }
            }
        }
        gone.addAll(pkg.partsOfType(VBA));
        List<String> removed = new ArrayList<>();
        for (String part : List.copyOf(gone)) {
            removed.addAll(pkg.removeWithWhatItLeadsTo(part));
        }
        boolean macroEnabled = pkg.replaceContentTypes(type -> type.endsWith(MACRO_ENABLED) ? PRESENTATION : type);
        pkg.removeDefaultsOfType(type -> type.startsWith(VBA));
        if (removed.isEmpty() && macroEnabled) {
            removed.add("its macro-enabled format");
        }
        return removed.stream().map(part -> part.startsWith("/") ? part.substring(1) : part).toList();
    }

    /**
     * Takes out every relationship that leads outside the package, and what in the part used it: a hyperlink goes
     * (the text or shape stays), a linked picture keeps what it embeds, if anything. The template's own slides go
     * anyway, so what they link to is not named.
     */
    private static List<String> links(PackageXml pkg) throws IOException {
        List<String> named = new ArrayList<>();
        for (String source : pkg.sources()) {
            Set<String> ids = new HashSet<>();
            for (Element relationship : pkg.relationships(source)) {
                if ("External".equals(relationship.getAttribute("TargetMode"))) {
                    pkg.removeRelationship(source, relationship);
                    ids.add(relationship.getAttribute("Id"));
                    if (!source.startsWith("/ppt/slides/") && !source.startsWith("/ppt/notesSlides/")) {
                        named.add(relationship.getAttribute("Target") + " in " + where(source));
                    }
                }
            }
            if (!ids.isEmpty() && pkg.isXml(source)) {
                Document xml = pkg.xml(source);
                PackageXml.removeReferences(xml.getDocumentElement(), ids);
                pkg.write(source, xml);
            }
        }
        return named;
    }

    private static String where(String part) {
        String name = part.substring(part.lastIndexOf('/') + 1);
        return name.startsWith("slideMaster") ? "its slide master"
                : name.startsWith("slideLayout") ? "a layout"
                : name.startsWith("theme") ? "its theme"
                : name.startsWith("notesMaster") ? "its notes master"
                : name.startsWith("handoutMaster") ? "its handout master"
                : part.equals(PackageXml.ROOT) ? "the package"
                : part.substring(1);
    }

    /** The entries as POI reads a template's: with commons-compress, one after another. */
    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
