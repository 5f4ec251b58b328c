-- Schema 9: studio events visitors can join (talks, workshops, drive days, launches). The event
-- is a feed record (a document beside the columns queries and constraints need); who joined is
-- kept like a booking, the contact in a table of its own that the purge empties. The database
-- itself refuses a joiner beyond the places, so two screens or processes can never overbook, and
-- records which changes of an event staff must tell its joiners about.

CREATE TABLE studio_event (
    id        TEXT PRIMARY KEY,
    source    TEXT NOT NULL,
    doc       TEXT NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0,
    studio    TEXT NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('talk', 'workshop', 'drive_day', 'launch')),
    language  TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at   TEXT NOT NULL,
    capacity  INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    signup    INTEGER NOT NULL DEFAULT 1 CHECK (signup IN (0, 1)),
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    CHECK (ends_at > starts_at)
);

CREATE INDEX studio_event_studio_start ON studio_event(studio, starts_at);

CREATE TABLE event_joiner (
    id              TEXT PRIMARY KEY,
    device          TEXT NOT NULL,
    event           TEXT NOT NULL REFERENCES studio_event(id),
    code            TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    state           TEXT NOT NULL DEFAULT 'joined' CHECK (state IN ('joined', 'checked-in', 'cancelled')),
    revision        INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE INDEX event_joiner_event ON event_joiner(event, state);

-- As booking_contact: deleting a joiner takes its contact with it; the purge and erase delete
-- contacts alone.
CREATE TABLE event_joiner_contact (
    joiner             TEXT PRIMARY KEY REFERENCES event_joiner(id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    channel            TEXT NOT NULL CHECK (channel IN ('phone', 'email')),
    value              TEXT NOT NULL,
    privacy_consent_at TEXT NOT NULL,
    marketing_consent  INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
    purge_after        TEXT NOT NULL
);

CREATE INDEX event_joiner_contact_purge ON event_joiner_contact(purge_after);

-- Joiners whose visitor's data was erased: a copy arriving later must not bring the name back.
CREATE TABLE event_joiner_erased (
    joiner    TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
);

-- The places. Triggers keep each body on one line: migrations are split at a ';' ending a line.
CREATE TRIGGER event_joiner_places BEFORE INSERT ON event_joiner WHEN NEW.state != 'cancelled'
BEGIN SELECT RAISE(ABORT, 'event-full') WHERE (SELECT count(*) FROM event_joiner WHERE event = NEW.event AND state != 'cancelled') >= (SELECT capacity FROM studio_event WHERE id = NEW.event); END;

CREATE TRIGGER event_joiner_places_back BEFORE UPDATE OF state ON event_joiner WHEN OLD.state = 'cancelled' AND NEW.state != 'cancelled'
BEGIN SELECT RAISE(ABORT, 'event-full') WHERE (SELECT count(*) FROM event_joiner WHERE event = NEW.event AND state != 'cancelled') >= (SELECT capacity FROM studio_event WHERE id = NEW.event); END;

-- Nobody joins an event that is cancelled, removed or needs no sign-up.
CREATE TRIGGER event_joiner_open BEFORE INSERT ON event_joiner WHEN NEW.state != 'cancelled'
BEGIN SELECT RAISE(ABORT, 'event-closed') WHERE NOT EXISTS (SELECT 1 FROM studio_event WHERE id = NEW.event AND deleted = 0 AND cancelled = 0 AND signup = 1); END;

-- What changed in an event after people joined, for staff to tell them: kept until staff mark it
-- done. `joiners` is how many had joined when it changed.
CREATE TABLE event_notice (
    id          INTEGER PRIMARY KEY,
    event       TEXT NOT NULL,
    change      TEXT NOT NULL CHECK (change IN ('time', 'studio', 'cancelled', 'removed', 'restored', 'capacity', 'language')),
    before      TEXT NOT NULL,
    after       TEXT NOT NULL,
    joiners     INTEGER NOT NULL,
    noticed_at  TEXT NOT NULL,
    informed_at TEXT
);

CREATE INDEX event_notice_event ON event_notice(event, id);

CREATE TRIGGER event_notice_time AFTER UPDATE OF starts_at, ends_at ON studio_event
WHEN (OLD.starts_at != NEW.starts_at OR OLD.ends_at != NEW.ends_at) AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'time', OLD.starts_at || '/' || OLD.ends_at, NEW.starts_at || '/' || NEW.ends_at, (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_studio AFTER UPDATE OF studio ON studio_event
WHEN OLD.studio != NEW.studio AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'studio', OLD.studio, NEW.studio, (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_language AFTER UPDATE OF language ON studio_event
WHEN OLD.language != NEW.language AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'language', OLD.language, NEW.language, (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_cancelled AFTER UPDATE OF cancelled ON studio_event
WHEN OLD.cancelled = 0 AND NEW.cancelled = 1 AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'cancelled', 'on', 'cancelled', (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_removed AFTER UPDATE OF deleted ON studio_event
WHEN OLD.deleted = 0 AND NEW.deleted = 1 AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'removed', 'listed', 'removed', (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_restored AFTER UPDATE OF deleted, cancelled ON studio_event
WHEN (OLD.deleted = 1 OR OLD.cancelled = 1) AND NEW.deleted = 0 AND NEW.cancelled = 0 AND EXISTS (SELECT 1 FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'restored', CASE WHEN OLD.deleted = 1 THEN 'removed' ELSE 'cancelled' END, 'on', (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

CREATE TRIGGER event_notice_capacity AFTER UPDATE OF capacity ON studio_event
WHEN NEW.capacity < OLD.capacity AND NEW.capacity < (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled')
BEGIN INSERT INTO event_notice (event, change, before, after, joiners, noticed_at) VALUES (NEW.id, 'capacity', OLD.capacity, NEW.capacity, (SELECT count(*) FROM event_joiner WHERE event = NEW.id AND state != 'cancelled'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')); END;

-- A contact is kept the retention period after its event ends, also when the feed moves the event.
CREATE TRIGGER event_joiner_contact_follows AFTER UPDATE OF ends_at ON studio_event WHEN OLD.ends_at != NEW.ends_at
BEGIN UPDATE event_joiner_contact SET purge_after = strftime('%Y-%m-%dT%H:%M:%SZ', NEW.ends_at, '+' || coalesce((SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'studio.retention_days' AND value GLOB '[0-9]*'), 30) || ' days') WHERE joiner IN (SELECT id FROM event_joiner WHERE event = NEW.id); END;
