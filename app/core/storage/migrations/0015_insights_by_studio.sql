-- Schema 15: insights by studio. A hub that serves a chain keeps every studio's usage events, so
-- each event, visit and total now says which studio's screen it came from ('' when unknown). What
-- was kept before belongs to this database's own studio (the setting studio.id), if it has one.
-- The hourly totals are keyed by studio too, so two studios' screens of the same name stay apart.
ALTER TABLE insight_events ADD COLUMN studio TEXT NOT NULL DEFAULT '' CHECK (length(studio) <= 80);
UPDATE insight_events SET studio = coalesce((SELECT value FROM setting WHERE key = 'studio.id'), '');

ALTER TABLE insight_visits ADD COLUMN studio TEXT NOT NULL DEFAULT '';
UPDATE insight_visits SET studio = coalesce((SELECT value FROM setting WHERE key = 'studio.id'), '');
-- Covering: the funnel of a period, of a studio or of one screen, reads the index alone.
DROP INDEX insight_visits_started;
CREATE INDEX insight_visits_started ON insight_visits(started_ms, studio, screen, viewed_ms, configured_ms, booked_ms);

CREATE TABLE insight_totals_by_studio (
    kind      TEXT NOT NULL,
    bucket_ms INTEGER NOT NULL,
    span      TEXT NOT NULL CHECK (span IN ('h', 'd')),
    studio    TEXT NOT NULL,
    screen    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    events    INTEGER NOT NULL DEFAULT 0,
    visits    INTEGER NOT NULL DEFAULT 0,
    zero      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, bucket_ms, span, studio, screen, subject, detail)
) WITHOUT ROWID;
INSERT INTO insight_totals_by_studio
    SELECT kind, bucket_ms, span, coalesce((SELECT value FROM setting WHERE key = 'studio.id'), ''), screen, subject,
           detail, events, visits, zero
    FROM insight_totals;
DROP TABLE insight_totals;
ALTER TABLE insight_totals_by_studio RENAME TO insight_totals;

-- The same totals per UTC day, kept as events come (and never folded away): a month's top lists
-- read thirty rows a group instead of seven hundred and twenty; the hours at a period's edges,
-- which are not whole UTC days in the studio's time, still come from insight_totals.
CREATE TABLE insight_daily (
    kind      TEXT NOT NULL,
    day_ms    INTEGER NOT NULL,
    studio    TEXT NOT NULL,
    screen    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    events    INTEGER NOT NULL DEFAULT 0,
    visits    INTEGER NOT NULL DEFAULT 0,
    zero      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, day_ms, studio, screen, subject, detail)
) WITHOUT ROWID;
INSERT INTO insight_daily
    SELECT kind, bucket_ms - (bucket_ms % 86400000), studio, screen, subject, detail, sum(events), sum(visits), sum(zero)
    FROM insight_totals
    GROUP BY kind, bucket_ms - (bucket_ms % 86400000), studio, screen, subject, detail;
