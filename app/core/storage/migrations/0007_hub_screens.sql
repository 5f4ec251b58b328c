-- Schema 7: what a studio's hub keeps about the screens paired with it. Secrets are stored only
-- as SHA-256 hashes: a pairing code (short-lived, single use) and each screen's bearer token.
-- A screen's database carries these tables empty.

CREATE TABLE hub_pairing_codes (
    code_hash  TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE TABLE hub_screens (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    paired_at  TEXT NOT NULL,
    revoked_at TEXT,
    last_seen  TEXT
);
