-- Schema 8: anonymous insights. What visitors did at a screen, never who they are: a visit is a
-- random id that lives from the first touch to the idle wipe and is never reused, events carry
-- catalog identifiers (a model, a paint, a page, the catalog words of a search), never text a
-- visitor typed into a form. Times are UTC milliseconds since the epoch.

CREATE TABLE insight_events (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    visit     TEXT NOT NULL,
    at_ms     INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    subject   TEXT NOT NULL DEFAULT '' CHECK (length(subject) <= 200),
    detail    TEXT NOT NULL DEFAULT '' CHECK (length(detail) <= 200),
    value     INTEGER,
    lang      TEXT NOT NULL DEFAULT '' CHECK (length(lang) <= 16),
    screen    TEXT NOT NULL DEFAULT '' CHECK (length(screen) <= 80)
);
CREATE INDEX insight_events_kind ON insight_events(kind, at_ms);
CREATE INDEX insight_events_visit ON insight_events(visit, kind, subject, detail);

-- One row per visit: when it started and first reached each step of the funnel.
CREATE TABLE insight_visits (
    visit         TEXT PRIMARY KEY,
    screen        TEXT NOT NULL,
    lang          TEXT NOT NULL,
    started_ms    INTEGER NOT NULL,
    ended_ms      INTEGER,
    viewed_ms     INTEGER,
    configured_ms INTEGER,
    booked_ms     INTEGER
) WITHOUT ROWID;
-- Covering: the funnel reads a period's visits from the index alone.
CREATE INDEX insight_visits_started ON insight_visits(started_ms, viewed_ms, configured_ms, booked_ms);

-- Totals per hour (span 'h'), folded into days (span 'd') once the events behind them are past
-- the retention period. `visits` counts each visit once per kind, subject and detail; kind
-- 'funnel' counts the visits that reached a step (subject: visit, viewed, configured, booked,
-- driven); `zero` counts the filters and searches that found nothing.
CREATE TABLE insight_totals (
    kind      TEXT NOT NULL,
    bucket_ms INTEGER NOT NULL,
    span      TEXT NOT NULL CHECK (span IN ('h', 'd')),
    screen    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    events    INTEGER NOT NULL DEFAULT 0,
    visits    INTEGER NOT NULL DEFAULT 0,
    zero      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, bucket_ms, span, screen, subject, detail)
) WITHOUT ROWID;
