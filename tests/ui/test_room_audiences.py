"""The matrix, per audience, in the window: the same four patients — consented, not consented,
declined at the health centre but "Ja" in SAMSA, protected — as the nurse's own screen, the
projector, and dialogs opened for the room show them."""

from __future__ import annotations

from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from tests.conftest import DEMO_TODAY
from tests.ui import room_helpers
from tests.ui.room_helpers import DETAILS, NEUTRAL, cards, identity, texts

four = room_helpers.four  # fixtures
window = room_helpers.room_window


def assert_room_view(shown: dict[int, tuple[str, str]], everything: str, four) -> None:
    """What the matrix allows the room, patient by patient."""
    consented_id, consented = four["consented"]
    title, body = shown[consented_id]
    assert title == "Ahlberg, Karin, 95 år"
    assert "Medicin 4" in body and "Utskrivningsklar sedan 3 d" in body
    assert consented["Personnummer"] not in everything
    for key in ("not_consented", "declined_in_app"):
        patient_id, record = four[key]
        title, body = shown[patient_id]
        assert NEUTRAL.match(title), title
        assert body, "the lane's reason in standard words stays"
        for detail in DETAILS:
            assert detail not in body, (key, detail, body)
        for part in identity(record):
            assert part not in everything, (key, part)
    assert shown[four["declined_in_app"][0]][1].startswith("Utskrivningsklar sedan 3 d")
    protected_id, protected = four["protected"]
    assert shown[protected_id] == ("Skyddad identitet", "")
    for part in identity(protected):
        assert part not in everything
    # Two masked patients, two different labels, stable for the day.
    labels = {shown[four[key][0]][0] for key in ("not_consented", "declined_in_app")}
    assert len(labels) == 2


def test_the_nurses_own_screen_names_all_but_the_protected(window, four):
    shown = cards(window.board_view)
    for key in ("consented", "not_consented", "declined_in_app"):
        patient_id, record = four[key]
        assert shown[patient_id][0].startswith(record["Namn"])
        assert "Medicin 4" in shown[patient_id][1]
    assert shown[four["protected"][0]][0] == "Skyddad identitet, 92 år"


def test_the_projector_shows_what_the_matrix_allows_the_room(window, four):
    window.huddle.toggle_projector()
    projector = window.projector_window
    assert_room_view(cards(projector.board_view), texts(projector), four)


def test_a_patient_dialog_opened_for_the_room_keeps_a_masked_patient_unidentified(
        qtbot, window, four):
    from huddle.ui.qt_patient_dialog import QtPatientDialog

    for key in ("not_consented", "declined_in_app", "protected"):
        patient_id, record = four[key]
        dialog = QtPatientDialog(window.db, patient_id, DEMO_TODAY, window,
                                 audience=AUDIENCE_ROOM)
        qtbot.addWidget(dialog)
        everything = texts(dialog) + dialog.details.toPlainText()
        for part in identity(record):
            assert part not in everything, (key, part)
        for detail in DETAILS:
            assert detail not in everything, (key, detail)
        assert dialog.frailty is None, "nothing can be changed on the room's screen"
        assert dialog.marker.isVisibleTo(dialog)
        assert dialog.marker.text() == "Visas för rummet"
        heading = dialog.heading.text()
        assert heading == "Skyddad identitet" if key == "protected" else NEUTRAL.match(heading)
        # The label is the one the room's board uses for the patient today.
        if key != "protected":
            window.huddle.toggle_projector()
            room = cards(window.projector_window.board_view)[patient_id][0]
            window.projector_window.close()
            assert heading == room
        # Back on the nurse's own screen (F9 in the main window), the patient is named again.
        dialog.set_audience(AUDIENCE_OWN)
        assert not dialog.marker.isVisibleTo(dialog)
        if key != "protected":
            assert dialog.heading.text().startswith(record["Namn"])
            assert dialog.frailty is not None
        dialog.close()

    # A consented patient: the room may see the name and the details.
    patient_id, record = four["consented"]
    dialog = QtPatientDialog(window.db, patient_id, DEMO_TODAY, window, audience=AUDIENCE_ROOM)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Ahlberg, Karin, 95 år"
    assert record["Personnummer"] not in texts(dialog)
    assert "Medicin 4" in dialog.details.toPlainText()
    dialog.close()


def test_the_register_opened_for_the_room_lists_a_masked_patient_by_label(qtbot, window, four):
    from huddle.ui.qt_register import QtRegisterWindow

    register = QtRegisterWindow(window.db, DEMO_TODAY, window, audience=AUDIENCE_ROOM)
    qtbot.addWidget(register)
    assert register.marker.text() == "Visas för rummet"
    assert "punkter" in register.search_edit.placeholderText()
    for key in ("not_consented", "declined_in_app"):
        patient_id, record = four[key]
        register.search_edit.setText(record["Personnummer"])
        [found] = register.search()
        cells = [register.results.item(0, column).text()
                 for column in range(register.results.columnCount())]
        assert NEUTRAL.match(f"{cells[0]}, {cells[2]}"), cells
        for part in identity(record):
            assert not any(part in cell for cell in cells), (key, part, cells)
    # The protected identity is found by the full number only, and shows nothing else.
    _, protected = four["protected"]
    register.search_edit.setText(protected["Personnummer"])
    register.search()
    cells = [register.results.item(0, column).text()
             for column in range(register.results.columnCount())]
    assert cells[:3] == ["Skyddad identitet", "–", "–"]
    # Switching the window back to the nurse's screen shows the names again.
    register.search_edit.setText(four["not_consented"][1]["Personnummer"])
    register.set_audience(AUDIENCE_OWN)
    assert register.results.item(0, 0).text() == "Berglund, Nils"
    assert not register.marker.isVisibleTo(register)


# ------------------------------------------------------------------ room mode on the window


def test_room_mode_shows_the_nurses_window_as_the_room_sees_it(qtbot, window, four):
    from PySide6.QtCore import Qt

    assert window.header.marker.text() == "Endast din skärm"
    assert window.header.marker.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.room_mode
    assert window.header.marker.text() == "Visas för rummet"
    assert window.menus.huddle_actions["room_mode"].isChecked()
    assert_room_view(cards(window.board_view), texts(window), four)
    # The same labels as the projector's.
    window.huddle.toggle_projector()
    assert cards(window.projector_window.board_view) == cards(window.board_view)
    window.projector_window.close()
    # The menu item does the same as the key.
    window.menus.huddle_actions["room_mode"].trigger()
    assert not window.room_mode
    assert window.header.marker.text() == "Endast din skärm"
    assert cards(window.board_view)[four["not_consented"][0]][0].startswith("Berglund, Nils")


def test_dialogs_opened_in_room_mode_follow_it_and_follow_a_switch(qtbot, window, four):
    window.set_room_mode(True)
    patient_id, record = four["not_consented"]
    dialog = window.open_patient(patient_id)
    assert NEUTRAL.match(dialog.heading.text())
    assert record["Namn"] not in texts(dialog) + dialog.details.toPlainText()
    register = window.open_register()
    assert register.audience == AUDIENCE_ROOM and register.marker.text() == "Visas för rummet"
    # F9 back to her own screen: both dialogs name the patient again; and back to the room.
    window.set_room_mode(False)
    assert dialog.heading.text().startswith("Berglund, Nils")
    assert register.audience == AUDIENCE_OWN
    window.set_room_mode(True)
    assert NEUTRAL.match(dialog.heading.text())
    dialog.close()


def test_starting_a_huddle_asks_if_the_screen_is_shared_and_remembers_the_answer(
        qtbot, window, four):
    from huddle.ui.qt_start_dialog import QtStartDialog

    dialog = window.huddle.start_huddle()
    assert isinstance(dialog, QtStartDialog)
    assert dialog.shared_check.isChecked(), "room mode by default"
    dialog.shared_check.setChecked(False)
    dialog.accept()
    assert not window.room_mode
    # Ended and resumed on this computer: the last answer is the default now.
    window.huddle._end_confirmed()
    again = window.huddle.start_huddle()
    assert not again.shared_check.isChecked()
    again.shared_check.setChecked(True)
    again.accept()
    assert window.room_mode
    assert window.header.marker.text() == "Visas för rummet"
    # Changing who is present while it runs does not ask again.
    attendance = window.huddle.start_huddle()
    assert attendance.shared_check is None
    attendance.reject()


def test_no_card_of_a_masked_patient_carries_an_exact_date_in_room_mode(demo_window):
    """Every lane of the demo's board, the open decisions and the events included: days
    relative to today ('i går', 'om 2 d'), never '21/11' or '06:00'."""
    import re

    from huddle.domain.consent import CATEGORY_CONSENTED, consent_category
    from huddle.storage.rows import all_patients

    demo_window.set_room_mode(True)
    people = all_patients(demo_window.db)
    masked = [card for card in demo_window.board_view.navigation_cards()
              if card.patient_id is not None
              and consent_category(people[card.patient_id].consent_facts) != CATEGORY_CONSENTED]
    lanes = {card.key[0] for card in masked}
    assert {"open_decisions", "since_last_huddle"} <= lanes, lanes
    for card in masked:
        assert not re.search(r"\d{1,2}/\d{1,2}|\d\d:\d\d", card.body.text()), card.body.text()
    demo_window.set_room_mode(False)
    nurse = "\n".join(card.body.text() for card in demo_window.board_view.navigation_cards())
    assert re.search(r"\d{1,2}/\d{1,2}", nurse), "the nurse's own screen keeps exact dates"


def test_a_masked_patients_decision_is_not_opened_for_editing_in_room_mode(demo_window):
    demo_window.set_room_mode(True)
    card = next(card for card in demo_window.board_view.decisions.card_widgets()
                if card.masked)
    demo_window.board_view.set_current(card.key)
    assert demo_window.huddle.edit_current() is None
    assert "F9" in demo_window.statusBar().currentMessage()
    demo_window.set_room_mode(False)
    demo_window.board_view.set_current(card.key)
    dialog = demo_window.huddle.edit_current()
    assert dialog is not None
    dialog.reject()


def test_with_one_screen_the_chairs_keys_work_on_the_projector_in_front(qtbot, demo_window):
    from PySide6.QtCore import Qt

    demo_window.huddle.toggle_projector()
    projector = demo_window.projector_window
    assert projector.isFullScreen() and projector.back_note.isVisible()
    qtbot.keyClick(projector, Qt.Key.Key_Down)
    qtbot.keyClick(projector, Qt.Key.Key_Down)
    assert demo_window.board_view.current_key is not None
    assert projector.board_view.current_key == demo_window.board_view.current_key
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: demo_window.projector_window is None)


def test_the_log_review_does_not_open_on_the_rooms_screen(window, four):
    window.set_room_mode(True)
    assert window.open_log_review() is None
    assert "F9" in window.statusBar().currentMessage()
    window.set_room_mode(False)
    review = window.open_log_review()
    assert review is not None
    review.close()


def test_the_review_bar_in_room_mode_gives_a_masked_patients_due_date_relative(demo_window):
    import re

    demo_window.set_room_mode(True)
    decision = next(d for d in demo_window.board.open_decisions
                    if d.patient is not None and d.patient.masked and d.due_on is not None)
    demo_window.review_bar.show_decision(decision, remaining=1, total=1)
    line = demo_window.review_bar.decision_label.text()
    assert "senast " in line
    assert not re.search(r"\d{1,2}/\d{1,2}", line), line
