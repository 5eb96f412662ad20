package lectern.pptx.rebuild;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.junit.jupiter.api.Test;

/** Lectern's writer of parts saves a deck as POI's own would, every part and relationship the same bytes. */
class PartWriterTest {

    @Test
    void aDeckSavedByPartWriterIsTheDeckPoiSaves() throws IOException {
        Map<String, byte[]> ours = entries(saved(true));
        Map<String, byte[]> pois = entries(saved(false));

        assertThat(ours.keySet()).isEqualTo(pois.keySet()).contains("ppt/slides/_rels/slide2.xml.rels");
        pois.forEach((name, bytes) -> assertThat(new String(ours.get(name), UTF_8))
                .as(name).isEqualTo(new String(bytes, UTF_8)));
        assertThat(new String(ours.get("ppt/slides/_rels/slide1.xml.rels"), UTF_8))
                .contains("Target=\"https://example.org/a?b=1&amp;c=%222%22\" TargetMode=\"External\"");
    }

    /** Two slides, one with a link whose address needs escaping in XML, and one linking to the other. */
    private static byte[] saved(boolean partWriter) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFSlide first = show.createSlide();
            XSLFSlide second = show.createSlide();
            XSLFTextBox box = first.createTextBox();
            XSLFTextRun web = box.addNewTextParagraph().addNewTextRun();
            web.setText("the web");
            web.createHyperlink().setAddress("https://example.org/a?b=1&c=%222%22");
            XSLFTextRun next = box.addNewTextParagraph().addNewTextRun();
            next.setText("the next slide");
            next.createHyperlink().linkToSlide(second);
            if (partWriter) {
                PartWriter.use(show.getPackage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
