-- Schema 2: this device's identity and the visitor requests it creates (hold a car, ask an
-- expert). Rows a device creates carry a UUID and the device id so they can travel between
-- screens without collisions; each one is written with its outbox row in one transaction.

CREATE TABLE device (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE visitor_request (
    id          TEXT PRIMARY KEY,
    device      TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('hold', 'expert')),
    studio      TEXT NOT NULL,
    vehicle     TEXT,
    build_code  TEXT,
    created_at  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'taken', 'done', 'cancelled'))
);

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    sent_at         TEXT
);

CREATE INDEX import_issue_run ON import_issue(run);
