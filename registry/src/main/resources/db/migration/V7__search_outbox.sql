-- Hibernate Search's outbox-polling coordination (the tables it expects, as Hibernate Search 8.1 maps them
-- on PostgreSQL). A change to an indexed entity writes an event here in the same transaction; background
-- processors in every gateway replica (the agents) index the events and delete them. Events that keep
-- failing (the search engine is down) become ABORTED and are reprocessed when the engine is back.
CREATE TABLE hsearch_agent (
    id                 uuid         NOT NULL PRIMARY KEY,
    type               varchar(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                             'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               varchar(255) NOT NULL,
    expiration         timestamp(6) with time zone NOT NULL,
    state              varchar(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalshardcount    integer,
    assignedshardindex integer,
    tenantid           varchar(255),
    payload            bytea
);

CREATE TABLE hsearch_outbox_event (
    id           uuid         NOT NULL PRIMARY KEY,
    entityname   varchar(256) NOT NULL,
    entityid     varchar(256) NOT NULL,
    entityidhash integer      NOT NULL,
    payload      bytea        NOT NULL,
    retries      integer      NOT NULL,
    processafter timestamp(6) with time zone NOT NULL,
    status       varchar(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenantid     varchar(255)
);
CREATE INDEX hsearch_outbox_event_processafter ON hsearch_outbox_event (processafter);
