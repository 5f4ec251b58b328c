-- Schema 6: feeds fetched over the network or from a folder. The sources the brand's feed lists
-- (feed list "sources", kept like every other feed record), the ones staff add or change on this
-- screen, and what each source's last fetches came to, so staff see when it last worked, when it
-- is tried next, what it brought and what it left out, and why.

CREATE TABLE feed_source (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Staff's own sources, and their changes to a listed one (same id): they win over the feed's.
CREATE TABLE sync_source_local (
    id         TEXT PRIMARY KEY,
    doc        TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Times are UTC, ISO 8601; '' when it never happened. `etag` and `last_modified` belong to the
-- copy last applied (a conditional GET asks for anything newer); `partial_*` to a download cut
-- off halfway, resumed where the server allows ranges.
CREATE TABLE sync_state (
    source            TEXT PRIMARY KEY,
    last_attempt      TEXT NOT NULL DEFAULT '',
    last_success      TEXT NOT NULL DEFAULT '',
    next_attempt      TEXT NOT NULL DEFAULT '',
    failing_since     TEXT NOT NULL DEFAULT '',
    failures          INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    outcome           TEXT NOT NULL DEFAULT ''
                      CHECK (outcome IN ('', 'applied', 'unchanged', 'refused', 'failed')),
    applied           INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0,
    warnings          INTEGER NOT NULL DEFAULT 0,
    removed           INTEGER NOT NULL DEFAULT 0,
    error_kind        TEXT NOT NULL DEFAULT '',
    last_error        TEXT NOT NULL DEFAULT '',
    etag              TEXT NOT NULL DEFAULT '',
    last_modified     TEXT NOT NULL DEFAULT '',
    content_sha256    TEXT NOT NULL DEFAULT '',
    bytes             INTEGER NOT NULL DEFAULT 0,
    partial_validator TEXT NOT NULL DEFAULT ''
);

-- The records the last fetch of a source left out, and why (at most a thousand are kept).
CREATE TABLE sync_issue (
    id        INTEGER PRIMARY KEY,
    source    TEXT NOT NULL,
    severity  TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    list      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    problem   TEXT NOT NULL,
    line      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX sync_issue_source ON sync_issue(source, id);
