package vn.ngoaivu.opendata.dataset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hibernate.SessionFactory;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.RegistryPersistence;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.document.DocumentCitation;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.expert.ConsentPurpose;
import vn.ngoaivu.registry.expert.Expert;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.Visibility;
import vn.ngoaivu.registry.record.ForeignAffairsRecord;
import vn.ngoaivu.registry.record.RecordContent;
import vn.ngoaivu.registry.record.RecordKind;
import vn.ngoaivu.registry.record.RecordService;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.search.SearchSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A real registry (embedded PostgreSQL) holding a small sample of every kind of data the catalog publishes: experts
 * with and without consent, records of every kind (consular cases with their applicants), linked documents.
 */
final class RegistrySample implements AutoCloseable {

    static final String BASE = "https://ngoaivu.example.gov.vn/";
    static final Ontology ONTOLOGY = Ontology.load(BASE);
    static final CodeLists CODES = ONTOLOGY.schemes();
    static final Department DEPARTMENT = new Department("Sở Ngoại vụ tỉnh Thanh Hóa", "Thanh Hoa Department of Foreign Affairs",
            "Thanh Hóa", "38", BASE, "https://songoaivu.example.gov.vn/", "songoaivu@example.gov.vn", Optional.empty());
    private static final Actor OFFICER = new Actor("can.bo", "officer", Optional.of("HTQT"), false, Optional.empty());

    final Database database;
    final SessionFactory sessions;
    final SourceContext context;
    final ExpertService experts;
    final RecordService records;
    /** The consenting expert with some public fields; the expert who never consented; one who withdrew. */
    Expert consenting;
    Expert notConsenting;
    Expert withdrawn;

    RegistrySample(Path dir) {
        database = Database.open(DatabaseSettings.embeddedAt(dir.resolve("db")));
        sessions = RegistryPersistence.sessionFactory(database.dataSource(), SearchSettings.lucene(dir.resolve("index")), CODES);
        Clock clock = Clock.systemUTC();
        experts = new ExpertService(sessions, new ExpertValidator(CODES), new AuditTrail(), clock);
        records = new RecordService(sessions, new RecordValidator(CODES, new DocumentCitations(CODES, clock)),
                new DocumentReferences(sessions, clock), new AuditTrail(), clock);
        context = new SourceContext(database.dataSource(), ONTOLOGY, DEPARTMENT);
        fillExperts();
        fillRecords();
    }

    private void fillExperts() {
        Map<String, Visibility> openNameCountryOrganisationEmail = Map.of("fullName", Visibility.PUBLIC,
                "countryCode", Visibility.PUBLIC, "organisation", Visibility.PUBLIC, "email", Visibility.PUBLIC,
                "fields", Visibility.PUBLIC, "city", Visibility.INTERNAL);
        Map<String, Visibility> everything = Map.of("fullName", Visibility.PUBLIC, "countryCode", Visibility.PUBLIC,
                "city", Visibility.PUBLIC, "organisation", Visibility.PUBLIC);
        List<ExpertProfile> profiles = new ArrayList<>();
        profiles.add(profile("Nguyễn Văn An", "JP", "2.2", "Tokyo", openNameCountryOrganisationEmail));
        profiles.add(profile("Trần Thị Bình", "JP", "2.2", "Osaka", everything));
        profiles.add(profile("Lê Văn Cường", "JP", "2.2", "Kyoto", everything));
        for (int i = 0; i < 2; i++) {
            profiles.add(profile("Phạm Văn Dũng " + i, "JP", "2.2", null, Map.of()));
        }
        for (int i = 0; i < 5; i++) {
            profiles.add(profile("Hoàng Thị Em " + i, "DE", "1.1", null, Map.of()));
        }
        List<Expert> created = experts.createAll(profiles, "HTQT", OFFICER);
        consenting = created.get(0);
        notConsenting = created.get(1);
        withdrawn = created.get(2);
        consent(consenting, ConsentPurpose.PUBLIC_DIRECTORY, true);
        consent(withdrawn, ConsentPurpose.PUBLIC_DIRECTORY, true);
        consent(withdrawn, ConsentPurpose.PUBLIC_DIRECTORY, false);
        // Statistics: 5 in Japan × 2.2 consent (published); in Germany × 1.1, 4 of 5 consent (suppressed).
        for (int i = 0; i < created.size() - 1; i++) {
            consent(created.get(i), ConsentPurpose.OPEN_DATA_STATISTICS, true);
        }
    }

    private void consent(Expert expert, ConsentPurpose purpose, boolean given) {
        experts.recordConsent(expert.id(), purpose, given, "online-form", "v1", OFFICER);
    }

    private static ExpertProfile profile(String name, String country, String field, String city,
                                         Map<String, Visibility> visibility) {
        return new ExpertProfile(Optional.empty(), name, Optional.empty(), Optional.of("male"), Optional.of(1980),
                Optional.empty(), country, Optional.ofNullable(city), Optional.of("University of Tokyo"), Optional.empty(),
                Optional.empty(), Optional.of("TS"), List.of(field), List.of(), List.of(), Optional.empty(),
                Optional.of("an@example.org"), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), visibility);
    }

    private void fillRecords() {
        record(RecordKind.CONFERENCE_PERMIT, "Hội thảo quốc tế về nông nghiệp xanh", List.of("JP"), details()
                .put("organiser", "Sở Nông nghiệp").put("venue", "Trung tâm Hội nghị tỉnh").put("foreignParticipants", 12)
                .put("format", "hybrid"), List.of(citation("plan", "15/KH-SNgV")));
        ForeignAffairsRecord ngo = record(RecordKind.FOREIGN_NGO, "Good Water Foundation", List.of("US"), details()
                .put("registrationNumber", "123/ĐK-PCPNN").put("registrationType", "operation")
                .set("sectors", JsonNodeFactory.instance.arrayNode().add("water-sanitation")), List.of());
        record(RecordKind.NGO_PROJECT, "Nước sạch cho xã miền núi", List.of("US"), details().put("ngo", ngo.id().toString())
                .put("funding", 150000).put("currency", "USD").put("district", "Huyện Mường Lát")
                .set("sectors", JsonNodeFactory.instance.arrayNode().add("water-sanitation")), List.of());
        record(RecordKind.INTERNATIONAL_AGREEMENT, "Biên bản ghi nhớ hợp tác giáo dục", List.of("KR"), details()
                .put("signingDate", "2024-05-10").<ObjectNode>set("parties", JsonNodeFactory.instance.arrayNode()
                        .add("UBND tỉnh Thanh Hóa").add("Tỉnh Gyeonggi"))
                .set("sectors", JsonNodeFactory.instance.arrayNode().add("education-training")), List.of(citation("report", "16/BC-SNgV")));
        record(RecordKind.SISTER_PROVINCE, "Quan hệ hữu nghị với tỉnh Houaphanh", List.of("LA"), details()
                .put("partnerName", "Tỉnh Houaphanh").put("relationType", "friendship"), List.of());
        record(RecordKind.DELEGATION_OUT, "Đoàn công tác tại Nhật Bản", List.of("JP"), details()
                .put("purpose", "Xúc tiến đầu tư").put("head", "Nguyễn Văn Trưởng").put("size", 6), List.of());
        for (int i = 0; i < 5; i++) {
            consular("JP", "Người nộp " + i);
        }
        for (int i = 0; i < 3; i++) {
            consular("US", "Người nộp Mỹ " + i);
        }
        linkDocuments();
    }

    private void consular(String country, String applicant) {
        record(RecordKind.CONSULAR_LEGALIZATION, "Hợp pháp hóa lãnh sự bằng tốt nghiệp", List.of(country), details()
                .put("caseType", "legalization").put("applicantName", applicant).put("documentCount", 2), List.of());
    }

    private ForeignAffairsRecord record(RecordKind kind, String title, List<String> countries, ObjectNode details,
                                        List<DocumentCitation> documents) {
        return records.create(kind, new RecordContent(Optional.empty(), title, Optional.empty(), countries,
                Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty(), details, documents, Optional.empty()),
                Optional.of("approved"), "HTQT", OFFICER);
    }

    private static ObjectNode details() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static DocumentCitation citation(String role, String numberSymbol) {
        return new DocumentCitation(role, "000.00.32.H40", Optional.empty(), numberSymbol, LocalDate.of(2025, 1, 20),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What the document link job does once the document system confirms the documents. */
    private void linkDocuments() {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE document_reference SET link_state = 'linked', linked_at = now(), "
                    + "abstract = 'Kế hoạch và báo cáo hợp tác quốc tế năm 2025', agency_name = 'Sở Ngoại vụ', "
                    + "signer_name = 'Người Ký', signer_position = 'Giám đốc', sha256 = repeat('ab', 32)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String expertIri(UUID id) {
        return BASE + "id/expert/" + id;
    }

    @Override
    public void close() {
        sessions.close();
        database.close();
    }
}
