package lectern.picture;

/** Why a picture could not be used, in words for the essay's author. */
public final class PictureProblem extends Exception {
    private final String advice;
    /** The file is not there to read (or is on the web), rather than there but not usable. */
    private final boolean missing;

    PictureProblem(String message) {
        this(message, "");
    }

    /** @param advice what the author can do, for the warning only: it may name folders of their machine */
    PictureProblem(String message, String advice) {
        this(message, advice, false);
    }

    PictureProblem(String message, String advice, boolean missing) {
        super(message);
        this.advice = advice;
        this.missing = missing;
    }

    public boolean missing() {
        return missing;
    }

    public String advice() {
        return advice;
    }
}
