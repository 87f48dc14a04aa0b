package vn.ngoaivu.registry.sheet;

import java.util.List;

/**
 * A row as read from a sheet: its number as the officer sees it (1-based, blank rows keep their numbers) and its
 * cells' text by column (cells beyond the last one written are "").
 */
public record SheetRow(long number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of cell {@code index}, "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
