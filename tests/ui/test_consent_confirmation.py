"""Handing something to the municipality for a patient without recorded consent: the nurse
confirms that the patient agreed, and the confirmation is in the access log."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from huddle.storage.huddles import create_decision, create_followup
from huddle.storage.register import save_patient_safeguards
from huddle.ui.qt_decision_dialog import QtDecisionDialog
from huddle.ui.qt_followup_dialog import QtFollowupDialog
from tests.dbtools import log_codes, table_rows
from tests.ui.frailty_fixtures import DAY, NOW, patient

pytestmark = pytest.mark.gui


def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()


def opened(qtbot, kind, db, pid: int, **kwargs):
    dialog = kind(db, day=DAY, now=lambda: NOW, patient_id=pid, patient_label="Ek, Margareta",
                  **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def decision_dialog(qtbot, db, pid: int, **kwargs) -> QtDecisionDialog:
    return opened(qtbot, QtDecisionDialog, db, pid, **kwargs)


def followup_dialog(qtbot, db, pid: int, **kwargs) -> QtFollowupDialog:
    return opened(qtbot, QtFollowupDialog, db, pid, **kwargs)


def choose(combo, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def confirmations(db, pid: int) -> list[str]:
    return [row["detail"] for row in table_rows(
        db, "access_log", "patient_id = ? AND detail LIKE 'municipal_consent_confirmed%'",
        [pid])]


def test_hemtjanst_is_offered_as_a_follow_up_actor(qtbot, db):
    dialog = followup_dialog(qtbot, db, patient(db))
    actors = [dialog.actor_combo.itemText(i) for i in range(dialog.actor_combo.count())]
    assert "Hemtjänst" in actors


def test_a_follow_up_for_hemtjanst_without_consent_waits_for_the_nurse(qtbot, db):
    pid = patient(db)
    dialog = followup_dialog(qtbot, db, pid)
    choose(dialog.reason_combo, "nutrition")
    choose(dialog.actor_combo, "hemtjanst")
    dialog.accept()
    box = dialog.consent.box
    assert box is not None and box.isVisible()
    assert "Hemtjänst" in box.text() and "Ek" not in box.text()
    answer(box, QMessageBox.ButtonRole.RejectRole)      # "Nej, ändra": nothing is saved
    assert table_rows(db, "followups") == [] and dialog.isVisible()
    dialog.accept()
    with qtbot.waitSignal(dialog.saved):
        answer(dialog.consent.box, QMessageBox.ButtonRole.AcceptRole)
    [row] = table_rows(db, "followups")
    assert row["actor"] == "hemtjanst"
    assert confirmations(db, pid) == [f"municipal_consent_confirmed followup {row['id']} "
                                      "hemtjanst"]


def test_a_decision_moved_to_the_municipality_asks_and_kept_there_does_not(qtbot, db):
    pid = patient(db)
    decision_id = create_decision(db, patient_id=pid, what="Boka SIP-möte",
                                  responsible_role="lakare", due_on=date(2026, 11, 30),
                                  now=NOW)
    dialog = decision_dialog(qtbot, db, pid, decision_id=decision_id)
    choose(dialog.role_combo, "bistandshandlaggare")
    dialog.accept()
    assert dialog.consent.box is not None and dialog.consent.box.isVisible()
    with qtbot.waitSignal(dialog.saved):
        answer(dialog.consent.box, QMessageBox.ButtonRole.AcceptRole)
    assert confirmations(db, pid) == [f"municipal_consent_confirmed decision {decision_id} "
                                      "bistand"]
    # Already with biståndshandläggaren: changing the date asks nothing again.
    again = decision_dialog(qtbot, db, pid, decision_id=decision_id)
    with qtbot.waitSignal(again.saved):
        again.accept()
    assert again.consent.box is None
    assert len(confirmations(db, pid)) == 1


def test_no_question_with_consent_or_within_the_health_centre(qtbot, db):
    pid = patient(db)
    dialog = decision_dialog(qtbot, db, pid)
    dialog.what_edit.setEditText("Läkemedelsgenomgång")
    choose(dialog.role_combo, "lakare")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert dialog.consent.box is None
    save_patient_safeguards(db, pid, consent="given", on=DAY, by="Anna Lund",
                            protected=False, municipal_hsl=None, today=DAY, now=NOW)
    dialog = followup_dialog(qtbot, db, pid)
    choose(dialog.reason_combo, "nutrition")
    choose(dialog.actor_combo, "hemtjanst")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert dialog.consent.box is None
    assert confirmations(db, pid) == []
    assert "followup_created" in [code for code, _ in log_codes(db)]


def test_an_edited_follow_up_moved_to_hemtjanst_is_confirmed_with_the_change(qtbot, db):
    pid = patient(db)
    followup_id = create_followup(db, patient_id=pid, reason="nutrition", actor="vc",
                                  due=date(2026, 11, 26), now=NOW)
    dialog = followup_dialog(qtbot, db, pid, followup_id=followup_id)
    choose(dialog.actor_combo, "hemtjanst")
    dialog.accept()
    with qtbot.waitSignal(dialog.saved):
        answer(dialog.consent.box, QMessageBox.ButtonRole.AcceptRole)
    assert table_rows(db, "followups")[0]["actor"] == "hemtjanst"
    assert confirmations(db, pid) == [f"municipal_consent_confirmed followup {followup_id} "
                                      "hemtjanst"]
