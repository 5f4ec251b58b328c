-- Schema 3: test-drive bookings. The booking itself (no personal data), the visitor's contact in
-- a table of its own that the purge empties, and `booking_slot`, which makes "a slot is never
-- given twice" a constraint of the database rather than a promise of the code.

CREATE TABLE booking (
    id              TEXT PRIMARY KEY,
    device          TEXT NOT NULL,
    code            TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    studio          TEXT NOT NULL,
    model           TEXT NOT NULL,
    vehicle         TEXT,
    slot_start      TEXT NOT NULL,
    slot_end        TEXT NOT NULL,
    busy_until      TEXT NOT NULL,
    staff           TEXT NOT NULL,
    car             TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'requested'
                    CHECK (state IN ('requested', 'confirmed', 'checked-in', 'completed', 'no-show', 'cancelled')),
    revision        INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (slot_end > slot_start AND busy_until >= slot_end)
);

CREATE INDEX booking_studio_start ON booking(studio, slot_start);

-- Deleting a booking takes its contact with it; the purge and erase delete contacts alone.
CREATE TABLE booking_contact (
    booking            TEXT PRIMARY KEY REFERENCES booking(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('phone', 'email')),
    value              TEXT NOT NULL,
    privacy_consent_at TEXT NOT NULL,
    marketing_consent  INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
    purge_after        TEXT NOT NULL
);

CREATE INDEX booking_contact_purge ON booking_contact(purge_after);

-- One row per resource (an expert, a fleet car, a stock car) and per five-minute step it is taken
-- for, slot and buffer included. The primary key refuses a second booking of the same car or
-- expert at an overlapping time, whichever process writes it, whatever slot grid it used.
CREATE TABLE booking_slot (
    resource TEXT NOT NULL,
    at       INTEGER NOT NULL,
    booking  TEXT NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
    studio   TEXT NOT NULL,
    PRIMARY KEY (resource, at)
) WITHOUT ROWID;

CREATE INDEX booking_slot_booking ON booking_slot(booking);
CREATE INDEX booking_slot_studio ON booking_slot(studio, at);

-- Bookings whose visitor's data was erased: a copy arriving later from another screen must not
-- bring the name back. Holds the booking id only.
CREATE TABLE booking_erased (
    booking   TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
);
