-- Step 11: the access log's index on (patient_id, at) serves no query: the log review finds a
-- patient's rows by the personnummer written with each row (access_log_review_patient), which
-- also finds the rows of a patient whose record changed number. It cost every display one
-- index page written per patient shown: of the ~120 pages a refresh of the window and the
-- projector wrote to disk, 53 were its. Patients are never deleted (a patient with log rows
-- cannot be: the log is append-only and its rows point at the patient), so no foreign-key
-- check needs it either.
DROP INDEX IF EXISTS access_log_patient;
