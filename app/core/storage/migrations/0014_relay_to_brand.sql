-- Schema 14: the hub relays to the brand through its own outbox (BrandRelay), where everything it
-- takes from a screen now goes under the same key. What it kept from screens before (requests,
-- places at events, usage events: outbox_received.payload) joins the outbox once, in the order it
-- arrived; a key already there stays as it is. Bookings received before this version kept no
-- payload and are not relayed; the outbox_received.relayed_at column is left unused.
INSERT OR IGNORE INTO outbox (idempotency_key, kind, record, payload, created_at, next_attempt_at)
    SELECT idempotency_key, kind, record, payload, received_at, received_at
    FROM outbox_received
    WHERE outcome = 'delivered' AND payload IS NOT NULL
    ORDER BY id;
