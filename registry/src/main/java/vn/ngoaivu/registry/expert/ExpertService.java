package vn.ngoaivu.registry.expert;

import vn.ngoaivu.registry.Actor;
import vn.ngoaivu.registry.FieldProblem;
import vn.ngoaivu.registry.InvalidFieldsException;
import vn.ngoaivu.registry.RegistryExceptions;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleObjectStateException;
import vn.ngoaivu.registry.audit.AuditEntry;
import vn.ngoaivu.registry.audit.AuditRecord;
import vn.ngoaivu.registry.audit.AuditTrail;
import vn.ngoaivu.registry.audit.Change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The registry of experts: every change validated, checked against the caller's unit and the client's
 * version, and recorded in the audit trail in the same transaction.
 */
public final class ExpertService {

    public static final String ENTITY_KIND = "expert";

    private final SessionFactory sessions;
    private final ExpertValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    public ExpertService(SessionFactory sessions, ExpertValidator validator, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    public Expert create(ExpertProfile profile, String owningUnit, Actor actor) {
        return createAll(List.of(profile), owningUnit, actor).get(0);
    }

    /**
     * Creates many experts in one transaction (a spreadsheet import's chunk): one commit instead of one per
     * row. All or nothing: any refusal rolls the whole batch back, and the caller retries row by row.
     */
    public List<Expert> createAll(List<ExpertProfile> profiles, String owningUnit, Actor actor) {
        profiles.forEach(validator::requireValid);
        requireMayChange(actor, owningUnit);
        return inTransaction(session -> {
            List<String> keys = profiles.stream().flatMap(p -> p.externalKey().stream()).toList();
            if (!keys.isEmpty() && !findByExternalKeys(session, keys).isEmpty()) {
                throw new RegistryExceptions.Conflict("an expert with this external key exists already");
            }
            Instant now = clock.instant();
            List<ExpertEntity> entities = new java.util.ArrayList<>();
            for (ExpertProfile profile : profiles) {
                ExpertEntity entity = new ExpertEntity(UUID.randomUUID());
                ExpertMapping.apply(entity, profile);
                entity.owningUnit = owningUnit;
                entity.status = "active";
                entity.createdAt = now;
                entity.createdBy = actor.name();
                stamp(entity, now, actor);
                session.persist(entity);
                entities.add(entity);
            }
            session.flush();
            List<AuditEntry> entries = new java.util.ArrayList<>();
            for (int i = 0; i < entities.size(); i++) {
                entries.add(new AuditEntry(ENTITY_KIND, entities.get(i).id.toString(), AuditEntry.CREATE, now, actor.name(),
                        actor.roles(), actor.requestId(), Change.between(Map.of(), ExpertRendering.render(profiles.get(i)))));
            }
            session.doWork(connection -> audit.appendAll(connection, entries));
            return entities.stream().map(ExpertMapping::expert).toList();
        });
    }

    /** The experts that have these external keys, by key. */
    public Map<String, Expert> findByExternalKeys(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return sessions.fromSession(session -> findByExternalKeys(session, keys).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.externalKey, ExpertMapping::expert)));
    }

    private static List<ExpertEntity> findByExternalKeys(Session session, java.util.Collection<String> keys) {
        return session.createSelectionQuery("from ExpertEntity where externalKey in :keys", ExpertEntity.class)
                .setParameter("keys", keys).getResultList();
    }

    /** Everything held about one expert, for the person's own request to see it (the data subject's access right). */
    public record SubjectData(Expert expert, List<Consent> consents, List<AuditRecord> history) {
    }

    public SubjectData subjectData(UUID id, Actor actor) {
        Expert expert = find(id).orElseThrow(() -> new RegistryExceptions.NotFound(id));
        requireMayChange(actor, expert.owningUnit());
        return new SubjectData(expert, consentHistory(id), history(id, true));
    }

    public Optional<Expert> find(UUID id) {
        return sessions.fromSession(session -> Optional.ofNullable(session.find(ExpertEntity.class, id))
                .filter(e -> e.erasedAt == null)
                .map(ExpertMapping::expert));
    }

    public Optional<Expert> findByExternalKey(String externalKey) {
        return sessions.fromSession(session -> findByExternalKey(session, externalKey).map(ExpertMapping::expert));
    }

    public Expert update(UUID id, long expectedVersion, ExpertProfile profile, Actor actor) {
        validator.requireValid(profile);
        return change(id, expectedVersion, actor, AuditEntry.UPDATE, entity -> {
            if (entity.deletedAt != null) {
                throw new RegistryExceptions.Conflict("the expert is deleted; restore it first");
            }
            profile.externalKey().filter(key -> !key.equals(entity.externalKey)).ifPresent(key -> {
                throw new RegistryExceptions.Conflict("the external key cannot change");
            });
            Map<String, String> before = ExpertRendering.render(ExpertMapping.profile(entity));
            ExpertMapping.apply(entity, profile);
            return Change.between(before, ExpertRendering.render(profile));
        });
    }

    public Expert delete(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, AuditEntry.DELETE, entity -> {
            if (entity.deletedAt == null) {
                entity.deletedAt = clock.instant();
            }
            return new java.util.TreeMap<>();
        });
    }

    public Expert restore(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, actor, AuditEntry.RESTORE, entity -> {
            entity.deletedAt = null;
            return new java.util.TreeMap<>();
        });
    }

    public ExpertPage list(ExpertQuery query) {
        return sessions.fromSession(session -> ExpertList.page(session, query));
    }

    /** Records that the expert gave or withdrew consent for a purpose; it takes effect for the next read. */
    public Consent recordConsent(UUID id, ConsentPurpose purpose, boolean given, String method, String textVersion,
                                 Actor actor) {
        if (!Consent.METHODS.contains(method) || textVersion.isBlank() || textVersion.length() > 100) {
            throw new InvalidFieldsException(List.of(new FieldProblem("/method", "code",
                    "Cách ghi nhận phải là online-form, paper-form hoặc email; cần phiên bản văn bản đồng ý.",
                    "Method must be online-form, paper-form or email, with the version of the consent text.")));
        }
        return inTransaction(session -> {
            ExpertEntity entity = live(session, id);
            requireMayChange(actor, entity.owningUnit);
            Instant now = clock.instant();
            Consent consent = new Consent(purpose, given, now, method, textVersion, actor.name());
            session.doWork(connection -> ConsentLedger.append(connection, id, consent));
            // The row mirrors the ledger's current state, so the search index follows consent at once.
            switch (purpose) {
                case PARTNER_SHARING -> entity.consentPartnerSharing = given;
                case PUBLIC_DIRECTORY -> entity.consentPublicDirectory = given;
                default -> { }
            }
            SortedMap<String, Change> changes = new java.util.TreeMap<>(Map.of(
                    "purpose", Change.of(null, purpose.code()),
                    "method", Change.of(null, method),
                    "textVersion", Change.of(null, textVersion)));
            record(session, id, given ? AuditEntry.CONSENT_GIVEN : AuditEntry.CONSENT_WITHDRAWN, changes, actor, now);
            return consent;
        });
    }

    /** The current state per purpose: the latest ledger entry; purposes never recorded are absent (not given). */
    public Map<ConsentPurpose, Consent> currentConsents(UUID id) {
        return sessions.fromSession(session -> session.doReturningWork(connection -> ConsentLedger.current(connection, id)));
    }

    public List<Consent> consentHistory(UUID id) {
        return sessions.fromSession(session -> session.doReturningWork(connection -> ConsentLedger.history(connection, id)));
    }

    /**
     * Erases an expert's personal data for good (a data subject's request): the profile becomes a
     * tombstone that keeps only its id, unit and dates; the consent ledger goes; the audit trail keeps
     * that an erasure happened, but its recorded values are erased too.
     */
    public Expert erase(UUID id, Actor actor) {
        return inTransaction(session -> {
            ExpertEntity entity = live(session, id);
            requireMayChange(actor, entity.owningUnit);
            Instant now = clock.instant();
            ExpertMapping.apply(entity, ExpertMapping.erased());
            entity.externalKey = null;
            entity.erasedAt = now;
            entity.consentPartnerSharing = false;
            entity.consentPublicDirectory = false;
            entity.deletedAt = entity.deletedAt == null ? now : entity.deletedAt;
            stamp(entity, now, actor);
            session.flush();
            session.doWork(connection -> {
                ConsentLedger.erase(connection, id);
                audit.eraseValues(connection, ENTITY_KIND, id.toString());
            });
            session.doWork(connection -> audit.append(connection, AuditEntry.withoutValues(ENTITY_KIND, id.toString(),
                    AuditEntry.ERASE, now, actor.name(), actor.roles(), actor.requestId())));
            return ExpertMapping.expert(entity);
        });
    }

    /** Pairs of profiles that may be the same person, most evidence first. */
    public List<DuplicateCandidate> duplicateCandidates(int limit) {
        return sessions.fromSession(session -> ExpertDuplicates.candidates(session, limit));
    }

    /**
     * Folds {@code duplicateId} into {@code keptId}: the kept profile gains what only the duplicate had
     * (empty fields filled, lists joined), the duplicate is deleted and points to the kept one. The kept
     * profile's state before is recorded, so that {@link #undoMerge} restores both. Returns the merge's id.
     */
    public long merge(UUID keptId, long expectedVersion, UUID duplicateId, Actor actor) {
        if (keptId.equals(duplicateId)) {
            throw new RegistryExceptions.Conflict("a profile cannot be merged into itself");
        }
        return inTransaction(session -> {
            ExpertEntity kept = live(session, keptId);
            ExpertEntity duplicate = live(session, duplicateId);
            requireMayChange(actor, kept.owningUnit);
            requireMayChange(actor, duplicate.owningUnit);
            if (kept.version != expectedVersion) {
                throw new RegistryExceptions.StaleVersion(kept.version);
            }
            if (duplicate.deletedAt != null || kept.deletedAt != null) {
                throw new RegistryExceptions.Conflict("deleted profiles are not merged");
            }
            ExpertProfile before = ExpertMapping.profile(kept);
            ExpertProfile merged = ExpertMerge.combine(before, ExpertMapping.profile(duplicate));
            validator.requireValid(merged);
            ExpertMapping.apply(kept, merged);
            Instant now = clock.instant();
            stamp(kept, now, actor);
            duplicate.deletedAt = now;
            duplicate.mergedInto = keptId;
            stamp(duplicate, now, actor);
            session.flush();
            long mergeId = session.doReturningWork(connection -> ExpertMerge.record(connection, keptId, duplicateId,
                    ExpertJson.write(before), now, actor.name()));
            SortedMap<String, Change> changes = new java.util.TreeMap<>(
                    Change.between(ExpertRendering.render(before), ExpertRendering.render(merged)));
            changes.put("mergedFrom", Change.of(null, duplicateId.toString()));
            record(session, keptId, AuditEntry.MERGE, changes, actor, now);
            return mergeId;
        });
    }

    /** Reverses a merge: the kept profile returns to its state before, the duplicate comes back. */
    public Expert undoMerge(UUID keptId, long mergeId, Actor actor) {
        return inTransaction(session -> {
            ExpertEntity kept = live(session, keptId);
            requireMayChange(actor, kept.owningUnit);
            ExpertMerge.Recorded merge = session.doReturningWork(connection -> ExpertMerge.find(connection, mergeId))
                    .filter(m -> m.targetId().equals(keptId) && m.undoneAt() == null)
                    .orElseThrow(() -> new RegistryExceptions.Conflict("no merge " + mergeId + " to undo on this profile"));
            ExpertEntity duplicate = live(session, merge.sourceId());
            ExpertProfile current = ExpertMapping.profile(kept);
            ExpertProfile restored = ExpertJson.read(merge.targetBefore(), new com.fasterxml.jackson.core.type.TypeReference<>() { });
            ExpertMapping.apply(kept, restored);
            Instant now = clock.instant();
            stamp(kept, now, actor);
            duplicate.deletedAt = null;
            duplicate.mergedInto = null;
            stamp(duplicate, now, actor);
            session.flush();
            session.doWork(connection -> ExpertMerge.markUndone(connection, mergeId, now, actor.name()));
            SortedMap<String, Change> changes = new java.util.TreeMap<>(
                    Change.between(ExpertRendering.render(current), ExpertRendering.render(restored)));
            changes.put("unmergedFrom", Change.of(null, merge.sourceId().toString()));
            record(session, keptId, "unmerge", changes, actor, now);
            return ExpertMapping.expert(kept);
        });
    }

    /** The expert's row; erased experts are gone as far as any change is concerned. */
    private static ExpertEntity live(Session session, UUID id) {
        ExpertEntity entity = session.find(ExpertEntity.class, id);
        if (entity == null || entity.erasedAt != null) {
            throw new RegistryExceptions.NotFound(id);
        }
        return entity;
    }

    /** The audit entries of an expert, newest first; values only for administrators. */
    public List<AuditRecord> history(UUID id, boolean withValues) {
        return sessions.fromSession(session -> session.doReturningWork(connection ->
                audit.history(connection, ENTITY_KIND, id.toString(), withValues)));
    }

    private Expert change(UUID id, long expectedVersion, Actor actor, String action,
                          Function<ExpertEntity, SortedMap<String, Change>> edit) {
        try {
            return inTransaction(session -> {
                ExpertEntity entity = live(session, id);
                requireMayChange(actor, entity.owningUnit);
                if (entity.version != expectedVersion) {
                    throw new RegistryExceptions.StaleVersion(entity.version);
                }
                SortedMap<String, Change> changes = edit.apply(entity);
                Instant now = clock.instant();
                stamp(entity, now, actor);
                session.flush();
                record(session, id, action, changes, actor, now);
                return ExpertMapping.expert(entity);
            });
        } catch (OptimisticLockException | StaleObjectStateException e) {
            // Another transaction committed between our read and our write.
            throw new RegistryExceptions.StaleVersion(find(id).map(Expert::version).orElse(-1L));
        }
    }

    private void record(Session session, UUID id, String action, SortedMap<String, Change> changes, Actor actor,
                        Instant at) {
        AuditEntry entry = new AuditEntry(ENTITY_KIND, id.toString(), action, at, actor.name(), actor.roles(),
                actor.requestId(), changes);
        session.doWork(connection -> audit.append(connection, entry));
    }

    /** Who changed the record last, and when. */
    private static void stamp(ExpertEntity entity, Instant now, Actor actor) {
        entity.updatedAt = now;
        entity.updatedBy = actor.name();
    }

    private static void requireMayChange(Actor actor, String owningUnit) {
        if (!actor.mayChange(owningUnit)) {
            throw new RegistryExceptions.OtherUnit(owningUnit);
        }
    }

    private static Optional<ExpertEntity> findByExternalKey(Session session, String key) {
        return session.createSelectionQuery("from ExpertEntity where externalKey = :key", ExpertEntity.class)
                .setParameter("key", key).uniqueResultOptional();
    }

    private <T> T inTransaction(Function<Session, T> work) {
        return sessions.fromTransaction(work);
    }
}
