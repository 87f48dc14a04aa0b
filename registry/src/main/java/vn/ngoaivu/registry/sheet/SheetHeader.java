package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each column of a sheet is. The header row is the first row (of the first {@value #SEARCH_ROWS} that are not
 * blank) that names at least two known columns, so a title row above it is skipped with a warning. Unknown and
 * repeated columns are warnings (their cells are ignored); a missing required column is an error for the whole file.
 *
 * @param <C> the column type
 */
public final class SheetHeader<C extends SheetColumn> {

    /** How many non-blank rows are searched for the header row. */
    public static final int SEARCH_ROWS = 10;
    private static final int MIN_HEADER_COLUMNS = 2;

    private final long rowNumber;
    /** {@code columns[i]}: the column of cell i, null for ignored cells. */
    private final Object[] columns;
    /** {@code named[i]}: whether cell i of the header has text. */
    private final boolean[] named;
    private final Map<C, Integer> index = new HashMap<>();
    /** Unnamed columns with values, reported once each. */
    private final Set<Integer> reportedUnnamed = new HashSet<>();

    private SheetHeader(long rowNumber, int width) {
        this.rowNumber = rowNumber;
        this.columns = new Object[width];
        this.named = new boolean[width];
    }

    /**
     * Reads rows up to the header row and lays it out, adding the header's problems to {@code fileProblems}.
     *
     * @return empty when the sheet has no non-blank row at all
     */
    public static <C extends SheetColumn> Optional<SheetHeader<C>> find(SheetRows source, SheetColumns<C> sheet,
                                                                        List<RowProblem> fileProblems)
            throws IOException, SheetException {
        SheetRow first = null;
        SheetRow header = null;
        int nonBlank = 0;
        SheetRow row;
        while (header == null && nonBlank < SEARCH_ROWS && (row = source.next()) != null) {
            if (row.isBlank()) {
                continue;
            }
            nonBlank++;
            if (first == null) {
                first = row;
            }
            long recognised = row.cells().stream().filter(cell -> sheet.match(cell).isPresent()).count();
            if (recognised >= MIN_HEADER_COLUMNS) {
                header = row;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        if (header == null) {
            header = first; // reported by layout: its required columns are missing
        } else if (header != first) {
            fileProblems.add(new RowProblem("", RowProblem.ROWS_BEFORE_HEADER,
                    "Dòng tiêu đề cột là dòng " + header.number() + "; các dòng " + first.number() + "–"
                            + (header.number() - 1) + " phía trên (tiêu đề, ghi chú) được bỏ qua.",
                    "The column headers are in row " + header.number() + "; rows " + first.number() + "–"
                            + (header.number() - 1) + " above it (a title, notes) are skipped."));
        }
        return Optional.of(layout(header, sheet, fileProblems));
    }

    private static <C extends SheetColumn> SheetHeader<C> layout(SheetRow row, SheetColumns<C> sheet,
                                                                 List<RowProblem> fileProblems) {
        SheetHeader<C> header = new SheetHeader<>(row.number(), row.cells().size());
        for (int i = 0; i < header.columns.length; i++) {
            String text = Cells.line(row.cell(i));
            header.named[i] = !text.isEmpty();
            if (SheetColumns.isIgnoredHeader(text)) {
                continue;
            }
            Optional<C> column = sheet.match(text);
            String letter = Cells.columnLetter(i);
            if (column.isEmpty()) {
                fileProblems.add(new RowProblem(text, RowProblem.UNKNOWN_COLUMN,
                        "Cột " + letter + " " + Cells.quote(text) + " không phải cột của " + sheet.listNameVi()
                                + "; dữ liệu cột này được bỏ qua.",
                        "Column " + letter + " " + Cells.quote(text) + " is not a column of " + sheet.listNameEn()
                                + "; its cells are ignored."));
            } else if (header.index.containsKey(column.get())) {
                fileProblems.add(new RowProblem(column.get().headerVi(), RowProblem.DUPLICATE_COLUMN,
                        "Cột " + letter + " " + Cells.quote(text) + " lặp lại cột «" + column.get().headerVi()
                                + "» đã có ở bên trái; dữ liệu cột " + letter + " được bỏ qua.",
                        "Column " + letter + " " + Cells.quote(text) + " repeats the column “"
                                + column.get().headerVi() + "” (" + column.get().key() + ") further left; "
                                + "its cells are ignored."));
            } else {
                header.columns[i] = column.get();
                header.index.put(column.get(), i);
            }
        }
        for (C column : sheet.all()) {
            if (column.required() && !header.index.containsKey(column)) {
                fileProblems.add(new RowProblem(column.headerVi(), RowProblem.MISSING_COLUMN,
                        "Thiếu cột bắt buộc «" + column.headerVi() + "» ở dòng tiêu đề (dòng " + row.number()
                                + "); không nhập được dòng nào. Hãy thêm cột này (xem tệp mẫu).",
                        "The required column “" + column.headerVi() + "” (" + column.key()
                                + ") is missing from the header row (row " + row.number()
                                + "); no row can be imported. Add it (see the template)."));
            }
        }
        return header;
    }

    /** The number of the header row. */
    public long rowNumber() {
        return rowNumber;
    }

    /** Whether the file has the column. */
    public boolean has(C column) {
        return index.containsKey(column);
    }

    /** A cell's text in a column, with the export's formula-injection escape undone; "" when the file lacks it. */
    public String value(SheetRow row, C column) {
        Integer i = index.get(column);
        return i == null ? "" : Cells.unescape(row.cell(i));
    }

    /** The index in the file of the column with this Vietnamese header, for ordering a row's problems. */
    public int position(String headerVi) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null && ((SheetColumn) columns[i]).headerVi().equals(headerVi)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Reports, once per column, values in a column without a header; they are ignored. */
    void checkUnnamed(SheetRow row, List<RowProblem> fileProblems) {
        for (int i = 0; i < row.cells().size(); i++) {
            if ((i >= named.length || !named[i]) && !row.cell(i).isBlank() && reportedUnnamed.add(i)) {
                String letter = Cells.columnLetter(i);
                fileProblems.add(new RowProblem("", RowProblem.UNNAMED_COLUMN,
                        "Cột " + letter + " có dữ liệu (từ ô " + letter + row.number() + ") nhưng không có "
                                + "tiêu đề; dữ liệu cột này được bỏ qua.",
                        "Column " + letter + " has values (from cell " + letter + row.number() + ") but no "
                                + "header; its cells are ignored."));
            }
        }
    }

    /** Whether every known column of the row is blank (such rows are skipped). */
    boolean isBlank(SheetRow row) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null && !row.cell(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
