package vn.ngoaivu.registry.document;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.ListCursor;
import vn.ngoaivu.registry.RegistryExceptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The registry's references to signed documents: created when a record first cites a document, shared by every
 * record citing it, completed by the {@link DocumentLinkJob} from the document system.
 */
public final class DocumentReferences {

    private final SessionFactory sessions;
    private final Clock clock;

    public DocumentReferences(SessionFactory sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * The references for {@code citations}, in order, inside the caller's transaction: an existing reference to the
     * same document (agency, number and symbol, year) is reused, otherwise a pending one is created for the link job.
     * Metadata an officer typed fills only what the reference does not know yet.
     */
    public List<UUID> resolve(Session session, List<DocumentCitations.Checked> citations, Actor actor) {
        Instant now = clock.instant();
        List<UUID> ids = new ArrayList<>();
        for (DocumentCitations.Checked checked : citations) {
            DocumentCitation c = checked.citation();
            DocumentReferenceEntity entity = find(session, c.agencyCode(), checked.number(), c.issueDate().getYear())
                    .orElseGet(() -> create(session, checked, actor, now));
            if (!DocumentReference.LINKED.equals(entity.linkState)) {
                fillMissing(entity, c, now);
            }
            ids.add(entity.id);
        }
        return ids;
    }

    private static DocumentReferenceEntity create(Session session, DocumentCitations.Checked checked, Actor actor,
                                                  Instant now) {
        DocumentCitation c = checked.citation();
        DocumentReferenceEntity e = new DocumentReferenceEntity(UUID.randomUUID());
        e.agencyCode = c.agencyCode();
        e.number = checked.number().number();
        e.symbol = checked.number().symbol();
        e.issueDate = c.issueDate();
        e.issueYear = c.issueDate().getYear();
        e.documentType = checked.documentType();
        e.exchangeId = checked.exchangeId();
        e.nextAttemptAt = now;
        e.createdAt = now;
        e.createdBy = actor.name();
        e.updatedAt = now;
        session.persist(e);
        return e;
    }

    private static void fillMissing(DocumentReferenceEntity e, DocumentCitation c, Instant now) {
        String before = e.agencyName + e.abstractText + e.signerName + e.signerPosition;
        e.agencyName = e.agencyName != null ? e.agencyName : c.agencyName().orElse(null);
        e.abstractText = e.abstractText != null ? e.abstractText : c.abstractText().orElse(null);
        e.signerName = e.signerName != null ? e.signerName : c.signerName().orElse(null);
        e.signerPosition = e.signerPosition != null ? e.signerPosition : c.signerPosition().orElse(null);
        if (!before.equals(e.agencyName + e.abstractText + e.signerName + e.signerPosition)) {
            e.updatedAt = now;
        }
    }

    private static Optional<DocumentReferenceEntity> find(Session session, String agencyCode, DocumentNumber number, int year) {
        return session.createSelectionQuery("from DocumentReferenceEntity where agencyCode = :agency and number = :number"
                        + " and symbol = :symbol and issueYear = :year", DocumentReferenceEntity.class)
                .setParameter("agency", agencyCode).setParameter("number", number.number())
                .setParameter("symbol", number.symbol()).setParameter("year", year)
                .uniqueResultOptional();
    }

    public Optional<DocumentReference> find(UUID id) {
        return sessions.fromSession(session -> Optional.ofNullable(session.find(DocumentReferenceEntity.class, id))
                .map(DocumentReferences::view));
    }

    /**
     * A page of references, newest first, optionally only those of an agency, a number and symbol, a year, a link
     * state (e.g. {@code pending}: what waits for the document system) or a status (e.g. {@code revoked}).
     */
    public record Filter(Optional<String> agencyCode, Optional<DocumentNumber> number, Optional<Integer> year,
                         Optional<String> linkState, Optional<String> status, Optional<String> after, int limit) {
    }

    public record Page(List<DocumentReference> items, Optional<String> next) {
    }

    public Page list(Filter filter) {
        StringBuilder hql = new StringBuilder("from DocumentReferenceEntity d where true");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        filter.agencyCode().ifPresent(v -> condition(hql, params, "d.agencyCode = :agency", "agency", v));
        filter.number().ifPresent(v -> {
            condition(hql, params, "d.number = :number", "number", v.number());
            condition(hql, params, "d.symbol = :symbol", "symbol", v.symbol());
        });
        filter.year().ifPresent(v -> condition(hql, params, "d.issueYear = :year", "year", v));
        filter.linkState().ifPresent(v -> condition(hql, params, "d.linkState = :linkState", "linkState", v));
        filter.status().ifPresent(v -> condition(hql, params, "d.status = :status", "status", v));
        filter.after().map(ListCursor::decode).ifPresent(c -> {
            hql.append(" and (d.createdAt < :afterTime or (d.createdAt = :afterTime and d.id < :afterId))");
            params.put("afterTime", c.updatedAt());
            params.put("afterId", c.id());
        });
        hql.append(" order by d.createdAt desc, d.id desc");
        List<DocumentReferenceEntity> rows = sessions.fromSession(session -> {
            var query = session.createSelectionQuery(hql.toString(), DocumentReferenceEntity.class).setMaxResults(filter.limit() + 1);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
        List<DocumentReference> items = rows.stream().limit(filter.limit()).map(DocumentReferences::view).toList();
        Optional<String> next = rows.size() > filter.limit()
                ? Optional.of(new ListCursor(rows.get(filter.limit() - 1).createdAt, items.getLast().id()).encode())
                : Optional.empty();
        return new Page(items, next);
    }

    private static void condition(StringBuilder hql, Map<String, Object> params, String clause, String name, Object value) {
        hql.append(" and ").append(clause);
        params.put(name, value);
    }

    /** The references with these ids, by id (a record's cited documents). */
    public Map<UUID, DocumentReference> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : sessions.fromSession(session -> byIds(session, ids));
    }

    /** As {@link #byIds(Collection)}, in the caller's session (no second connection while it holds one). */
    public static Map<UUID, DocumentReference> byIds(Session session, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return session.createSelectionQuery("from DocumentReferenceEntity where id in :ids", DocumentReferenceEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(e -> e.id, DocumentReferences::view));
    }

    /** Asks the link job to fetch the document again and re-check its signatures, soon. */
    public DocumentReference requestRecheck(UUID id) {
        return sessions.fromTransaction(session -> {
            DocumentReferenceEntity e = Optional.ofNullable(session.find(DocumentReferenceEntity.class, id))
                    .orElseThrow(() -> new RegistryExceptions.NotFound(id));
            e.linkState = DocumentReference.PENDING;
            e.nextAttemptAt = clock.instant();
            e.linkAttempts = 0;
            e.updatedAt = clock.instant();
            return view(e);
        });
    }

    static DocumentReference view(DocumentReferenceEntity e) {
        Optional<DocumentReference.SignatureEvidence> signature = Optional.ofNullable(e.signatureOutcome)
                .map(outcome -> new DocumentReference.SignatureEvidence(outcome, Optional.ofNullable(e.signatureSigner),
                        Optional.ofNullable(e.signatureSerial), Optional.ofNullable(e.signatureSignedAt),
                        e.signatureCheckedAt, e.signatureDetail == null ? "[]" : e.signatureDetail));
        return new DocumentReference(e.id, e.agencyCode, Optional.ofNullable(e.agencyName), e.number, e.symbol, e.issueDate,
                e.documentType, Optional.ofNullable(e.abstractText), Optional.ofNullable(e.signerName),
                Optional.ofNullable(e.signerPosition), e.exchangeId, Optional.ofNullable(e.sha256), e.status,
                Optional.ofNullable(e.replacedBy), e.linkState, e.linkAttempts, Optional.ofNullable(e.lastError),
                Optional.ofNullable(e.linkedAt), signature);
    }
}
