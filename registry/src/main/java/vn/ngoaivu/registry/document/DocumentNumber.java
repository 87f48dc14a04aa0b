package vn.ngoaivu.registry.document;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol (số ký hiệu), as Decree 30/2020/NĐ-CP writes it: {@code 600/KH-SNgV} (number 600;
 * symbol = the document type's abbreviation, then the issuing agency's and optionally the drafting unit's), or for an
 * official letter (công văn), which has no type abbreviation, {@code 123/SNgV-VP}. Legal documents carry the year:
 * {@code 12/2024/NĐ-CP}.
 *
 * <p>{@link #parse} is forgiving about what officers type: surrounding spaces, a leading "Số:", spaces around the
 * slashes, decomposed diacritics, and the look-alike "Ð" (U+00D0) for "Đ". Numbers are written with at least two
 * digits ("01"), as the decree does, so that "1/KH-SNgV" and "01/KH-SNgV" are the same document.
 *
 * @param number the number, at least two digits
 * @param symbol everything after the number's slash: {@code KH-SNgV}, {@code 2024/NĐ-CP}
 */
public record DocumentNumber(String number, String symbol) {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,7})/((?:(\\d{4})/)?([\\p{L}\\d]{1,20}(?:-[\\p{L}\\d]{1,20}){1,4}))");
    private static final Pattern PREFIX = Pattern.compile("^(?i:số)\\s*[:.]?\\s*");

    public static Optional<DocumentNumber> parse(String text) {
        if (text == null || text.length() > 100) {
            return Optional.empty();
        }
        String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00D0', 'Đ').replace('\u00F0', 'đ').strip();
        cleaned = PREFIX.matcher(cleaned).replaceFirst("").replaceAll("\\s*/\\s*", "/").replaceAll("\\s*-\\s*", "-");
        Matcher m = FORM.matcher(cleaned);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (Integer.parseInt(number) == 0) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(number.length() < 2 ? "0" + number : number, m.group(2)));
    }

    /** The first part of the symbol after any year: the type abbreviation ("KH"), or for letters the agency's. */
    public String leadingAbbreviation() {
        String afterYear = symbol.contains("/") ? symbol.substring(symbol.indexOf('/') + 1) : symbol;
        return afterYear.substring(0, afterYear.indexOf('-'));
    }

    /** The year written in the symbol of legal documents ({@code 2024/NĐ-CP}), if any. */
    public Optional<Integer> writtenYear() {
        return symbol.contains("/") ? Optional.of(Integer.parseInt(symbol.substring(0, symbol.indexOf('/')))) : Optional.empty();
    }

    /** As written on the document: {@code 600/KH-SNgV}. */
    public String text() {
        return number + "/" + symbol;
    }

    @Override
    public String toString() {
        return text();
    }
}
