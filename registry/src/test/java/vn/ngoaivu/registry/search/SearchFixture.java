package vn.ngoaivu.registry.search;

import org.hibernate.SessionFactory;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.ontology.Ontology;
import vn.ngoaivu.registry.RegistryPersistence;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.db.Database;
import vn.ngoaivu.registry.db.DatabaseSettings;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.expert.ExpertProfile;
import vn.ngoaivu.registry.expert.ExpertSearch;
import vn.ngoaivu.registry.expert.ExpertService;
import vn.ngoaivu.registry.expert.ExpertValidator;
import vn.ngoaivu.registry.expert.Visibility;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A registry with search over a real database and a real index, as the gateway wires it. */
final class SearchFixture implements AutoCloseable {

    static final CodeLists CODES = Ontology.load("http://localhost:8080/").schemes();
    static final Actor OFFICER = new Actor("officer.test", "officer", Optional.of("hop-tac"), false, Optional.empty());

    final Database database;
    final SessionFactory sessions;
    final ExpertService experts;
    final ExpertSearch search;
    final SearchIndexMaintenance maintenance;

    SearchFixture(Path databaseDir, SearchSettings settings) {
        database = Database.open(DatabaseSettings.embeddedAt(databaseDir));
        sessions = RegistryPersistence.sessionFactory(database.dataSource(), settings, CODES);
        experts = new ExpertService(sessions, new ExpertValidator(CODES), new AuditTrail(), Clock.systemUTC());
        search = new ExpertSearch(sessions, CODES, settings.queryTimeout(),
                settings.backend() == SearchSettings.Backend.ELASTICSEARCH);
        maintenance = new SearchIndexMaintenance(sessions, settings, Clock.systemUTC()).start();
    }

    void awaitIndexed() throws InterruptedException {
        if (!maintenance.awaitIndexed(Duration.ofSeconds(60))) {
            throw new AssertionError("changes not indexed within 60 s: " + maintenance.status());
        }
    }

    /** A profile with the fields search looks at; {@code shared} lists the fields opened to partners. */
    static ExpertProfile profile(String fullName, String latin, String country, String organisation, List<String> fields,
                                 String degree, String title, List<String> keywords, List<String> shared) {
        Map<String, Visibility> visibility = new LinkedHashMap<>();
        shared.forEach(field -> visibility.put(field, Visibility.PARTNERS));
        return new ExpertProfile(Optional.empty(), fullName, Optional.ofNullable(latin), Optional.empty(), Optional.empty(),
                Optional.empty(), country, Optional.empty(), Optional.ofNullable(organisation), Optional.of("Giáo sư"),
                Optional.ofNullable(title), Optional.ofNullable(degree), fields, keywords, List.of("vi", "en"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of("research-cooperation"),
                List.of(), List.of(), List.of(), Optional.empty(), visibility);
    }

    static ExpertProfile named(String fullName, String country) {
        return profile(fullName, null, country, null, List.of(), null, null, List.of(), List.of());
    }

    @Override
    public void close() {
        maintenance.close();
        sessions.close();
        database.close();
    }
}
