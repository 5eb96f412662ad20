package lectern.read;

/**
 * Something the reader found and left out of the essay, with why: reported as a warning where the reader knows the
 * file (the inline reader does not).
 *
 * @param message what was left out and what Lectern did instead, as the warning says it
 */
record LeftOut(int line, String message) {
    /** A picture's address as a message shows it: whole when short. */
    static String shown(String src) {
        return src.length() <= 60 ? src : src.substring(0, 57) + "...";
    }
}
