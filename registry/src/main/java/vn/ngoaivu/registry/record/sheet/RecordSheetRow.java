package vn.ngoaivu.registry.record.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.sheet.RowProblem;

/**
 * One data row of a record sheet.
 *
 * @param rowNumber the row's number as the officer sees it
 * @param checked   the content as the API would take it, validated and normalised; empty when any problem is an error
 * @param status    the status a new record enters at, when the row gives one
 * @param problems  every problem of the row, in column order
 */
public record RecordSheetRow(long rowNumber, Optional<RecordValidator.Checked> checked, Optional<String> status,
                             List<RowProblem> problems) {

    public RecordSheetRow {
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
        if (checked.isPresent() && problems.stream().anyMatch(RowProblem::isError)) {
            throw new IllegalArgumentException("A row with an error has no content");
        }
    }

    public boolean isValid() {
        return checked.isPresent();
    }

    /** The row key of a valid row. */
    public Optional<String> externalKey() {
        return checked.flatMap(c -> c.content().externalKey());
    }
}
