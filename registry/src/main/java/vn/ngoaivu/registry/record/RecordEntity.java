package vn.ngoaivu.registry.record;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code fa_record} row as Hibernate maps it; only this package sees it. */
@Entity
@Table(name = "fa_record")
public class RecordEntity {

    @Id
    UUID id;
    @Version
    long version;
    String kind;
    @Column(name = "external_key")
    String externalKey;
    @Column(name = "owning_unit")
    String owningUnit;
    String status;
    String title;
    String summary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "country_codes")
    List<String> countryCodes = new ArrayList<>();
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    @JdbcTypeCode(SqlTypes.JSON)
    String details = "{}";
    @Column(name = "dossier_code")
    String dossierCode;
    @ElementCollection
    @CollectionTable(name = "record_document", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "position")
    List<CitedDocument> documents = new ArrayList<>();
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;
    @Column(name = "deleted_at")
    Instant deletedAt;

    protected RecordEntity() {
        // for Hibernate
    }

    RecordEntity(UUID id) {
        this.id = id;
    }

    /** One row of {@code record_document}: a document the record cites, and why. */
    @Embeddable
    public static class CitedDocument {
        @Column(name = "document_id")
        UUID documentId;
        String role;

        protected CitedDocument() {
            // for Hibernate
        }

        CitedDocument(UUID documentId, String role) {
            this.documentId = documentId;
            this.role = role;
        }
    }
}
