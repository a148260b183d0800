"""Log review: the access log read back by patient, by user, by period and kind of access —
and a protected identity found only by its personnummer."""

from __future__ import annotations

from datetime import date

import pytest

from huddle.domain.access import (
    ACTION_CHANGE,
    ACTION_EXPORT,
    ACTION_VIEW,
    PLACE_BOARD,
    PLACE_PATIENT,
)
from huddle.errors import InputError
from huddle.storage.access_review import LogQuery, known_users, log_review_shown, search_log
from huddle.storage.audit import log_access
from tests.dbtools import table_rows

DAY = date(2026, 11, 23)
EK = "194203149804"          # Ek, Margareta
LUND = "194511236780"        # Lund, Karl (protected identity)
BERG = "193805051236"        # Berg, Maj


def add(db, number: str, name: str, *, protected: bool = False) -> int:
    return db.insert("patients", {"personnummer": number, "name": name,
                                  "protected_identity": int(protected),
                                  "birth_date": f"{number[:4]}-{number[4:6]}-{number[6:8]}",
                                  "created_at": "2026-01-01T08:00"})


@pytest.fixture
def logged(db):
    ek, lund, berg = (add(db, EK, "Ek, Margareta"), add(db, LUND, "Lund, Karl", protected=True),
                      add(db, BERG, "Berg, Maj"))
    rows = [
        ("2026-11-20T08:00:00", "anna", ACTION_VIEW, PLACE_BOARD, ek),
        ("2026-11-20T08:00:00", "anna", ACTION_VIEW, PLACE_BOARD, lund),
        ("2026-11-21T09:15:00", "bertil", ACTION_CHANGE, PLACE_PATIENT, ek),
        ("2026-11-22T10:30:00", "bertil", ACTION_VIEW, PLACE_PATIENT, lund),
        ("2026-11-23T11:45:00", "anna", ACTION_VIEW, PLACE_PATIENT, berg),
        ("2026-11-23T23:59:59", "anna", ACTION_EXPORT, PLACE_BOARD, ek),
    ]
    with db.atomic():
        for at, user, action, place, pid in rows:
            log_access(db, action, pid, "code", place=place, at=at, user=user)
    return {"ek": ek, "lund": lund, "berg": berg}


def search(db, **fields):
    return search_log(db, LogQuery(**fields), day=DAY)


@pytest.mark.parametrize("typed", ["19420314-9804", "194203149804", "420314-9804",
                                   " 19420314 9804 "])
def test_a_patient_is_found_by_personnummer_in_any_usual_form(db, logged, typed):
    review = search(db, patient=typed)
    assert [(e.at.day, e.user, e.action) for e in review.entries] == [
        (20, "anna", "visa"), (21, "bertil", "ändra"), (23, "anna", "exportera")]
    assert {e.personnummer for e in review.entries} == {"19420314-9804"}
    assert {e.patient for e in review.entries} == {"Ek, Margareta"}
    assert review.totals.rows == 3
    assert dict(review.totals.by_action) == {"visa": 1, "ändra": 1, "exportera": 1}
    assert (review.totals.users, review.totals.patients) == (2, 1)
    assert review.patient is not None and review.patient.name == "Ek, Margareta"


def test_a_name_search_finds_the_patient_but_never_a_protected_identity(db, logged):
    assert {e.patient for e in search(db, patient="margareta ek").entries} == {"Ek, Margareta"}
    assert search(db, patient="Lund").entries == []
    assert search(db, patient="Karl").patients == ()
    # By personnummer the protected identity's rows are there, named as on every screen.
    review = search(db, patient="19451123-6780")
    assert [(e.user, e.at.day) for e in review.entries] == [("anna", 20), ("bertil", 22)]
    assert {(e.patient, e.personnummer, e.protected) for e in review.entries} == {
        ("Skyddad identitet", "19451123-6780", True)}


def test_a_user_search_shows_a_protected_identity_without_personnummer(db, logged):
    review = search(db, user="bertil")
    assert [(e.patient, e.personnummer) for e in review.entries] == [
        ("Ek, Margareta", "19420314-9804"), ("Skyddad identitet", None)]
    assert review.totals.patients == 2


def test_the_period_counts_whole_days_and_the_action_filter_narrows(db, logged):
    review = search(db, first=date(2026, 11, 21), last=date(2026, 11, 23))
    assert [e.at.day for e in review.entries] == [21, 22, 23, 23]
    assert search(db, last=date(2026, 11, 20)).totals.rows == 2
    assert [e.user for e in search(db, user="anna", action="visa",
                                   first=date(2026, 11, 23)).entries] == ["anna"]
    newest = search_log(db, LogQuery(user="anna"), day=DAY, limit=2, newest_first=True)
    assert [e.at.day for e in newest.entries] == [23, 23] and newest.truncated
    assert newest.totals.rows == 4


@pytest.mark.parametrize(("fields", "message"), [
    ({"first": date(2026, 11, 24), "last": date(2026, 11, 1)}, "ligger efter till-datumet"),
    ({"action": "titta"}, "Åtgärden 'titta' finns inte i loggen"),
    ({"patient": "19420314-9807"}, "Personnumret i sökningen går inte att läsa"),
])
def test_a_search_that_cannot_be_made_is_a_swedish_sentence(db, logged, fields, message):
    with pytest.raises(InputError, match=message) as caught:
        search(db, **fields)
    assert "9807" not in caught.value.message


def test_the_review_itself_is_logged_once_per_patient_shown(db, logged):
    review = search(db, user="anna")
    before = len(table_rows(db, "access_log"))
    assert log_review_shown(db, review, action=ACTION_VIEW, detail="log review") == 3
    new = table_rows(db, "access_log")[before:]
    assert {(r["action"], r["place"]) for r in new} == {("visa", "loggranskning")}
    assert sorted(r["patient_id"] for r in new) == sorted(logged.values())
    # A review that showed nobody is still in the log.
    log_review_shown(db, search(db, user="nobody"), action=ACTION_VIEW, detail="log review")
    assert table_rows(db, "access_log")[-1]["patient_id"] is None


def test_known_users_lists_each_user_once(db, logged):
    assert known_users(db) == ["anna", "bertil"]
