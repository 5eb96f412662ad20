package lectern.plan;

import lectern.read.Image;

/** Alternative text for a picture: the author's alt, else its title, else words made from the file name. */
public final class AltText {
    private AltText() {
    }

    static String of(Image image) {
        if (!image.alt().isBlank()) {
            return image.alt().strip();
        }
        if (!image.title().isBlank()) {
            return image.title().strip();
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
