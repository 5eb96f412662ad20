package lectern.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pictures among a paragraph's inline HTML, which flexmark hands over one tag at a time: an {@code <img>} is a
 * picture where it stands; a {@code <picture>} is read from its opening tag to its closing one, its {@code <img>}
 * the picture, else its first {@code <source>}.
 *
 * <p>An {@code <img alt="">} among words ({@code - [Receivers](#receivers) <img alt="" src="Receivers.svg">}) is
 * left off the slides, and reported: an empty alt is HTML's own mark of a picture that only decorates, one a screen
 * reader passes over, and beside words it is the web page's icon, which on a slide of its own would be a 32-pixel
 * icon blown up to fill it. Standing alone it is still the picture the author shows. (Markdown's {@code ![](x.png)}
 * cannot say so: its empty brackets are only an alt not written.)
 */
final class InlinePictures {
    private static final Pattern PICTURE = Pattern.compile("(?i)<picture\\b[^>]*>");
    private static final Pattern PICTURE_END = Pattern.compile("(?i)</picture\\s*>");
    private static final Pattern SOURCE_END = Pattern.compile("(?i)</(?:source|img)\\s*>");

    private final List<Image> images;
    private final List<LeftOut> leftOut;
    private final List<Image> icons = new ArrayList<>();
    private boolean inPicture;
    private boolean pictureHasImg;
    private int pictureLine;
    private Optional<String> firstSource = Optional.empty();

    InlinePictures(List<Image> images, List<LeftOut> leftOut) {
        this.images = images;
        this.leftOut = leftOut;
    }

    /** Takes a tag that is a picture or part of one; false for any other tag. */
    boolean take(String tag, int line) {
        if (HtmlPictures.isImg(tag)) {
            Optional<Image> image = HtmlPictures.img(tag, line, "");
            List<Image> into = HtmlPictures.isDecorative(tag) ? icons : images;
            image.ifPresentOrElse(into::add, () -> leftOut.add(HtmlPictures.noSource(line)));
            pictureHasImg |= inPicture && image.isPresent();
            return true;
        }
        if (PICTURE.matcher(tag).matches()) {
            finish();
            inPicture = true;
            pictureHasImg = false;
            pictureLine = line;
            firstSource = Optional.empty();
            return true;
        }
        if (inPicture && firstSource.isEmpty() && HtmlPictures.firstSource(tag).isPresent()) {
            firstSource = HtmlPictures.firstSource(tag);
            return true;
        }
        if (PICTURE_END.matcher(tag).matches()) {
            finish();
            return true;
        }
        return inPicture && (HtmlPictures.firstSource(tag).isPresent() || SOURCE_END.matcher(tag).matches());
    }

    /**
     * Ends the paragraph: its icons are left out when it has words, and are its pictures when it has none.
     *
     * @param words whether the paragraph has words
     */
    void finish(boolean words) {
        finish();
        if (words) {
            icons.forEach(icon -> leftOut.add(new LeftOut(icon.line(), "picture " + LeftOut.shown(icon.src())
                    + " has an empty alt among words: the web page's icon; left off the slides")));
        } else {
            images.addAll(icons);
        }
        icons.clear();
    }

    /** Ends a {@code <picture>} still open: one the paragraph never closed is still the picture the author meant. */
    private void finish() {
        if (inPicture && !pictureHasImg) {
            firstSource.ifPresent(src -> images.add(new Image(src, "", "", pictureLine)));
        }
        inPicture = false;
    }
}
