package lectern.pptx.rebuild;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.openxml4j.opc.internal.PartMarshaller;

/**
 * Saves a part and its relationships into POI's zip as POI's own marshaller does, byte for byte, but writes the
 * relationships as text: POI builds a DOM and a fresh XSLT transformer for each of them, which in a deck of a
 * thousand slides (two thousand relationship parts) was a seventh of the build.
 */
final class PartWriter implements PartMarshaller {
    private static final PartWriter INSTANCE = new PartWriter();
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";

    private PartWriter() {
    }

    /**
     * Makes every part of {@code pkg} be saved by this writer, but the core properties, which POI keeps as fields
     * and saves with a writer of its own; parts of a type added later fall back to POI's.
     */
    static void use(OPCPackage pkg) throws IOException {
        Set<String> types = new TreeSet<>();
        try {
            for (PackagePart part : pkg.getParts()) {
                if (!(part instanceof PackagePropertiesPart)) {
                    types.add(part.getContentType());
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        types.forEach(type -> pkg.addMarshaller(type, INSTANCE));
    }

    @Override
    public boolean marshall(PackagePart part, OutputStream out) throws OpenXML4JException {
        if (!(out instanceof ZipArchiveOutputStream zip)) {
            throw new OpenXML4JException("a part can only be saved into POI's zip, not " + out.getClass().getName());
        }
        try {
            zip.putArchiveEntry(new ZipArchiveEntry(zipName(part.getPartName().getName())));
            try (InputStream in = part.getInputStream()) {
                in.transferTo(zip);
            } finally {
                zip.closeArchiveEntry();
            }
            if (part.hasRelationships()) {
                String relationships = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName();
                zip.putArchiveEntry(new ZipArchiveEntry(zipName(relationships)));
                try {
                    zip.write(relationships(part).getBytes(StandardCharsets.UTF_8));
                } finally {
                    zip.closeArchiveEntry();
                }
            }
            return true;
        } catch (IOException e) {
            throw new OpenXML4JException("could not save " + part.getPartName().getName() + ": " + e.getMessage(), e);
        }
    }

    /** The relationships part as POI's transformer writes it: attributes in name order, no indentation. */
    private static String relationships(PackagePart part) throws InvalidFormatException {
        URI source = part.getPartName().getURI();
        StringBuilder xml = new StringBuilder(HEAD);
        for (PackageRelationship relationship : part.getRelationships()) {
            boolean external = relationship.getTargetMode() == TargetMode.EXTERNAL;
            URI target = relationship.getTargetURI();
            // A hyperlink's target is kept as written, even one inside the package, as POI does.
            boolean asWritten = external || PackageRelationshipTypes.HYPERLINK_PART.equals(relationship.getRelationshipType());
            String written = asWritten ? target.toString() : PackagingURIHelper.relativizeURI(source, target, true).toString();
            xml.append("<Relationship Id=\"");
            escape(relationship.getId(), xml);
            xml.append("\" Target=\"");
            escape(written, xml);
            if (external) {
                xml.append("\" TargetMode=\"External");
            }
            xml.append("\" Type=\"");
            escape(relationship.getRelationshipType(), xml);
            xml.append("\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    /** A part name without its leading slash, as the zip names it. */
    private static String zipName(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    private static void escape(String value, StringBuilder xml) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\n' -> xml.append("&#10;");
                case '\r' -> xml.append("&#13;");
                case '\t' -> xml.append("&#9;");
                default -> xml.append(c);
            }
        }
    }
}
