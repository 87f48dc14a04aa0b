package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens an officer's spreadsheet file, CSV or XLSX, and hands its rows to a reading, one at a time: memory does not
 * grow with the number of rows.
 *
 * <ul>
 *   <li>CSV: see {@link CsvSheetRows}.</li>
 *   <li>XLSX: the first sheet, streamed by {@link XlsxRowReader} (StAX), with the shared strings (where Excel keeps all
 *   text) spilled to temporary files outside the heap; fastexcel-reader keeps them in memory, which breaks the
 *   constant-memory promise for workbooks saved by Excel. An input stream is first copied to a temporary file
 *   (owner-only, deleted afterwards), since a workbook is a zip archive whose directory is at its end; reading a
 *   {@link Path} avoids the copy. An Excel 97-2003 (.xls) file is refused with a hint to save it as .xlsx.</li>
 * </ul>
 */
public final class SheetFiles {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private SheetFiles() {
    }

    /** What is done with the rows; a structural problem found part way ends it as a {@link SheetException}. */
    public interface Reading {
        void read(SheetRows rows) throws IOException, SheetException;
    }

    /**
     * Reads a file from a stream (not closed here).
     *
     * @return the structural problem that stopped the reading (not UTF-8, broken quoting, a damaged or .xls workbook,
     *         an empty workbook file), if any
     * @throws IOException if reading {@code in} fails
     */
    public static Optional<RowProblem> read(InputStream in, SheetFormat format, Reading reading) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(reading, "reading");
        return switch (Objects.requireNonNull(format, "format")) {
            case CSV -> readCsv(in, reading);
            case XLSX -> {
                Path copy = Files.createTempFile("ngoaivu-sheet-", ".xlsx");
                try {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    yield readXlsx(copy, reading);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        };
    }

    /** Reads a file; see {@link #read(InputStream, SheetFormat, Reading)}. */
    public static Optional<RowProblem> read(Path file, SheetFormat format, Reading reading) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reading, "reading");
        return switch (Objects.requireNonNull(format, "format")) {
            case CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    yield readCsv(in, reading);
                }
            }
            case XLSX -> readXlsx(file, reading);
        };
    }

    private static Optional<RowProblem> readCsv(InputStream in, Reading reading) throws IOException {
        try (CsvSheetRows rows = new CsvSheetRows(in)) {
            reading.read(rows);
            return Optional.empty();
        } catch (SheetException e) {
            return Optional.of(e.problem());
        }
    }

    private static Optional<RowProblem> readXlsx(Path file, Reading reading) throws IOException {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, magic.length) == 0) {
                return Optional.of(emptyFile());
            }
        }
        if (Arrays.equals(magic, OLE2_MAGIC)) {
            return Optional.of(new RowProblem("", RowProblem.XLS_NOT_SUPPORTED,
                    "Tệp là bảng tính Excel 97-2003 (.xls), chưa hỗ trợ. Hãy mở bằng Excel và lưu thành "
                            + "\"Excel Workbook (*.xlsx)\" hoặc \"CSV UTF-8\" rồi nhập lại.",
                    "The file is an Excel 97-2003 workbook (.xls), which is not supported. Open it in Excel, save it "
                            + "as \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\" and import that."));
        }
        if (!Arrays.equals(magic, ZIP_MAGIC)) {
            return Optional.of(XlsxSheetRows.malformedWorkbook("not a zip archive"));
        }
        try (XlsxSheetRows rows = new XlsxSheetRows(file)) {
            reading.read(rows);
            return Optional.empty();
        } catch (SheetException e) {
            return Optional.of(e.problem());
        }
    }

    /** The problem of a file without a single row. */
    static RowProblem emptyFile() {
        return new RowProblem("", RowProblem.EMPTY_FILE, "Tệp không có dữ liệu.", "The file is empty.");
    }
}
