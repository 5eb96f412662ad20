package lectern.pptx.xml;

import java.nio.file.Path;
import java.util.List;
import lectern.LecternException;

/**
 * An Office file of another kind, told by where its parts are: a Word document renamed .pptx is named for what
 * it is, not for the presentation POI fails to find in it.
 */
final class OtherKinds {
    private OtherKinds() {
    }

    /** @param wanted what the file should have been: "a PowerPoint deck (.pptx)" */
    static void refuse(Path file, List<String> names, String wanted) {
        if (names.stream().anyMatch(name -> name.startsWith("ppt/"))) {
            return;
        }
        String kind = names.stream().anyMatch(name -> name.startsWith("word/")) ? "a Word document (.docx)"
                : names.stream().anyMatch(name -> name.startsWith("xl/")) ? "an Excel workbook (.xlsx)"
                : names.contains("mimetype") && names.contains("content.xml") ? "an OpenDocument file (.odp, .odt)"
                : null;
        if (kind != null) {
            throw new LecternException(file, 0, "is " + kind + ", not " + wanted);
        }
    }
}
