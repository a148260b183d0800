-- Step 2: consent from two sources, an access log nobody can quietly change, and the question
-- an escalation puts to the managers.

-- Consent for the joint huddle as the health centre recorded it stays in patients.consent
-- (with consent_date and consent_by); what SAMSA last said is kept beside it as a fact of its
-- own and never overwrites it. consent_recorded_at is the moment the health centre's record
-- was made, so a later SAMSA "Nej" can be told from an earlier one.
ALTER TABLE patients ADD COLUMN samsa_consent TEXT
    CHECK (samsa_consent IN ('given', 'declined'));
ALTER TABLE patients ADD COLUMN samsa_consent_at TEXT;
ALTER TABLE patients ADD COLUMN consent_recorded_at TEXT;

-- Until now an export's Samtycke overwrote the patient's consent ("consent_by = 'SAMSA'"):
-- that is SAMSA's word, not the health centre's record.
UPDATE patients
   SET samsa_consent = consent,
       samsa_consent_at = consent_date || 'T00:00:00',
       consent = 'unknown', consent_date = NULL, consent_by = NULL
 WHERE consent_by = 'SAMSA' AND consent IN ('given', 'declined');
UPDATE patients SET consent = 'unknown', consent_date = NULL, consent_by = NULL
 WHERE consent_by = 'SAMSA';
UPDATE patients SET consent_recorded_at = consent_date || 'T00:00:00'
 WHERE consent != 'unknown' AND consent_date IS NOT NULL;

-- The access log (Patient Data Act): from which workstation, and where in the app.
-- `action` becomes the kind of access the reviewer reads (visa, ändra, skriv ut, exportera,
-- importera); what exactly was done is a code in `detail`, never free text a user wrote.
ALTER TABLE access_log ADD COLUMN workstation TEXT;
ALTER TABLE access_log ADD COLUMN place TEXT;
-- The patient's identity number as it was when the row was written: the log stays readable
-- (and searchable by personnummer) whatever later happens to the patient row, a restore of an
-- older backup included.
ALTER TABLE access_log ADD COLUMN patient_personnummer TEXT;
UPDATE access_log SET patient_personnummer =
    (SELECT personnummer FROM patients WHERE patients.id = access_log.patient_id)
 WHERE patient_id IS NOT NULL;
CREATE INDEX access_log_personnummer ON access_log(patient_personnummer, at);

UPDATE access_log SET detail = action WHERE action IN ('decision_created', 'flagged',
    'decision_answered', 'flag_lifted');
UPDATE access_log SET detail = action || CASE WHEN detail IS NULL THEN '' ELSE ': ' || detail END
 WHERE action NOT IN ('decision_created', 'flagged', 'decision_answered', 'flag_lifted');
UPDATE access_log SET place = CASE
        WHEN action LIKE '%viewed' THEN 'patient'
        WHEN action LIKE 'register_%' THEN 'register'
        WHEN action IN ('board_export', 'board_text') THEN 'kommandorad'
        WHEN action = 'report_export' THEN 'rapport'
        WHEN action IN ('samsa_import', 'cfs_import', 'visits_import', 'sip_from_samsa')
            THEN 'import'
        WHEN action LIKE 'decision%' OR action LIKE 'followup%' OR action LIKE 'huddle%'
            THEN 'avstämning'
        ELSE 'register' END;
UPDATE access_log SET action = CASE
        WHEN action LIKE '%viewed' OR action LIKE 'register_%' OR action = 'board_text'
            THEN 'visa'
        WHEN action IN ('board_export', 'report_export') THEN 'exportera'
        WHEN action IN ('samsa_import', 'cfs_import', 'visits_import') THEN 'importera'
        ELSE 'ändra' END;

CREATE INDEX access_log_at ON access_log(at);
CREATE INDEX access_log_user ON access_log(os_user, at);

CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;

-- What an escalation asks the managers, in words meant for them (no patient details).
ALTER TABLE decisions ADD COLUMN escalation_question TEXT;

-- The room sees a patient without consent as "Patient utan samtycke N": N is given the first
-- time the patient is masked on a day and kept all that day, in every view and printout.
CREATE TABLE room_labels (
    day         TEXT NOT NULL,
    patient_id  INTEGER NOT NULL REFERENCES patients(id),
    number      INTEGER NOT NULL,
    PRIMARY KEY (day, patient_id),
    UNIQUE (day, number)
) STRICT;
