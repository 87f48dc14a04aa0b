package vn.ngoaivu.registry.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code expert} row as Hibernate maps it. Services translate it to and from {@link ExpertProfile};
 * nothing outside this package sees it. Nested lists and the visibility map are JSON text in jsonb columns.
 */
@Entity
@Table(name = "expert")
public class ExpertEntity {

    @Id
    UUID id;
    @Version
    long version;
    @Column(name = "external_key")
    String externalKey;
    @Column(name = "owning_unit")
    String owningUnit;
    String status;
    @Column(name = "full_name")
    String fullName;
    @Column(name = "latin_name")
    String latinName;
    String gender;
    @Column(name = "birth_year")
    Integer birthYear;
    String hometown;
    @Column(name = "country_code")
    String countryCode;
    String city;
    String organisation;
    String position;
    @Column(name = "academic_title")
    String academicTitle;
    @Column(name = "highest_degree")
    String highestDegree;
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> fields = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> keywords = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> languages = new ArrayList<>();
    String orcid;
    String email;
    String phone;
    String website;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "collaboration_interests")
    List<String> collaborationInterests = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    String affiliations = "[]";
    @JdbcTypeCode(SqlTypes.JSON)
    String education = "[]";
    @JdbcTypeCode(SqlTypes.JSON)
    String engagements = "[]";
    String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    String visibility = "{}";
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
    @Column(name = "erased_at")
    Instant erasedAt;
    @Column(name = "name_folded")
    String nameFolded = "";
    @Column(name = "merged_into")
    UUID mergedInto;
    /** The current state of the consent ledger, kept on the row for the index; not a profile change. */
    @Column(name = "consent_partner_sharing")
    @OptimisticLock(excluded = true)
    boolean consentPartnerSharing;
    @Column(name = "consent_public_directory")
    @OptimisticLock(excluded = true)
    boolean consentPublicDirectory;

    protected ExpertEntity() {
        // for Hibernate
    }

    ExpertEntity(UUID id) {
        this.id = id;
    }
}
