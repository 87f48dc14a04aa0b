package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.RowProblem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.ngoaivu.registry.expert.ExpertProfile;

/**
 * One data row of an imported spreadsheet.
 *
 * @param rowNumber the row's number as the officer sees it in the sheet (the header row is 1 when it is the
 *                  first row; blank rows and rows above the header keep their numbers)
 * @param profile   the profile read from the row; empty when any problem is an error
 * @param problems  every problem of the row, errors and warnings, in column order
 */
public record ParsedRow(long rowNumber, Optional<ExpertProfile> profile, List<RowProblem> problems) {

    public ParsedRow {
        Objects.requireNonNull(profile, "profile");
        problems = List.copyOf(problems);
        if (profile.isPresent() && problems.stream().anyMatch(RowProblem::isError)) {
            throw new IllegalArgumentException("A row with an error has no profile");
        }
    }

    /** Whether the row can be imported. */
    public boolean isValid() {
        return profile.isPresent();
    }
}
