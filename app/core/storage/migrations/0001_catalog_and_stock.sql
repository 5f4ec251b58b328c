-- Schema 1: what feeds bring (catalog, markets, studios, stock) and the record of each import.
-- Every feed record keeps its source's id and change stamp; deletions are tombstones.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    origin      TEXT NOT NULL,
    generated   TEXT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    accepted    INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    warnings    INTEGER NOT NULL DEFAULT 0,
    status      TEXT NOT NULL CHECK (status IN ('applied', 'rejected'))
);

CREATE TABLE import_issue (
    id        INTEGER PRIMARY KEY,
    run       INTEGER NOT NULL REFERENCES import_run(id) ON DELETE CASCADE,
    severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    list      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    problem   TEXT NOT NULL
);

-- Catalog records are kept as the validated feed record (`doc`, JSON) and read back through
-- the same validator; the columns beside it are the ones queries and constraints need.
CREATE TABLE market (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE body (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE model_line (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE model (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    line    TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE trim (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    model   TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE catalog_option (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('paint', 'wheel', 'interior', 'package', 'option')),
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE catalog_rule (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE studio (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('studio', 'dealer')),
    market  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE vehicle (
    id          TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    vin         TEXT NOT NULL CHECK (length(vin) = 17),
    model       TEXT NOT NULL,
    condition   TEXT NOT NULL CHECK (condition IN ('new', 'cpo', 'used')),
    price_minor INTEGER NOT NULL CHECK (price_minor > 0),
    location    TEXT NOT NULL,
    updated     TEXT NOT NULL,
    doc         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX vehicle_live ON vehicle(deleted, location);
CREATE UNIQUE INDEX vehicle_vin ON vehicle(vin) WHERE deleted = 0;
