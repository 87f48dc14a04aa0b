-- Foreign-affairs records (hồ sơ ngoại vụ). Columns common to every kind; each kind's own fields are in details,
-- checked by the application against the kind's field list (RecordKind). Personal fields (a consular applicant's)
-- live in details too and never leave the department.
CREATE TABLE fa_record (
    id             uuid        PRIMARY KEY,
    version        bigint      NOT NULL,
    kind           text        NOT NULL,
    external_key   text,
    owning_unit    text        NOT NULL,
    status         text        NOT NULL,
    title          text        NOT NULL,
    summary        text,
    country_codes  text[]      NOT NULL DEFAULT '{}',
    start_date     date,
    end_date       date,
    details        jsonb       NOT NULL DEFAULT '{}',
    dossier_code   text,
    created_at     timestamptz NOT NULL,
    created_by     text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL,
    deleted_at     timestamptz,
    CONSTRAINT fa_record_external_key UNIQUE (kind, external_key),
    CONSTRAINT fa_record_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX fa_record_listing ON fa_record (kind, updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX fa_record_all ON fa_record (updated_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX fa_record_unit ON fa_record (owning_unit) WHERE deleted_at IS NULL;
CREATE INDEX fa_record_dossier ON fa_record (dossier_code) WHERE dossier_code IS NOT NULL;

-- Signed official documents, referenced (not copied) from the national electronic document system. One row per
-- document, shared by every record citing it. Number + symbol + issuing agency + year identify a document.
CREATE TABLE document_reference (
    id                   uuid        PRIMARY KEY,
    version              bigint      NOT NULL,
    agency_code          text        NOT NULL,
    agency_name          text,
    number               text        NOT NULL,
    symbol               text        NOT NULL,
    issue_date           date        NOT NULL,
    issue_year           integer     NOT NULL,
    document_type        text        NOT NULL,
    abstract             text,
    signer_name          text,
    signer_position      text,
    exchange_id          text        NOT NULL,
    sha256               text,
    status               text        NOT NULL DEFAULT 'valid',
    replaced_by          text,
    -- Linking with the document system: pending until the system confirmed the document (and its file was checked).
    link_state           text        NOT NULL DEFAULT 'pending',
    link_attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at      timestamptz NOT NULL,
    last_error           text,
    linked_at            timestamptz,
    -- The signature evidence of the last check of the signed file.
    signature_outcome    text,
    signature_signer     text,
    signature_serial     text,
    signature_signed_at  timestamptz,
    signature_checked_at timestamptz,
    signature_detail     jsonb,
    created_at           timestamptz NOT NULL,
    created_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    CONSTRAINT document_reference_identity UNIQUE (agency_code, number, symbol, issue_year),
    CONSTRAINT document_reference_exchange_id UNIQUE (exchange_id),
    CONSTRAINT document_reference_year CHECK (issue_year = EXTRACT(YEAR FROM issue_date)),
    CONSTRAINT document_reference_sha256 CHECK (sha256 IS NULL OR sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT document_reference_status CHECK (status IN ('valid', 'replaced', 'revoked')),
    CONSTRAINT document_reference_link_state CHECK (link_state IN ('pending', 'linked', 'not-found', 'failed'))
);
CREATE INDEX document_reference_due ON document_reference (next_attempt_at) WHERE link_state = 'pending';
CREATE INDEX document_reference_linked ON document_reference (linked_at) WHERE link_state = 'linked';

CREATE TABLE record_document (
    record_id   uuid NOT NULL REFERENCES fa_record (id),
    document_id uuid NOT NULL REFERENCES document_reference (id),
    role        text NOT NULL,
    position    integer NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX record_document_document ON record_document (document_id);

-- A record's dossier on the online public-service portal, as last seen there.
CREATE TABLE dossier_link (
    code              text        PRIMARY KEY,
    procedure_code    text,
    procedure_name    text,
    state             text,
    received_at       timestamptz,
    due_at            timestamptz,
    completed_at      timestamptz,
    portal_updated_at timestamptz,
    link_state        text        NOT NULL DEFAULT 'pending',
    link_attempts     integer     NOT NULL DEFAULT 0,
    next_attempt_at   timestamptz NOT NULL,
    last_error        text,
    synced_at         timestamptz,
    CONSTRAINT dossier_link_state CHECK (link_state IN ('pending', 'linked', 'not-found', 'failed'))
);
CREATE INDEX dossier_link_due ON dossier_link (next_attempt_at) WHERE link_state = 'pending';

-- Where polling of the portal's changes got to (one row).
CREATE TABLE portal_poll (
    id        integer     PRIMARY KEY CHECK (id = 1),
    watermark timestamptz NOT NULL
);
