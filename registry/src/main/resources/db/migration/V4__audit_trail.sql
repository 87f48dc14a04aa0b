-- The audit trail of changes to registry records (experts, foreign-affairs records): who changed which
-- fields of which record, when, under which request, and the values before and after
-- (Personal Data Protection Law 91/2025/QH15, Decree 356/2025). Written and read only through
-- vn.ngoaivu.registry.audit.AuditTrail, which documents the hash format.
--
-- Append-only and tamper-evident: each entry carries the SHA-256 of its predecessor's hash and of its own
-- content, so an edited, deleted or inserted row breaks the chain (deploy/audit-verify reports where).
-- The application never updates or deletes a row, with one exception: erasing a person's data sets
-- change_values and values_salt to NULL. The hash covers values_digest, not the values, so the chain stays
-- verifiable after erasure; the salt makes the digest of erased values useless for confirming a guess.
--
-- Ids are gapless: append takes the next id from audit_head while holding its row lock (SELECT ... FOR
-- UPDATE, kept to the commit), which also serialises appends so that concurrent transactions cannot fork
-- the chain. A rolled-back transaction leaves neither an entry nor a gap.
CREATE TABLE audit_entry (
    id             bigint      PRIMARY KEY CHECK (id > 0),
    entity_kind    text        NOT NULL,
    entity_id      text        NOT NULL,
    action         text        NOT NULL,
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    actor_roles    text        NOT NULL,
    request_id     text,
    fields         text[]      NOT NULL,
    -- {"field":{"after":...,"before":...},...}: canonical JSON of the changed values; NULL when the entry
    -- has no values or after erasure. Personal data: readable only by administrators.
    change_values  text,
    -- random, erased together with the values
    values_salt    bytea,
    -- SHA-256 over the salt and change_values as written; NULL when the entry never had values
    values_digest  bytea,
    prev_hash      bytea       NOT NULL,
    hash           bytea       NOT NULL,
    CONSTRAINT audit_entry_values_salted CHECK ((change_values IS NULL) = (values_salt IS NULL)),
    CONSTRAINT audit_entry_values_digested CHECK (change_values IS NULL OR values_digest IS NOT NULL)
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_kind, entity_id, id);
-- Verification looks for erased entries (and for the erase entry that must follow each).
CREATE INDEX audit_entry_erased ON audit_entry (id) WHERE change_values IS NULL AND values_digest IS NOT NULL;

-- The end of the chain; one row.
CREATE TABLE audit_head (
    id         int    PRIMARY KEY CHECK (id = 1),
    last_id    bigint NOT NULL,
    last_hash  bytea  NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));

-- A guard against accidents (a mistaken UPDATE or DELETE in a console, a bug): every change of a row other
-- than the erasure of its values is refused. It does not stop a superuser who disables it; the hash chain
-- (and a recorded checkpoint of its head) is what detects deliberate tampering.
CREATE FUNCTION audit_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.change_values IS NULL AND NEW.values_salt IS NULL
           AND (NEW.id, NEW.entity_kind, NEW.entity_id, NEW.action, NEW.at, NEW.actor, NEW.actor_roles,
                NEW.request_id, NEW.fields, NEW.values_digest, NEW.prev_hash, NEW.hash)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.entity_kind, OLD.entity_id, OLD.action, OLD.at, OLD.actor, OLD.actor_roles,
                OLD.request_id, OLD.fields, OLD.values_digest, OLD.prev_hash, OLD.hash) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused (only the erasure of change values is allowed)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_guard();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_guard();
