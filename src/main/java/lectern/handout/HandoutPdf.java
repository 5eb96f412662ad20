package lectern.handout;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The handout as PDF: its Markdown as an HTML page with a print style sheet, set by LibreOffice Writer. Writer
 * flows the notes over as many pages as they need, where a deck's notes page cuts them off at its bottom edge.
 */
final class HandoutPdf {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));

    private final LibreOffice libreOffice;

    HandoutPdf(LibreOffice libreOffice) {
        this.libreOffice = libreOffice;
    }

    byte[] convert(String markdown, String title, Path target) {
        byte[] html = html(markdown, title).getBytes(StandardCharsets.UTF_8);
        return libreOffice.convert("handout.html", html, "HTML (StarWriter)", "pdf:writer_pdf_Export", target);
    }

    static String html(String markdown, String title) {
        // Writer draws a table's rules and gaps from its HTML attributes; it ignores the style sheet's borders.
        String body = HtmlRenderer.builder(OPTIONS).build().render(Parser.builder(OPTIONS).build().parse(markdown))
                .replace("<table>", "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">");
        return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<style>\n" + styleSheet() + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String styleSheet() {
        try (InputStream in = Objects.requireNonNull(HandoutPdf.class.getResourceAsStream("handout.css"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
