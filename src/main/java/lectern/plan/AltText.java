package lectern.plan;

import lectern.read.Image;

/** Alternative text for a picture: the author's alt, else its title, else words made from the file name. */
final class AltText {
    private AltText() {
    }

    static String of(Image image) {
        if (!image.alt().isBlank()) {
            return image.alt().strip();
        }
        if (!image.title().isBlank()) {
            return image.title().strip();
        }
        // Never the path itself: a deck travels, and a path tells where it was made.
        if (image.src().startsWith("data:")) {
            return "Picture";
        }
        String name = image.src().replaceFirst("[?#].*$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[-_.+]+|%20", " ").strip();
        if (name.isEmpty()) {
            return "Picture";
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
