-- Step 4: log review (loggranskning) reads the access log by patient, by user or by period,
-- and counts what it found (rows per kind of access, users, patients). Over five years of rows
-- (a million and more) those counts must come from the index alone, not from a row lookup
-- each: the three search indexes of step 2 are widened to carry the columns the totals read.
DROP INDEX IF EXISTS access_log_personnummer;
DROP INDEX IF EXISTS access_log_user;
DROP INDEX IF EXISTS access_log_at;
CREATE INDEX access_log_review_patient
    ON access_log(patient_personnummer, at, action, os_user);
CREATE INDEX access_log_review_user
    ON access_log(os_user, at, action, patient_personnummer);
CREATE INDEX access_log_review_at
    ON access_log(at, action, os_user, patient_personnummer);
