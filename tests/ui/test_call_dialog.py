"""Recording the 72-hour call: in time or late while typing, outcome, a need found by the call."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from huddle.domain.board import LANE_HOME
from huddle.errors import InputError
from huddle.storage.board_data import load_board
from huddle.ui.qt_call_dialog import QtCallDialog, _qmoment
from huddle.ui.qt_forms import from_qdate
from tests.dbtools import log_codes, table_count, table_row, table_rows
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
    # On by default, pre-filled: the nurse only confirms.
    assert dialog.followup_check.isChecked()
    assert (dialog.reason_combo.currentData(), dialog.actor_combo.currentData()) == (
        "efter_utskrivning", "vc")
    assert dialog.followup_note_edit.text() == "Hembesök efter telefonuppföljning"
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


def test_a_home_visit_the_call_asks_for_is_on_the_board(qtbot, db):
    pid = patient(db)
    call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    qtbot.keyClicks(dialog.who_edit, "Anna Lund")
    dialog.outcome_buttons["hembesok"].setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    board = load_board(db, NOW.date(), now=NOW)
    home = [item for item in board.lanes[LANE_HOME] if item.patient_id == pid]
    assert [(item.kind, item.reason_code, item.actor) for item in home] == [
        ("need", "efter_utskrivning", "vc")]
    assert home[0].due_on == date(2026, 11, 24)     # the next working day


def test_each_outcome_fills_in_its_own_follow_up_and_ok_clears_it(qtbot, db):
    pid = patient(db)
    call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    dialog.outcome_buttons["lakemedelsgenomgang"].setChecked(True)
    assert (dialog.reason_combo.currentData(), dialog.actor_combo.currentData()) == (
        "lakemedel", "vc")
    assert from_qdate(dialog.due_edit.date()) == date(2026, 11, 25)   # two working days
    dialog.outcome_buttons["vardplanering"].setChecked(True)
    assert dialog.actor_combo.currentData() == "bistandshandlaggare"
    dialog.outcome_buttons["ok"].setChecked(True)
    assert not dialog.followup_check.isChecked()
    assert not dialog.reason_combo.isEnabled() and not dialog.due_edit.isEnabled()
    assert "ingen uppföljning" in dialog.followup_hint.text()


def test_what_the_nurse_changes_is_what_is_stored(qtbot, db):
    pid = patient(db)
    call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    qtbot.keyClicks(dialog.who_edit, "Anna Lund")
    dialog.outcome_buttons["hembesok"].setChecked(True)
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("fallrisk"))
    dialog.followup_note_edit.setText("Hembesök av rehab")
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    need = table_rows(db, "followups", "kind = 'need'")[0]
    assert (need["reason"], need["actor"], need["note"]) == ("fallrisk", "vc",
                                                             "Hembesök av rehab")


def test_handing_it_to_the_municipality_without_consent_asks_first(qtbot, db):
    pid = patient(db)     # no consent recorded
    followup = call(db, pid, datetime(2026, 11, 21, 14, 0))
    dialog = open_dialog(qtbot, db, pid)
    qtbot.keyClicks(dialog.who_edit, "Anna Lund")
    dialog.outcome_buttons["vardplanering"].setChecked(True)
    save(dialog)
    box = dialog.consent.box
    assert box is not None and box.isVisible()
    assert "Biståndshandläggare" in box.text() and "Ek" not in box.text()
    assert table_row(db, "followups", followup)["status"] == "open"   # nothing saved yet
    no = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    no.click()
    assert table_row(db, "followups", followup)["status"] == "open"
    save(dialog)
    box = dialog.consent.box
    yes = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(dialog.saved):
        yes.click()
    need = table_rows(db, "followups", "kind = 'need'")[0]
    assert need["actor"] == "bistandshandlaggare"
    assert [code for code, _ in log_codes(db)][-3:] == [
        "call_recorded", "followup_created", "municipal_consent_confirmed"]
