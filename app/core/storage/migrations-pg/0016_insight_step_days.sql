-- Schema 16 on PostgreSQL: the funnel's times per day (migrations/0016_insight_step_days.sql).
CREATE TABLE insight_step_days (
    step    TEXT NOT NULL CHECK (step IN ('viewed', 'configured', 'booked')),
    day_ms  BIGINT NOT NULL,
    studio  TEXT NOT NULL,
    screen  TEXT NOT NULL,
    seconds BIGINT NOT NULL,
    visits  BIGINT NOT NULL,
    PRIMARY KEY (step, day_ms, studio, screen, seconds)
);

INSERT INTO insight_step_days (step, day_ms, studio, screen, seconds, visits)
    SELECT 'viewed', started_ms - (started_ms % 86400000), studio, screen, (viewed_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE viewed_ms IS NOT NULL GROUP BY 2, 3, 4, 5
    UNION ALL
    SELECT 'configured', started_ms - (started_ms % 86400000), studio, screen, (configured_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE configured_ms IS NOT NULL GROUP BY 2, 3, 4, 5
    UNION ALL
    SELECT 'booked', started_ms - (started_ms % 86400000), studio, screen, (booked_ms - started_ms) / 1000, count(*)
    FROM insight_visits WHERE booked_ms IS NOT NULL GROUP BY 2, 3, 4, 5;
