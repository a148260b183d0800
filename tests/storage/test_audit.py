"""The access log (Patient Data Act): written with the change it records, one row per patient
shown, and nobody can quietly change it."""

from __future__ import annotations

import sqlite3

import pytest

from huddle.domain.access import (
    ACTION_CHANGE,
    ACTION_VIEW,
    PLACE_BOARD,
    PLACE_PATIENT,
    PLACE_PROJECTOR,
)
from huddle.errors import DatabaseError
from huddle.storage.audit import log_access, log_display, log_displays
from tests.dbtools import table_count, table_row, table_rows


def add_patient(db, number: str = "194203149807") -> int:
    return db.insert("patients", {"personnummer": number, "name": "Ek, Margareta",
                                  "created_at": "2026-11-23T08:00"})


def test_a_row_records_when_who_where_what_and_which_patient(db):
    patient_id = add_patient(db)
    log_access(db, ACTION_VIEW, patient_id, "patient_record", place=PLACE_PATIENT)
    row = table_rows(db, "access_log")[0]
    assert row["patient_id"] == patient_id
    assert (row["action"], row["place"], row["detail"]) == ("visa", "patient", "patient_record")
    assert row["os_user"] and row["workstation"]
    assert len(row["at"]) == 19 and row["at"][10] == "T"


def test_a_display_writes_one_row_per_patient_in_one_go(db):
    ids = [add_patient(db, f"19420314{n:04d}") for n in range(3)]
    assert log_display(db, [*ids, ids[0], None], place=PLACE_BOARD) == 3
    rows = table_rows(db, "access_log")
    assert sorted(r["patient_id"] for r in rows) == sorted(ids)
    assert {(r["action"], r["place"]) for r in rows} == {("visa", "tavla")}
    assert len({r["at"] for r in rows}) == 1
    # A display that showed nobody is still a display.
    log_display(db, [], place=PLACE_BOARD)
    assert table_rows(db, "access_log")[-1]["patient_id"] is None


def test_the_window_and_the_projector_refreshed_together_are_logged_in_one_go(db):
    ids = [add_patient(db, f"19420314{n:04d}") for n in range(3)]
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    written = log_displays(db, [(PLACE_BOARD, ids), (PLACE_PROJECTOR, ids[:2])])
    db.conn.set_trace_callback(None)
    assert written == 5
    rows = table_rows(db, "access_log")
    assert sorted((r["place"], r["patient_id"]) for r in rows) == sorted(
        [(PLACE_BOARD, pid) for pid in ids] + [(PLACE_PROJECTOR, pid) for pid in ids[:2]])
    assert len({r["at"] for r in rows}) == 1, "one refresh, one moment"
    assert [s for s in statements if s.startswith("COMMIT")] == ["COMMIT"]
    # All or nothing: a display that cannot be logged takes the other with it.
    with pytest.raises(sqlite3.IntegrityError):
        log_displays(db, [(PLACE_BOARD, ids), (PLACE_PROJECTOR, [4242])])
    assert table_count(db, "access_log") == 5


def test_the_log_row_goes_with_its_change_when_the_change_fails(db):
    patient_id = add_patient(db)

    class Refused(Exception):
        pass

    with pytest.raises(Refused), db.atomic():
        db.update("patients", patient_id, {"consent": "given"})
        log_access(db, ACTION_CHANGE, patient_id, "consent_changed", place=PLACE_PATIENT)
        raise Refused
    assert table_count(db, "access_log") == 0
    assert table_row(db, "patients", patient_id)["consent"] == "unknown"


def test_the_log_only_points_at_patients_that_exist(db):
    with pytest.raises(sqlite3.IntegrityError):
        log_access(db, ACTION_VIEW, 4242, place=PLACE_PATIENT)


def test_nobody_can_change_or_delete_a_log_row(db, db_path):
    patient_id = add_patient(db)
    log_display(db, [patient_id], place=PLACE_BOARD)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE access_log SET os_user = 'någon annan'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM access_log")
    # Not from outside the app either: the rule is in the database file.
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("DELETE FROM access_log")
    finally:
        conn.close()
    assert table_count(db, "access_log") == 1


def test_a_database_error_of_the_users_kind_is_a_swedish_sentence(db):
    import os

    os.chmod(db.path, 0o400)
    try:
        readonly = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
        from huddle.storage.store import Store

        store = Store(readonly, db.path)
        with pytest.raises(DatabaseError) as caught:
            store.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        assert caught.value.kind == "read_only"
        assert "skrivskyddad" in caught.value.message
        readonly.close()
    finally:
        os.chmod(db.path, 0o600)
