package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.nio.file.Path;

/** The rows of the first sheet of a workbook, read by {@link XlsxRowReader}; a damaged workbook is a file problem. */
final class XlsxSheetRows implements SheetRows {

    private final XlsxRowReader rows;

    XlsxSheetRows(Path file) throws SheetException {
        try {
            this.rows = new XlsxRowReader(file);
        } catch (IOException e) {
            throw new SheetException(malformedWorkbook(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public SheetRow next() throws SheetException {
        try {
            return rows.next();
        } catch (IOException e) {
            throw new SheetException(malformedWorkbook(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    static RowProblem malformedWorkbook(String detail) {
        return new RowProblem("", RowProblem.MALFORMED_FILE,
                "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải bảng tính. Hãy mở bằng Excel, lưu lại "
                        + "rồi nhập lại.",
                "The Excel file (.xlsx) cannot be read: it is damaged or not a workbook (" + detail + "). Open it in "
                        + "Excel, save it again and import that.");
    }
}
