package lectern.picture;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A picture written into the essay itself as a {@code data:} address: {@code data:image/png;base64,iVBOR...}, or
 * for an SVG often its text, percent-encoded. The picture is in the essay, so nothing is fetched; it is only held
 * to the same size limit as a picture file.
 */
final class InlinePicture {
    private InlinePicture() {
    }

    static boolean is(String src) {
        return src.regionMatches(true, 0, "data:", 0, 5);
    }

    static byte[] decode(String src) throws PictureProblem {
        int comma = src.indexOf(',');
        if (comma < 0) {
            throw problem(src, "has no ',' before its data");
        }
        String header = src.substring(5, comma).toLowerCase(Locale.ROOT);
        String data = src.substring(comma + 1);
        boolean base64 = header.endsWith(";base64");
        // Checked before decoding, so an enormous address is never decoded just to be refused.
        long size = base64 ? data.length() / 4L * 3 : data.length();
        if (size > PictureFile.MAX_BYTES) {
            throw problem(src, "is larger than the " + PictureFile.MAX_BYTES / (1024 * 1024) + " MB a picture may be");
        }
        try {
            return base64 ? Base64.getDecoder().decode(data.replaceAll("\\s", ""))
                    : URLDecoder.decode(data.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw problem(src, base64 ? "is not valid base64" : "is not valid percent-encoding");
        }
    }

    /** What messages call it: the start of the address, which is all the essay gives it. */
    static String name(String src) {
        return "inline picture (" + (src.length() <= 40 ? src : src.substring(0, 37) + "...") + ")";
    }

    private static PictureProblem problem(String src, String what) {
        return new PictureProblem(name(src) + " " + what);
    }
}
