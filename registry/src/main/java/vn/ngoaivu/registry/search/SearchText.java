package vn.ngoaivu.registry.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what a person typed into a search box before it reaches the engine, which would silently guess
 * at broken syntax: NFC normalisation, length, balanced quotes and parentheses, words present, prefixes
 * long enough to be useful. Returns the problems found (empty: the text may be searched).
 */
public final class SearchText {

    public static final int MAX_WORDS = 32;

    /** What is wrong, as a stable code and a message in Vietnamese and English. */
    public record Problem(String code, String messageVi, String messageEn) {
    }

    private SearchText() {
    }

    /** The text normalised (NFC, single spaces, trimmed), or empty if nothing searchable is left. */
    public static Optional<String> normalise(String raw) {
        String text = VietnameseAnalysis.normalise(raw).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public static List<Problem> check(String text, int maxLength) {
        List<Problem> problems = new ArrayList<>();
        if (text.codePointCount(0, text.length()) > maxLength) {
            problems.add(new Problem("too-long", "Chuỗi tìm kiếm dài quá " + maxLength + " ký tự.",
                    "The search text is longer than " + maxLength + " characters."));
            return problems;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            problems.add(new Problem("syntax", "Chuỗi tìm kiếm chứa ký tự điều khiển.", "The search text contains control characters."));
        }
        if (text.chars().filter(c -> c == '"').count() % 2 != 0) {
            problems.add(new Problem("syntax", "Thiếu dấu ngoặc kép đóng cụm từ.", "A quoted phrase is not closed."));
        }
        if (!parenthesesBalanced(text)) {
            problems.add(new Problem("syntax", "Dấu ngoặc đơn không cân đối.", "Parentheses are not balanced."));
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            problems.add(new Problem("syntax", "Chuỗi tìm kiếm không có từ nào.", "The search text has no words."));
        }
        String[] words = text.split(" ");
        if (words.length > MAX_WORDS) {
            problems.add(new Problem("too-many-words", "Chuỗi tìm kiếm có quá " + MAX_WORDS + " từ.",
                    "The search text has more than " + MAX_WORDS + " words."));
        }
        for (String word : words) {
            String bare = word.replaceAll("^[-+|(\"]+", "");
            if (bare.endsWith("*") && bare.codePoints().filter(Character::isLetterOrDigit).count() < 2) {
                problems.add(new Problem("too-broad", "Tìm theo tiền tố cần ít nhất 2 ký tự trước dấu *.",
                        "A prefix search needs at least 2 characters before the *."));
                break;
            }
        }
        return problems;
    }

    private static boolean parenthesesBalanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
