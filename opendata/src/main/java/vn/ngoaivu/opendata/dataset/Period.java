package vn.ngoaivu.opendata.dataset;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A dataset's temporal coverage: from {@code start}, to {@code end} or open-ended (still being added to). */
public record Period(LocalDate start, Optional<LocalDate> end) {

    public Period {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        end.filter(e -> e.isBefore(start)).ifPresent(e -> {
            throw new IllegalArgumentException("the period ends before it starts");
        });
    }

    public static Period since(int year) {
        return new Period(LocalDate.of(year, 1, 1), Optional.empty());
    }
}
