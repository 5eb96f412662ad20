package lectern.picture;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether a picture an essay names would go into its deck, asked without writing one: the build's own reading of
 * the file (where it looks, which formats it takes, the header it needs), so a check and a build never disagree
 * about a picture.
 */
public final class PictureCheck {
    private PictureCheck() {
    }

    /**
     * Why a picture would leave a marked gap on its slide.
     *
     * @param missing the file is not there (or is remote and not fetched), rather than there but not usable
     * @param message what is wrong, in the words a build's warning uses
     */
    public record Problem(boolean missing, String message) {

        /**
         * The problem a deck's gap states. A gap keeps only the words a build wrote into it, so whether the picture
         * was missing is told by those words, which are this package's own.
         */
        public static Problem inGap(String words) {
            return new Problem(words.contains(PictureFile.NOT_FOUND) || words.contains(PictureFile.ON_THE_WEB), words);
        }
    }

    /**
     * The problem with the picture {@code src} of the essay {@code essay}; empty when a build can use it.
     *
     * @param allowOutside folders pictures may come from besides the essay's own (--allow-outside)
     */
    public static Optional<Problem> of(String src, Path essay, List<Path> allowOutside) {
        try {
            PictureFile file = PictureFile.load(src, essay, PictureFolders.of(essay, allowOutside));
            // An SVG's PNG, which LibreOffice and older PowerPoint show, may fail to draw or come out blank.
            if (file.format() == PictureFormat.SVG) {
                PictureIntake.drawable(file);
            }
            return Optional.empty();
        } catch (PictureProblem e) {
            return Optional.of(new Problem(e.missing(), e.getMessage()));
        }
    }

    /**
     * Every file the picture {@code src} of {@code essay} may be read from, whether it is there now or not: what to
     * keep an eye on to notice it being saved, added or fixed.
     */
    public static List<Path> places(String src, Path essay) {
        return PictureFile.places(src, essay);
    }
}
