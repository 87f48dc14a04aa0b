package vn.ngoaivu.ontology;

/**
 * Small helpers for writing HTML pages by hand. Output is also well-formed XML (every element closed,
 * only the five XML entities), so that tests can check pages with an XML parser.
 */
public final class Html {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:62rem;margin:2rem auto;\
            padding:0 1rem;line-height:1.5;color:#1b1b1b}
            h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.5rem}
            a{color:#0b57a4}code{font-family:ui-monospace,monospace;font-size:.92em}
            .en{color:#555}
            .term{border-left:3px solid #dde6f0;padding-left:1rem;margin:1.5rem 0}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;\
            vertical-align:top}th{background:#f3f6f9}
            """;

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link whose text is {@code text} and whose target is {@code href}, both escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A complete HTML5 page in Vietnamese, UTF-8, with the shared inline style and no script. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }
}
