package vn.ngoaivu.registry.national;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes identifiers for a URI path segment or query value: every byte of the UTF-8 form except RFC 3986's
 * unreserved characters becomes {@code %XX}. A slash, {@code %}, {@code ?}, {@code #}, {@code @} or {@code :} in an
 * identifier thus stays inside its segment and can neither climb the path nor name another host.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * One path segment. Empty, {@code .} and {@code ..} are refused: they are not identifiers, and a server that
     * normalises dot segments would read them as a move in the path even when encoded.
     */
    static String segment(String value) {
        if (value == null || value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException("not an identifier: " + (value == null ? "null" : "'" + value + "'"));
        }
        return encode(value);
    }

    static String queryValue(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
