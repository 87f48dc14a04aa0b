package vn.ngoaivu.registry.expert.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.Orcid;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.sheet.Cells;
import vn.ngoaivu.registry.sheet.CodeCells;
import vn.ngoaivu.registry.sheet.ReadSummary;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.SheetHeader;
import vn.ngoaivu.registry.sheet.SheetReader;
import vn.ngoaivu.registry.sheet.SheetRow;

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

    private static final int MIN_YEAR = 1900;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The same form as {@link ExpertValidator}'s, checked here so that the message names the value. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Map<String, String> GENDERS = Map.of("nam", "male", "nam gioi", "male", "male", "male",
            "nu", "female", "nu gioi", "female", "female", "female", "khac", "other", "other", "other");
    private static final Map<String, String> GENDER_LABELS = Map.of("male", "Nam", "female", "Nữ", "other", "Khác");

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
        return sheetReader().read(in, format, sink);
    }

    /** Reads a spreadsheet file; see {@link #read(InputStream, SheetFormat, Consumer)}. */
    public ReadSummary read(Path file, SheetFormat format, Consumer<ParsedRow> sink) throws IOException {
        return sheetReader().read(file, format, sink);
    }

    /** A reader for one file: birth years are checked against the year the reading starts. */
    private SheetReader<ExpertColumns, ParsedRow> sheetReader() {
        int currentYear = Year.now(clock).getValue();
        return new SheetReader<>(ExpertColumns.SHEET, (header, row) -> parse(header, row, currentYear), ParsedRow::isValid);
    }

    // ------------------------------------------------------------------------------------------------
    // A data row

    private ParsedRow parse(SheetHeader<ExpertColumns> header, SheetRow row, int currentYear) {
        List<RowProblem> problems = new ArrayList<>();
        RowValues v = new RowValues(header, row, problems);
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
        private final SheetHeader<ExpertColumns> header;
        private final SheetRow row;
        private final List<RowProblem> problems;

        RowValues(SheetHeader<ExpertColumns> header, SheetRow row, List<RowProblem> problems) {
            this.header = header;
            this.row = row;
            this.problems = problems;
        }

        String raw(ExpertColumns column) {
            return header.value(row, column);
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
            Optional<String> code = CodeCells.resolve(codes, scheme, value);
            if (code.isEmpty()) {
                problems.add(new RowProblem(column.headerVi(), RowProblem.UNKNOWN_CODE,
                        "Cột «" + column.headerVi() + "»: không nhận ra " + Cells.quote(value) + " là mã hay tên "
                                + schemeNameVi(scheme) + " nào. " + hintVi(scheme),
                        "Column “" + column.headerVi() + "”: " + Cells.quote(value) + " is neither a code nor a name of "
                                + schemeNameEn(scheme) + ". " + hintEn(scheme)));
            }
            return code;
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
}
