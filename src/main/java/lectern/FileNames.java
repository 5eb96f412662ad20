package lectern;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.util.Optional;

/**
 * File names as this Java can spell them. Java turns a file name into bytes in the locale's character set, so under
 * the C or POSIX locale (LANG=C with no LC_ALL, as many containers and CI runners start) it can name files in ASCII
 * alone: a picture called größe.jpg cannot be opened at all, and a name typed on the command line reaches Lectern
 * garbled. No code can get round it from inside Java; the user can, by starting it in a UTF-8 locale.
 */
public final class FileNames {
    /** What the user can do about it. */
    public static final String ADVICE = "run Lectern with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    private static final Charset NAMES = names();

    private FileNames() {
    }

    private static Charset names() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Whether this Java can name a file so: every character has bytes in the locale's character set. */
    public static boolean spellable(String name) {
        return NAMES.newEncoder().canEncode(name);
    }

    /** "the locale's character set, US-ASCII, cannot spell the file name größe.jpg" */
    public static String cannotSpell(String what) {
        return "the locale's character set, " + NAMES.name() + ", cannot spell " + what;
    }

    /**
     * The name, when a failure is a file name the locale cannot spell (Java's {@link InvalidPathException} for it),
     * rather than a name no file system takes.
     */
    public static Optional<String> unspellable(Throwable failure) {
        if (failure instanceof InvalidPathException invalid && !spellable(invalid.getInput())) {
            return Optional.of(invalid.getInput());
        }
        return Optional.empty();
    }
}
