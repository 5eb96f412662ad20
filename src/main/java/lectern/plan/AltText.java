package lectern.plan;

import lectern.read.Image;

/**
 * Alternative text for a picture: the author's alt, else its title, else its caption, else words made from the file
 * name. An alt that only says there is a picture ("Alt text", "screenshot", the file's name) gives way to a title or
 * caption the author wrote, which says what it shows ({@code ![Alt text](explicit_deny.png "Explicit Deny")}).
 */
public final class AltText {
    private AltText() {
    }

    static String of(Image image) {
        boolean placeholder = image.hasPlaceholderAlt();
        if (!image.alt().isBlank() && !(placeholder && (!image.title().isBlank() || !image.caption().isBlank()))) {
            return image.alt().strip();
        }
        if (!image.title().isBlank()) {
            return image.title().strip();
        }
        if (!image.caption().isBlank()) {
            return image.caption().strip();
        }
        return fromFileName(image.src());
    }

    /**
     * The words Lectern makes from a picture's file name when the essay describes it in none of its own: better
     * than nothing for a screen reader, but no description of what the picture shows.
     */
    public static String fromFileName(String src) {
        // Never the path itself: a deck travels, and a path tells where it was made.
        if (src.startsWith("data:")) {
            return "Picture";
        }
        String name = src.replaceFirst("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[-_.+]+|%20", " ").strip();
        if (name.isEmpty()) {
            return "Picture";
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
