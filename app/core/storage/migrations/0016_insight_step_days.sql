-- Schema 16: the funnel's times per day. The median time from a visit's start to each step was
-- read from every visit of the period (a month at a busy screen: some seventy thousand rows, twice
-- with the period before). Here the visits that reached a step are counted per UTC day of their
-- start and whole second taken, as visits reach it: a month reads a few thousand rows, and the
-- median is the same one (the hours at a period's edges still come from the visits themselves).
CREATE TABLE insight_step_days (
    step    TEXT NOT NULL CHECK (step IN ('viewed', 'configured', 'booked')),
    day_ms  INTEGER NOT NULL, -- the UTC day the visits started
    studio  TEXT NOT NULL,
    screen  TEXT NOT NULL,
    seconds INTEGER NOT NULL, -- (reached - started) / 1000, truncated as the report does
    visits  INTEGER NOT NULL,
    PRIMARY KEY (step, day_ms, studio, screen, seconds)
) WITHOUT ROWID;

INSERT INTO insight_step_days (step, day_ms, studio, screen, seconds, visits)
    SELECT 'viewed', started_ms - (started_ms % 86400000), studio, screen, (viewed_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE viewed_ms IS NOT NULL GROUP BY 2, 3, 4, 5
    UNION ALL
    SELECT 'configured', started_ms - (started_ms % 86400000), studio, screen, (configured_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE configured_ms IS NOT NULL GROUP BY 2, 3, 4, 5
    UNION ALL
    SELECT 'booked', started_ms - (started_ms % 86400000), studio, screen, (booked_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE booked_ms IS NOT NULL GROUP BY 2, 3, 4, 5;
