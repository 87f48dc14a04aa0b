package vn.ngoaivu.registry.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.hibernate.SessionFactory;
import vn.ngoaivu.registry.document.signature.PdfSignatureVerifier;
import vn.ngoaivu.registry.document.signature.SignatureCheck;
import vn.ngoaivu.registry.document.signature.SignatureOutcome;
import vn.ngoaivu.registry.link.LinkQueue;
import vn.ngoaivu.registry.national.DocumentMetadata;
import vn.ngoaivu.registry.national.DocumentSystemConnector;
import vn.ngoaivu.registry.national.NationalSystemException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Completes and refreshes document references from the document system: looks each due reference up (by its
 * exchange identifier, else by agency, number, symbol and year), takes the system's metadata and status (valid,
 * replaced, revoked), downloads the signed file when it is new or changed or a re-check was asked, and stores the
 * outcome of its signature check. A system that cannot answer only delays a reference (see {@link LinkQueue}); a
 * linked reference is looked at again every {@code refresh}, so that replacement and revocation are followed.
 */
public final class DocumentLinkJob {

    private static final System.Logger LOG = System.getLogger(DocumentLinkJob.class.getName());
    /** Longer than one reference's lookup, download and check can take with the connector's timeouts and retries. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** The outcome stored when the file served does not have the digest the system's metadata gives. */
    public static final String DIGEST_MISMATCH = "digest-mismatch";

    private final SessionFactory sessions;
    private final DocumentSystemConnector system;
    private final PdfSignatureVerifier verifier;
    private final LinkQueue queue;
    private final Duration refresh;
    private final Clock clock;

    public DocumentLinkJob(SessionFactory sessions, DocumentSystemConnector system, PdfSignatureVerifier verifier,
                           LinkQueue queue, Duration refresh, Clock clock) {
        this.sessions = sessions;
        this.system = system;
        this.verifier = verifier;
        this.queue = queue;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** Works through up to {@code batch} due references; returns how many it took. */
    public int runOnce(int batch) {
        List<String> due = queue.claim(batch, clock.instant(), LEASE);
        due.forEach(id -> link(UUID.fromString(id)));
        return due.size();
    }

    private void link(UUID id) {
        Optional<DocumentReference> current = sessions.fromSession(session ->
                Optional.ofNullable(session.find(DocumentReferenceEntity.class, id)).map(DocumentReferences::view));
        if (current.isEmpty()) {
            return;
        }
        DocumentReference ref = current.get();
        try {
            Optional<DocumentMetadata> found = system.byIdentifier(ref.exchangeId())
                    .or(() -> system.byNumber(ref.agencyCode(), ref.number(), ref.symbol(), ref.issueDate().getYear()));
            if (found.isEmpty()) {
                queue.notFound(id.toString(), "Hệ thống quản lý văn bản không có văn bản này. / The document system does not"
                        + " know this document.", clock.instant());
                return;
            }
            DocumentMetadata metadata = found.get();
            boolean fileNeeded = !DocumentReference.LINKED.equals(ref.linkState()) || ref.signature().isEmpty()
                    || !ref.sha256().equals(Optional.of(metadata.sha256()));
            Optional<Evidence> evidence = fileNeeded ? Optional.of(check(metadata)) : Optional.empty();
            store(id, metadata, evidence);
        } catch (NationalSystemException e) {
            queue.retryLater(id.toString(), e.vietnamese() + " / " + e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            // A fault of ours must not stop the other references, nor lose this one: it is tried again later.
            LOG.log(System.Logger.Level.ERROR, "linking document " + id + " failed", e);
            queue.retryLater(id.toString(), "Lỗi nội bộ / internal error: " + e.getClass().getSimpleName(), clock.instant());
        }
    }

    /** The signature evidence of the signed file, and whether it is the file the metadata describes. */
    private record Evidence(String sha256, String outcome, SignatureCheck check) {
    }

    private Evidence check(DocumentMetadata metadata) {
        byte[] file = system.signedFile(metadata.exchangeId());
        String digest = sha256(file);
        SignatureCheck check = verifier.verify(file);
        String outcome = digest.equals(metadata.sha256()) ? code(check.outcome()) : DIGEST_MISMATCH;
        return new Evidence(digest, outcome, check);
    }

    private void store(UUID id, DocumentMetadata m, Optional<Evidence> evidence) {
        Instant now = clock.instant();
        sessions.inTransaction(session -> {
            DocumentReferenceEntity e = session.find(DocumentReferenceEntity.class, id);
            // The document system is the authority on the metadata, including a date an officer typed wrong.
            e.agencyName = m.agencyName();
            e.issueDate = m.issueDate();
            e.issueYear = m.issueDate().getYear();
            e.exchangeId = m.exchangeId();
            e.abstractText = m.abstractText();
            e.signerName = m.signerName();
            e.signerPosition = m.signerPosition();
            e.status = m.state().name().toLowerCase(Locale.ROOT);
            e.replacedBy = m.replacedBy().orElse(null);
            e.sha256 = m.sha256();
            e.linkState = DocumentReference.LINKED;
            e.linkAttempts = 0;
            e.lastError = null;
            e.linkedAt = e.linkedAt == null ? now : e.linkedAt;
            e.nextAttemptAt = now.plus(refresh);
            e.updatedAt = now;
            evidence.ifPresent(ev -> {
                SignatureCheck check = ev.check();
                Optional<SignatureCheck.Signature> shown = check.signatures().stream()
                        .filter(s -> s.outcome() == check.outcome()).findFirst();
                e.signatureOutcome = ev.outcome();
                e.signatureSigner = shown.flatMap(SignatureCheck.Signature::signerName).orElse(null);
                e.signatureSerial = shown.flatMap(SignatureCheck.Signature::certificateSerial).orElse(null);
                e.signatureSignedAt = shown.flatMap(SignatureCheck.Signature::signingTime).orElse(null);
                e.signatureCheckedAt = check.checkedAt();
                e.signatureDetail = detail(check);
                if (!ev.sha256().equals(m.sha256())) {
                    e.lastError = "Tệp tải về có mã băm khác với siêu dữ liệu. / The downloaded file's SHA-256 differs from"
                            + " the metadata's.";
                }
            });
        });
    }

    /** {@code CERTIFICATE_EXPIRED} → {@code certificate-expired}. */
    static String code(SignatureOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String detail(SignatureCheck check) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (SignatureCheck.Signature s : check.signatures()) {
            var item = out.addObject();
            item.put("outcome", code(s.outcome()));
            s.signerName().ifPresent(v -> item.put("signer", v));
            s.certificateSerial().ifPresent(v -> item.put("certificateSerial", v));
            s.signingTime().ifPresent(v -> item.put("signedAt", v.toString()));
            item.putObject("reason").put("vi", s.reason().vi()).put("en", s.reason().en());
        }
        if (check.signatures().isEmpty()) {
            out.addObject().put("outcome", code(check.outcome()))
                    .putObject("reason").put("vi", check.reason().vi()).put("en", check.reason().en());
        }
        return out.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
