package vn.ngoaivu.registry.record;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static vn.ngoaivu.registry.record.FieldSpec.choice;
import static vn.ngoaivu.registry.record.FieldSpec.optional;
import static vn.ngoaivu.registry.record.FieldSpec.personal;
import static vn.ngoaivu.registry.record.FieldSpec.reference;
import static vn.ngoaivu.registry.record.FieldSpec.required;
import static vn.ngoaivu.registry.record.FieldType.AMOUNT;
import static vn.ngoaivu.registry.record.FieldType.CURRENCY;
import static vn.ngoaivu.registry.record.FieldType.DATE;
import static vn.ngoaivu.registry.record.FieldType.INTEGER;
import static vn.ngoaivu.registry.record.FieldType.LONG_TEXT;
import static vn.ngoaivu.registry.record.FieldType.SECTORS;
import static vn.ngoaivu.registry.record.FieldType.TEXT;
import static vn.ngoaivu.registry.record.FieldType.TEXT_LIST;

/**
 * The kinds of foreign-affairs records (codes of def/scheme/record-kind), each with its own fields and workflow.
 * Every record also has the common fields of {@link RecordContent}: title, summary, countries, start and end date,
 * documents and a public-service dossier.
 */
public enum RecordKind {
    CONFERENCE_PERMIT("conference-permit", Workflow.PROCEDURE, true, true,
            required("organiser", TEXT, "Đơn vị tổ chức", "Organiser"),
            optional("foreignOrganisers", TEXT_LIST, "Đối tác nước ngoài đồng tổ chức", "Foreign co-organisers"),
            required("venue", TEXT, "Địa điểm", "Venue"),
            required("foreignParticipants", INTEGER, "Số đại biểu nước ngoài", "Foreign participants"),
            optional("totalParticipants", INTEGER, "Tổng số đại biểu", "Total participants"),
            choice("format", false, "Hình thức", "Format", "in-person", "online", "hybrid"),
            optional("fundingSource", TEXT, "Nguồn kinh phí", "Funding source")),
    DELEGATION_OUT("delegation-out", Workflow.PROCEDURE, true, true,
            required("purpose", LONG_TEXT, "Mục đích chuyến đi", "Purpose"),
            personal("head", TEXT, true, "Trưởng đoàn", "Head of delegation"),
            required("size", INTEGER, "Số thành viên", "Members"),
            optional("hostOrganisation", TEXT, "Cơ quan mời, đón", "Host organisation"),
            optional("fundingSource", TEXT, "Nguồn kinh phí", "Funding source")),
    DELEGATION_IN("delegation-in", Workflow.PROCEDURE, true, true,
            required("purpose", LONG_TEXT, "Mục đích chuyến thăm", "Purpose"),
            personal("head", TEXT, true, "Trưởng đoàn", "Head of delegation"),
            required("size", INTEGER, "Số thành viên", "Members"),
            optional("sendingOrganisation", TEXT, "Cơ quan cử đoàn", "Sending organisation"),
            optional("receivingUnit", TEXT, "Đơn vị đón tiếp", "Receiving unit")),
    FOREIGN_NGO("foreign-ngo", Workflow.STANDING, true, false,
            optional("englishName", TEXT, "Tên tiếng Anh", "English name"),
            required("registrationNumber", TEXT, "Số giấy đăng ký", "Registration number"),
            choice("registrationType", true, "Loại giấy đăng ký", "Registration type",
                    "operation", "project-office", "representative-office"),
            optional("registrationValidUntil", DATE, "Giấy đăng ký có hiệu lực đến", "Registration valid until"),
            required("sectors", SECTORS, "Lĩnh vực hoạt động", "Sectors"),
            optional("localPartner", TEXT, "Cơ quan đối tác trong tỉnh", "Local partner")),
    NGO_PROJECT("ngo-project", Workflow.PROCEDURE, false, true,
            reference("ngo", FOREIGN_NGO, "Tổ chức phi chính phủ nước ngoài (mã hồ sơ)", "Foreign NGO (record id)"),
            required("funding", AMOUNT, "Kinh phí", "Funding"),
            required("currency", CURRENCY, "Loại tiền", "Currency"),
            required("district", TEXT, "Địa bàn thực hiện (huyện, xã)", "District"),
            required("sectors", SECTORS, "Lĩnh vực", "Sectors"),
            optional("beneficiaries", TEXT, "Đối tượng thụ hưởng", "Beneficiaries"),
            optional("localPartner", TEXT, "Chủ dự án phía Việt Nam", "Vietnamese project owner")),
    INTERNATIONAL_AGREEMENT("international-agreement", Workflow.STANDING, true, true,
            required("parties", TEXT_LIST, "Các bên ký kết", "Parties"),
            required("signingDate", DATE, "Ngày ký", "Signing date"),
            required("sectors", SECTORS, "Lĩnh vực", "Field"),
            choice("level", false, "Cấp ký kết", "Level", "province", "department", "district"),
            optional("signingPlace", TEXT, "Nơi ký", "Place of signing")),
    CONSULAR_LEGALIZATION("consular-legalization", Workflow.PROCEDURE, true, false,
            choice("caseType", true, "Loại việc", "Case type", "certification", "legalization"),
            personal("applicantName", TEXT, true, "Họ và tên người nộp", "Applicant's name"),
            personal("applicantIdNumber", TEXT, false, "Số định danh / hộ chiếu người nộp", "Applicant's ID or passport number"),
            personal("applicantContact", TEXT, false, "Liên hệ của người nộp", "Applicant's contact"),
            required("documentCount", INTEGER, "Số giấy tờ", "Number of papers"),
            optional("paperTypes", TEXT_LIST, "Loại giấy tờ", "Kinds of papers")),
    SISTER_PROVINCE("sister-province", Workflow.STANDING, true, true,
            required("partnerName", TEXT, "Địa phương đối tác", "Partner locality"),
            choice("relationType", true, "Hình thức quan hệ", "Relation", "sister", "friendship", "cooperation"),
            optional("establishedDate", DATE, "Ngày thiết lập", "Established on"),
            optional("sectors", SECTORS, "Lĩnh vực hợp tác", "Fields of cooperation"));

    private final String code;
    private final Workflow workflow;
    private final boolean countriesRequired;
    private final boolean datesRequired;
    private final List<FieldSpec> fields;

    RecordKind(String code, Workflow workflow, boolean countriesRequired, boolean datesRequired, FieldSpec... fields) {
        this.code = code;
        this.workflow = workflow;
        this.countriesRequired = countriesRequired;
        this.datesRequired = datesRequired;
        this.fields = List.of(fields);
    }

    /** The notation in def/scheme/record-kind, used in URLs and JSON. */
    public String code() {
        return code;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** Whether the record must name at least one country (a delegation's, an NGO's, a partner's). */
    public boolean countriesRequired() {
        return countriesRequired;
    }

    /** Whether the record must have its start date (the event's, the project's, the agreement's validity). */
    public boolean datesRequired() {
        return datesRequired;
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean hasPersonalFields() {
        return fields.stream().anyMatch(FieldSpec::personal);
    }

    public static Optional<RecordKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
