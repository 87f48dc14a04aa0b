package vn.ngoaivu.registry.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SheetDatesTest {

    private static final Optional<LocalDate> MARCH_FIRST = Optional.of(LocalDate.of(2025, 3, 1));

    @Test
    void isoVietnameseAndExcelSerialFormsGiveTheSameDay() {
        assertEquals(MARCH_FIRST, SheetDates.parse("2025-03-01"));
        assertEquals(MARCH_FIRST, SheetDates.parse(" 01/03/2025 "), "day first, as Vietnamese dates are written");
        assertEquals(MARCH_FIRST, SheetDates.parse("1-3-2025"));
        assertEquals(MARCH_FIRST, SheetDates.parse("1.3.2025"));
        assertEquals(MARCH_FIRST, SheetDates.parse("45717"), "an Excel date cell's serial day");
        assertEquals(MARCH_FIRST, SheetDates.parse("45717.5"), "a time of day is ignored");
        assertEquals(MARCH_FIRST, SheetDates.parse("2025-03-01T00:00:00"), "an ISO date cell (t=\"d\")");
    }

    @Test
    void impossibleOrForeignFormsAreNotDates() {
        for (String text : new String[] {"31/02/2025", "2025-13-01", "03/01/25", "March 1, 2025", "", "12", "0"}) {
            assertTrue(SheetDates.parse(text).isEmpty(), text);
        }
    }
}
