package vn.ngoaivu.registry.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.document.DocumentCitations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a record's content against its kind: the common fields, each of the kind's own fields (required, type,
 * code lists), the cited documents and the dossier code; reports every problem with its JSON pointer, and returns
 * the content normalised (NFC text, canonical numbers and dates).
 */
public final class RecordValidator {

    /** Dossier codes of the public-service portal, e.g. {@code 000.00.32.H40-250301-0001}. */
    static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-_]{2,59}");

    private final CodeLists codes;
    private final DetailValues values;
    private final DocumentCitations citations;

    public RecordValidator(CodeLists codes, DocumentCitations citations) {
        this.codes = codes;
        this.values = new DetailValues(codes);
        this.citations = citations;
    }

    /** Content that passed: normalised, with its citations resolved to numbers and document types. */
    public record Checked(RecordContent content, List<DocumentCitations.Checked> documents) {
    }

    public Checked requireValid(RecordKind kind, RecordContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = nfc(content.title());
        if (title.length() < 3 || title.length() > 500) {
            problems.add(new FieldProblem("/title", "length", "Tiêu đề từ 3 đến 500 ký tự.", "The title has 3 to 500 characters."));
        }
        Optional<String> summary = content.summary().map(RecordValidator::nfc);
        summary.filter(s -> s.isEmpty() || s.length() > 4000).ifPresent(s -> problems.add(new FieldProblem("/summary",
                "length", "Tóm tắt từ 1 đến 4.000 ký tự.", "The summary has 1 to 4,000 characters.")));
        content.externalKey().filter(k -> k.isBlank() || k.length() > 100).ifPresent(k -> problems.add(new FieldProblem(
                "/externalKey", "length", "Mã dòng từ 1 đến 100 ký tự.", "The external key has 1 to 100 characters.")));
        countries(kind, content.countries(), problems);
        if (kind.datesRequired() && content.startDate().isEmpty()) {
            problems.add(new FieldProblem("/startDate", "required", "Cần ngày bắt đầu.", "The start date is required."));
        }
        if (content.startDate().isPresent() && content.endDate().isPresent()
                && content.endDate().get().isBefore(content.startDate().get())) {
            problems.add(new FieldProblem("/endDate", "range", "Ngày kết thúc trước ngày bắt đầu.", "The end date is before the start date."));
        }
        content.dossierCode().filter(code -> !DOSSIER_CODE.matcher(code).matches()).ifPresent(code -> problems.add(
                new FieldProblem("/dossierCode", "format", "Mã hồ sơ dịch vụ công gồm chữ, số, dấu chấm, gạch (3–60 ký tự).",
                        "A public-service dossier code has letters, digits, dots and dashes (3–60 characters).")));
        ObjectNode details = details(kind, content.details(), problems);
        if (content.documents().size() > 50) {
            problems.add(new FieldProblem("/documents", "size", "Tối đa 50 văn bản.", "At most 50 documents."));
        }
        List<DocumentCitations.Checked> documents = citations.checkAll(content.documents(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        RecordContent normalised = new RecordContent(content.externalKey().map(String::strip), title, summary,
                content.countries(), content.startDate(), content.endDate(), details, content.documents(), content.dossierCode());
        return new Checked(normalised, documents);
    }

    private void countries(RecordKind kind, List<String> countries, List<FieldProblem> problems) {
        if (kind.countriesRequired() && countries.isEmpty()) {
            problems.add(new FieldProblem("/countries", "required", "Cần ít nhất một quốc gia.", "At least one country is required."));
        }
        if (countries.size() > 50 || countries.stream().distinct().count() != countries.size()) {
            problems.add(new FieldProblem("/countries", "size", "Tối đa 50 quốc gia, không lặp lại.", "At most 50 countries, each once."));
        }
        for (int i = 0; i < countries.size(); i++) {
            if (!codes.isValid(Scheme.COUNTRY, countries.get(i))) {
                problems.add(new FieldProblem("/countries/" + i, "code", "Mã quốc gia ISO 3166-1 (hai chữ cái, ví dụ JP).",
                        "An ISO 3166-1 country code (two letters, e.g. JP)."));
            }
        }
    }

    private ObjectNode details(RecordKind kind, ObjectNode given, List<FieldProblem> problems) {
        ObjectNode out = given.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (kind.field(name).isEmpty()) {
                problems.add(new FieldProblem("/details/" + name, "unknown", "Trường không thuộc loại hồ sơ " + kind.code() + ".",
                        "Not a field of record kind " + kind.code() + "."));
            }
        }
        for (FieldSpec field : kind.fields()) {
            JsonNode value = given.get(field.name());
            String pointer = "/details/" + field.name();
            if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
                if (field.required()) {
                    problems.add(new FieldProblem(pointer, "required", "Cần " + field.labelVi() + ".", field.labelEn() + " is required."));
                }
                continue;
            }
            values.normalise(field, value, pointer, problems).ifPresent(v -> out.set(field.name(), v));
        }
        return out;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
