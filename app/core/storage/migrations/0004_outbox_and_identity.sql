-- Schema 4: the outbox becomes a delivery queue (claim, acknowledge, retry with backoff,
-- dead-letter with a reason), kept in order per record; the device identity is exactly one row.

ALTER TABLE outbox ADD COLUMN record TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'delivered', 'dead'));
ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN claimed_until TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';

UPDATE outbox SET state = 'delivered' WHERE sent_at IS NOT NULL;
UPDATE outbox SET record = kind || ':' || coalesce(json_extract(payload, '$.id'), idempotency_key) WHERE record = '';

CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
CREATE INDEX outbox_record ON outbox(record, id);

-- The one identity of this device: a second row cannot exist, so every reader sees the same id.
CREATE TABLE device_identity (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    id         TEXT NOT NULL,
    created_at TEXT NOT NULL
);

INSERT INTO device_identity (one, id, created_at)
    SELECT 1, id, created_at FROM device ORDER BY created_at, id LIMIT 1;

DROP TABLE device;
