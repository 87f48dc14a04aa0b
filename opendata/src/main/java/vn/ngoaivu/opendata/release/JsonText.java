package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.Writer;

/** JSON string literals, for the files written by hand (streaming, so no JSON library's tree is built). */
final class JsonText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Writes {@code value} as a JSON string, quotes included (RFC 8259 escapes; non-ASCII stays UTF-8). */
    static void string(Writer out, String value) throws IOException {
        out.write('"');
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.write(value, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    out.write("\\u00");
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(value, start, length - start);
        out.write('"');
    }

    /** Writes {@code "key": } ready for a value. */
    static void key(Writer out, String key) throws IOException {
        string(out, key);
        out.write(": ");
    }
}
