package lectern.picture;

/**
 * What a picture is, as far as showing it goes: how large, and whether it is a diagram, which must be seen whole
 * (cropping a chart cuts off its axis), or a photograph, which may fill a frame and lose its edges.
 *
 * <p>The rule, from the picture's own pixels ({@link PictureIntake#look}):
 * <ul>
 *   <li>an SVG or a GIF is a {@link Kind#DIAGRAM};</li>
 *   <li>so is a raster whose transparency is used (some pixel's alpha is below 255), which is then
 *       {@code transparent}: nothing behind it but the slide;</li>
 *   <li>so is a raster mostly of flat colour, as charts, screenshots and line art are: with each channel cut to 5
 *       bits, its most common colour covers at least a quarter of its pixels, or it has fewer distinct colours
 *       than 512 (an eighth of its pixels, for a picture smaller than 4096 pixels);</li>
 *   <li>any other raster is a {@link Kind#PHOTOGRAPH}, and so is every JPEG, whatever its colours: cameras save
 *       JPEG, and an illustration saved so is made to be cropped as a photograph is; so is a picture whose colours
 *       the JDK cannot decode (a CMYK JPEG, which is what cameras' and printers' workflows make).</li>
 * </ul>
 * An SVG is {@code transparent} unless it paints its whole canvas: drawn small, each of its corners is opaque.
 * A large raster is judged by pixels sampled on a grid, about 65,000 of them, so a few transparent pixels between
 * the samples may go unseen.
 *
 * @param width  pixels (for an SVG, its own units)
 * @param height pixels (for an SVG, its own units)
 */
public record PictureLook(int width, int height, Kind kind, boolean transparent) {
    /** Whether a picture must be seen whole or may be cropped to fill. */
    public enum Kind { DIAGRAM, PHOTOGRAPH }

    /** Width over height. */
    public double aspect() {
        return (double) width / height;
    }
}
