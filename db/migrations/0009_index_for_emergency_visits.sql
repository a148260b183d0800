-- Step 9: the reports count the visits to the emergency department from a day on; the visits
-- are mostly to the health centre itself (10,000 of 10,600 in a year of the large demo), and
-- through visits_date a report walked all of them to find its few. Only the emergency visits.
CREATE INDEX IF NOT EXISTS visits_emergency_date ON visits(visit_date)
    WHERE place = 'Akutmottagning';
