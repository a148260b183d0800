-- Step 3: the key figures of each report made, so a later report of the same period can say
-- that its figures changed (a late export arrived) and by how much. Aggregates only: counts,
-- shares and dates, never a patient.
CREATE TABLE report_runs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,          -- weekly | monthly | quarterly | yearly
    period      TEXT NOT NULL,          -- '2026-W47', '2026-11', '2026-Q4', '2026'
    made_at     TEXT NOT NULL,          -- YYYY-MM-DDTHH:MM:SS
    complete    INTEGER NOT NULL CHECK (complete IN (0, 1)),
    formats     TEXT NOT NULL,          -- 'pdf+csv', 'json', 'dialog' …
    figures     TEXT NOT NULL           -- JSON {measure key: number or null}
) STRICT;
CREATE INDEX report_runs_period ON report_runs(kind, period, made_at);
