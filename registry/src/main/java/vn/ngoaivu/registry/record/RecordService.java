package vn.ngoaivu.registry.record;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleObjectStateException;
import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.RegistryExceptions;
import vn.ngoaivu.registry.audit.AuditEntry;
import vn.ngoaivu.registry.audit.AuditRecord;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.audit.Change;
import vn.ngoaivu.registry.document.DocumentCitations;
import vn.ngoaivu.registry.document.DocumentReferences;
import vn.ngoaivu.registry.dossier.DossierLinks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The foreign-affairs records: every change validated against its kind, checked against the caller's unit and
 * the client's version, moved only along its workflow, and recorded in the audit trail in the same transaction.
 * Cited documents and the dossier are saved as pending links whatever the national systems' state: the link jobs
 * complete them.
 */
public final class RecordService {

    private final SessionFactory sessions;
    private final RecordValidator validator;
    private final DocumentReferences documents;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordService(SessionFactory sessions, RecordValidator validator, DocumentReferences documents, AuditTrail audit,
                         Clock clock) {
        this.sessions = sessions;
        this.validator = validator;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a record. {@code status} is the workflow's first status unless given: records kept before the
     * platform (an agreement in force, an NGO already registered) enter at their current status.
     */
    public ForeignAffairsRecord create(RecordKind kind, RecordContent content, Optional<String> status, String owningUnit,
                                       Actor actor) {
        return createAll(kind, List.of(content), status, owningUnit, actor).get(0);
    }

    /** Creates many records in one transaction (a spreadsheet import's chunk): all or nothing. */
    public List<ForeignAffairsRecord> createAll(RecordKind kind, List<RecordContent> contents, Optional<String> status,
                                                String owningUnit, Actor actor) {
        String initial = status.orElse(Workflow.INITIAL);
        if (!kind.workflow().statuses().contains(initial)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("/status", "code",
                    "Trạng thái không thuộc quy trình của loại hồ sơ này.", "Not a status of this record kind's workflow.")));
        }
        List<RecordValidator.Checked> checked = contents.stream().map(c -> validator.requireValid(kind, c)).toList();
        requireMayChange(actor, owningUnit);
        return sessions.fromTransaction(session -> {
            List<String> keys = checked.stream().flatMap(c -> c.content().externalKey().stream()).toList();
            if (!keys.isEmpty() && !findByExternalKeys(session, kind, keys).isEmpty()) {
                throw new RegistryExceptions.Conflict("a record of this kind with this external key exists already");
            }
            Instant now = clock.instant();
            List<RecordEntity> created = new ArrayList<>();
            List<AuditEntry> entries = new ArrayList<>();
            for (RecordValidator.Checked c : checked) {
                requireReferencedRecords(session, kind, c.content());
                RecordEntity entity = new RecordEntity(UUID.randomUUID());
                entity.kind = kind.code();
                entity.owningUnit = owningUnit;
                entity.status = initial;
                entity.createdAt = now;
                entity.createdBy = actor.name();
                apply(session, entity, c, actor, now);
                session.persist(entity);
                created.add(entity);
                Map<String, String> after = new java.util.LinkedHashMap<>(RecordRendering.render(c.content(), cited(c)));
                after.put("status", initial);
                entries.add(new AuditEntry(kind.code(), entity.id.toString(), AuditEntry.CREATE, now, actor.name(),
                        actor.roles(), actor.requestId(), Change.between(Map.of(), after)));
            }
            session.flush();
            session.doWork(connection -> audit.appendAll(connection, entries));
            return created.stream().map(RecordMapping::record).toList();
        });
    }

    public ForeignAffairsRecord update(UUID id, long expectedVersion, RecordContent content, Actor actor) {
        return change(id, expectedVersion, actor, AuditEntry.UPDATE, (session, entity) -> {
            if (entity.deletedAt != null) {
                throw new RegistryExceptions.Conflict("the record is deleted; restore it first");
            }
            RecordKind kind = RecordMapping.kind(entity);
            RecordValidator.Checked checked = validator.requireValid(kind, content);
            checked.content().externalKey().filter(key -> !key.equals(entity.externalKey)).ifPresent(key -> {
                throw new RegistryExceptions.Conflict("the external key cannot change");
            });
            requireReferencedRecords(session, kind, checked.content());
            Map<String, String> before = RecordRendering.render(RecordMapping.content(entity), citedNow(session, entity));
            apply(session, entity, checked, actor, clock.instant());
            return Change.between(before, RecordRendering.render(checked.content(), cited(checked)));
        });
    }

    /** Moves the record to {@code to}, if its kind's workflow allows it from the current status. */
    public ForeignAffairsRecord transition(UUID id, long expectedVersion, String to, Optional<String> note, Actor actor) {
        note.filter(n -> n.isBlank() || n.length() > 2000).ifPresent(n -> {
            throw new InvalidFieldsException(List.of(new FieldProblem("/note", "length", "Ghi chú từ 1 đến 2.000 ký tự.",
                    "The note has 1 to 2,000 characters.")));
        });
        return change(id, expectedVersion, actor, "transition", (session, entity) -> {
            if (entity.deletedAt != null) {
                throw new RegistryExceptions.Conflict("the record is deleted; restore it first");
            }
            Workflow workflow = RecordMapping.kind(entity).workflow();
            if (!workflow.allows(entity.status, to)) {
                throw new InvalidTransition(entity.status, to, workflow.next(entity.status));
            }
            SortedMap<String, Change> changes = new TreeMap<>(Map.of("status", Change.of(entity.status, to)));
            note.ifPresent(n -> changes.put("note", Change.of(null, n)));
            entity.status = to;
            return changes;
        });
    }

    public ForeignAffairsRecord delete(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, AuditEntry.DELETE, (session, entity) -> {
            if (entity.deletedAt == null) {
                entity.deletedAt = clock.instant();
            }
            return new TreeMap<>();
        });
    }

    public ForeignAffairsRecord restore(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, AuditEntry.RESTORE, (session, entity) -> {
            entity.deletedAt = null;
            return new TreeMap<>();
        });
    }

    public Optional<ForeignAffairsRecord> find(UUID id) {
        return sessions.fromSession(session -> Optional.ofNullable(session.find(RecordEntity.class, id)).map(RecordMapping::record));
    }

    /** The records of a kind with these external keys, by key: what an import updates instead of creating. */
    public Map<String, ForeignAffairsRecord> findByExternalKeys(RecordKind kind, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return sessions.fromSession(session -> findByExternalKeys(session, kind, keys).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.externalKey, RecordMapping::record)));
    }

    public RecordPage list(RecordQuery query) {
        return sessions.fromSession(session -> RecordList.page(session, query));
    }

    /** The audit entries of a record, newest first; values only for administrators. */
    public List<AuditRecord> history(UUID id, boolean withValues) {
        ForeignAffairsRecord record = find(id).orElseThrow(() -> new RegistryExceptions.NotFound(id));
        return sessions.fromSession(session -> session.doReturningWork(connection ->
                audit.history(connection, record.kind().code(), id.toString(), withValues)));
    }

    /** A workflow move the record's kind does not allow from its current status (409). */
    public static final class InvalidTransition extends RuntimeException {
        private final transient List<String> allowed;

        InvalidTransition(String from, String to, List<String> allowed) {
            super("no move from " + from + " to " + to, null, false, false);
            this.allowed = List.copyOf(allowed);
        }

        public List<String> allowed() {
            return allowed;
        }
    }

    private void apply(Session session, RecordEntity entity, RecordValidator.Checked checked, Actor actor, Instant now) {
        RecordMapping.apply(entity, checked.content());
        List<UUID> ids = documents.resolve(session, checked.documents(), actor);
        entity.documents.clear();
        for (int i = 0; i < ids.size(); i++) {
            entity.documents.add(new RecordEntity.CitedDocument(ids.get(i), checked.documents().get(i).citation().role()));
        }
        checked.content().dossierCode().ifPresent(code -> DossierLinks.ensure(session, code, now));
        entity.updatedAt = now;
        entity.updatedBy = actor.name();
    }

    /** A project's NGO (and any other record a field points to) must exist, be live and be of the field's kind. */
    private static void requireReferencedRecords(Session session, RecordKind kind, RecordContent content) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldSpec field : kind.fields()) {
            if (field.recordKind().isEmpty() || !content.details().has(field.name())) {
                continue;
            }
            RecordEntity target = session.find(RecordEntity.class, UUID.fromString(content.details().get(field.name()).asText()));
            if (target == null || target.deletedAt != null || !target.kind.equals(field.recordKind().get().code())) {
                problems.add(new FieldProblem("/details/" + field.name(), "reference",
                        "Không có hồ sơ loại " + field.recordKind().get().code() + " với mã này.",
                        "No " + field.recordKind().get().code() + " record has this id."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static List<String> cited(RecordValidator.Checked checked) {
        return checked.documents().stream().map(d -> d.citation().role() + ": " + d.exchangeId()).toList();
    }

    private static List<String> citedNow(Session session, RecordEntity entity) {
        Map<UUID, vn.ngoaivu.registry.document.DocumentReference> refs =
                DocumentReferences.byIds(session, entity.documents.stream().map(d -> d.documentId).toList());
        return entity.documents.stream().map(d -> d.role + ": " + refs.get(d.documentId).exchangeId()).toList();
    }

    private interface Edit {
        SortedMap<String, Change> apply(Session session, RecordEntity entity);
    }

    private ForeignAffairsRecord change(UUID id, long expectedVersion, Actor actor, String action, Edit edit) {
        try {
            return sessions.fromTransaction(session -> {
                RecordEntity entity = Optional.ofNullable(session.find(RecordEntity.class, id))
                        .orElseThrow(() -> new RegistryExceptions.NotFound(id));
                requireMayChange(actor, entity.owningUnit);
                if (entity.version != expectedVersion) {
                    throw new RegistryExceptions.StaleVersion(entity.version);
                }
                SortedMap<String, Change> changes = edit.apply(session, entity);
                Instant now = clock.instant();
                entity.updatedAt = now;
                entity.updatedBy = actor.name();
                session.flush();
                AuditEntry entry = new AuditEntry(entity.kind, id.toString(), action, now, actor.name(), actor.roles(),
                        actor.requestId(), changes);
                session.doWork(connection -> audit.append(connection, entry));
                return RecordMapping.record(entity);
            });
        } catch (OptimisticLockException | StaleObjectStateException e) {
            throw new RegistryExceptions.StaleVersion(find(id).map(ForeignAffairsRecord::version).orElse(-1L));
        }
    }

    private static List<RecordEntity> findByExternalKeys(Session session, RecordKind kind, Collection<String> keys) {
        return session.createSelectionQuery("from RecordEntity where kind = :kind and externalKey in :keys", RecordEntity.class)
                .setParameter("kind", kind.code()).setParameter("keys", keys).getResultList();
    }

    private static void requireMayChange(Actor actor, String owningUnit) {
        if (!actor.mayChange(owningUnit)) {
            throw new RegistryExceptions.OtherUnit(owningUnit);
        }
    }
}
