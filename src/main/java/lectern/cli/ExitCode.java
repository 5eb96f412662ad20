package lectern.cli;

/** What {@code lectern} tells the shell. */
public final class ExitCode {
    /** Every deck was built (warnings allowed unless {@code --strict}). */
    public static final int OK = 0;
    /** A deck could not be built, or a warning under {@code --strict}. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
