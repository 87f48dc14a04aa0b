package vn.ngoaivu.registry.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cell text rules shared by the sheet readers and writers: formula-injection escaping, normalisation, lists. */
public final class Cells {

    /** How list cells are joined on export. */
    public static final String LIST_SEPARATOR = "; ";


    private Cells() {
    }

    /**
     * Whether a spreadsheet program may take text starting with this character for a formula (OWASP CSV
     * injection guidance: = + - @, tab, carriage return).
     */
    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The number of leading apostrophes. */
    private static int quotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i;
    }

    /**
     * Text as written to a cell: with a leading apostrophe when it starts with a formula trigger, or with
     * apostrophes followed by one (so that {@link #unescape} gives back exactly the original text).
     */
    public static String escape(String text) {
        int quotes = quotes(text);
        return quotes < text.length() && isTrigger(text.charAt(quotes)) ? "'" + text : text;
    }

    /** The inverse of {@link #escape}: one apostrophe removed before a formula trigger ("'=1+2" → "=1+2"). */
    public static String unescape(String text) {
        int quotes = quotes(text);
        return quotes > 0 && quotes < text.length() && isTrigger(text.charAt(quotes)) ? text.substring(1) : text;
    }

    /** One-line text: NFC, every run of white space (line breaks, no-break spaces) one space, stripped. */
    public static String line(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean clean = true;
        for (int i = start; i < end && clean; i++) {
            char c = s.charAt(i);
            // Inside [start, end) the last character is not a space, so i + 1 < end here.
            clean = !isSpace(c) || (c == ' ' && !isSpace(s.charAt(i + 1)));
        }
        if (clean) {
            return s.substring(start, end);
        }
        StringBuilder line = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space) {
                    line.append(' ');
                    space = false;
                }
                line.append(c);
            }
        }
        return line.toString();
    }

    /** White space, including the no-break spaces that text copied from web pages and Word carries. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Multi-line text (notes): NFC, line breaks as \n, stripped. */
    public static String multiline(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * The items of a list cell: split on ';' (or its full-width form) and on line breaks (Alt+Enter in Excel),
     * each {@link #line}d, blanks and repeats dropped.
     */
    public static List<String> items(String text) {
        Set<String> items = new LinkedHashSet<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == ';' || c == '\uFF1B' || c == '\r' || c == '\n') {
                String item = line(text.substring(from, i));
                if (!item.isEmpty()) {
                    items.add(item);
                }
                from = i + 1;
            }
        }
        return new ArrayList<>(items);
    }

    /** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** A value quoted in a message, shortened when long. */
    public static String quote(String value) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return "\u201C" + shown + "\u201D";
    }
}
