-- Schema 5: what dealer feeds need. How the brand's feed maps the make, model and trim names
-- dealers write onto its catalog (feed list "model_aliases"), kept like every other catalog record.

CREATE TABLE model_alias (
    id      TEXT PRIMARY KEY,
    source  TEXT NOT NULL,
    doc     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);

-- Where a rejected record of a CSV or TSV feed starts, so staff can find it in the file.
ALTER TABLE import_issue ADD COLUMN line INTEGER NOT NULL DEFAULT 0;
