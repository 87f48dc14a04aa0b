package vn.ngoaivu.registry.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened (or, in a dry run, would happen) to one row of an import.
 *
 * @param row         the row's number in the sheet
 * @param action      {@link #CREATED}, {@link #UPDATED}, {@link #UNCHANGED} or {@link #REJECTED}
 * @param externalKey the row's key, when it has one
 * @param id          the id of the created, updated or unchanged entry (none for a dry run's creations)
 * @param problems    the row's problems: why it was rejected, or warnings
 */
public record RowOutcome(long row, String action, Optional<String> externalKey, Optional<String> id,
                         List<RowProblem> problems) {
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String REJECTED = "rejected";

    public RowOutcome {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(externalKey, "externalKey");
        Objects.requireNonNull(id, "id");
        problems = List.copyOf(problems);
    }

    public static RowOutcome rejected(long row, Optional<String> externalKey, List<RowProblem> problems) {
        return new RowOutcome(row, REJECTED, externalKey, Optional.empty(), problems);
    }

    /** Rejected: the entry the row names belongs to another unit than the caller's. */
    public static RowOutcome otherUnit(long row, Optional<String> externalKey) {
        return rejected(row, externalKey, List.of(new RowProblem("", "other-unit",
                "Hồ sơ này thuộc phòng khác.", "This record belongs to another unit.")));
    }

    /** Rejected: the entry changed (or was deleted) meanwhile. */
    public static RowOutcome conflict(long row, Optional<String> externalKey) {
        return rejected(row, externalKey, List.of(new RowProblem("", "conflict",
                "Hồ sơ vừa được sửa ở nơi khác; hãy nhập lại.", "The record changed meanwhile; import again.")));
    }
}
