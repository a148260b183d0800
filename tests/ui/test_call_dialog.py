"""Recording the 72-hour call: in time or late while typing, outcome, a need found by the call."""

from __future__ import annotations

from datetime import datetime

import pytest

from huddle.errors import InputError
from huddle.ui.qt_call_dialog import QtCallDialog, _qmoment
from tests.dbtools import table_count, table_row, table_rows
from tests.ui.frailty_fixtures import NOW, call, log_actions, patient

pytestmark = pytest.mark.gui


def open_dialog(qtbot, db, pid: int) -> QtCallDialog:
    dialog = QtCallDialog(db, pid, NOW.date(), now=NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def save(dialog: QtCallDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_shows_the_deadline_and_whether_the_time_typed_is_in_time(qtbot, db):
    pid = patient(db)
    call(db, pid, datetime(2026, 11, 20, 10, 0))  # the deadline is now, to the minute
    dialog = open_dialog(qtbot, db, pid)
    assert dialog.deadline_notice.text() == "Utskriven 20 nov kl 10:00. Ring senast 23 nov kl 10:00."
    dialog.when_edit.setDateTime(_qmoment(datetime(2026, 11, 23, 10, 0)))
    assert dialog.timing_label.text() == "Ringd i tid"
    dialog.when_edit.setDateTime(_qmoment(datetime(2026, 11, 23, 10, 1)))
    assert dialog.timing_label.text() == "Ringd för sent (0 h efter fristen)"


def test_an_overdue_call_says_the_time_is_out(qtbot, db):
    pid = patient(db)
    call(db, pid, datetime(2026, 11, 19, 8, 0))
    dialog = open_dialog(qtbot, db, pid)
    assert dialog.deadline_notice.text().endswith("Tiden har gått ut.")
    assert dialog.timing_label.text().startswith("Ringd för sent (26 h")


def test_recording_closes_the_call_and_adds_the_home_visit_it_found(qtbot, db):
    pid = patient(db)
    followup = call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    qtbot.keyClicks(dialog.who_edit, "Anna Lund")
    dialog.outcome_buttons["hembesok"].setChecked(True)
    assert dialog.followup_check.isChecked()
    assert dialog.actor_combo.currentData() == "vc"
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    row = table_row(db, "followups", followup)
    assert (row["status"], row["done_by"], row["outcome"], row["done_at"]) == (
        "done", "Anna Lund", "hembesok", "2026-11-23T10:00")
    need = table_rows(db, "followups", "kind = 'need'")[0]
    assert (need["reason"], need["actor"], need["due"], need["note"]) == (
        "efter_utskrivning", "vc", "2026-11-24", "Hembesök efter telefonuppföljning")
    assert log_actions(db)[-2:] == ["call_recorded", "followup_created"]


def test_ok_needs_no_follow_up_and_the_outcome_is_required(qtbot, db):
    pid = patient(db)
    followup = call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    qtbot.keyClicks(dialog.who_edit, "Anna Lund")
    save(dialog)
    assert dialog.error_label.text() == "Välj utfall av samtalet."
    dialog.outcome_buttons["ok"].setChecked(True)
    assert not dialog.followup_check.isChecked() and not dialog.actor_combo.isEnabled()
    save(dialog)
    assert table_row(db, "followups", followup)["outcome"] == "ok"
    assert table_count(db, "followups") == 1


def test_who_called_is_required(qtbot, db):
    pid = patient(db)
    followup = call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    dialog.outcome_buttons["ej_nadd"].setChecked(True)
    save(dialog)
    assert dialog.error_label.text() == "Skriv vem som ringde."
    assert table_row(db, "followups", followup)["status"] == "open"


def test_no_open_call_is_a_plain_message(qtbot, db):
    with pytest.raises(InputError, match="ingen öppen telefonuppföljning"):
        QtCallDialog(db, patient(db), NOW.date(), now=NOW)
