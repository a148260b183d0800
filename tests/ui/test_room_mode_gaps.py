"""What the room could still read on a mirrored 1366×768 screen in room mode: the register's
search text, the new-date picker, dialogs open when F9 switches, and the header's fit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.ui import room_helpers
from tests.ui.room_helpers import NEUTRAL

four = room_helpers.four  # fixtures
room_window = room_helpers.room_window


def test_the_header_keeps_one_line_and_the_room_marker_at_1366(qtbot, demo_window):
    demo_window.set_room_mode(True)
    header = demo_window.header
    qtbot.waitUntil(lambda: header.missed.isVisible())
    demo_window.resize(1366, 768)
    qtbot.wait(50)
    for label in (header.missed, header.last_import):
        # Painted on one line, in full: nothing wraps, nothing is cut off.
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), \
            label.text()
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), label.text()
    marker = header.marker
    assert marker.isVisible() and marker.text() == "Visas för rummet"
    assert marker.geometry().right() <= header.width()
    assert marker.fontMetrics().horizontalAdvance(marker.text()) <= marker.width()
    assert header.last_import.geometry().right() < marker.geometry().left()


def test_a_long_centre_name_leaves_the_missed_huddles_short_not_cut(qtbot, demo_window):
    header = demo_window.header
    qtbot.waitUntil(lambda: header.missed.isVisible())
    demo_window.resize(1366, 768)
    board = demo_window.board
    header.show_board(replace(board, health_centre="Storstadens vårdcentral"), "")

    def fitted() -> bool:  # once the layout has given the labels their new widths
        return header.missed.text().startswith("Missade: ") and all(
            label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
            for label in (header.missed, header.last_import))

    qtbot.waitUntil(fitted)
    assert header.last_import.text().startswith("SAMSA-import "), "the import stays whole"
    assert header.missed.geometry().right() < header.last_import.geometry().left()
    assert header.missed.accessibleName().startswith("Missade avstämningar senaste 30")
    header.show_board(replace(board, health_centre="Skene VC"), "")
    qtbot.waitUntil(lambda: header.missed.text().startswith("Missade avstämningar: "))


def test_in_a_narrow_window_the_header_drops_what_does_not_fit_rather_than_cut_it(
        qtbot, demo_window):
    """At 900 px neither short form fits beside the name, the day and the marker: the last
    import gives way whole (its tooltip stays), instead of a clipped '0' of '06:00'."""
    header = demo_window.header
    qtbot.waitUntil(lambda: header.missed.isVisible())
    demo_window.resize(900, 600)

    def settled() -> bool:
        return all(label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
                   for label in (header.missed, header.last_import))

    qtbot.waitUntil(settled)
    assert header.last_import.text() == ""
    assert header.last_import.toolTip().startswith("Senaste SAMSA-import: ")
    demo_window.resize(1366, 768)
    qtbot.waitUntil(lambda: header.last_import.text().startswith("SAMSA"))
    assert settled()


def test_in_room_mode_the_register_search_hides_what_is_typed(qtbot, room_window, four):
    """A name or personnummer typed into the search is painted as dots on the room's
    screen, with a note saying why; the search still finds the patient, listed masked."""
    from PySide6.QtWidgets import QLineEdit

    room_window.set_room_mode(True)
    register = room_window.open_register()
    patient_id, record = four["not_consented"]
    qtbot.keyClicks(register.search_edit, "Berglund")
    assert register.search_edit.echoMode() != QLineEdit.EchoMode.Normal
    shown = register.search_edit.displayText()
    assert "Berglund" not in shown and len(shown) == len("Berglund")
    assert register.room_note.isVisibleTo(register)
    assert "punkter" in register.room_note.text()
    qtbot.keyClick(register.search_edit, Qt.Key.Key_Return)
    assert NEUTRAL.match(f"{register.results.item(0, 0).text()}, "
                         f"{register.results.item(0, 2).text()}")
    # Back on her own screen she sees what she typed, and the names.
    room_window.set_room_mode(False)
    assert register.search_edit.displayText() == "Berglund"
    assert not register.room_note.isVisibleTo(register)
    assert register.results.item(0, 0).text() == "Berglund, Nils"
    register.close()


def _everything_shown(dialog) -> str:
    """Every text a dialog paints: labels, line edits, spin boxes and date fields."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit

    parts = [widget.displayText() if isinstance(widget, QLineEdit) else widget.text()
             for kind in (QLabel, QLineEdit, QAbstractSpinBox)
             for widget in dialog.findChildren(kind) if widget.isVisibleTo(dialog)]
    return "\n".join(parts)


def test_the_new_date_picker_gives_a_masked_patients_dates_in_days_in_room_mode(
        qtbot, demo_window):
    import re
    from datetime import timedelta

    from huddle.domain.huddle import REVIEW_NEW_DATE
    from huddle.ui.qt_review_dialogs import QtNewDateDialog
    from tests.conftest import DEMO_TODAY

    demo_window.set_room_mode(True)
    decision = next(d for d in demo_window.board.open_decisions
                    if d.patient is not None and d.patient.masked and d.due_on is not None)
    bar = demo_window.review_bar
    bar.show_decision(decision, remaining=1, total=1)
    dialog = bar.review(REVIEW_NEW_DATE)
    assert isinstance(dialog, QtNewDateDialog)
    shown = _everything_shown(dialog)
    assert not re.search(r"\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|november|december", shown), shown
    assert "i dag" in shown  # says what the number counts from
    chosen = []
    dialog.chosen.connect(chosen.append)
    dialog.days_edit.setValue(9)
    assert dialog.days_edit.text() == "om 9 d"
    dialog.accept()
    assert chosen == [DEMO_TODAY + timedelta(days=9)]
    # On her own screen the same decision gets the exact date field.
    demo_window.set_room_mode(False)
    own = next(d for d in demo_window.board.open_decisions if d.id == decision.id)
    bar.show_decision(own, remaining=1, total=1)
    dialog = bar.review(REVIEW_NEW_DATE)
    assert re.search(r"\d{4}-\d\d-\d\d", _everything_shown(dialog))
    dialog.reject()


def _painted(dialog) -> str:
    """What the room can read in a dialog: every visible label, field and combo box."""
    from PySide6.QtWidgets import QComboBox

    combos = [combo.currentText() for combo in dialog.findChildren(QComboBox)
              if combo.isVisibleTo(dialog)]
    return _everything_shown(dialog) + "\n" + "\n".join(combos)


def test_decision_and_followup_dialogs_open_when_f9_switches_to_the_room_are_covered(
        qtbot, room_window, four):
    import re

    from PySide6.QtWidgets import QApplication

    from tests.ui.room_helpers import identity

    patient_id, record = four["not_consented"]
    card = next(card for card in room_window.board_view.navigation_cards()
                if card.patient_id == patient_id)
    room_window.board_view.set_current(card.key)
    for open_dialog, field in ((room_window.huddle.new_decision, "name_edit"),
                               (room_window.huddle.new_followup, "note_edit")):
        dialog = open_dialog()
        assert "Berglund, Nils" in _painted(dialog)
        getattr(dialog, field).setText("Ring dottern Karin Berglund 070-1234567")
        # F9 in the dialog itself switches the nurse's window, and the dialog follows.
        # (A window-modal dialog blocks the window's own keys: F9 must work in the dialog.)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        qtbot.keyClick(dialog, Qt.Key.Key_F9)
        assert room_window.room_mode
        shown = _painted(dialog)
        for part in identity(record) + ["Karin", "070-1234567"]:
            assert part not in shown, (part, shown)
        assert not re.search(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}", shown), shown
        assert dialog.room.marker.isVisibleTo(dialog)
        assert dialog.room.marker.text() == "Visas för rummet"
        assert re.search(r"Patient utan samtycke \d+", dialog.room.note.text())
        assert "F9" in dialog.room.note.text()
        # Back on her own screen: the dialog as she left it, nothing typed lost.
        qtbot.keyClick(dialog, Qt.Key.Key_F9)
        assert not room_window.room_mode
        assert "Berglund, Nils" in _painted(dialog)
        assert getattr(dialog, field).text() == "Ring dottern Karin Berglund 070-1234567"
        assert getattr(dialog, field).isVisibleTo(dialog)
        assert not dialog.room.marker.isVisibleTo(dialog)
        dialog.reject()


def test_a_consented_patients_dialog_stays_as_it_is_when_the_room_looks(room_window, four):
    patient_id, record = four["consented"]
    card = next(card for card in room_window.board_view.navigation_cards()
                if card.patient_id == patient_id)
    room_window.board_view.set_current(card.key)
    dialog = room_window.huddle.new_decision()
    room_window.set_room_mode(True)
    assert "Ahlberg, Karin" in _painted(dialog)
    assert not dialog.room.covered
    dialog.reject()


def test_a_new_date_dialog_open_when_f9_switches_is_covered(demo_window):
    from huddle.domain.huddle import REVIEW_NEW_DATE

    demo_window.set_room_mode(True)
    masked = {d.id for d in demo_window.board.open_decisions
              if d.patient is not None and d.patient.masked}
    demo_window.set_room_mode(False)
    decision = next(d for d in demo_window.board.open_decisions if d.id in masked)
    demo_window.review_bar.show_decision(decision, remaining=1, total=1)
    dialog = demo_window.review_bar.review(REVIEW_NEW_DATE)
    assert dialog.date_edit.isVisibleTo(dialog)
    demo_window.set_room_mode(True)
    assert not dialog.date_edit.isVisibleTo(dialog)
    assert dialog.room.covered and dialog.room.note.isVisibleTo(dialog)
    dialog.reject()


def test_a_new_patient_typed_in_room_mode_shows_as_dots(qtbot, room_window, four):
    """'Ny patient…' takes over what was searched for: on the room's screen the personnummer
    and the name show as dots too, and F9 works in the register to go back."""
    from PySide6.QtWidgets import QApplication

    room_window.set_room_mode(True)
    register = room_window.open_register()
    register.search_edit.setText("Ek, Stina")
    dialog = register.open_add()
    dialog.number_edit.setText("19400101-1234")
    for edit in (dialog.number_edit, dialog.name_edit):
        assert edit.text() and edit.text() not in edit.displayText()
    assert "Ek" not in _painted(dialog) and "1940" not in _painted(dialog)
    assert dialog.room_note.isVisibleTo(dialog) and "punkter" in dialog.room_note.text()
    dialog.reject()
    register.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is register)
    qtbot.keyClick(register, Qt.Key.Key_F9)
    assert not room_window.room_mode
    dialog = register.open_add()
    assert dialog.name_edit.displayText() == "Ek, Stina"
    assert not dialog.room_note.isVisibleTo(dialog)
    dialog.reject()
    register.close()


def test_a_decision_or_followup_made_in_room_mode_for_a_masked_patient_has_no_free_text_or_date(
        room_window, four):
    """Made with the room watching: standard decision words only, no note, and the due date
    in days from today; what is saved is the date that many days on."""
    import re
    from datetime import timedelta

    from tests.conftest import DEMO_TODAY
    from tests.ui.room_helpers import identity

    patient_id, record = four["not_consented"]
    room_window.set_room_mode(True)
    card = next(card for card in room_window.board_view.navigation_cards()
                if card.patient_id == patient_id)
    room_window.board_view.set_current(card.key)
    dialog = room_window.huddle.new_decision()
    assert not dialog.what_edit.isEditable(), "standard decision words only"
    shown = _painted(dialog)
    assert not re.search(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|november", shown), shown
    assert "om 7 d" in shown and "F9" in shown
    for part in identity(record):
        assert part not in shown
    dialog.what_edit.setCurrentIndex(0)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lakare"))
    dialog.due_edit.setValue(4)
    dialog.accept()
    saved = room_window.db.execute(
        "SELECT what, due_on FROM decisions WHERE patient_id = ? ORDER BY id DESC LIMIT 1",
        [patient_id]).fetchone()
    assert saved[1] == (DEMO_TODAY + timedelta(days=4)).isoformat()
    room_window.board_view.set_current(card.key)
    followup = room_window.huddle.new_followup()
    assert not followup.note_edit.isEnabled()
    shown = _painted(followup)
    assert not re.search(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|november", shown), shown
    assert "om 3 d" in shown
    # F9 in it to her own screen: now a note may be written.
    room_window.set_room_mode(False)
    assert followup.note_edit.isEnabled()
    followup.reject()
    # On her own screen the same dialogs take free text and an exact date.
    room_window.set_room_mode(False)
    card = next(card for card in room_window.board_view.navigation_cards()
                if card.patient_id == patient_id)
    room_window.board_view.set_current(card.key)
    own = room_window.huddle.new_decision()
    assert own.what_edit.isEditable()
    assert re.search(r"\d{4}-\d\d-\d\d", _painted(own))
    own.reject()
    # Opened for the room, then F9 to her own screen: her own words may be typed; and back
    # to the room, the dialog is covered.
    room_window.set_room_mode(True)
    room_window.board_view.set_current(card.key)
    dialog = room_window.huddle.new_decision()
    dialog.what_edit.setCurrentIndex(1)
    chosen = dialog.what_edit.currentText()
    room_window.set_room_mode(False)
    assert dialog.what_edit.isEditable() and dialog.what_edit.currentText() == chosen
    assert "Egen text" not in _painted(dialog)
    room_window.set_room_mode(True)
    assert dialog.room.covered
    dialog.reject()


def test_a_log_review_open_when_f9_switches_to_the_room_closes_and_says_why(qtbot, room_window,
                                                                            four):
    review = room_window.open_log_review()
    assert review.isVisible()
    room_window.set_room_mode(True)
    qtbot.waitUntil(lambda: room_window.log_review_window is None)
    assert not any(window.isVisible() for window in room_window.findChildren(type(review)))
    assert "Loggranskningen stängdes" in room_window.statusBar().currentMessage()
