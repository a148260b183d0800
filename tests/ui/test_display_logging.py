"""Every display of patients in the window writes one access-log row per patient shown, in one
transaction (one moment) per display, with where it was shown (Patient Data Act)."""

from __future__ import annotations

from collections import Counter

from huddle.domain.disclosure import AUDIENCE_ROOM
from tests.conftest import DEMO_TODAY
from tests.ui import room_helpers

four = room_helpers.four  # fixtures
window = room_helpers.room_window


def log_rows(db, after: int = 0) -> list[tuple]:
    return db.execute("SELECT id, at, action, place, patient_id FROM access_log WHERE id > ? "
                      "ORDER BY id", [after]).fetchall()


def last_id(db) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM access_log").fetchone()[0]


def per_patient(rows: list[tuple], place: str) -> Counter:
    return Counter(r[4] for r in rows if r[3] == place and r[2] == "visa")


def test_a_register_search_logs_each_patient_it_lists_once(qtbot, window, four):
    from huddle.ui.qt_register import QtRegisterWindow

    db = window.db
    register = QtRegisterWindow(db, DEMO_TODAY, window)
    qtbot.addWidget(register)
    before = last_id(db)
    register.search_edit.setText("berg")  # Ahlberg, Berglund
    found = register.search()
    rows = log_rows(db, before)
    assert per_patient(rows, "register") == Counter({four["consented"][0]: 1,
                                                      four["not_consented"][0]: 1})
    assert {row.id for row in found} == set(per_patient(rows, "register"))
    assert len({r[1] for r in rows}) == 1, "one display, one moment"

    # The same search shown to the room: logged the same way, per patient.
    before = last_id(db)
    register.set_audience(AUDIENCE_ROOM)
    assert per_patient(log_rows(db, before), "register") == Counter(
        {four["consented"][0]: 1, four["not_consented"][0]: 1})


def test_opening_a_patient_logs_that_patient_once(qtbot, window, four):
    from huddle.ui.qt_patient_dialog import QtPatientDialog

    db = window.db
    patient_id = four["declined_in_app"][0]
    before = last_id(db)
    dialog = QtPatientDialog(db, patient_id, DEMO_TODAY, window)
    qtbot.addWidget(dialog)
    rows = log_rows(db, before)
    assert [(r[2], r[3], r[4]) for r in rows] == [("visa", "patient", patient_id)]


def test_the_board_the_room_mode_and_the_projector_log_each_patient_once_per_display(
        qtbot, window, four):
    db = window.db
    ids = {patient_id for patient_id, _record in four.values()}
    before = last_id(db)
    window.refresh()
    rows = log_rows(db, before)
    assert per_patient(rows, "tavla") == Counter(dict.fromkeys(ids, 1))
    assert len({r[1] for r in rows}) == 1, "one display, one moment"

    before = last_id(db)
    window.set_room_mode(True)
    assert per_patient(log_rows(db, before), "rummet") == Counter(dict.fromkeys(ids, 1))

    before = last_id(db)
    window.huddle.toggle_projector()
    rows = log_rows(db, before)
    assert per_patient(rows, "projektor") == Counter(dict.fromkeys(ids, 1))
    assert not per_patient(rows, "tavla") and not per_patient(rows, "rummet")

    # With the projector on, a refresh logs both displays of the one read, at one moment.
    before = last_id(db)
    window.refresh()
    rows = log_rows(db, before)
    assert per_patient(rows, "rummet") == Counter(dict.fromkeys(ids, 1))
    assert per_patient(rows, "projektor") == Counter(dict.fromkeys(ids, 1))
    assert len({r[1] for r in rows}) == 1
    window.projector_window.close()


def test_the_planning_list_logs_each_patient_it_lists(qtbot, demo_window):
    db = demo_window.db
    before = last_id(db)
    register = demo_window.open_planning()
    with qtbot.waitSignal(register.planShown):
        pass
    rows = register.plan_rows
    assert rows, "the demo has frail patients to plan for"
    logged = per_patient(log_rows(db, before), "planering")
    assert logged == Counter({row.patient.id: 1 for row in rows})
