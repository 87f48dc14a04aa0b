package vn.ngoaivu.registry.document;

import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Concept;
import vn.ngoaivu.ontology.Scheme;
import vn.ngoaivu.registry.FieldProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks what officers cite: the number and symbol's form, the type abbreviation against the ontology, dates. */
public final class DocumentCitations {

    /** Why a record cites a document. */
    public static final Set<String> ROLES = Set.of("decision", "plan", "permit", "agreement", "report", "correspondence",
            "other");
    /** Official letters (công văn) carry no type abbreviation in their symbol. */
    static final String OFFICIAL_LETTER = "CV";

    private final CodeLists codes;
    private final Clock clock;

    public DocumentCitations(CodeLists codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** A citation checked and resolved: its parsed number and its document type code. */
    public record Checked(DocumentCitation citation, DocumentNumber number, String documentType) {
        public String exchangeId() {
            return ExchangeId.of(citation.agencyCode(), citation.issueDate(), number);
        }
    }

    /** Checks one citation; problems are reported under {@code pointer} (e.g. {@code /documents/0}). */
    public Optional<Checked> check(DocumentCitation c, String pointer, List<FieldProblem> problems) {
        int before = problems.size();
        if (!ROLES.contains(c.role())) {
            problems.add(new FieldProblem(pointer + "/role", "code",
                    "Vai trò văn bản phải là một trong: " + String.join(", ", new java.util.TreeSet<>(ROLES)) + ".",
                    "The document's role must be one of: " + String.join(", ", new java.util.TreeSet<>(ROLES)) + "."));
        }
        if (!ExchangeId.AGENCY_CODE.matcher(c.agencyCode()).matches()) {
            problems.add(new FieldProblem(pointer + "/agencyCode", "format",
                    "Mã định danh cơ quan ban hành có dạng 000.00.32.H40.", "The issuing agency's code looks like 000.00.32.H40."));
        }
        LocalDate today = LocalDate.now(clock);
        if (c.issueDate().isAfter(today) || c.issueDate().getYear() < 1945) {
            problems.add(new FieldProblem(pointer + "/issueDate", "range",
                    "Ngày ban hành phải từ năm 1945 đến hôm nay.", "The issue date must be between 1945 and today."));
        }
        text(c.agencyName(), pointer + "/agencyName", 300, problems);
        text(c.abstractText(), pointer + "/abstract", 2000, problems);
        text(c.signerName(), pointer + "/signerName", 200, problems);
        text(c.signerPosition(), pointer + "/signerPosition", 200, problems);
        Optional<DocumentNumber> number = DocumentNumber.parse(c.numberSymbol());
        if (number.isEmpty()) {
            problems.add(new FieldProblem(pointer + "/numberSymbol", "format",
                    "Số, ký hiệu văn bản có dạng 600/KH-SNgV (số/loại văn bản-cơ quan ban hành).",
                    "The number and symbol look like 600/KH-SNgV (number/type-issuing agency)."));
            return Optional.empty();
        }
        Optional<String> type = documentType(c, number.get(), pointer, problems);
        number.get().writtenYear().filter(y -> y != c.issueDate().getYear()).ifPresent(y ->
                problems.add(new FieldProblem(pointer + "/issueDate", "mismatch",
                        "Năm trong ký hiệu (" + y + ") khác năm ban hành.", "The year in the symbol (" + y + ") differs from the issue year.")));
        return problems.size() == before && type.isPresent()
                ? Optional.of(new Checked(c, number.get(), type.get())) : Optional.empty();
    }

    /**
     * The type written in the symbol must be a known abbreviation and agree with a declared type; a symbol without a
     * known abbreviation is an official letter's (agency-unit), so the declared type, if any, must be letter.
     */
    private Optional<String> documentType(DocumentCitation c, DocumentNumber number, String pointer, List<FieldProblem> problems) {
        Optional<Concept> written = codes.documentTypeBySymbol(number.leadingAbbreviation());
        String inferred = written.map(Concept::notation).orElse(OFFICIAL_LETTER);
        if (c.documentType().isEmpty()) {
            return Optional.of(inferred);
        }
        String declared = c.documentType().get();
        if (!codes.isValid(Scheme.DOCUMENT_TYPE, declared)) {
            problems.add(new FieldProblem(pointer + "/documentType", "code",
                    "Loại văn bản không có trong danh mục (def/scheme/document-type).",
                    "Unknown document type (see def/scheme/document-type)."));
            return Optional.empty();
        }
        if (!declared.equals(inferred)) {
            Optional<String> abbreviation = codes.concept(Scheme.DOCUMENT_TYPE, declared).flatMap(codes::symbolAbbreviation);
            problems.add(new FieldProblem(pointer + "/numberSymbol", "mismatch",
                    "Ký hiệu không khớp loại văn bản " + declared + ": ký hiệu phải "
                            + abbreviation.map(a -> "bắt đầu bằng " + a).orElse("không có chữ viết tắt loại văn bản") + ".",
                    "The symbol does not match document type " + declared + ": it must "
                            + abbreviation.map(a -> "start with " + a).orElse("carry no type abbreviation") + "."));
            return Optional.empty();
        }
        return Optional.of(declared);
    }

    private static void text(Optional<String> value, String pointer, int max, List<FieldProblem> problems) {
        value.filter(v -> v.isBlank() || v.length() > max).ifPresent(v -> problems.add(new FieldProblem(pointer, "length",
                "Tối đa " + max + " ký tự, không để trống.", "At most " + max + " characters, not blank.")));
    }

    /** Every problem of several citations, with pointers {@code /documents/i}. */
    public List<Checked> checkAll(List<DocumentCitation> citations, List<FieldProblem> problems) {
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            check(citations.get(i), "/documents/" + i, problems).ifPresent(checked::add);
        }
        return checked;
    }
}
