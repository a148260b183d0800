-- The CFS lane's verdicts kept per day, so that a board refresh on a large health centre
-- redoes the rules only for the patients whose data changed (issue 16.3).
--
-- board_changes: every write to a table the CFS lane reads appends the patient it touched
-- (triggers below, so writes by any process or command are seen). cfs_verdicts: for one
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

CREATE TRIGGER patients_board_insert AFTER INSERT ON patients BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.id);
END;
CREATE TRIGGER patients_board_update AFTER UPDATE ON patients BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.id);
    INSERT INTO board_changes (patient_id) SELECT OLD.id WHERE OLD.id IS NOT NEW.id;
END;
CREATE TRIGGER patients_board_delete AFTER DELETE ON patients BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.id);
END;
CREATE TRIGGER cases_board_insert AFTER INSERT ON cases BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER cases_board_update AFTER UPDATE ON cases BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER cases_board_delete AFTER DELETE ON cases BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER case_events_board_insert AFTER INSERT ON case_events BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER case_events_board_update AFTER UPDATE ON case_events BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER case_events_board_delete AFTER DELETE ON case_events BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER cfs_scores_board_insert AFTER INSERT ON cfs_scores BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER cfs_scores_board_update AFTER UPDATE ON cfs_scores BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER cfs_scores_board_delete AFTER DELETE ON cfs_scores BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER sips_board_insert AFTER INSERT ON sips BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER sips_board_update AFTER UPDATE ON sips BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER sips_board_delete AFTER DELETE ON sips BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER visits_board_insert AFTER INSERT ON visits BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER visits_board_update AFTER UPDATE ON visits BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER visits_board_delete AFTER DELETE ON visits BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER followups_board_insert AFTER INSERT ON followups BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER followups_board_update AFTER UPDATE ON followups BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER followups_board_delete AFTER DELETE ON followups BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
CREATE TRIGGER decisions_board_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
END;
CREATE TRIGGER decisions_board_update AFTER UPDATE ON decisions BEGIN
    INSERT INTO board_changes (patient_id) VALUES (NEW.patient_id);
    INSERT INTO board_changes (patient_id) SELECT OLD.patient_id WHERE OLD.patient_id IS NOT NEW.patient_id;
END;
CREATE TRIGGER decisions_board_delete AFTER DELETE ON decisions BEGIN
    INSERT INTO board_changes (patient_id) VALUES (OLD.patient_id);
END;
