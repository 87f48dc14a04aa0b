package vn.ngoaivu.registry.expert.sheet;

import vn.ngoaivu.registry.sheet.Cells;
import vn.ngoaivu.registry.sheet.SheetWriting;
import vn.ngoaivu.registry.sheet.SheetFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.ngoaivu.registry.expert.ExpertProfile;

/**
 * Writes profiles as the officers' spreadsheet, CSV or XLSX, one row at a time: memory does not grow with
 * the number of rows, so an export can stream straight into an HTTP response.
 *
 * <ul>
 *   <li>The columns of {@link ExpertColumns}, in order, with their Vietnamese headers; first an "ID" column
 *   when the first row has an identifier (rows without one then leave it empty; later identifiers are written
 *   only if the first row has one).</li>
 *   <li>Values as the reader reads them back: codes for code lists (country {@code US}, degree {@code TS},
 *   fields {@code 2.2; 1.2}), BCP 47 tags for languages, Nam/Nữ/Khác for genders; lists joined with "; ".</li>
 *   <li>Formula injection (OWASP "CSV injection"): a text cell starting with = + - @, a tab or a carriage
 *   return gets a leading apostrophe, in both formats, so no spreadsheet program evaluates it; the reader
 *   removes it again. Text that already starts with apostrophes before such a character gets one more, so a
 *   round trip gives back exactly what was written.</li>
 *   <li>CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), comma-separated, RFC 4180
 *   quoting, CRLF.</li>
 *   <li>XLSX (fastexcel): one sheet "Chuyên gia", bold header row, frozen below the header; rows are flushed
 *   to the stream every {@value #FLUSH_EVERY_ROWS} rows and text is written inline (no shared-strings table
 *   held in memory). At most {@value #MAX_XLSX_ROWS} data rows (Excel's limit); export CSV for more.</li>
 * </ul>
 *
 * <p>The output stream is flushed, not closed. Thread-safe (no state).
 */
public final class ExpertSheetWriter {

    /** XLSX rows kept in memory before they are written out. */
    static final int FLUSH_EVERY_ROWS = 1000;
    /** Excel's row limit less the header row. */
    static final int MAX_XLSX_ROWS = 1_048_575;
    /** The name of the data sheet. */
    public static final String SHEET_NAME = "Chuyên gia";
    /** The header of the identifier column. */
    public static final String ID_HEADER = "ID";

    /**
     * Writes the header and every row.
     *
     * @return the number of data rows written
     * @throws IllegalArgumentException for XLSX, if there are more than {@value #MAX_XLSX_ROWS} rows
     */
    public long write(OutputStream out, SheetFormat format, Iterator<ExpertSheetRow> rows) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(rows, "rows");
        Optional<ExpertSheetRow> first = rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
        boolean withId = first.flatMap(ExpertSheetRow::id).isPresent();
        Iterator<ExpertSheetRow> all = new Prepended(first, rows);
        return switch (Objects.requireNonNull(format, "format")) {
            case CSV -> writeCsv(out, all, withId);
            case XLSX -> {
                Workbook workbook = SheetWriting.workbook(out);
                long written = writeSheet(workbook, all, withId);
                workbook.finish();
                out.flush();
                yield written;
            }
        };
    }

    private static long writeCsv(OutputStream out, Iterator<ExpertSheetRow> rows, boolean withId) throws IOException {
        CSVPrinter printer = SheetWriting.csv(out);
        printer.printRecord(headers(withId));
        long written = 0;
        List<String> record = new ArrayList<>(ExpertColumns.values().length + 1);
        while (rows.hasNext()) {
            ExpertSheetRow row = rows.next();
            record.clear();
            if (withId) {
                record.add(Cells.escape(row.id().orElse("")));
            }
            for (Object value : values(row.profile())) {
                record.add(value instanceof String text ? Cells.escape(text) : String.valueOf(value));
            }
            printer.printRecord(record);
            written++;
        }
        printer.flush();
        return written;
    }

    /** Writes the data sheet into {@code workbook} and finishes it (the template adds a second sheet after it). */
    static long writeSheet(Workbook workbook, Iterator<ExpertSheetRow> rows, boolean withId) throws IOException {
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        List<String> headers = headers(withId);
        int offset = withId ? 1 : 0;
        SheetWriting.header(sheet, headers);
        for (int c = 0; c < headers.size(); c++) {
            sheet.width(c, c < offset ? 12 : width(ExpertColumns.values()[c - offset]));
        }
        int r = 0;
        while (rows.hasNext()) {
            ExpertSheetRow row = rows.next();
            if (r >= MAX_XLSX_ROWS) {
                throw new IllegalArgumentException("An XLSX sheet holds at most " + MAX_XLSX_ROWS
                        + " data rows; export CSV instead");
            }
            r++;
            writeRow(sheet, r, offset, row, withId);
            if (r % FLUSH_EVERY_ROWS == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        return r;
    }

    private static void writeRow(Worksheet sheet, int r, int offset, ExpertSheetRow row, boolean withId) {
        if (withId && row.id().isPresent()) {
            sheet.inlineString(r, 0, Cells.escape(row.id().get()));
        }
        List<Object> values = values(row.profile());
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Integer number) {
                sheet.value(r, c + offset, number);
            } else if (!((String) value).isEmpty()) {
                sheet.inlineString(r, c + offset, Cells.escape((String) value));
            }
        }
    }

    static List<String> headers(boolean withId) {
        List<String> headers = new ArrayList<>(ExpertColumns.values().length + 1);
        if (withId) {
            headers.add(ID_HEADER);
        }
        for (ExpertColumns column : ExpertColumns.values()) {
            headers.add(column.headerVi());
        }
        return headers;
    }

    /** A profile's cells in column order: text (unescaped, "" if none) or, for the birth year, an Integer. */
    static List<Object> values(ExpertProfile p) {
        List<Object> values = new ArrayList<>(ExpertColumns.values().length);
        for (ExpertColumns column : ExpertColumns.values()) {
            values.add(switch (column) {
                case EXTERNAL_KEY -> text(p.externalKey());
                case FULL_NAME -> p.fullName();
                case LATIN_NAME -> text(p.latinName());
                case GENDER -> p.gender().map(ExpertSheetReader::genderLabel).orElse("");
                case BIRTH_YEAR -> p.birthYear().<Object>map(year -> year).orElse("");
                case HOMETOWN -> text(p.hometown());
                case COUNTRY -> p.countryCode();
                case CITY -> text(p.city());
                case ORGANISATION -> text(p.organisation());
                case POSITION -> text(p.position());
                case ACADEMIC_TITLE -> text(p.academicTitle());
                case DEGREE -> text(p.highestDegree());
                case FIELDS -> String.join(Cells.LIST_SEPARATOR, p.fields());
                case KEYWORDS -> String.join(Cells.LIST_SEPARATOR, p.keywords());
                case LANGUAGES -> String.join(Cells.LIST_SEPARATOR, p.languages());
                case ORCID -> text(p.orcid());
                case EMAIL -> text(p.email());
                case PHONE -> text(p.phone());
                case WEBSITE -> text(p.website());
                case COLLABORATION_INTERESTS -> String.join(Cells.LIST_SEPARATOR, p.collaborationInterests());
                case NOTES -> text(p.notes());
            });
        }
        return values;
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    /** Column widths in characters, for a readable sheet. */
    private static double width(ExpertColumns column) {
        return switch (column) {
            case FULL_NAME, LATIN_NAME, ORGANISATION, EMAIL, WEBSITE, KEYWORDS -> 26;
            case NOTES, COLLABORATION_INTERESTS -> 36;
            case GENDER, BIRTH_YEAR, ACADEMIC_TITLE, DEGREE -> 10;
            case ORCID -> 21;
            default -> 16;
        };
    }

    /** The first row, taken to look at it, then the rest. */
    private static final class Prepended implements Iterator<ExpertSheetRow> {
        private Optional<ExpertSheetRow> first;
        private final Iterator<ExpertSheetRow> rest;

        Prepended(Optional<ExpertSheetRow> first, Iterator<ExpertSheetRow> rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public boolean hasNext() {
            return first.isPresent() || rest.hasNext();
        }

        @Override
        public ExpertSheetRow next() {
            if (first.isPresent()) {
                ExpertSheetRow row = first.get();
                first = Optional.empty();
                return row;
            }
            return rest.next();
        }
    }
}
