package vn.ngoaivu.registry.link;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import vn.ngoaivu.registry.document.DocumentLinkJob;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.document.signature.PdfSignatureVerifier;
import vn.ngoaivu.registry.document.signature.TrustedCertificates;
import vn.ngoaivu.registry.dossier.DossierLinkJob;
import vn.ngoaivu.registry.dossier.DossierLinks;
import vn.ngoaivu.registry.national.ConnectorSettings;
import vn.ngoaivu.registry.national.DocumentSystemConnector;
import vn.ngoaivu.registry.national.PublicServicePortalConnector;
import vn.ngoaivu.registry.national.ResilientHttp;
import vn.ngoaivu.registry.record.RecordContent;
import vn.ngoaivu.registry.record.RecordService;
import vn.ngoaivu.registry.record.RecordValidator;
import vn.ngoaivu.registry.search.SearchSettings;
import vn.ngoaivu.simulator.pki.TestPki;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry with its link jobs, over a real database, talking to the national systems' simulator through the
 * real connectors (short timeouts and breaker delay, so that outages are quick to provoke and to end).
 */
final class LinkFixture implements AutoCloseable {

    static final CodeLists CODES = Ontology.load("http://localhost:8080/").schemes();
    static final Actor OFFICER = new Actor("can.bo.htqt", "officer", Optional.of("HTQT"), false, Optional.empty());

    final MutableClock clock = new MutableClock();
    final Database database;
    final SessionFactory sessions;
    final RecordService records;
    final DocumentReferences documents;
    final DossierLinks dossiers;
    final LinkQueue documentQueue;
    final LinkQueue dossierQueue;
    final NationalLinkJobs jobs;

    LinkFixture(Path dir, String simulatorUrl, String token, TestPki pki) {
        database = Database.open(DatabaseSettings.embeddedAt(dir.resolve("db")));
        sessions = RegistryPersistence.sessionFactory(database.dataSource(), SearchSettings.lucene(dir.resolve("index")), CODES);
        documents = new DocumentReferences(sessions, clock);
        dossiers = new DossierLinks(sessions);
        records = new RecordService(sessions, new RecordValidator(CODES, new DocumentCitations(CODES, clock)), documents,
                new AuditTrail(), clock);
        documentQueue = new LinkQueue(sessions, "document_reference", "id", Backoff.DEFAULT);
        dossierQueue = new LinkQueue(sessions, "dossier_link", "code", Backoff.DEFAULT);
        DocumentLinkJob documentJob = new DocumentLinkJob(sessions,
                new DocumentSystemConnector(new ResilientHttp(connector("document-system", simulatorUrl + "/document-system", token))),
                new PdfSignatureVerifier(TrustedCertificates.of(List.of(pki.trustedCa().certificate()))), documentQueue,
                Duration.ofHours(24), clock);
        DossierLinkJob dossierJob = new DossierLinkJob(sessions,
                new PublicServicePortalConnector(new ResilientHttp(connector("portal", simulatorUrl + "/public-service-portal", token))),
                dossierQueue, clock);
        jobs = new NationalLinkJobs(Optional.of(documentJob), Optional.of(dossierJob), Duration.ofMinutes(1), clock);
    }

    private static ConnectorSettings connector(String system, String base, String token) {
        return ConnectorSettings.defaults(system, URI.create(base), token)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withRetry(2, new ConnectorSettings.Backoff(Duration.ofMillis(20), 2.0, Duration.ofMillis(50)))
                .withBreaker(new ConnectorSettings.Breaker(10, 50, Duration.ofMillis(300), 1));
    }

    /** A conference permit citing one document (and optionally naming a dossier). */
    static RecordContent permitCiting(String numberSymbol, LocalDate issued, Optional<String> dossier) {
        var details = JsonNodeFactory.instance.objectNode().put("organiser", "Sở Ngoại vụ").put("venue", "Trung tâm Hội nghị tỉnh")
                .put("foreignParticipants", 12);
        return new RecordContent(Optional.empty(), "Hội nghị kết nối chuyên gia " + numberSymbol, Optional.empty(), List.of("JP"),
                Optional.of(LocalDate.of(2025, 9, 1)), Optional.empty(), details,
                List.of(new DocumentCitation("plan", "000.00.32.H40", Optional.empty(), numberSymbol, issued, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())), dossier);
    }

    @Override
    public void close() {
        jobs.close();
        sessions.close();
        database.close();
    }
}
