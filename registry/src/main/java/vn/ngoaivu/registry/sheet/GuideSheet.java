package vn.ngoaivu.registry.sheet;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;

/**
 * Writes a template's guide sheet ("Hướng dẫn") row by row: titles, notes, a table of the columns, and tables of the
 * codes officers may write, straight from the ontology's code lists.
 */
public final class GuideSheet {

    /** The name of the guide sheet of XLSX templates. */
    public static final String NAME = "Hướng dẫn";

    private final Worksheet sheet;
    private int r;

    /** A guide on {@code sheet}, with widths for a title column and four text columns. */
    public GuideSheet(Worksheet sheet) {
        this.sheet = sheet;
        sheet.width(0, 30);
        sheet.width(1, 42);
        sheet.width(2, 42);
        sheet.width(3, 60);
        sheet.width(4, 60);
    }

    /** A row of plain cells (empty ones are left out). */
    public void row(String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                sheet.inlineString(r, c, Cells.escape(cells[c]));
            }
        }
        r++;
    }

    public void title(String... cells) {
        sheet.range(r, 0, r, cells.length - 1).style().bold().fontSize(12).set();
        row(cells);
    }

    public void header(String... cells) {
        sheet.range(r, 0, r, cells.length - 1).style().bold().fillColor("DDEBF7").set();
        row(cells);
    }

    public void skip() {
        r++;
    }

    /** A table of codes with their Vietnamese and English names, after a blank row and a title. */
    public void codes(String titleVi, String titleEn, List<String[]> rows) {
        skip();
        title(titleVi, titleEn);
        header("Mã (code)", "Tên tiếng Việt", "English name");
        rows.forEach(this::row);
    }

    /** The codes of a code list, for the column with this Vietnamese header. */
    public void scheme(CodeLists codes, Scheme scheme, String columnHeaderVi, String titleEn) {
        List<String[]> rows = codes.concepts(scheme).stream()
                .map(concept -> new String[] {concept.notation(), concept.labelVi(), concept.labelEn()})
                .toList();
        codes("Bảng mã cột «" + columnHeaderVi + "»", titleEn, rows);
    }

    /** Finishes the sheet. */
    public void finish() throws java.io.IOException {
        sheet.finish();
    }
}
