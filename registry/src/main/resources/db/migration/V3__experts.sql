-- The registry of the province's overseas experts and intellectuals (chuyên gia, trí thức ở nước ngoài).
CREATE TABLE expert (
    id                      uuid        PRIMARY KEY,
    version                 bigint      NOT NULL,
    external_key            text        UNIQUE,
    owning_unit             text        NOT NULL,
    status                  text        NOT NULL DEFAULT 'active',
    full_name               text        NOT NULL,
    latin_name              text,
    gender                  text,
    birth_year              integer,
    hometown                text,
    country_code            text        NOT NULL,
    city                    text,
    organisation            text,
    position                text,
    academic_title          text,
    highest_degree          text,
    fields                  text[]      NOT NULL DEFAULT '{}',
    keywords                text[]      NOT NULL DEFAULT '{}',
    languages               text[]      NOT NULL DEFAULT '{}',
    orcid                   text,
    email                   text,
    phone                   text,
    website                 text,
    collaboration_interests text[]      NOT NULL DEFAULT '{}',
    affiliations            jsonb       NOT NULL DEFAULT '[]',
    education               jsonb       NOT NULL DEFAULT '[]',
    engagements             jsonb       NOT NULL DEFAULT '[]',
    notes                   text,
    visibility              jsonb       NOT NULL DEFAULT '{}',
    created_at              timestamptz NOT NULL,
    created_by              text        NOT NULL,
    updated_at              timestamptz NOT NULL,
    updated_by              text        NOT NULL,
    deleted_at              timestamptz,
    erased_at               timestamptz
);
-- Listing: newest first with a stable tie-break, per unit and country.
CREATE INDEX expert_updated ON expert (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX expert_unit ON expert (owning_unit) WHERE deleted_at IS NULL;
CREATE INDEX expert_country ON expert (country_code) WHERE deleted_at IS NULL;
-- Duplicate candidates: the same ORCID or email, and trigram similarity of folded names.
CREATE INDEX expert_orcid ON expert (orcid) WHERE orcid IS NOT NULL;
CREATE INDEX expert_email ON expert (lower(email)) WHERE email IS NOT NULL;

-- The consent ledger: append-only; the latest entry per expert and purpose is the current state.
CREATE TABLE expert_consent (
    id            bigserial   PRIMARY KEY,
    expert_id     uuid        NOT NULL REFERENCES expert (id),
    purpose       text        NOT NULL,
    given         boolean     NOT NULL,
    recorded_at   timestamptz NOT NULL,
    method        text        NOT NULL,
    text_version  text        NOT NULL,
    recorded_by   text        NOT NULL
);
CREATE INDEX expert_consent_current ON expert_consent (expert_id, purpose, id DESC);
