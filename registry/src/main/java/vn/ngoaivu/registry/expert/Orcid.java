package vn.ngoaivu.registry.expert;

import java.util.Locale;
import java.util.Optional;

/**
 * ORCID iDs (https://orcid.org): 16 characters in four groups of four, {@code 0000-0002-1825-0097}, whose
 * last character is a check digit, {@code 0}–{@code 9} or {@code X} for ten, computed with ISO/IEC 7064:2003
 * MOD 11-2 over the first 15 digits as ORCID documents it ("Structure of the ORCID Identifier").
 *
 * <p>{@link #isValid} is strict (the bare, hyphenated form, capital X); {@link #normalise} is forgiving about
 * what officers paste from spreadsheets and web pages, and returns the bare form the registry stores.
 */
public final class Orcid {

    private static final int LENGTH = 19;

    private Orcid() {
    }

    /**
     * Whether {@code value} is an ORCID iD in its bare form, e.g. {@code 0000-0002-1825-0097}: four groups of
     * four separated by hyphens, digits except the last character, which is a digit or a capital X, and
     * whose check digit is right. Nothing around it: no URL prefix, no spaces.
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        StringBuilder digits = new StringBuilder(15);
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 9 || i == 14) {
                if (c != '-') {
                    return false;
                }
            } else if (i == LENGTH - 1) {
                if (!isAsciiDigit(c) && c != 'X') {
                    return false;
                }
            } else if (isAsciiDigit(c)) {
                digits.append(c);
            } else {
                return false;
            }
        }
        return checkDigit(digits.toString()).charAt(0) == value.charAt(LENGTH - 1);
    }

    /**
     * The check digit of an ORCID iD (ISO/IEC 7064 MOD 11-2): {@code "0"}–{@code "9"}, or {@code "X"} for ten.
     *
     * @param first15Digits the first 15 digits, without hyphens, e.g. {@code "000000021825009"}
     * @throws IllegalArgumentException if it is not exactly 15 ASCII digits
     */
    public static String checkDigit(String first15Digits) {
        if (first15Digits == null || first15Digits.length() != 15) {
            throw new IllegalArgumentException("An ORCID check digit needs exactly 15 digits: " + first15Digits);
        }
        int total = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15Digits.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("An ORCID check digit needs exactly 15 digits: " + first15Digits);
            }
            total = (total + (c - '0')) * 2 % 11;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? "X" : Character.toString('0' + result);
    }

    /**
     * The bare form of an ORCID iD written in any of the usual ways, if it is valid: the bare form itself, the
     * URI {@code https://orcid.org/0000-0002-1825-0097} (also {@code http://}, {@code www.}, without scheme, any
     * letter case, a trailing slash), the 16 characters without hyphens, a lower-case {@code x}; surrounding
     * white space is ignored. Empty if the input is none of these or its check digit is wrong. ORCID's sandbox
     * ({@code sandbox.orcid.org}) holds test records, not people: its iDs are refused.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String value = input.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"https://", "http://"}) {
            if (lower.startsWith(prefix)) {
                value = value.substring(prefix.length());
                lower = lower.substring(prefix.length());
                break;
            }
        }
        if (lower.startsWith("www.")) {
            value = value.substring(4);
            lower = lower.substring(4);
        }
        if (lower.startsWith("orcid.org/")) {
            value = value.substring("orcid.org/".length());
        } else if (value.contains("/") || value.contains(":")) {
            return Optional.empty();
        }
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        value = value.toUpperCase(Locale.ROOT);
        if (value.length() == 16 && value.indexOf('-') < 0) {
            value = value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8, 12) + '-'
                    + value.substring(12);
        }
        return isValid(value) ? Optional.of(value) : Optional.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
