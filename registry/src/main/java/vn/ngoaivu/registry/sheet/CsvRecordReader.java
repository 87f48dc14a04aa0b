package vn.ngoaivu.registry.sheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) one at a time from a character stream, in constant memory: a record is
 * fields separated by the delimiter and ended by CRLF, LF or CR; a field in double quotes may hold the
 * delimiter, line breaks and doubled quotes. Forgiving where Excel is: text after a closing quote is kept,
 * a quote inside an unquoted field is kept as is, an empty line is a record with one empty field (so row
 * numbers stay those of the sheet) and the last line needs no line end. A quote left open is an error, as
 * is a field or a record beyond Excel's own limits (which also bounds the memory an open quote can take).
 *
 * <p>commons-csv would do, but its 1.14 parser needs commons-io 2.17+, and the platform's dependency
 * management (Helidon's BOM) pins commons-io 2.16.1: parsing then fails with NoClassDefFoundError
 * (UnsynchronizedBufferedReader). Writing with commons-csv is unaffected.
 */
final class CsvRecordReader {

    /** Excel holds at most 32,767 characters in a cell; twice that leaves room and bounds memory. */
    static final int MAX_FIELD_CHARS = 65_536;
    /** Excel's column limit. */
    static final int MAX_FIELDS = 16_384;

    /** Broken quoting or a record beyond the limits; {@link #row()} is where the bad record starts. */
    static final class MalformedCsvException extends IOException {
        private final long row;

        MalformedCsvException(String message, long row) {
            super(message);
            this.row = row;
        }

        long row() {
            return row;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private boolean eof;
    private long records;
    private final StringBuilder field = new StringBuilder();

    CsvRecordReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** The number of the record last returned (1 for the first). */
    long recordNumber() {
        return records;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        records++;
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            }
            while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                append((char) c);
                c = read();
            }
            if (fields.size() == MAX_FIELDS) {
                throw new MalformedCsvException("more than " + MAX_FIELDS + " fields", records);
            }
            fields.add(field.toString());
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            return fields;
        }
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the closing quote. */
    private int quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw new MalformedCsvException("a quoted field is not closed", records);
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            }
            append((char) c);
        }
    }

    private void append(char c) throws MalformedCsvException {
        if (field.length() == MAX_FIELD_CHARS) {
            throw new MalformedCsvException("a field longer than " + MAX_FIELD_CHARS + " characters", records);
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
