package vn.ngoaivu.registry.expert.sheet;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.Orcid;
import vn.ngoaivu.registry.FieldProblem;

/**
 * Reads the officers' expert spreadsheets, CSV or XLSX, one row at a time: memory does not grow with the
 * number of rows, so a file of any length can be checked (dry run) and imported.
 *
 * <p>What it accepts:
 * <ul>
 *   <li>CSV: UTF-8 with or without a byte-order mark; ',' or ';' as separator, whichever the header line
 *   uses (Excel writes ';' in locales where ',' is the decimal mark); RFC 4180 quoting; CRLF or LF. A file
 *   that is not UTF-8 is refused with a hint to save it as "CSV UTF-8".</li>
 *   <li>XLSX: the first sheet, streamed by {@link XlsxRowReader} (StAX), with the shared strings (where Excel
 *   keeps all text) spilled to temporary files outside the heap; fastexcel-reader keeps them in memory, which
 *   breaks the constant-memory promise for workbooks saved by Excel. An input stream is first copied to a
 *   temporary file (owner-only, deleted afterwards), since a workbook is a zip archive whose directory is at
 *   its end; reading a {@link Path} avoids the copy.</li>
 *   <li>The header row is the first row (of the first ten that are not blank) that names at least two known
 *   columns, so a title row above it is skipped with a warning. Headers match forgivingly, see
 *   {@link ExpertColumns}. A missing required column is an error for the whole file: no row is read.</li>
 *   <li>Blank rows are skipped; row numbers are those the officer sees (blank rows keep their numbers).</li>
 *   <li>Values: NFC, spaces collapsed; codes or labels of the code lists (country, title, degree, FORD fields,
 *   collaboration interests) are resolved to codes; languages to BCP 47 tags; genders to
 *   {@code female}/{@code male}/{@code other}; ORCID iDs to their bare form. A cell beginning with an
 *   apostrophe before = + - @ (our export's formula-injection escape) loses the apostrophe.</li>
 *   <li>Each row is then checked with {@link ExpertValidator}, so a row that passes the dry run is one the
 *   registry accepts.</li>
 * </ul>
 *
 * <p>Thread-safe: one instance can read many files at once.
 */
public final class ExpertSheetReader {

    /** How many non-blank rows are searched for the header row. */
    static final int HEADER_SEARCH_ROWS = 10;
    private static final int MIN_HEADER_COLUMNS = 2;
    private static final int MIN_YEAR = 1900;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The same form as {@link ExpertValidator}'s, checked here so that the message names the value. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Map<String, String> GENDERS = Map.of("nam", "male", "nam gioi", "male", "male", "male",
            "nu", "female", "nu gioi", "female", "female", "female", "khac", "other", "other", "other");
    private static final Map<String, String> GENDER_LABELS = Map.of("male", "Nam", "female", "Nữ", "other", "Khác");
    /** How far ahead the CSV separator is looked for: the header line and a few more. */
    private static final int SEPARATOR_LOOKAHEAD_CHARS = 64 * 1024;
    private static final int SEPARATOR_LOOKAHEAD_LINES = HEADER_SEARCH_ROWS;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final CodeLists codes;
    private final ExpertValidator validator;
    private final Clock clock;

    public ExpertSheetReader(CodeLists codes) {
        this(codes, Clock.systemDefaultZone());
    }

    /** With a clock, for the upper bound of birth years (this year). */
    public ExpertSheetReader(CodeLists codes, Clock clock) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.validator = new ExpertValidator(codes);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The label written for a gender code, e.g. "Nữ" for {@code female}; the code itself if unknown. */
    static String genderLabel(String code) {
        return GENDER_LABELS.getOrDefault(code, code);
    }

    /**
     * Reads a spreadsheet, handing each non-blank data row to {@code sink} as soon as it is read.
     *
     * @return the file-level problems and the counts; check {@link ReadSummary#accepted()} before importing
     * @throws IOException if reading {@code in} fails (a malformed file is a problem in the summary, not an
     *                     exception); {@code in} is not closed
     */
    public ReadSummary read(InputStream in, SheetFormat format, Consumer<ParsedRow> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        return switch (Objects.requireNonNull(format, "format")) {
            case CSV -> readCsv(in, sink);
            case XLSX -> {
                Path copy = Files.createTempFile("ngoaivu-sheet-", ".xlsx");
                try {
                    Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    yield readXlsx(copy, sink);
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
        };
    }

    /** Reads a spreadsheet file; see {@link #read(InputStream, SheetFormat, Consumer)}. */
    public ReadSummary read(Path file, SheetFormat format, Consumer<ParsedRow> sink) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        return switch (Objects.requireNonNull(format, "format")) {
            case CSV -> {
                try (InputStream in = Files.newInputStream(file)) {
                    yield readCsv(in, sink);
                }
            }
            case XLSX -> readXlsx(file, sink);
        };
    }

    private ReadSummary readCsv(InputStream in, Consumer<ParsedRow> sink) throws IOException {
        Counts counts = new Counts();
        try (CsvRows rows = new CsvRows(in)) {
            return read(rows, sink, counts);
        } catch (SheetException e) {
            return counts.summary(e.problem);
        }
    }

    private ReadSummary readXlsx(Path file, Consumer<ParsedRow> sink) throws IOException {
        Counts counts = new Counts();
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(magic, 0, magic.length);
            if (n == 0) {
                return counts.summary(emptyFile());
            }
        }
        if (Arrays.equals(magic, OLE2_MAGIC)) {
            return counts.summary(new RowProblem("", RowProblem.XLS_NOT_SUPPORTED,
                    "Tệp là bảng tính Excel 97-2003 (.xls), chưa hỗ trợ. Hãy mở bằng Excel và lưu thành "
                            + "\"Excel Workbook (*.xlsx)\" hoặc \"CSV UTF-8\" rồi nhập lại.",
                    "The file is an Excel 97-2003 workbook (.xls), which is not supported. Open it in Excel, save it "
                            + "as \"Excel Workbook (*.xlsx)\" or \"CSV UTF-8\" and import that."));
        }
        if (!Arrays.equals(magic, ZIP_MAGIC)) {
            return counts.summary(malformedWorkbook("not a zip archive"));
        }
        try (XlsxRows rows = new XlsxRows(file)) {
            return read(rows, sink, counts);
        } catch (SheetException e) {
            return counts.summary(e.problem);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The rows, whatever the format

    /** A row as read: its number in the sheet and its cells' text. */
    private record RawRow(long number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The rows of a sheet, one at a time. */
    private interface RowSource extends Closeable {
        /** The next row, or null at the end. */
        RawRow next() throws IOException, SheetException;
    }

    /** A structural problem of the file, found while reading it. */
    private static final class SheetException extends Exception {
        private final transient RowProblem problem;

        SheetException(RowProblem problem, Throwable cause) {
            super(problem.messageEn(), cause, false, false);
            this.problem = problem;
        }
    }

    private static final class Counts {
        final List<RowProblem> fileProblems = new ArrayList<>();
        long headerRow;
        long rows;
        long valid;

        ReadSummary summary(RowProblem... more) {
            fileProblems.addAll(List.of(more));
            return new ReadSummary(fileProblems, headerRow, rows, valid);
        }
    }

    private ReadSummary read(RowSource source, Consumer<ParsedRow> sink, Counts counts)
            throws IOException, SheetException {
        Header header = findHeader(source, counts.fileProblems);
        if (header == null) {
            return counts.summary(emptyFile());
        }
        counts.headerRow = header.rowNumber;
        if (counts.fileProblems.stream().anyMatch(RowProblem::isError)) {
            return counts.summary();
        }
        int currentYear = Year.now(clock).getValue();
        RawRow row;
        while ((row = source.next()) != null) {
            if (header.isBlank(row)) {
                continue;
            }
            header.checkUnnamed(row, counts.fileProblems);
            ParsedRow parsed = parse(header, row, currentYear);
            counts.rows++;
            if (parsed.isValid()) {
                counts.valid++;
            }
            sink.accept(parsed);
        }
        return counts.summary();
    }

    // ------------------------------------------------------------------------------------------------
    // The header

    /**
     * Where each column is: {@code columns[i]} is the column of cell i, null for ignored cells;
     * {@code named[i]} whether cell i of the header has text. Unnamed columns with values are reported once
     * each (in {@code reportedUnnamed}).
     */
    private record Header(long rowNumber, ExpertColumns[] columns, boolean[] named, Set<Integer> reportedUnnamed) {

        /** The index in the file of the column with this Vietnamese header, for ordering a row's problems. */
        int position(String headerVi) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] != null && columns[i].headerVi().equals(headerVi)) {
                    return i;
                }
            }
            return Integer.MAX_VALUE;
        }

        void checkUnnamed(RawRow row, List<RowProblem> fileProblems) {
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

        boolean isBlank(RawRow row) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] != null && !row.cell(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Header findHeader(RowSource source, List<RowProblem> fileProblems)
            throws IOException, SheetException {
        RawRow first = null;
        RawRow header = null;
        int nonBlank = 0;
        RawRow row;
        while (header == null && nonBlank < HEADER_SEARCH_ROWS && (row = source.next()) != null) {
            if (row.isBlank()) {
                continue;
            }
            nonBlank++;
            if (first == null) {
                first = row;
            }
            long recognised = row.cells().stream().filter(cell -> ExpertColumns.match(cell).isPresent()).count();
            if (recognised >= MIN_HEADER_COLUMNS) {
                header = row;
            }
        }
        if (first == null) {
            return null;
        }
        if (header == null) {
            header = first; // reported below: its required columns are missing
        } else if (header != first) {
            fileProblems.add(new RowProblem("", RowProblem.ROWS_BEFORE_HEADER,
                    "Dòng tiêu đề cột là dòng " + header.number() + "; các dòng " + first.number() + "–"
                            + (header.number() - 1) + " phía trên (tiêu đề, ghi chú) được bỏ qua.",
                    "The column headers are in row " + header.number() + "; rows " + first.number() + "–"
                            + (header.number() - 1) + " above it (a title, notes) are skipped."));
        }
        return layout(header, fileProblems);
    }

    private static Header layout(RawRow row, List<RowProblem> fileProblems) {
        ExpertColumns[] columns = new ExpertColumns[row.cells().size()];
        boolean[] named = new boolean[columns.length];
        Set<ExpertColumns> seen = EnumSet.noneOf(ExpertColumns.class);
        for (int i = 0; i < columns.length; i++) {
            String text = Cells.line(row.cell(i));
            named[i] = !text.isEmpty();
            if (ExpertColumns.isIgnored(text)) {
                continue;
            }
            Optional<ExpertColumns> column = ExpertColumns.match(text);
            String letter = Cells.columnLetter(i);
            if (column.isEmpty()) {
                fileProblems.add(new RowProblem(text, RowProblem.UNKNOWN_COLUMN,
                        "Cột " + letter + " " + Cells.quote(text) + " không phải cột của danh sách chuyên gia; "
                                + "dữ liệu cột này được bỏ qua.",
                        "Column " + letter + " " + Cells.quote(text) + " is not a column of the expert list; "
                                + "its cells are ignored."));
            } else if (!seen.add(column.get())) {
                fileProblems.add(new RowProblem(column.get().headerVi(), RowProblem.DUPLICATE_COLUMN,
                        "Cột " + letter + " " + Cells.quote(text) + " lặp lại cột «" + column.get().headerVi()
                                + "» đã có ở bên trái; dữ liệu cột " + letter + " được bỏ qua.",
                        "Column " + letter + " " + Cells.quote(text) + " repeats the column “"
                                + column.get().headerVi() + "” (" + column.get().key() + ") further left; "
                                + "its cells are ignored."));
            } else {
                columns[i] = column.get();
            }
        }
        for (ExpertColumns column : ExpertColumns.values()) {
            if (column.required() && !seen.contains(column)) {
                fileProblems.add(new RowProblem(column.headerVi(), RowProblem.MISSING_COLUMN,
                        "Thiếu cột bắt buộc «" + column.headerVi() + "» ở dòng tiêu đề (dòng " + row.number()
                                + "); không nhập được dòng nào. Hãy thêm cột này (xem tệp mẫu).",
                        "The required column “" + column.headerVi() + "” (" + column.key()
                                + ") is missing from the header row (row " + row.number()
                                + "); no row can be imported. Add it (see the template)."));
            }
        }
        return new Header(row.number(), columns, named, new java.util.HashSet<>());
    }

    // ------------------------------------------------------------------------------------------------
    // A data row

    private ParsedRow parse(Header header, RawRow row, int currentYear) {
        String[] values = new String[ExpertColumns.values().length];
        Arrays.fill(values, "");
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(row.cells().size(), header.columns().length); i++) {
            if (header.columns()[i] != null) {
                values[header.columns()[i].ordinal()] = Cells.unescape(row.cell(i));
            }
        }
        RowValues v = new RowValues(values, problems);
        String fullName = v.line(ExpertColumns.FULL_NAME).orElse("");
        if (fullName.isEmpty()) {
            v.required(ExpertColumns.FULL_NAME);
        }
        Optional<String> country = v.code(ExpertColumns.COUNTRY);
        if (v.line(ExpertColumns.COUNTRY).isEmpty()) {
            v.required(ExpertColumns.COUNTRY);
        }
        ExpertProfile profile = new ExpertProfile(
                v.line(ExpertColumns.EXTERNAL_KEY),
                fullName,
                v.line(ExpertColumns.LATIN_NAME),
                v.gender(),
                v.year(ExpertColumns.BIRTH_YEAR, currentYear),
                v.line(ExpertColumns.HOMETOWN),
                country.orElse(""),
                v.line(ExpertColumns.CITY),
                v.line(ExpertColumns.ORGANISATION),
                v.line(ExpertColumns.POSITION),
                v.code(ExpertColumns.ACADEMIC_TITLE),
                v.code(ExpertColumns.DEGREE),
                v.codes(ExpertColumns.FIELDS),
                Cells.items(v.raw(ExpertColumns.KEYWORDS)),
                v.languages(),
                v.orcid(),
                v.email(),
                v.line(ExpertColumns.PHONE),
                v.line(ExpertColumns.WEBSITE),
                v.codes(ExpertColumns.COLLABORATION_INTERESTS),
                List.of(), List.of(), List.of(),
                v.notes(),
                Map.of());
        // The registry's own rules (lengths, phone and web address forms), for columns not already reported.
        Set<String> reported = new java.util.HashSet<>();
        problems.forEach(p -> reported.add(p.column()));
        for (FieldProblem problem : validator.problems(profile)) {
            String key = problem.pointer().split("/", 3)[1];
            String column = ExpertColumns.byKey(key).map(ExpertColumns::headerVi).orElse(key);
            if (reported.add(column)) {
                problems.add(new RowProblem(column, problem.code(),
                        "Cột «" + column + "»: " + problem.messageVi(), "Column “" + column + "”: " + problem.messageEn()));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(problem -> header.position(problem.column())));
        boolean valid = problems.stream().noneMatch(RowProblem::isError);
        return new ParsedRow(row.number(), valid ? Optional.of(profile) : Optional.empty(), problems);
    }

    /** The values of one row by column, and the problems found turning them into profile fields. */
    private final class RowValues {
        private final String[] values;
        private final List<RowProblem> problems;

        RowValues(String[] values, List<RowProblem> problems) {
            this.values = values;
            this.problems = problems;
        }

        String raw(ExpertColumns column) {
            return values[column.ordinal()];
        }

        Optional<String> line(ExpertColumns column) {
            String value = Cells.line(raw(column));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        Optional<String> notes() {
            String value = Cells.multiline(raw(ExpertColumns.NOTES));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        void required(ExpertColumns column) {
            problems.add(new RowProblem(column.headerVi(), RowProblem.REQUIRED,
                    "Cột «" + column.headerVi() + "» bắt buộc nhưng đang để trống.",
                    "Column “" + column.headerVi() + "” (" + column.key() + ") is required but empty."));
        }

        Optional<String> gender() {
            return line(ExpertColumns.GENDER).flatMap(value -> {
                String code = GENDERS.get(CodeLists.foldLabel(value));
                if (code == null) {
                    problems.add(new RowProblem(ExpertColumns.GENDER.headerVi(), RowProblem.UNKNOWN_CODE,
                            "Giới tính " + Cells.quote(value) + " không hợp lệ: ghi Nam, Nữ hoặc Khác.",
                            "Gender " + Cells.quote(value) + " is not valid: write Nam, Nữ or Khác (male, female, other)."));
                }
                return Optional.ofNullable(code);
            });
        }

        Optional<Integer> year(ExpertColumns column, int currentYear) {
            return line(column).flatMap(value -> {
                String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
                if (!YEAR.matcher(digits).matches()) {
                    problems.add(new RowProblem(column.headerVi(), RowProblem.NOT_A_NUMBER,
                            "Cột «" + column.headerVi() + "»: " + Cells.quote(value)
                                    + " không phải là một năm; ghi bốn chữ số, ví dụ 1975.",
                            "Column “" + column.headerVi() + "”: " + Cells.quote(value)
                                    + " is not a year; write four digits, e.g. 1975."));
                    return Optional.empty();
                }
                int year = Integer.parseInt(digits);
                if (year < MIN_YEAR || year > currentYear) {
                    problems.add(new RowProblem(column.headerVi(), RowProblem.OUT_OF_RANGE,
                            "Cột «" + column.headerVi() + "»: năm " + year + " phải trong khoảng " + MIN_YEAR + "–"
                                    + currentYear + ".",
                            "Column “" + column.headerVi() + "”: the year " + year + " must be within " + MIN_YEAR
                                    + "–" + currentYear + "."));
                    return Optional.empty();
                }
                return Optional.of(year);
            });
        }

        Optional<String> code(ExpertColumns column) {
            return line(column).flatMap(value -> resolve(column, value));
        }

        List<String> codes(ExpertColumns column) {
            List<String> result = new ArrayList<>();
            for (String item : Cells.items(raw(column))) {
                resolve(column, item).filter(code -> !result.contains(code)).ifPresent(result::add);
            }
            return result;
        }

        private Optional<String> resolve(ExpertColumns column, String value) {
            Scheme scheme = column.scheme().orElseThrow();
            Optional<String> code = notation(scheme, value).or(() -> codes.conceptByLabel(scheme, value)
                    .map(Concept::notation));
            if (code.isEmpty()) {
                problems.add(new RowProblem(column.headerVi(), RowProblem.UNKNOWN_CODE,
                        "Cột «" + column.headerVi() + "»: không nhận ra " + Cells.quote(value) + " là mã hay tên "
                                + schemeNameVi(scheme) + " nào. " + hintVi(scheme),
                        "Column “" + column.headerVi() + "”: " + Cells.quote(value) + " is neither a code nor a name of "
                                + schemeNameEn(scheme) + ". " + hintEn(scheme)));
            }
            return code;
        }

        private Optional<String> notation(Scheme scheme, String value) {
            for (String candidate : List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))) {
                if (codes.isValid(scheme, candidate)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }

        List<String> languages() {
            List<String> result = new ArrayList<>();
            for (String item : Cells.items(raw(ExpertColumns.LANGUAGES))) {
                Optional<String> tag = Languages.resolve(item);
                if (tag.isEmpty()) {
                    String header = ExpertColumns.LANGUAGES.headerVi();
                    problems.add(new RowProblem(header, RowProblem.UNKNOWN_CODE,
                            "Cột «" + header + "»: không nhận ra ngôn ngữ " + Cells.quote(item)
                                    + ". Ghi mã (en, fr, ja) hoặc tên (Tiếng Anh, Tiếng Pháp).",
                            "Column “" + header + "”: " + Cells.quote(item) + " is not a language. Write a BCP 47 tag"
                                    + " (en, fr, ja) or a name (Tiếng Anh, English)."));
                } else if (!result.contains(tag.get())) {
                    result.add(tag.get());
                }
            }
            return result;
        }

        Optional<String> orcid() {
            return line(ExpertColumns.ORCID).flatMap(value -> {
                Optional<String> orcid = Orcid.normalise(value);
                if (orcid.isEmpty()) {
                    problems.add(new RowProblem(ExpertColumns.ORCID.headerVi(), RowProblem.INVALID_ORCID,
                            "ORCID " + Cells.quote(value) + " không hợp lệ: cần dạng 0000-0002-1825-0097 (16 ký tự, "
                                    + "ký tự cuối là số kiểm tra). Hãy chép lại từ orcid.org.",
                            "ORCID iD " + Cells.quote(value) + " is not valid: it needs the form 0000-0002-1825-0097 "
                                    + "(16 characters, the last a check digit). Copy it again from orcid.org."));
                }
                return orcid;
            });
        }

        Optional<String> email() {
            return line(ExpertColumns.EMAIL).flatMap(value -> {
                String address = value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7).strip() : value;
                if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
                    problems.add(new RowProblem(ExpertColumns.EMAIL.headerVi(), RowProblem.INVALID_EMAIL,
                            "Email " + Cells.quote(value) + " không đúng dạng ten@ten-mien (ví dụ an.nguyen@example.org).",
                            "Email " + Cells.quote(value) + " is not of the form name@domain (e.g. an.nguyen@example.org)."));
                    return Optional.empty();
                }
                return Optional.of(address);
            });
        }
    }

    private static String schemeNameVi(Scheme scheme) {
        return switch (scheme) {
            case COUNTRY -> "quốc gia";
            case ACADEMIC_TITLE -> "học hàm";
            case DEGREE -> "học vị";
            case FORD -> "lĩnh vực FORD";
            case COLLABORATION_INTEREST -> "lĩnh vực hợp tác";
            default -> scheme.id();
        };
    }

    private static String schemeNameEn(Scheme scheme) {
        return switch (scheme) {
            case COUNTRY -> "a country";
            case ACADEMIC_TITLE -> "an academic title";
            case DEGREE -> "a degree";
            case FORD -> "a FORD field";
            case COLLABORATION_INTEREST -> "a collaboration interest";
            default -> scheme.id();
        };
    }

    private static String hintVi(Scheme scheme) {
        return switch (scheme) {
            case COUNTRY -> "Ghi mã hai chữ cái (US, JP) hoặc tên nước (Hoa Kỳ, Nhật Bản).";
            case ACADEMIC_TITLE -> "Ghi GS hoặc PGS.";
            case DEGREE -> "Ghi mã (TS, THS, CN, ...) hoặc tên (Tiến sĩ, Thạc sĩ, ...).";
            default -> "Xem danh sách mã ở trang Hướng dẫn của tệp mẫu.";
        };
    }

    private static String hintEn(Scheme scheme) {
        return switch (scheme) {
            case COUNTRY -> "Write the two-letter code (US, JP) or the name (Hoa Kỳ, United States).";
            case ACADEMIC_TITLE -> "Write GS or PGS.";
            case DEGREE -> "Write the code (TS, THS, CN, ...) or the name (Tiến sĩ, PhD, ...).";
            default -> "See the codes on the guide sheet of the template.";
        };
    }

    private static RowProblem emptyFile() {
        return new RowProblem("", RowProblem.EMPTY_FILE, "Tệp không có dữ liệu.", "The file is empty.");
    }

    private static RowProblem malformedWorkbook(String detail) {
        return new RowProblem("", RowProblem.MALFORMED_FILE,
                "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải bảng tính. Hãy mở bằng Excel, lưu lại "
                        + "rồi nhập lại.",
                "The Excel file (.xlsx) cannot be read: it is damaged or not a workbook (" + detail + "). Open it in "
                        + "Excel, save it again and import that.");
    }

    // ------------------------------------------------------------------------------------------------
    // CSV

    private static final class CsvRows implements RowSource {
        private final BufferedReader reader;
        private final CsvRecordReader records;

        CsvRows(InputStream in) throws IOException, SheetException {
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
        public RawRow next() throws IOException, SheetException {
            try {
                List<String> fields = records.next();
                return fields == null ? null : new RawRow(records.recordNumber(), fields);
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

    // ------------------------------------------------------------------------------------------------
    // XLSX

    private static final class XlsxRows implements RowSource {
        private final XlsxRowReader rows;

        XlsxRows(Path file) throws SheetException {
            try {
                this.rows = new XlsxRowReader(file);
            } catch (IOException e) {
                throw new SheetException(malformedWorkbook(String.valueOf(e.getMessage())), e);
            }
        }

        @Override
        public RawRow next() throws SheetException {
            try {
                XlsxRowReader.SheetRow row = rows.next();
                return row == null ? null : new RawRow(row.number(), row.cells());
            } catch (IOException e) {
                throw new SheetException(malformedWorkbook(String.valueOf(e.getMessage())), e);
            }
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
