package vn.ngoaivu.registry.record.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.record.DetailValues;
import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.FieldType;
import vn.ngoaivu.registry.record.RecordContent;
import vn.ngoaivu.registry.record.RecordJson;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.sheet.Cells;
import vn.ngoaivu.registry.sheet.CodeCells;
import vn.ngoaivu.registry.sheet.ReadSummary;
import vn.ngoaivu.registry.sheet.RowProblem;
import vn.ngoaivu.registry.sheet.SheetDates;
import vn.ngoaivu.registry.sheet.SheetFormat;
import vn.ngoaivu.registry.sheet.SheetHeader;
import vn.ngoaivu.registry.sheet.SheetReader;
import vn.ngoaivu.registry.sheet.SheetRow;

/**
 * Reads a sheet of one record kind ({@link RecordSheetColumns}) row by row, in constant memory. Each row becomes the
 * JSON body the API accepts, which then goes through {@link RecordJson#content} and {@link RecordValidator}: the
 * import and the API cannot disagree. The reader's own work is what a cell needs before that: country and sector
 * names resolved to codes, dates in Vietnamese or Excel form turned to ISO, a status checked against the kind's
 * workflow. Every problem names its column's Vietnamese header.
 *
 * <p>Thread-safe: one instance can read many files at once.
 */
public final class RecordSheetReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CodeLists codes;
    private final RecordValidator validator;

    public RecordSheetReader(CodeLists codes, RecordValidator validator) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Reads a sheet of {@code kind}, handing each non-blank data row to {@code sink} as soon as it is read.
     *
     * @return the file-level problems and the counts; {@code in} is not closed
     */
    public ReadSummary read(InputStream in, SheetFormat format, RecordKind kind, Consumer<RecordSheetRow> sink)
            throws IOException {
        Objects.requireNonNull(in, "in");
        RecordSheetColumns columns = RecordSheetColumns.of(Objects.requireNonNull(kind, "kind"));
        return new SheetReader<RecordColumn, RecordSheetRow>(columns, (header, row) -> new Row(columns, header, row).parse(),
                RecordSheetRow::isValid).read(in, format, sink);
    }

    /** One row being parsed: its cells, the JSON body being built and the problems found. */
    private final class Row {
        private final RecordSheetColumns columns;
        private final SheetHeader<RecordColumn> header;
        private final SheetRow row;
        private final List<RowProblem> problems = new ArrayList<>();
        private final ObjectNode body = NODES.objectNode();

        Row(RecordSheetColumns columns, SheetHeader<RecordColumn> header, SheetRow row) {
            this.columns = columns;
            this.header = header;
            this.row = row;
        }

        RecordSheetRow parse() {
            text(RecordSheetColumns.EXTERNAL_KEY).ifPresentOrElse(key -> body.put("externalKey", key),
                    () -> required(RecordSheetColumns.EXTERNAL_KEY));
            text(RecordSheetColumns.TITLE).ifPresent(title -> body.put("title", title));
            multiline(RecordSheetColumns.SUMMARY).ifPresent(summary -> body.put("summary", summary));
            body.set("countries", codes(RecordSheetColumns.COUNTRIES, Scheme.COUNTRY));
            date(RecordSheetColumns.START_DATE).ifPresent(date -> body.put("startDate", date));
            date(RecordSheetColumns.END_DATE).ifPresent(date -> body.put("endDate", date));
            text(RecordSheetColumns.DOSSIER_CODE).ifPresent(code -> body.put("dossierCode", code));
            Optional<String> status = status();
            ObjectNode details = body.putObject("details");
            for (FieldSpec field : columns.kind().fields()) {
                detail(field).ifPresent(value -> details.set(field.name(), value));
            }
            document().ifPresent(document -> body.putArray("documents").add(document));
            Optional<RecordValidator.Checked> checked = check();
            problems.sort(Comparator.comparingInt(problem -> header.position(problem.column())));
            boolean valid = checked.isPresent() && problems.stream().noneMatch(RowProblem::isError);
            return new RecordSheetRow(row.number(), valid ? checked : Optional.empty(), status, problems);
        }

        /** The API's own checks, for columns not already reported. */
        private Optional<RecordValidator.Checked> check() {
            try {
                RecordContent content = RecordJson.content(body);
                return Optional.of(validator.requireValid(columns.kind(), content));
            } catch (InvalidFieldsException e) {
                Set<String> reported = new HashSet<>();
                problems.forEach(p -> reported.add(p.column()));
                for (FieldProblem problem : e.problems()) {
                    String column = columns.byPointer(problem.pointer()).map(RecordColumn::headerVi).orElse("");
                    if (column.isEmpty() || reported.add(column)) {
                        problems.add(rowProblem(column, problem));
                    }
                }
                return Optional.empty();
            }
        }

        private String raw(String key) {
            RecordColumn column = columns.column(key);
            return header.has(column) ? header.value(row, column) : "";
        }

        private Optional<String> text(String key) {
            String value = Cells.line(raw(key));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private Optional<String> multiline(String key) {
            String value = Cells.multiline(raw(key));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private ArrayNode codes(String key, Scheme scheme) {
            ArrayNode out = NODES.arrayNode();
            for (String item : Cells.items(raw(key))) {
                Optional<String> code = CodeCells.resolve(codes, scheme, item);
                if (code.isEmpty()) {
                    String column = columns.column(key).headerVi();
                    problems.add(new RowProblem(column, RowProblem.UNKNOWN_CODE,
                            "Cột «" + column + "»: không nhận ra " + Cells.quote(item) + " là mã hay tên nào trong danh mục "
                                    + scheme.id() + ". Xem bảng mã ở trang Hướng dẫn của tệp mẫu.",
                            "Column “" + column + "”: " + Cells.quote(item) + " is neither a code nor a name of the "
                                    + scheme.id() + " list. See the codes on the guide sheet of the template."));
                } else if (!containsText(out, code.get())) {
                    out.add(code.get());
                }
            }
            return out;
        }

        /** A date cell as ISO text, or empty (with a problem when the cell is not blank). */
        private Optional<String> date(String key) {
            return text(key).flatMap(value -> {
                Optional<String> iso = SheetDates.parse(value).map(Object::toString);
                if (iso.isEmpty()) {
                    String column = columns.column(key).headerVi();
                    problems.add(new RowProblem(column, "format",
                            "Cột «" + column + "»: " + Cells.quote(value) + " không phải ngày; ghi dạng 01/03/2025 "
                                    + "(ngày/tháng/năm) hoặc 2025-03-01.",
                            "Column “" + column + "”: " + Cells.quote(value) + " is not a date; write 01/03/2025 "
                                    + "(day/month/year) or 2025-03-01."));
                }
                return iso;
            });
        }

        private Optional<String> status() {
            return text(RecordSheetColumns.STATUS).flatMap(value -> {
                Optional<String> code = CodeCells.resolve(codes, Scheme.RECORD_STATUS, value)
                        .filter(columns.kind().workflow().statuses()::contains);
                if (code.isEmpty()) {
                    String column = columns.column(RecordSheetColumns.STATUS).headerVi();
                    String allowed = String.join(", ", new java.util.TreeSet<>(columns.kind().workflow().statuses()));
                    problems.add(new RowProblem(column, RowProblem.UNKNOWN_CODE,
                            "Cột «" + column + "»: " + Cells.quote(value) + " không phải trạng thái của loại hồ sơ này; "
                                    + "ghi một trong: " + allowed + ".",
                            "Column “" + column + "”: " + Cells.quote(value) + " is not a status of this record kind; "
                                    + "write one of: " + allowed + "."));
                }
                return code;
            });
        }

        /** A field's cell as the JSON value the API takes; dates and sector names are resolved first. */
        private Optional<JsonNode> detail(FieldSpec field) {
            String key = field.name();
            if (field.type() == FieldType.SECTORS) {
                ArrayNode sectors = codes(key, Scheme.SECTOR);
                return sectors.isEmpty() ? Optional.empty() : Optional.of(sectors);
            }
            if (field.type() == FieldType.DATE) {
                return date(key).map(NODES::textNode);
            }
            Optional<String> text = RecordSheetColumns.isMultiline(field) ? multiline(key) : text(key);
            if (field.type() == FieldType.CHOICE) {
                text = text.map(value -> field.choices().stream().filter(value::equalsIgnoreCase).findFirst().orElse(value));
            }
            return text.map(value -> DetailValues.fromText(field, value));
        }

        /** The row's cited document, when any of its cells is filled. */
        private Optional<ObjectNode> document() {
            ObjectNode document = NODES.objectNode();
            for (var member : RecordSheetColumns.DOCUMENT_MEMBERS.entrySet()) {
                Optional<String> value = member.getKey().equals(RecordSheetColumns.DOCUMENT_DATE)
                        ? date(member.getKey()) : text(member.getKey());
                value.ifPresent(v -> document.put(member.getValue(), v));
            }
            boolean filled = RecordSheetColumns.DOCUMENT_MEMBERS.keySet().stream().anyMatch(key -> !raw(key).isBlank());
            return filled ? Optional.of(document) : Optional.empty();
        }

        private void required(String key) {
            RecordColumn column = columns.column(key);
            problems.add(new RowProblem(column.headerVi(), RowProblem.REQUIRED,
                    "Cột «" + column.headerVi() + "» bắt buộc nhưng đang để trống.",
                    "Column “" + column.headerVi() + "” (" + column.headerEn() + ") is required but empty."));
        }
    }

    private static RowProblem rowProblem(String column, FieldProblem problem) {
        return column.isEmpty()
                ? new RowProblem("", problem.code(), problem.messageVi(), problem.messageEn())
                : new RowProblem(column, problem.code(), "Cột «" + column + "»: " + problem.messageVi(),
                        "Column “" + column + "”: " + problem.messageEn());
    }

    private static boolean containsText(ArrayNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** A problem the service found on import (a refused reference, say), named by its column like the reader's. */
    static RowProblem rowProblem(RecordSheetColumns columns, FieldProblem problem) {
        return rowProblem(columns.byPointer(problem.pointer()).map(RecordColumn::headerVi).orElse(""), problem);
    }
}
