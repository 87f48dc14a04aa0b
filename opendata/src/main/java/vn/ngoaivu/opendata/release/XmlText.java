package vn.ngoaivu.opendata.release;

import java.io.IOException;
import java.io.Writer;

/** XML 1.0 escaping for the RDF/XML distribution. */
final class XmlText {

    private XmlText() {
    }

    /** Character data: {@code & < >} as entities, CR as a reference (a parser would turn a raw CR into LF). */
    static void text(Writer out, String value) throws IOException {
        escape(out, value, false);
    }

    /**
     * An attribute value, without its quotes: also {@code "} and the whitespace a parser would normalise to a
     * space (tab, LF, CR), as character references.
     */
    static void attribute(Writer out, String value) throws IOException {
        escape(out, value, true);
    }

    private static void escape(Writer out, String value, boolean attribute) throws IOException {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement;
            switch (c) {
                case '&' -> replacement = "&amp;";
                case '<' -> replacement = "&lt;";
                case '>' -> replacement = "&gt;";
                case '\r' -> replacement = "&#xD;";
                case '"' -> replacement = attribute ? "&quot;" : null;
                case '\n' -> replacement = attribute ? "&#xA;" : null;
                case '\t' -> replacement = attribute ? "&#x9;" : null;
                default -> {
                    requireXmlChar(value, i);
                    replacement = null;
                }
            }
            if (replacement != null) {
                out.write(value, start, i - start);
                out.write(replacement);
                start = i + 1;
            }
        }
        out.write(value, start, length - start);
    }

    /** XML 1.0 cannot carry most control characters, U+FFFE, U+FFFF or a lone surrogate, not even escaped. */
    private static void requireXmlChar(String value, int index) {
        char c = value.charAt(index);
        boolean valid;
        if (c < 0x20) {
            valid = false; // tab, LF and CR are handled by the caller
        } else if (Character.isHighSurrogate(c)) {
            valid = index + 1 < value.length() && Character.isLowSurrogate(value.charAt(index + 1));
        } else if (Character.isLowSurrogate(c)) {
            valid = index > 0 && Character.isHighSurrogate(value.charAt(index - 1));
        } else {
            valid = c != 0xFFFE && c != 0xFFFF;
        }
        if (!valid) {
            throw new IllegalArgumentException(String.format(
                    "Character U+%04X cannot be written in XML 1.0 (in \"%s\")", (int) c, value));
        }
    }
}
