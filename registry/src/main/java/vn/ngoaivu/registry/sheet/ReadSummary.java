package vn.ngoaivu.registry.sheet;

import java.util.List;

/**
 * What reading a spreadsheet found beyond its rows: the problems of the file as a whole and the counts.
 *
 * @param fileProblems problems of the file (header, encoding, structure); an error here means the file cannot
 *                     be imported: with a missing required column no row is read at all; with a structural
 *                     error found part way (broken quoting, bytes that are not UTF-8) the rows before it were
 *                     reported, and nothing should be imported
 * @param headerRow    the number of the header row, 0 if none was found
 * @param rows         data rows reported to the sink (blank rows are not counted)
 * @param validRows    rows without errors (with a profile, or a record's content)
 */
public record ReadSummary(List<RowProblem> fileProblems, long headerRow, long rows, long validRows) {

    public ReadSummary {
        fileProblems = List.copyOf(fileProblems);
    }

    /** Rows with at least one error. */
    public long invalidRows() {
        return rows - validRows;
    }

    /** Whether the file as a whole is sound: no file-level error (rows may still have errors). */
    public boolean accepted() {
        return fileProblems.stream().noneMatch(RowProblem::isError);
    }
}
