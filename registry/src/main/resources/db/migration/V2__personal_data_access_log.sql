-- Who read whose personal data, for what purpose (Personal Data Protection Law 91/2025, Decree 356/2025).
-- Append-only: the application has no UPDATE or DELETE on it.
CREATE TABLE personal_data_access (
    id               bigserial PRIMARY KEY,
    accessed_at      timestamptz NOT NULL DEFAULT now(),
    subject_kind     text        NOT NULL,
    subject_id       text        NOT NULL,
    action           text        NOT NULL,
    caller_subject   text,
    caller_username  text,
    client_id        text,
    roles            text        NOT NULL,
    purpose          text,
    end_user         text,
    request_id       text
);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_kind, subject_id, id DESC);
CREATE INDEX personal_data_access_client ON personal_data_access (client_id, id DESC);
CREATE INDEX personal_data_access_time ON personal_data_access (accessed_at);
