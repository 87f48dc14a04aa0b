package vn.ngoaivu.registry.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The changed values as canonical JSON text, the form stored in {@code audit_entry.change_values} and
 * digested: {@code {"field":{"after":"new","before":null},...}}, fields in code-unit order (a
 * {@link TreeMap} of strings), no white space, strings escaped as RFC 8785 (JCS) does: {@code \"}, {@code \\},
 * {@code \b \f \n \r \t}, other control characters as {@code \}{@code u00xx}, everything else as is. One
 * departure: an unpaired surrogate, which JCS refuses, is written as a {@code \}{@code uXXXX} escape so that
 * no value is lost. The text is written once and its digest fixed then; reading it back only needs to
 * understand this shape, so the parser is as small as the writer.
 */
final class CanonicalChanges {

    private CanonicalChanges() {
    }

    static String write(SortedMap<String, Change> changes) {
        StringBuilder out = new StringBuilder(64 + changes.size() * 48);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, change.getKey());
            out.append(":{\"after\":");
            value(out, change.getValue().after());
            out.append(",\"before\":");
            value(out, change.getValue().before());
            out.append('}');
        }
        return out.append('}').toString();
    }

    private static void value(StringBuilder out, Optional<String> value) {
        if (value.isPresent()) {
            string(out, value.get());
        } else {
            out.append("null");
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        String hex = Integer.toHexString(c);
        out.append("0".repeat(4 - hex.length())).append(hex);
    }

    static SortedMap<String, Change> read(String json) {
        Parser p = new Parser(json);
        SortedMap<String, Change> changes = new TreeMap<>();
        p.expect('{');
        if (!p.take('}')) {
            do {
                String field = p.string();
                p.expect(':');
                p.expect('{');
                Optional<String> after = Optional.empty();
                Optional<String> before = Optional.empty();
                do {
                    String key = p.string();
                    p.expect(':');
                    Optional<String> v = p.nullableString();
                    switch (key) {
                        case "after" -> after = v;
                        case "before" -> before = v;
                        default -> throw p.error("unknown key '" + key + "'");
                    }
                } while (p.take(','));
                p.expect('}');
                changes.put(field, new Change(before, after));
            } while (p.take(','));
            p.expect('}');
        }
        p.end();
        return Collections.unmodifiableSortedMap(changes);
    }

    private static final class Parser {
        private final String s;
        private int at;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (at < s.length() && (s.charAt(at) == ' ' || s.charAt(at) == '\n' || s.charAt(at) == '\r' || s.charAt(at) == '\t')) {
                at++;
            }
        }

        boolean take(char c) {
            skipSpace();
            if (at < s.length() && s.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!take(c)) {
                throw error("expected '" + c + "'");
            }
        }

        void end() {
            skipSpace();
            if (at != s.length()) {
                throw error("unexpected text after the end");
            }
        }

        Optional<String> nullableString() {
            skipSpace();
            if (s.startsWith("null", at)) {
                at += 4;
                return Optional.empty();
            }
            return Optional.of(string());
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > s.length()) {
                            throw error("short \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw error("bad \\u escape");
                        }
                        at += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException("malformed audit values at " + at + ": " + message);
        }
    }
}
