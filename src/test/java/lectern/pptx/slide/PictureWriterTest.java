package lectern.pptx.slide;

import static org.assertj.core.api.Assertions.assertThat;

import lectern.deck.Picture;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/** A picture covers its frame, cropped in its own crop rectangle around the point it is about. */
class PictureWriterTest {

    @Test
    void theCropKeepsTheFocusInViewAndStopsAtTheEdge() {
        CTPicture centred = crop(Picture.Focus.CENTRE);
        assertThat(share(centred.getBlipFill().getSrcRect().getL())).isEqualTo(share(centred.getBlipFill().getSrcRect().getR()));
        CTPicture left = crop(new Picture.Focus(0.3, 0.5));
        // A 2:1 picture in a 1:1 frame keeps half its width: centred on 30 %, from 5 % to 55 %.
        assertThat(share(left.getBlipFill().getSrcRect().getL())).isEqualTo(0.05);
        assertThat(share(left.getBlipFill().getSrcRect().getR())).isEqualTo(0.45);
        CTPicture edge = crop(new Picture.Focus(0.05, 0.5));
        assertThat(share(edge.getBlipFill().getSrcRect().getL())).isEqualTo(0.0);
        assertThat(share(edge.getBlipFill().getSrcRect().getR())).isEqualTo(0.5);
    }

    private static CTPicture crop(Picture.Focus focus) {
        CTPicture ct = CTPicture.Factory.newInstance();
        ct.addNewBlipFill().addNewBlip();
        PictureWriter.cover(ct, 2000, 1000, 500, 500, focus);
        return ct;
    }

    private static double share(Object edge) {
        return edge == null ? 0 : Math.round(Double.parseDouble(edge.toString().replace("%", "")) / 1000.0) / 100.0;
    }
}
