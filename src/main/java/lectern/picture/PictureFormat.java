package lectern.picture;

/** The kinds of picture Lectern takes into a deck, told by their first bytes, never by their names. */
public enum PictureFormat {
    JPEG, PNG, GIF, BMP, TIFF, SVG
}
