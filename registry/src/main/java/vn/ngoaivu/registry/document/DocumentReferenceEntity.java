package vn.ngoaivu.registry.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The {@code document_reference} row as Hibernate maps it; only this package sees it. */
@Entity
@Table(name = "document_reference")
public class DocumentReferenceEntity {

    @Id
    UUID id;
    @Version
    long version;
    @Column(name = "agency_code")
    String agencyCode;
    @Column(name = "agency_name")
    String agencyName;
    String number;
    String symbol;
    @Column(name = "issue_date")
    LocalDate issueDate;
    @Column(name = "issue_year")
    int issueYear;
    @Column(name = "document_type")
    String documentType;
    @Column(name = "abstract")
    String abstractText;
    @Column(name = "signer_name")
    String signerName;
    @Column(name = "signer_position")
    String signerPosition;
    @Column(name = "exchange_id")
    String exchangeId;
    String sha256;
    String status = "valid";
    @Column(name = "replaced_by")
    String replacedBy;
    @Column(name = "link_state")
    String linkState = DocumentReference.PENDING;
    @Column(name = "link_attempts")
    int linkAttempts;
    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;
    @Column(name = "last_error")
    String lastError;
    @Column(name = "linked_at")
    Instant linkedAt;
    @Column(name = "signature_outcome")
    String signatureOutcome;
    @Column(name = "signature_signer")
    String signatureSigner;
    @Column(name = "signature_serial")
    String signatureSerial;
    @Column(name = "signature_signed_at")
    Instant signatureSignedAt;
    @Column(name = "signature_checked_at")
    Instant signatureCheckedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "signature_detail")
    String signatureDetail;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected DocumentReferenceEntity() {
        // for Hibernate
    }

    DocumentReferenceEntity(UUID id) {
        this.id = id;
    }
}
