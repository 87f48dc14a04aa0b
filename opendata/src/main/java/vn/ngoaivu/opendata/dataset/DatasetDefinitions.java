package vn.ngoaivu.opendata.dataset;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import vn.ngoaivu.ontology.NgvClass;
import vn.ngoaivu.ontology.NgvProperty;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.opendata.privacy.KAnonymity;
import vn.ngoaivu.opendata.release.Column;
import vn.ngoaivu.registry.record.FieldSpec;
import vn.ngoaivu.registry.record.RecordKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog's twelve datasets, as code: the starting catalog of the domain brief. Built for one instance, since the
 * columns name the ngv: terms under its base URI.
 */
public final class DatasetDefinitions {

    /** Records of procedures count once granted; standing relations once in force (and after they ended). */
    private static final List<String> GRANTED = List.of("approved", "in-progress", "completed");
    private static final List<String> IN_FORCE = List.of("approved", "in-progress");

    private final Iris iris;
    private final List<DatasetDefinition> all;

    public DatasetDefinitions(Ontology ontology) {
        this.iris = new Iris(ontology);
        this.all = List.of(conferences(), ngos(), ngoProjects(), agreements(), delegationStatistics(), partnerRelations(),
                expertStatistics(), expertDirectory(), consularStatistics(), procedures(), documents(), units());
    }

    public List<DatasetDefinition> all() {
        return all;
    }

    public Optional<DatasetDefinition> byId(String id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    // ---- Records --------------------------------------------------------------------------------------------

    private DatasetDefinition conferences() {
        RecordKind kind = RecordKind.CONFERENCE_PERMIT;
        List<RecordColumn> columns = List.of(
                common("title", "Tên hội nghị, hội thảo", "Title", DCTerms.title.asNode(), ValueKind.TEXT),
                field(kind, "organiser", ngv(NgvProperty.ORGANISER), ValueKind.AGENT),
                field(kind, "foreignOrganisers", ngv(NgvProperty.PARTNER), ValueKind.AGENTS),
                field(kind, "venue", ngv(NgvProperty.VENUE), ValueKind.TEXT),
                field(kind, "foreignParticipants", ngv(NgvProperty.FOREIGN_PARTICIPANT_COUNT), ValueKind.INTEGER),
                field(kind, "format", Vocab.SCHEMA_ATTENDANCE_MODE, ValueKind.ATTENDANCE_MODE),
                countries(), startDate(Vocab.SCHEMA_START_DATE), endDate(Vocab.SCHEMA_END_DATE));
        return records("licensed-conferences", kind, NgvClass.CONFERENCE_PERMIT, "conference", GRANTED, columns,
                "Hội nghị, hội thảo quốc tế được cấp phép", "Licensed international conferences",
                "Các hội nghị, hội thảo quốc tế tổ chức tại tỉnh đã được cho phép: tên, đơn vị tổ chức, đối tác nước ngoài, địa điểm, số đại biểu nước ngoài, hình thức và thời gian.",
                "International conferences and seminars held in the province with a permit: title, organiser, foreign co-organisers, venue, number of foreign participants, format and dates.",
                List.of("international-cooperation"), List.of("hội nghị quốc tế", "hội thảo quốc tế", "cấp phép"),
                List.of("international conference", "seminar", "permit"), Frequency.MONTHLY);
    }

    private DatasetDefinition ngos() {
        RecordKind kind = RecordKind.FOREIGN_NGO;
        List<RecordColumn> columns = List.of(
                common("title", "Tên tổ chức", "Name", FOAF.name.asNode(), ValueKind.TEXT),
                field(kind, "englishName", Vocab.SCHEMA_ALTERNATE_NAME, ValueKind.TEXT),
                countries(),
                field(kind, "registrationNumber", ngv(NgvProperty.REGISTRATION_NUMBER), ValueKind.TEXT),
                field(kind, "registrationValidUntil", ngv(NgvProperty.REGISTRATION_VALID_UNTIL), ValueKind.DATE),
                field(kind, "sectors", ngv(NgvProperty.SECTOR), ValueKind.SECTORS));
        return records("foreign-ngos", kind, NgvClass.FOREIGN_NGO, "ngo", IN_FORCE, columns,
                "Tổ chức phi chính phủ nước ngoài hoạt động tại tỉnh", "Foreign NGOs active in the province",
                "Các tổ chức phi chính phủ nước ngoài có giấy đăng ký hoạt động tại tỉnh: tên, quốc gia, số và thời hạn giấy đăng ký, lĩnh vực hoạt động.",
                "Foreign non-governmental organisations registered to work in the province: name, country, registration number and validity, sectors.",
                List.of("foreign-ngo", "international-cooperation"), List.of("tổ chức phi chính phủ nước ngoài", "PCPNN"),
                List.of("foreign NGO", "non-governmental organisation"), Frequency.QUARTERLY);
    }

    private DatasetDefinition ngoProjects() {
        RecordKind kind = RecordKind.NGO_PROJECT;
        List<RecordColumn> columns = List.of(
                common("title", "Tên dự án", "Title", DCTerms.title.asNode(), ValueKind.TEXT),
                common("ngoName", "Tổ chức tài trợ", "Sponsoring NGO", ngv(NgvProperty.SPONSOR), ValueKind.AGENT),
                field(kind, "funding", ngv(NgvProperty.FUNDING_AMOUNT), ValueKind.DECIMAL),
                field(kind, "currency", ngv(NgvProperty.FUNDING_CURRENCY), ValueKind.TEXT),
                field(kind, "district", ngv(NgvProperty.IMPLEMENTATION_AREA), ValueKind.TEXT),
                field(kind, "sectors", ngv(NgvProperty.SECTOR), ValueKind.SECTORS),
                field(kind, "localPartner", ngv(NgvProperty.LOCAL_COUNTERPART), ValueKind.AGENT),
                startDate(Vocab.SCHEMA_START_DATE), endDate(Vocab.SCHEMA_END_DATE));
        return records("ngo-projects", kind, NgvClass.NGO_PROJECT, "ngo-project", GRANTED, columns,
                "Dự án, khoản viện trợ phi chính phủ nước ngoài", "Foreign NGO projects and aid",
                "Các dự án, khoản viện trợ của tổ chức phi chính phủ nước ngoài đã được phê duyệt tại tỉnh: tổ chức tài trợ, giá trị và loại tiền, địa bàn, lĩnh vực, chủ dự án và thời gian.",
                "Approved projects and aid of foreign NGOs in the province: sponsor, amount and currency, area, sectors, Vietnamese project owner and period.",
                List.of("foreign-ngo", "economy"), List.of("viện trợ phi chính phủ nước ngoài", "dự án"),
                List.of("foreign aid", "NGO project", "funding"), Frequency.QUARTERLY);
    }

    private DatasetDefinition agreements() {
        RecordKind kind = RecordKind.INTERNATIONAL_AGREEMENT;
        List<RecordColumn> columns = List.of(
                common("title", "Tên thỏa thuận", "Title", DCTerms.title.asNode(), ValueKind.TEXT),
                field(kind, "parties", ngv(NgvProperty.PARTY), ValueKind.AGENTS),
                field(kind, "signingDate", Vocab.ELI_DATE_DOCUMENT, ValueKind.DATE),
                countries(),
                field(kind, "sectors", ngv(NgvProperty.SECTOR), ValueKind.SECTORS),
                startDate(eli("first_date_entry_in_force")), endDate(eli("date_no_longer_in_force")));
        return records("international-agreements", kind, NgvClass.INTERNATIONAL_AGREEMENT, "agreement", GRANTED, columns,
                "Thỏa thuận quốc tế", "International agreements",
                "Các thỏa thuận quốc tế do tỉnh, các sở, ngành ký kết với đối tác nước ngoài: các bên, ngày ký, quốc gia, lĩnh vực và thời hạn hiệu lực.",
                "International agreements signed by the province and its departments with foreign partners: parties, signing date, country, sectors and validity.",
                List.of("international-cooperation", "government"), List.of("thỏa thuận quốc tế", "hợp tác quốc tế"),
                List.of("international agreement", "cooperation"), Frequency.QUARTERLY);
    }

    private DatasetDefinition partnerRelations() {
        RecordKind kind = RecordKind.SISTER_PROVINCE;
        List<RecordColumn> columns = List.of(
                common("title", "Tên quan hệ", "Title", DCTerms.title.asNode(), ValueKind.TEXT),
                field(kind, "partnerName", ngv(NgvProperty.PARTNER), ValueKind.AGENT),
                field(kind, "relationType", ngv(NgvProperty.RELATION_TYPE), ValueKind.TEXT),
                countries(),
                field(kind, "establishedDate", Vocab.SCHEMA_START_DATE, ValueKind.DATE),
                field(kind, "sectors", ngv(NgvProperty.SECTOR), ValueKind.SECTORS));
        return records("partner-relations", kind, NgvClass.SISTER_PROVINCE_RELATION, "partner-relation", GRANTED, columns,
                "Quan hệ kết nghĩa, hữu nghị và hợp tác với địa phương nước ngoài", "Sister-province and partner relations",
                "Các địa phương nước ngoài có quan hệ kết nghĩa, hữu nghị hoặc hợp tác với tỉnh: địa phương đối tác, quốc gia, hình thức quan hệ, ngày thiết lập và lĩnh vực hợp tác.",
                "Foreign localities with a sister, friendship or cooperation relation with the province: partner, country, kind of relation, date established and fields of cooperation.",
                List.of("international-cooperation"), List.of("kết nghĩa", "địa phương đối tác"),
                List.of("sister province", "partner locality"), Frequency.ANNUAL);
    }

    private DatasetDefinition records(String id, RecordKind kind, NgvClass type, String slug, List<String> statuses,
                                      List<RecordColumn> columns, String titleVi, String titleEn, String descriptionVi,
                                      String descriptionEn, List<String> themes, List<String> keywordsVi,
                                      List<String> keywordsEn, Frequency frequency) {
        List<PublishedField> fields = new ArrayList<>();
        fields.add(new PublishedField(RecordSource.idColumn(), new FieldOrigin.Identifier()));
        columns.forEach(c -> fields.add(c.published()));
        return new DatasetDefinition(id, titleVi, titleEn, descriptionVi, descriptionEn, themes, keywordsVi, keywordsEn,
                frequency, Period.since(2023), DatasetDefinition.CC_BY_4_0, DataClassification.OPEN, fields, false,
                context -> new RecordSource(context, kind, type, slug, statuses, columns));
    }

    /** A record kind's own field, labelled as the registry labels it. */
    public static RecordColumn field(RecordKind kind, String name, Node property, ValueKind valueKind) {
        FieldSpec spec = kind.field(name).orElseThrow(() -> new IllegalArgumentException(kind.code() + " has no " + name));
        return new RecordColumn(new Column(name, spec.labelVi(), spec.labelEn(), datatype(valueKind), property.getURI()),
                name, valueKind, new FieldOrigin.RecordField(kind, name));
    }

    private static RecordColumn common(String name, String vi, String en, Node property, ValueKind valueKind) {
        return new RecordColumn(new Column(name, vi, en, datatype(valueKind), property.getURI()), name, valueKind,
                new FieldOrigin.Plain());
    }

    private RecordColumn countries() {
        return common("countries", "Quốc gia (mã ISO 3166)", "Countries (ISO 3166 codes)", ngv(NgvProperty.COUNTRY),
                ValueKind.COUNTRIES);
    }

    private static RecordColumn startDate(Node property) {
        return common("startDate", "Ngày bắt đầu", "Start date", property, ValueKind.DATE);
    }

    private static RecordColumn endDate(Node property) {
        return common("endDate", "Ngày kết thúc", "End date", property, ValueKind.DATE);
    }

    private static String datatype(ValueKind kind) {
        return switch (kind) {
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case DATE -> "date";
            default -> "string";
        };
    }

    // ---- Statistics -----------------------------------------------------------------------------------------

    private DatasetDefinition delegationStatistics() {
        String sql = "SELECT extract(year FROM r.start_date)::int::text AS ref_year, r.kind AS record_kind, c.country, "
                + "count(*) AS count FROM fa_record r CROSS JOIN LATERAL unnest(r.country_codes) AS c(country) "
                + "WHERE r.kind IN ('delegation-out', 'delegation-in') AND r.deleted_at IS NULL AND r.start_date IS NOT NULL "
                + "AND r.status IN ('approved', 'in-progress', 'completed') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        return statistics("delegation-statistics", sql, List.of(Dimension.REF_YEAR, Dimension.RECORD_KIND, Dimension.COUNTRY),
                false, "Thống kê đoàn ra, đoàn vào", "Statistics of outbound and inbound delegations",
                "Số đoàn ra, đoàn vào được phê duyệt theo năm, chiều (đoàn ra, đoàn vào) và quốc gia. Đếm số đoàn, không đếm người; không có tên thành viên.",
                "The number of approved outbound and inbound delegations by year, direction and country. Counts delegations, not people; no member names.",
                List.of("international-cooperation"), List.of("đoàn ra", "đoàn vào", "thống kê"),
                List.of("delegation", "statistics"), Frequency.ANNUAL);
    }

    private DatasetDefinition expertStatistics() {
        // Only experts who consented to be counted in open statistics (consent purpose open-data-statistics, the
        // ledger's latest entry): silence is not consent.
        String sql = "SELECT e.country_code AS country, f.field, count(DISTINCT e.id) AS count FROM expert e "
                + "CROSS JOIN LATERAL unnest(e.fields) AS f(field) WHERE e.deleted_at IS NULL AND e.erased_at IS NULL "
                + "AND e.merged_into IS NULL AND coalesce((SELECT c.given FROM expert_consent c WHERE c.expert_id = e.id "
                + "AND c.purpose = 'open-data-statistics' ORDER BY c.id DESC LIMIT 1), false) "
                + "GROUP BY 1, 2 ORDER BY 1, 2";
        return statistics("expert-network-statistics", sql, List.of(Dimension.COUNTRY, Dimension.FIELD), true,
                "Thống kê mạng lưới chuyên gia, trí thức ở nước ngoài theo quốc gia và lĩnh vực",
                "Statistics of the overseas expert network by country and field",
                "Số chuyên gia, trí thức người tỉnh ở nước ngoài theo quốc gia cư trú và lĩnh vực chuyên môn (FORD); một người có nhiều lĩnh vực được đếm ở mỗi lĩnh vực. Chỉ đếm người đã đồng ý đưa vào thống kê dữ liệu mở.",
                "The number of the province's overseas experts and intellectuals by country of residence and field (FORD); a person with several fields counts in each. Only people who consented to open-data statistics are counted.",
                List.of("overseas-vietnamese", "science-technology"), List.of("chuyên gia", "trí thức", "người Việt Nam ở nước ngoài"),
                List.of("experts", "overseas Vietnamese", "diaspora"), Frequency.QUARTERLY);
    }

    private DatasetDefinition consularStatistics() {
        String sql = "SELECT extract(year FROM coalesce(r.start_date, r.created_at::date))::int::text AS ref_year, c.country, "
                + "count(*) AS count FROM fa_record r CROSS JOIN LATERAL unnest(r.country_codes) AS c(country) "
                + "WHERE r.kind = 'consular-legalization' AND r.deleted_at IS NULL "
                + "AND r.status IN ('approved', 'in-progress', 'completed') GROUP BY 1, 2 ORDER BY 1, 2";
        return statistics("consular-statistics", sql, List.of(Dimension.REF_YEAR, Dimension.COUNTRY), true,
                "Thống kê chứng nhận lãnh sự, hợp pháp hóa lãnh sự", "Consular certification and legalization statistics",
                "Số hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự theo năm và quốc gia nơi giấy tờ được sử dụng. Mỗi hồ sơ là của một người nộp; không có thông tin người nộp.",
                "The number of consular certification and legalization cases by year and the country where the papers are used. Each case is one applicant's; no applicant data.",
                List.of("consular-affairs"), List.of("hợp pháp hóa lãnh sự", "chứng nhận lãnh sự", "thống kê"),
                List.of("consular legalization", "certification", "statistics"), Frequency.ANNUAL);
    }

    private DatasetDefinition statistics(String id, String sql, List<Dimension> dimensions, boolean people,
                                         String titleVi, String titleEn, String descriptionVi, String descriptionEn,
                                         List<String> themes, List<String> keywordsVi, List<String> keywordsEn,
                                         Frequency frequency) {
        List<PublishedField> fields = new ArrayList<>();
        dimensions.forEach(d -> fields.add(new PublishedField(d.column(iris), new FieldOrigin.Plain())));
        fields.add(new PublishedField(ObservationSource.countColumn(iris),
                people ? new FieldOrigin.PeopleCount() : new FieldOrigin.Plain()));
        int minimum = people ? KAnonymity.MIN_CELL : 1;
        return new DatasetDefinition(id, titleVi, titleEn,
                people ? descriptionVi + " " + KAnonymity.NOTE_VI : descriptionVi,
                people ? descriptionEn + " " + KAnonymity.NOTE_EN : descriptionEn,
                themes, keywordsVi, keywordsEn, frequency, Period.since(2023), DatasetDefinition.CC_BY_4_0,
                DataClassification.OPEN, fields, people,
                context -> new ObservationSource(context, id, sql, dimensions, minimum));
    }

    // ---- Experts, documents, tables -------------------------------------------------------------------------

    private DatasetDefinition expertDirectory() {
        return new DatasetDefinition("expert-directory",
                "Danh bạ chuyên gia, trí thức ở nước ngoài", "Directory of overseas experts",
                "Chuyên gia, trí thức người tỉnh ở nước ngoài đã đồng ý công bố trong danh bạ công khai, chỉ với những thông tin họ chọn công khai (họ tên và quốc gia cư trú là bắt buộc để có mặt trong danh bạ). Không bao giờ có năm sinh, giới tính, thư điện tử, số điện thoại và lịch sử hoạt động. Người rút lại sự đồng ý không có mặt ở bản phát hành kế tiếp.",
                "Overseas experts and intellectuals of the province who consented to the public directory, with only the details they chose to make public (the name and country of residence must be public to be listed). Never the birth year, gender, e-mail, telephone or engagement history. Someone who withdraws consent is absent from the next release.",
                List.of("overseas-vietnamese", "science-technology"), List.of("chuyên gia", "trí thức", "danh bạ"),
                List.of("experts", "directory", "diaspora"), Frequency.MONTHLY, Period.since(2025), DatasetDefinition.CC_BY_4_0,
                DataClassification.OPEN, ExpertDirectorySource.publishedFields(iris), false, ExpertDirectorySource::new);
    }

    private DatasetDefinition documents() {
        List<PublishedField> fields = new ArrayList<>();
        fields.add(new PublishedField(RecordSource.idColumn(), new FieldOrigin.Identifier()));
        DocumentSource.ownColumns(iris).forEach(c -> fields.add(new PublishedField(c, new FieldOrigin.Plain())));
        return new DatasetDefinition("published-documents", "Kế hoạch, báo cáo đã ban hành", "Published plans and reports",
                "Thông tin (không kèm tệp) về các kế hoạch và báo cáo đã ký số, còn hiệu lực và đã được hệ thống quản lý văn bản xác nhận: số, ký hiệu, ngày ban hành, trích yếu, cơ quan ban hành, chức vụ người ký và giá trị băm của tệp để đối chiếu.",
                "Metadata (not the files) of signed plans and reports that are valid and confirmed by the document management system: number and symbol, issue date, abstract, issuing agency, signer's position and the file's digest for checking.",
                List.of("government"), List.of("kế hoạch", "báo cáo", "văn bản"), List.of("plan", "report", "official document"),
                Frequency.MONTHLY, Period.since(2023), DatasetDefinition.CC_BY_4_0, DataClassification.OPEN, fields, false,
                context -> new DocumentSource(context, List.of("KH", "BC")));
    }

    private DatasetDefinition procedures() {
        List<Column> columns = List.of(
                RecordSource.idColumn(),
                new Column("nationalCode", "Mã thủ tục hành chính", "National procedure code", "string", DCTerms.identifier.getURI()),
                new Column("nameVi", "Tên thủ tục", "Name (Vietnamese)", "string", DCTerms.title.getURI()),
                new Column("nameEn", "Tên thủ tục (tiếng Anh)", "Name (English)", "string", DCTerms.title.getURI()),
                new Column("unit", "Đơn vị giải quyết", "Unit in charge", "string", ORG.unitOf.getURI()),
                new Column("onlineLevel", "Mức độ trực tuyến", "Online service level", "string", DCTerms.type.getURI()));
        return new DatasetDefinition("administrative-procedures", "Thủ tục hành chính của Sở Ngoại vụ",
                "Administrative procedures of the Department of Foreign Affairs",
                "Các thủ tục hành chính do Sở tiếp nhận, giải quyết: tên, mã thủ tục, đơn vị giải quyết và mức độ dịch vụ công trực tuyến (toàn trình hoặc một phần). Danh mục được Sở cập nhật theo quyết định công bố của Ủy ban nhân dân tỉnh.",
                "The administrative procedures the department handles: name, procedure code, unit in charge and online service level (fully or partly online). The department keeps the list in line with the procedures the Provincial People's Committee announced.",
                List.of("government"), List.of("thủ tục hành chính", "dịch vụ công trực tuyến"),
                List.of("administrative procedure", "online public service"), Frequency.IRREGULAR, Period.since(2023),
                DatasetDefinition.CC_BY_4_0, DataClassification.OPEN, plain(columns), false,
                context -> new TableSource(context, "administrative-procedures.tsv", "procedure", columns,
                        (c, row) -> { }, DatasetDefinitions::procedure));
    }

    private static void procedure(Emit emit, SourceContext context, Map<String, String> row) {
        Iris iris = context.iris();
        Node procedure = NodeFactory.createURI(row.get("iri"));
        emit.type(procedure, NodeFactory.createURI("http://purl.org/vocab/cpsv#PublicService"));
        emit.text(procedure, DCTerms.identifier.asNode(), row.get("nationalCode"));
        emit.lang(procedure, DCTerms.title.asNode(), row.get("nameVi"), "vi");
        emit.lang(procedure, DCTerms.title.asNode(), row.get("nameEn"), "en");
        emit.iri(procedure, NodeFactory.createURI("http://data.europa.eu/m8g/hasCompetentAuthority"),
                NodeFactory.createURI(context.department().iri()));
        emit.iri(procedure, ORG.unitOf.asNode(), row.get("unit") == null ? null : iris.resource("unit", row.get("unit")));
        emit.text(procedure, DCTerms.type.asNode(), row.get("onlineLevel"));
    }

    private DatasetDefinition units() {
        List<Column> columns = List.of(
                RecordSource.idColumn(),
                new Column("nameVi", "Tên đơn vị", "Name (Vietnamese)", "string", "http://www.w3.org/2006/vcard/ns#fn"),
                new Column("nameEn", "Tên đơn vị (tiếng Anh)", "Name (English)", "string", "http://www.w3.org/2006/vcard/ns#fn"),
                new Column("email", "Thư điện tử", "E-mail", "string", "http://www.w3.org/2006/vcard/ns#hasEmail"),
                new Column("telephone", "Điện thoại", "Telephone", "string", "http://www.w3.org/2006/vcard/ns#hasTelephone"));
        return new DatasetDefinition("unit-contact-points", "Đầu mối liên hệ của các phòng thuộc Sở",
                "Contact points of the department's units",
                "Các phòng, đơn vị thuộc Sở Ngoại vụ và cách liên hệ (thư điện tử, điện thoại công vụ). Đơn vị không có đầu mối riêng được liên hệ qua đầu mối chung của Sở.",
                "The department's units and how to reach them (official e-mail and telephone). A unit without its own contact is reached through the department's contact point.",
                List.of("government"), List.of("đầu mối liên hệ", "Sở Ngoại vụ"), List.of("contact point", "department"),
                Frequency.IRREGULAR, Period.since(2023), DatasetDefinition.CC_BY_4_0, DataClassification.OPEN, plain(columns),
                false, context -> new TableSource(context, "unit-contact-points.tsv", "unit",
                columns, DatasetDefinitions::unitContact, DatasetDefinitions::unit));
    }

    /** A unit without its own contact is reached through the department's. */
    private static void unitContact(SourceContext context, Map<String, String> row) {
        row.computeIfAbsent("email", k -> context.department().email());
        row.computeIfAbsent("telephone", k -> context.department().telephone().orElse(null));
    }

    private static void unit(Emit emit, SourceContext context, Map<String, String> row) {
        Node unit = NodeFactory.createURI(row.get("iri"));
        Node department = NodeFactory.createURI(context.department().iri());
        String vcard = "http://www.w3.org/2006/vcard/ns#";
        emit.type(unit, ORG.OrganizationalUnit.asNode());
        emit.iri(unit, Vocab.RDF_TYPE, NodeFactory.createURI(vcard + "Organization"));
        emit.iri(unit, ORG.unitOf.asNode(), department);
        emit.lang(unit, NodeFactory.createURI(vcard + "fn"), row.get("nameVi"), "vi");
        emit.lang(unit, NodeFactory.createURI(vcard + "fn"), row.get("nameEn"), "en");
        emit.iri(unit, NodeFactory.createURI(vcard + "hasEmail"), NodeFactory.createURI("mailto:" + row.get("email")));
        String telephone = row.get("telephone");
        if (telephone != null) {
            emit.iri(unit, NodeFactory.createURI(vcard + "hasTelephone"),
                    NodeFactory.createURI("tel:" + telephone.replaceAll("[^+0-9]", "")));
        }
    }

    private static List<PublishedField> plain(List<Column> columns) {
        List<PublishedField> fields = new ArrayList<>();
        fields.add(new PublishedField(columns.get(0), new FieldOrigin.Identifier()));
        columns.subList(1, columns.size()).forEach(c -> fields.add(new PublishedField(c, new FieldOrigin.Plain())));
        return fields;
    }

    private Node ngv(NgvProperty property) {
        return iris.property(property);
    }

    private static Node eli(String localName) {
        return NodeFactory.createURI(vn.ngoaivu.ontology.Namespaces.ELI + localName);
    }
}
