-- Schema 13: what the hub received from screens' outboxes (POST /v1/outbox), once per idempotency
-- key: the screen that sent it, its kind and record, a SHA-256 of its payload (without the
-- visitor's contact, which travels beside a booking and is kept in booking_contact only) and what
-- the hub made of it. The same key with the same payload is answered as before and changes
-- nothing; the same key with another payload is refused. The id keeps the order of arrival.
CREATE TABLE outbox_received (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    screen          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    record          TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    -- Kept for the relay to the brand (requests, places at events, usage events); NULL when the
    -- item was applied to tables of its own (bookings, erasures).
    payload         TEXT,
    outcome         TEXT NOT NULL CHECK (outcome IN ('delivered', 'rejected')),
    reason          TEXT NOT NULL DEFAULT '',
    received_at     TEXT NOT NULL,
    relayed_at      TEXT
);

CREATE INDEX outbox_received_record ON outbox_received(record, id);
CREATE INDEX outbox_received_relay ON outbox_received(relayed_at, kind) WHERE payload IS NOT NULL;
