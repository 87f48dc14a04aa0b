package vn.ngoaivu.registry;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import vn.ngoaivu.ontology.CodeLists;
import vn.ngoaivu.registry.document.DocumentReferenceEntity;
import vn.ngoaivu.registry.expert.ExpertEntity;
import vn.ngoaivu.registry.record.RecordEntity;
import vn.ngoaivu.registry.record.RecordSearchMapping;
import vn.ngoaivu.registry.expert.ExpertSearchMapping;
import vn.ngoaivu.registry.search.SearchBootstrap;
import vn.ngoaivu.registry.search.SearchSettings;

import javax.sql.DataSource;

/**
 * Hibernate over the registry's pool. Flyway owns the schema; Hibernate only validates its mapping
 * against it at start-up, so a mapping that drifts from the migrations stops the platform at once.
 */
public final class RegistryPersistence {

    private RegistryPersistence() {
    }

    /**
     * The session factory, with Hibernate Search indexing experts and records into the indexes {@code search} describes.
     * The outbox tables Hibernate Search polls are created by Flyway (V7) like every other table.
     */
    public static SessionFactory sessionFactory(DataSource dataSource, SearchSettings search, CodeLists codes) {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.SHOW_SQL, false);
        ExpertSearchMapping experts = new ExpertSearchMapping(codes);
        RecordSearchMapping records = new RecordSearchMapping();
        SearchBootstrap.apply(builder, search, context -> {
            experts.configure(context);
            records.configure(context);
        });
        StandardServiceRegistry services = builder.build();
        try {
            return new MetadataSources(services)
                    .addAnnotatedClass(ExpertEntity.class)
                    .addAnnotatedClass(RecordEntity.class)
                    .addAnnotatedClass(DocumentReferenceEntity.class)
                    .buildMetadata()
                    .buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(services);
            throw e;
        }
    }
}
