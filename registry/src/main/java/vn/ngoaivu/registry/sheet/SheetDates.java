package vn.ngoaivu.registry.sheet;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as officers write them in a cell: ISO ({@code 2025-03-01}), Vietnamese day first ({@code 01/03/2025},
 * {@code 1-3-2025}, {@code 1.3.2025}), or a real Excel date, which a workbook stores as a serial day number
 * ({@code 45717}; a time of day after the point is ignored).
 */
public final class SheetDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("(\\d{1,7})(?:\\.\\d+)?");
    /** Day 0 of Excel's 1900 date system, as Excel counts after its phantom 29 February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel's first real date after the phantom 29 February 1900, and its last (31 December 9999). */
    private static final long FIRST_SERIAL = 61;
    private static final long LAST_SERIAL = 2_958_465;

    private SheetDates() {
    }

    /** The date a cell's (one-line) text gives, if it is one of the forms above and a real date. */
    public static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        try {
            Matcher m = ISO.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.parse(m.group(1)));
            }
            m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Matcher serial = SERIAL.matcher(value);
        if (serial.matches()) {
            long days = Long.parseLong(serial.group(1));
            return days >= FIRST_SERIAL && days <= LAST_SERIAL ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
        }
        return Optional.empty();
    }
}
