-- Step 5: the archive keeps only this health centre's part of an export, and the health
-- centre's own consent lists are a kind of import.
--
-- imports gains the original file's size (its name and SHA-256 were already there, so an
-- original is still recognised as imported although the archive holds only part of it), and
-- the moment the retention setting removed the archived file (the import row stays). The
-- kind 'consent' is a consent list (Personnummer;Samtycke;Datum;Registrerat av).
--
-- SQLite cannot change a CHECK in place: the table is made again under the same name. The
-- tables that point at imports(id) keep pointing at the same ids; the foreign keys are
-- checked at the end of this step's transaction, when every row is back.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE imports_before_step_5 AS SELECT * FROM imports;
DROP TABLE imports;

CREATE TABLE imports (
    id                  INTEGER PRIMARY KEY,
    kind                TEXT NOT NULL DEFAULT 'samsa'
                        CHECK (kind IN ('samsa', 'cfs', 'visits', 'consent')),
    file_name           TEXT NOT NULL,
    sha256              TEXT NOT NULL UNIQUE,  -- of the original file, as it was given
    archive_path        TEXT,
    as_of               TEXT NOT NULL,     -- the moment the export describes
    imported_at         TEXT NOT NULL,
    os_user             TEXT NOT NULL,
    result              TEXT NOT NULL,     -- JSON: the import result shown to the user
    file_size           INTEGER,           -- of the original file, in bytes
    archive_removed_at  TEXT               -- when the retention setting removed the archive
) STRICT;

INSERT INTO imports (id, kind, file_name, sha256, archive_path, as_of, imported_at, os_user,
                     result)
SELECT id, kind, file_name, sha256, archive_path, as_of, imported_at, os_user, result
  FROM imports_before_step_5;

DROP TABLE imports_before_step_5;
