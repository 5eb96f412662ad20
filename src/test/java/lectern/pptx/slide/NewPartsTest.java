package lectern.pptx.slide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.junit.jupiter.api.Test;

/** Slides numbered by counting on come out as POI's createSlide makes them, after the slides a deck has. */
class NewPartsTest {
    @Test
    void slidesComeAfterThoseTheDeckHasWithPoisNamesIdsAndLayouts() throws IOException {
        try (XMLSlideShow show = new XMLSlideShow()) {
            XSLFSlideLayout layout = show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
            XSLFSlide theirs = show.createSlide(layout);
            NewParts parts = new NewParts(show);

            XSLFSlide second = parts.slide(layout);
            XSLFSlide third = parts.slide(layout);

            assertThat(show.getSlides()).containsExactly(theirs, second, third);
            assertThat(second.getPackagePart().getPartName().getName()).isEqualTo("/ppt/slides/slide2.xml");
            assertThat(third.getPackagePart().getPartName().getName()).isEqualTo("/ppt/slides/slide3.xml");
            assertThat(show.getCTPresentation().getSldIdLst().getSldIdList()).extracting(id -> id.getId())
                    .containsExactly(256L, 257L, 258L);
            assertThat(third.getSlideLayout()).isSameAs(layout);
            assertThat(third.getPlaceholders()).hasSameSizeAs(theirs.getPlaceholders());
            assertThat(parts.notesNumber()).isEqualTo(1);

            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            show.write(saved);
            try (XMLSlideShow again = new XMLSlideShow(new ByteArrayInputStream(saved.toByteArray()))) {
                assertThat(again.getSlides()).hasSize(3);
            }
        }
    }
}
