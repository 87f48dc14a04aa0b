-- How often each file of each open-data release was downloaded (the release files themselves live on disk).
CREATE TABLE opendata_download (
    dataset_id text    NOT NULL,
    release    integer NOT NULL,
    format     text    NOT NULL,
    downloads  bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (dataset_id, release, format)
);
