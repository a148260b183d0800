-- The CFS lane's verdicts kept per day, so that a board refresh on a large health centre
-- redoes the rules only for the patients whose data changed (issue 16.3).
--
-- board_changes: every write to a table the CFS lane reads appends the patient it touched
-- (triggers below, so writes by any process or command are seen). A case is the one table
-- an import rewrites whole every morning: its update counts only when a column other than
-- the import's bookkeeping changed (tests/storage/test_cfs_verdicts.py keeps the list
-- whole). The lane reads no case event (the SAMSA lane and "since the last huddle", which
-- do, are read afresh on every refresh). cfs_verdicts: for one
-- day, each patient with a finding — the top finding's tier and order, the CFS level, an
-- open decision, a room label needed — as huddle.domain.frailty.verdicts() decided it.
-- cfs_verdict_days: up to which change each day's verdicts are current, and for which
-- settings and rules (huddle.storage.cfs_verdicts). Derived data only: dropping these rows
-- loses nothing; the next board rebuilds them.
CREATE TABLE board_changes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    patient_id INTEGER
);

CREATE TABLE cfs_verdict_days (
    day        TEXT PRIMARY KEY,
    rules      TEXT NOT NULL,
    seq        INTEGER NOT NULL
);

CREATE TABLE cfs_verdicts (
    day           TEXT NOT NULL,
    patient_id    INTEGER NOT NULL,
    tier          INTEGER NOT NULL,
    place         INTEGER NOT NULL,
    level         INTEGER NOT NULL,
    open_decision INTEGER NOT NULL,
    needs_label   INTEGER NOT NULL,
    PRIMARY KEY (day, patient_id)
);

-- What else a refresh reads, found by index rather than by reading five years of history.
CREATE INDEX patients_flagged ON patients(id) WHERE flag_reason IS NOT NULL;
CREATE INDEX decisions_answered ON decisions(answer_at) WHERE answer_text IS NOT NULL;
CREATE INDEX decision_reviews_huddle ON decision_reviews(huddle_id);
CREATE INDEX imports_kind_as_of ON imports(kind, as_of);
CREATE INDEX cases_discharged ON cases(discharged_at);
-- "Since the last huddle" reads the times of every earlier huddle: from this index, not from
-- rows that carry each huddle's saved summary.
CREATE INDEX huddles_day_times ON huddles(day, started_at, ended_at);

CREATE TRIGGER patients_board_insert AFTER INSERT ON patients BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.id);
END;
CREATE TRIGGER patients_board_update AFTER UPDATE ON patients
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.id);
    INSERT INTO board_changes (patient_id) SELECT OLD.id WHERE OLD.id IS NOT NEW.id;
END;
CREATE TRIGGER patients_board_delete AFTER DELETE ON patients BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.id);
END;
CREATE TRIGGER cases_board_insert AFTER INSERT ON cases BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER cases_board_update AFTER UPDATE ON cases
    WHEN OLD.case_key IS NOT NEW.case_key OR OLD.samsa_id IS NOT NEW.samsa_id OR
      OLD.patient_id IS NOT NEW.patient_id OR OLD.hospital IS NOT NEW.hospital OR
      OLD.ward IS NOT NEW.ward OR OLD.admitted_at IS NOT NEW.admitted_at OR
      OLD.pud IS NOT NEW.pud OR OLD.ready_at IS NOT NEW.ready_at OR
      OLD.discharged_at IS NOT NEW.discharged_at OR OLD.status IS NOT NEW.status OR
      OLD.municipality IS NOT NEW.municipality OR OLD.contact IS NOT NEW.contact OR
      OLD.municipal_hsl IS NOT NEW.municipal_hsl OR OLD.home_care IS NOT NEW.home_care OR
      OLD.sip_invited_on IS NOT NEW.sip_invited_on OR OLD.consent IS NOT NEW.consent OR
      OLD.protected IS NOT NEW.protected OR OLD.needs IS NOT NEW.needs OR
      OLD.last_changed IS NOT NEW.last_changed OR OLD.gone_at IS NOT NEW.gone_at
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER cases_board_delete AFTER DELETE ON cases BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER cfs_scores_board_insert AFTER INSERT ON cfs_scores BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER cfs_scores_board_update AFTER UPDATE ON cfs_scores
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER cfs_scores_board_delete AFTER DELETE ON cfs_scores BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER sips_board_insert AFTER INSERT ON sips BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER sips_board_update AFTER UPDATE ON sips
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER sips_board_delete AFTER DELETE ON sips BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER visits_board_insert AFTER INSERT ON visits BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER visits_board_update AFTER UPDATE ON visits
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER visits_board_delete AFTER DELETE ON visits BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER followups_board_insert AFTER INSERT ON followups BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER followups_board_update AFTER UPDATE ON followups
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER followups_board_delete AFTER DELETE ON followups BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER decisions_board_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER decisions_board_update AFTER UPDATE ON decisions
BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER decisions_board_delete AFTER DELETE ON decisions BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
