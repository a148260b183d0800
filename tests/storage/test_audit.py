"""The access log (Patient Data Act): written with the change it records."""

from __future__ import annotations

import pytest

from huddle.storage.audit import log_access


def add_patient(db) -> int:
    return db["patients"].insert({"personnummer": "194203149807", "name": "Ek, Margareta",
                                  "created_at": "2026-11-23T08:00"}).last_pk


def test_a_row_records_when_who_what_and_which_patient(db):
    patient_id = add_patient(db)
    log_access(db, "patient_opened", patient_id, "detaljvy")
    row = next(db["access_log"].rows)
    assert row["patient_id"] == patient_id
    assert row["action"] == "patient_opened"
    assert row["detail"] == "detaljvy"
    assert row["os_user"]
    assert len(row["at"]) == 19 and row["at"][10] == "T"


def test_the_log_row_goes_with_its_change_when_the_change_fails(db):
    patient_id = add_patient(db)

    class Refused(Exception):
        pass

    with pytest.raises(Refused), db.atomic():
        db["patients"].update(patient_id, {"consent": "given"})
        log_access(db, "consent_changed", patient_id)
        raise Refused
    assert db["access_log"].count == 0
    assert db["patients"].get(patient_id)["consent"] == "unknown"


def test_the_log_only_points_at_patients_that_exist(db):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        log_access(db, "patient_opened", 4242)
