package lectern.theme;

import java.util.Locale;

/** An sRGB colour, as themes write it ({@code #RRGGBB}). */
public record Rgb(int red, int green, int blue) {

    public static Rgb parse(String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not a colour");
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }

    /** Six hex digits without {@code #}, as DrawingML's {@code srgbClr} wants them. */
    public String hex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    public byte[] bytes() {
        return new byte[] {(byte) red, (byte) green, (byte) blue};
    }
}
