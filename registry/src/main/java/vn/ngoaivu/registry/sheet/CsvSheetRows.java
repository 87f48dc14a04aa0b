package vn.ngoaivu.registry.sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rows of a CSV file: UTF-8 with or without a byte-order mark; ',' or ';' as separator, whichever the header
 * line uses (Excel writes ';' in locales where ',' is the decimal mark); RFC 4180 quoting; CRLF or LF. A file that
 * is not UTF-8 is refused with a hint to save it as "CSV UTF-8". The caller's stream is not closed.
 */
final class CsvSheetRows implements SheetRows {

    /** How far ahead the separator is looked for: the header line and a few more. */
    private static final int SEPARATOR_LOOKAHEAD_CHARS = 64 * 1024;
    private static final int SEPARATOR_LOOKAHEAD_LINES = SheetHeader.SEARCH_ROWS;

    private final BufferedReader reader;
    private final CsvRecordReader records;

    CsvSheetRows(InputStream in) throws IOException, SheetException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), SEPARATOR_LOOKAHEAD_CHARS * 2);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            this.records = new CsvRecordReader(reader, detectDelimiter(reader));
        } catch (CharacterCodingException e) {
            throw notUtf8(1, e);
        }
    }

    /** ';' if the line of the first few with most separators has more ';' than ',' outside quotes. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(SEPARATOR_LOOKAHEAD_CHARS + 1);
        int bestCommas = 0;
        int bestSemicolons = 0;
        int commas = 0;
        int semicolons = 0;
        int lines = 0;
        boolean quoted = false;
        for (int read = 0; read < SEPARATOR_LOOKAHEAD_CHARS && lines < SEPARATOR_LOOKAHEAD_LINES; read++) {
            int c = reader.read();
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (c == -1 || (!quoted && c == '\n')) {
                if (Math.max(commas, semicolons) > Math.max(bestCommas, bestSemicolons)) {
                    bestCommas = commas;
                    bestSemicolons = semicolons;
                }
                commas = 0;
                semicolons = 0;
                lines++;
                if (c == -1) {
                    break;
                }
            }
        }
        if (Math.max(commas, semicolons) > Math.max(bestCommas, bestSemicolons)) {
            bestCommas = commas;
            bestSemicolons = semicolons;
        }
        reader.reset();
        return bestSemicolons > bestCommas ? ';' : ',';
    }

    @Override
    public SheetRow next() throws IOException, SheetException {
        try {
            List<String> fields = records.next();
            return fields == null ? null : new SheetRow(records.recordNumber(), fields);
        } catch (CharacterCodingException e) {
            throw notUtf8(records.recordNumber() + 1, e);
        } catch (CsvRecordReader.MalformedCsvException e) {
            throw new SheetException(new RowProblem("", RowProblem.MALFORMED_FILE,
                    "Tệp CSV bị lỗi từ dòng " + e.row() + ": có ô mở dấu ngoặc kép (\") mà không đóng, hoặc ô quá "
                            + "dài. Hãy sửa ô đó hoặc lưu lại tệp từ Excel.",
                    "The CSV file is broken from row " + e.row() + ": a cell opens a double quote (\") and does not "
                            + "close it, or is too long (" + e.getMessage() + "). Fix that cell or save the file "
                            + "again from Excel."), e);
        }
    }

    private static SheetException notUtf8(long row, Throwable cause) {
        return new SheetException(new RowProblem("", RowProblem.NOT_UTF8,
                "Tệp CSV không ở bảng mã UTF-8 (lỗi từ khoảng dòng " + row + "), chữ tiếng Việt sẽ bị sai. "
                        + "Trong Excel chọn Lưu thành (Save As) → \"CSV UTF-8 (Comma delimited)\" rồi nhập lại.",
                "The CSV file is not UTF-8 (from about row " + row + "), so Vietnamese text would be garbled. "
                        + "In Excel use Save As → \"CSV UTF-8 (Comma delimited)\" and import that."), cause);
    }

    @Override
    public void close() {
        // The caller's stream: not closed here.
    }
}
