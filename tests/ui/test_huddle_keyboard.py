"""A whole huddle chaired from the keyboard, then what was stored and what tomorrow shows."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from huddle.domain.huddle import PHASE_NEAR_END, PHASE_OVERTIME
from tests.conftest import DEMO_TODAY
from tests.dbtools import log_codes, table_row, table_rows
from tests.ui import huddle_helpers
from tests.ui.huddle_helpers import (
    ALT,
    CTRL,
    CTRL_SHIFT,
    TOMORROW,
    back_to,
    current,
    focused,
    key,
    modal,
    type_into_focus,
)

clock = huddle_helpers.clock  # fixtures
window = huddle_helpers.window


def test_a_whole_huddle_from_the_keyboard(window, qtbot, clock):
    from huddle.storage.board_data import load_board, since_moment
    from huddle.ui.qt_decision_dialog import QtDecisionDialog
    from huddle.ui.qt_end_dialog import QtEndDialog
    from huddle.ui.qt_followup_dialog import QtFollowupDialog
    from huddle.ui.qt_review_dialogs import QtEscalateDialog, QtNewDateDialog
    from huddle.ui.qt_start_dialog import QtStartDialog

    win, db = window, window.db
    open_before = {d.id: d for d in win.board.open_decisions}
    assert len(open_before) >= 4
    assert "F2" in win.huddle_panel.status.text()

    # -- F2: who is here. The chair's role is ticked; add a name and two more roles.
    key(qtbot, win, Qt.Key.Key_F2)
    start = modal(qtbot, QtStartDialog)
    assert focused() is start.role_checks["aldre_ssk"] and focused().isChecked()
    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Anna Lund")
    key(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is start.role_checks["bistandshandlaggare"]
    key(qtbot, focused(), Qt.Key.Key_Space)
    key(qtbot, focused(), Qt.Key.Key_4, ALT)  # Alt+4: hemtjänst
    qtbot.waitUntil(start.role_checks["hemtjanst"].isChecked)  # mnemonics click animated
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, start)
    assert win.session.running
    assert win.session.record.roles == ("aldre_ssk", "bistandshandlaggare", "hemtjanst")
    assert win.session.record.attendance[0].name == "Anna Lund"
    assert win.huddle_panel.clock.text() == "15:00"

    # -- Open decisions first: the first one to review is current, the review bar shows it.
    first = current(win)
    assert first is not None and first.decision_id is not None
    assert win.review_bar.isVisible()
    assert open_before[first.decision_id].overdue  # overdue ones come first
    done_id = first.decision_id
    key(qtbot, win, Qt.Key.Key_D, CTRL)  # done
    qtbot.waitUntil(lambda: current(win) is not None and current(win).decision_id != done_id)
    new_date_id = current(win).decision_id
    key(qtbot, win, Qt.Key.Key_T, CTRL)  # new date: two days after the proposed one
    dialog = modal(qtbot, QtNewDateDialog)
    proposed = dialog.date_edit.date().toPython()
    key(qtbot, focused(), Qt.Key.Key_Up)  # one day later per press
    key(qtbot, focused(), Qt.Key.Key_Up)
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)
    qtbot.waitUntil(lambda: current(win).decision_id not in (done_id, new_date_id))
    escalated_id = current(win).decision_id
    key(qtbot, win, Qt.Key.Key_E, CTRL)  # lift to the monthly meeting, default recipient
    dialog = modal(qtbot, QtEscalateDialog)
    key(qtbot, focused(), Qt.Key.Key_Return)  # no question for the managers: not yet
    assert dialog.isVisible() and "chefen" in dialog.error_label.text()
    type_into_focus(qtbot, "Kan kommunen ge fler kvallsbesok?")
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)
    assert table_row(db, "decisions", escalated_id)["escalation_question"] == \
        "Kan kommunen ge fler kvallsbesok?"
    qtbot.waitUntil(lambda: current(win).decision_id not in (done_id, new_date_id,
                                                              escalated_id))
    # A key pressed by mistake is taken back with Ctrl+Z.
    mistaken = current(win).decision_id
    key(qtbot, win, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: table_row(db, "decisions", mistaken)["status"] == "done")
    win.board_view.set_current(("open_decisions", mistaken))
    key(qtbot, win, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: table_row(db, "decisions", mistaken)["status"] == "open")
    reviewed = {d.id: d.reviewed for d in win.board.open_decisions}
    assert reviewed[done_id] == "done"
    assert reviewed[new_date_id] == "new_date"
    assert reviewed[escalated_id] == "escalated"
    assert reviewed[mistaken] is None
    unreviewed = win.session.unreviewed
    assert unreviewed == len(open_before) - 3
    # The reviewed cards stay on today's board, marked, below the ones still to review.
    bodies = [c.body.text() for c in win.board_view.decisions.card_widgets()]
    assert "Granskat i dag: klart" in bodies[-3] + bodies[-2] + bodies[-1]

    # -- Leaving the open decisions with some unreviewed takes a second press.
    clock.advance(200)
    key(qtbot, win, Qt.Key.Key_Right, CTRL)
    assert win.session.current_part == "open_decisions"
    assert "inte granskade" in win.huddle_panel.status.text()
    key(qtbot, win, Qt.Key.Key_Right, CTRL)
    assert win.session.current_part == "since_last_huddle"
    assert current(win).key[0] == "since_last_huddle"

    # -- Down walks the board; the agenda follows the column.
    clock.advance(60)
    first_event = current(win).patient_id
    key(qtbot, win, Qt.Key.Key_Down)
    assert current(win).patient_id != first_event
    assert first_event in win.session.discussed
    key(qtbot, win, Qt.Key.Key_Right, CTRL)
    assert win.session.current_part == "samsa"
    samsa_card = current(win)
    assert samsa_card.key[0] == "samsa"
    key(qtbot, win, Qt.Key.Key_Up)
    assert win.session.current_part == "since_last_huddle"
    key(qtbot, win, Qt.Key.Key_Down)
    assert win.session.current_part == "samsa"

    # -- A new decision with responsible role, name and date.
    clock.advance(60)
    patient_a = current(win).patient_id
    key(qtbot, win, Qt.Key.Key_B, CTRL)
    dialog = modal(qtbot, QtDecisionDialog)
    assert focused() is dialog.what_edit
    type_into_focus(qtbot, "Hemb")  # completes to a common decision
    assert dialog.what_edit.currentText() == "Hembesök av distriktssköterska"
    key(qtbot, focused(), Qt.Key.Key_A, ALT)
    assert focused() is dialog.role_combo
    type_into_focus(qtbot, "L")
    assert dialog.role_combo.currentData() == "lakare"
    key(qtbot, focused(), Qt.Key.Key_Tab)
    type_into_focus(qtbot, "Dr Holm")
    key(qtbot, focused(), Qt.Key.Key_S, ALT)
    assert focused() is dialog.due_edit
    due_a = dialog.due_edit.date().toPython() + timedelta(days=0)
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)

    # -- Enter in "Vad" goes on to the role; Enter without a role says what is missing.
    key(qtbot, win, Qt.Key.Key_Down)
    patient_b = current(win).patient_id
    key(qtbot, win, Qt.Key.Key_B, CTRL)
    dialog = modal(qtbot, QtDecisionDialog)
    type_into_focus(qtbot, "Ut")
    assert dialog.what_edit.currentText() == "Utöka hemtjänst"
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert focused() is dialog.role_combo
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "roll" in dialog.error_label.text()
    assert focused() is dialog.role_combo
    # ... then an escalated decision: Alt+L lifts it to the monthly meeting.
    type_into_focus(qtbot, "Bi")
    assert dialog.role_combo.currentData() == "bistandshandlaggare"
    key(qtbot, focused(), Qt.Key.Key_L, ALT)
    qtbot.waitUntil(dialog.escalate_check.isChecked)
    # Escalating asks what the managers must decide, with a reminder to leave out the patient.
    assert focused() is dialog.question_edit and dialog.question_hint.isVisible()
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "chefen" in dialog.error_label.text()
    type_into_focus(qtbot, "Kan biståndet prioriteras?".replace("å", "a"))
    key(qtbot, focused(), Qt.Key.Key_Return)
    # Patient B has no recorded consent: handing the decision to the municipality asks the
    # nurse to confirm that the patient agreed (Alt+J); "Nej" is the default.
    consent = modal(qtbot, QMessageBox)
    assert "Biståndshandläggare" in consent.text()
    key(qtbot, consent, Qt.Key.Key_J, ALT)
    back_to(qtbot, win, dialog)
    assert ("municipal_consent_confirmed", patient_b) in log_codes(db)

    # Today's new decisions are on the board at once, marked, and not up for review.
    new_today = [d for d in win.board.open_decisions if d.new_today]
    assert sorted(d.what for d in new_today) == ["Hembesök av distriktssköterska",
                                                 "Utöka hemtjänst"]
    assert win.session.unreviewed == unreviewed
    assert any("Nytt beslut i dag" in c.body.text()
               for c in win.board_view.decisions.card_widgets())

    # -- A follow-up need at home, on the home follow-up part.
    clock.advance(120)
    key(qtbot, win, Qt.Key.Key_Right, CTRL)
    key(qtbot, win, Qt.Key.Key_Right, CTRL)
    assert win.session.current_part == "home_followup"
    patient_c = current(win).patient_id
    key(qtbot, win, Qt.Key.Key_U, CTRL)
    dialog = modal(qtbot, QtFollowupDialog)
    assert focused() is dialog.reason_combo
    type_into_focus(qtbot, "Fall")
    assert dialog.reason_combo.currentData() == "fallrisk"
    key(qtbot, focused(), Qt.Key.Key_F, ALT)
    type_into_focus(qtbot, "F")
    assert dialog.actor_combo.currentData() == "forebyggande_team"
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)

    # -- The clock: calm amber near the end, red in overtime; the huddle may run over.
    clock.now = win.session.record.started_at + timedelta(minutes=13, seconds=30)
    win.huddle_panel._tick()
    assert win.huddle_panel.clock.phase == PHASE_NEAR_END
    assert win.huddle_panel.status.text() == "2 min kvar"
    clock.now = win.session.record.started_at + timedelta(minutes=16, seconds=5)
    win.huddle_panel._tick()
    assert win.huddle_panel.clock.phase == PHASE_OVERTIME
    assert win.huddle_panel.clock.text() == "+1:05"
    assert win.session.forecast() is not None

    # -- End: the summary is shown, Enter saves it.
    key(qtbot, win, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = modal(qtbot, QtEndDialog)
    summary_text = dialog.summary_text()
    assert "Nya beslut: 2" in summary_text
    assert "Stängda beslut: 1" in summary_text
    assert "Lyfta till månadsmöte: 2" in summary_text
    key(qtbot, focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.session.running)
    assert "Avslutad 08:31" in win.huddle_panel.status.text()

    # -- What was stored.
    huddle = db.execute("SELECT id, started_at, ended_at, overtime_seconds, summary "
                        "FROM huddles WHERE day = ?", [DEMO_TODAY.isoformat()]).fetchone()
    huddle_id, started, ended, overtime, summary = huddle
    assert (started, ended, overtime) == ("2026-11-23T08:15:00", "2026-11-23T08:31:05", 65)
    summary = json.loads(summary)
    assert summary["roles"] == ["aldre_ssk", "bistandshandlaggare", "hemtjanst"]
    assert summary["decisions_made"] == 2
    assert summary["decisions_closed"] == 1
    assert summary["decisions_new_date"] == 1
    assert summary["escalated"] == 2
    assert summary["followups_made"] == 1
    assert summary["open_decisions_unreviewed"] == unreviewed
    assert summary["patients_discussed"] >= 4
    assert sum(summary["parts_seconds"].values()) == 16 * 60 + 5
    made = {row["patient_id"]: row for row in table_rows(db, "decisions",
        "huddle_id = ?", [huddle_id])}
    assert made[patient_a]["what"] == "Hembesök av distriktssköterska"
    assert (made[patient_a]["responsible_role"], made[patient_a]["responsible_name"]) == (
        "lakare", "Dr Holm")
    assert made[patient_a]["due_on"] == due_a.isoformat()
    assert made[patient_b]["escalated_to"] == "Månadsmöte (första linjens chefer)"
    assert table_row(db, "decisions", done_id)["status"] == "done"
    assert table_row(db, "decisions", new_date_id)["due_on"] == (proposed + timedelta(days=2)
                                                          ).isoformat()
    followup = table_rows(db, "followups", "huddle_id = ?", [huddle_id])[0]
    assert (followup["patient_id"], followup["reason"], followup["actor"]) == (
        patient_c, "fallrisk", "forebyggande_team")
    actions = [row[0].split(" ")[0].rstrip(":") for row in db.execute(
        "SELECT detail FROM access_log WHERE at >= '2026-11-23T08:15'").fetchall()]
    for action in ("huddle_started", "decision_reviewed", "decision_review_undone",
                   "decision_created", "followup_created", "huddle_ended"):
        assert action in actions, action

    # -- Tomorrow's board.
    assert since_moment(db, TOMORROW) == datetime(2026, 11, 23, 8, 31, 5)
    tomorrow = load_board(db, TOMORROW)
    by_id = {d.id: d for d in tomorrow.open_decisions}
    assert done_id not in by_id
    assert by_id[new_date_id].due_on == proposed + timedelta(days=2)
    assert by_id[escalated_id].escalated
    assert by_id[mistaken].reviewed is None
    new_ones = [d for d in tomorrow.open_decisions if d.patient and d.patient.patient_id in
                (patient_a, patient_b) and d.what in ("Hembesök av distriktssköterska",
                                                      "Utöka hemtjänst")]
    assert len(new_ones) == 2
    assert any(d.escalated and d.escalated_to for d in new_ones)
    assert any(getattr(item, "followup_id", None) == followup["id"]
               for item in tomorrow.lanes["home_followup"])


def test_f2_again_resumes_the_same_huddle(window, qtbot, clock):
    from huddle.ui.qt_start_dialog import QtStartDialog

    key(qtbot, window, Qt.Key.Key_F2)
    start = modal(qtbot, QtStartDialog)
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, window, start)
    assert window.session.running
    first_id = window.session.huddle_id
    clock.advance(90)
    key(qtbot, window, Qt.Key.Key_F2)
    again = modal(qtbot, QtStartDialog)
    assert again is not start
    assert again.role_checks["aldre_ssk"].isChecked()
    key(qtbot, focused(), Qt.Key.Key_5, ALT)  # the GP came late
    qtbot.waitUntil(again.role_checks["lakare"].isChecked)
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, window, again)
    assert window.session.huddle_id == first_id
    assert window.session.record.roles == ("aldre_ssk", "lakare")
    assert window.huddle_panel.clock.text() == "13:30"
    assert window.db.execute("SELECT count(*) FROM huddles WHERE day = ?",
                             [DEMO_TODAY.isoformat()]).fetchone()[0] == 1


def test_start_refuses_no_role(window, qtbot):
    from huddle.ui.qt_start_dialog import QtStartDialog

    key(qtbot, window, Qt.Key.Key_F2)
    start = modal(qtbot, QtStartDialog)
    key(qtbot, focused(), Qt.Key.Key_Space)  # untick the chair: nobody left
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert start.isVisible()
    assert "minst en roll" in start.error_label.text()
    assert not window.session.running


def test_f1_shows_every_shortcut(window, qtbot):
    from huddle.ui.qt_shortcuts import SHORTCUTS, QtShortcutsDialog

    key(qtbot, window, Qt.Key.Key_F1)
    dialog = modal(qtbot, QtShortcutsDialog)
    table = dialog.table
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    for shortcut in SHORTCUTS:
        assert (shortcut.shown, shortcut.label) in rows
    assert ("Ctrl+D", "Klart") in rows
    key(qtbot, focused(), Qt.Key.Key_F1)
    back_to(qtbot, window, dialog)
    # Every shortcut in the table is a live action of the window.
    from PySide6.QtGui import QAction

    bound = {seq.toString() for action in window.findChildren(QAction)
             for seq in action.shortcuts()}
    for shortcut in SHORTCUTS:
        if shortcut.name != "open_patient":
            assert set(shortcut.keys) <= bound, shortcut.name
