package lectern.pptx.slide;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Makes the author's link addresses ones a deck can hold. Markdown takes an address as written
 * ({@code /url\bar}, {@code http://example.com/[x]}, spaces in angle brackets); a deck stores it as a URI,
 * so, as Markdown's own HTML renderers do, characters a URI cannot carry are percent-encoded. An address that
 * is still no URI loses its link, never its words.
 */
final class Links {
    /** What may stand in a URI as it is: unreserved and reserved characters, and {@code %} of an escape. */
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=%";

    private Links() {
    }

    static void add(XSLFTextRun run, String address) {
        uri(address).ifPresent(uri -> run.createHyperlink().setAddress(uri));
    }

    /** The address as a URI POI accepts, when there is one. */
    static java.util.Optional<String> uri(String address) {
        String encoded = encode(address.strip());
        try {
            new URI(encoded);
            return encoded.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(encoded);
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    private static String encode(String address) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = address.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && !(i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]));
            if (!escape && b < 0x80 && (Character.isLetterOrDigit(b) || ALLOWED.indexOf(b) >= 0)) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b));
            }
        }
        return out.toString();
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
