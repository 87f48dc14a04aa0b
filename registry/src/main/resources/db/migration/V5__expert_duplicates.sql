-- Duplicate detection and reversible merges of expert profiles.
-- name_folded: the Vietnamese name in lower case without diacritics (Đ → d), kept by the application,
-- so that similar names are found through a trigram index (unaccent() cannot be indexed: not immutable).
ALTER TABLE expert ADD COLUMN name_folded text NOT NULL DEFAULT '';
ALTER TABLE expert ADD COLUMN merged_into uuid REFERENCES expert (id);
CREATE INDEX expert_name_trgm ON expert USING gin (name_folded gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX expert_name_birth_country ON expert (name_folded, birth_year, country_code) WHERE deleted_at IS NULL;

-- One merge: the duplicate (source) folded into the kept profile (target); undoable while recorded.
CREATE TABLE expert_merge (
    id             bigserial   PRIMARY KEY,
    target_id      uuid        NOT NULL REFERENCES expert (id),
    source_id      uuid        NOT NULL REFERENCES expert (id),
    target_before  jsonb       NOT NULL,
    merged_at      timestamptz NOT NULL,
    merged_by      text        NOT NULL,
    undone_at      timestamptz,
    undone_by      text
);
CREATE INDEX expert_merge_target ON expert_merge (target_id, id DESC);
