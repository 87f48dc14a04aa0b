package vn.ngoaivu.ontology;

import java.util.Comparator;

/**
 * Orders notations the way people read them: dot-separated segments compared one by one, digit-only
 * segments by numeric value, others alphabetically. So FORD runs 1, 1.1, 1.2, ..., 1.9, 1.10, 2.
 */
final class NotationOrder implements Comparator<String> {

    static final NotationOrder INSTANCE = new NotationOrder();

    private NotationOrder() {
    }

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("\\.", -1);
        String[] right = b.split("\\.", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int bySegment = compareSegments(left[i], right[i]);
            if (bySegment != 0) {
                return bySegment;
            }
        }
        int byLength = Integer.compare(left.length, right.length);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int compareSegments(String a, String b) {
        boolean aNumeric = isDigits(a);
        boolean bNumeric = isDigits(b);
        if (aNumeric && bNumeric) {
            // Compared as digit strings without leading zeros, so any length works without overflow.
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            int byLength = Integer.compare(x.length(), y.length());
            return byLength != 0 ? byLength : x.compareTo(y);
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
