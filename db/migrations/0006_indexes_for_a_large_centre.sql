-- Indexes found missing on the large demo (20,000 patients, five years; see
-- benchmarks/query_plans.py): without them the board's decision query scanned every review
-- once per decision (0.41 s), and the frequent-attender window scanned every visit.
CREATE INDEX IF NOT EXISTS decision_reviews_decision ON decision_reviews(decision_id, at);
CREATE INDEX IF NOT EXISTS visits_date ON visits(visit_date);
CREATE INDEX IF NOT EXISTS decisions_patient ON decisions(patient_id);
CREATE INDEX IF NOT EXISTS followups_patient ON followups(patient_id);
-- The register lists patients by name, 200 at a time: walking this index stops early.
CREATE INDEX IF NOT EXISTS patients_name ON patients(name, id);
