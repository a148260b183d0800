"""The projector window, the escalation answer on the board, missed days in the header."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from huddle.domain.consent import CATEGORY_CONSENTED, consent_category
from huddle.storage.rows import all_patients
from tests.conftest import DEMO_TODAY
from tests.dbtools import table_count
from tests.ui import huddle_helpers
from tests.ui.huddle_helpers import ALT, CTRL_SHIFT, TOMORROW, back_to, current, focused, key, modal

clock = huddle_helpers.clock  # fixtures
window = huddle_helpers.window


def start(qtbot, win) -> None:
    from huddle.ui.qt_start_dialog import QtStartDialog

    key(qtbot, win, Qt.Key.Key_F2)
    dialog = modal(qtbot, QtStartDialog)
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)


def shown_texts(widget) -> list[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [child.accessibleName() for child in widget.findChildren(QLabel)]
    return texts + [text for card in widget.board_view.navigation_cards()
                    for text in (card.title.text(), card.body.text(), card.accessibleName())]


def test_projector_shows_nothing_identifying_without_consent(window, qtbot):
    win = window
    start(qtbot, win)
    key(qtbot, win, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.projector_window is not None
                    and win.projector_window.isVisible())
    projector = win.projector_window
    assert projector.board.room
    people = all_patients(win.db)
    cards = projector.board_view.navigation_cards()
    masked = [c for c in cards
              if consent_category(people[c.patient_id].consent_facts) != CATEGORY_CONSENTED]
    assert masked, "the demo must put unconsented patients on the board"
    for card in masked:
        patient = people[card.patient_id]
        last, first = (part.strip() for part in patient.name.split(",", 1))
        assert last not in card.title.text() and first not in card.title.text()
        if patient.protected:
            assert card.title.text() == "Skyddad identitet"
        else:
            # A neutral label and an age band: no initials, no exact age.
            assert re.fullmatch(r"Patient utan samtycke \d+, (\d+–\d+ år|.* år.*)",
                                card.title.text()), card.title.text()
            assert f"{first[0]}. {last[0]}." not in card.title.text()
    text = "\n".join(shown_texts(projector))
    for patient in people.values():
        number = patient.personnummer
        assert number not in text and f"{number[:8]}-{number[8:]}" not in text
        if consent_category(patient.consent_facts) != CATEGORY_CONSENTED:
            assert patient.name not in text
    # Started with the screen shared (the default), the nurse's window is in room mode too;
    # F9 makes it her own screen, which names a patient without consent (not a protected one).
    assert win.room_mode
    room = "\n".join(card.title.text() for card in win.board_view.navigation_cards())
    assert not any(people[c.patient_id].name in room for c in masked)
    key(qtbot, win, Qt.Key.Key_F9)
    assert not win.room_mode
    nurse = "\n".join(card.title.text() for card in win.board_view.navigation_cards())
    unconsented = next(people[c.patient_id] for c in masked
                       if not people[c.patient_id].protected)
    assert unconsented.name in nurse

    # It follows the nurse's current patient, and clicking it opens nothing.
    key(qtbot, win, Qt.Key.Key_Down)
    assert projector.board_view.current_key == win.board_view.current_key
    assert projector.board_view.current_card().current
    before = table_count(win.db, "access_log")
    qtbot.mouseClick(projector.board_view.current_card(), Qt.MouseButton.LeftButton)
    assert table_count(win.db, "access_log") == before
    # Only one screen here (a laptop mirrored to the projector): the room's view comes in
    # front, full screen, and says how to get back; Esc does.
    assert projector.isFullScreen()
    assert projector.back_note.isVisible()
    assert "Esc" in projector.back_note.text()
    key(qtbot, projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.projector_window is None)
    key(qtbot, win, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.projector_window is not None)
    key(qtbot, win, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.projector_window is None)


SECOND_SCREEN = """
import sys
from datetime import date
from huddle.storage.database import open_database
from huddle.ui.app import create_application
from huddle.ui.qt_main_window import QtMainWindow
app = create_application()
db = open_database(sys.argv[1])
win = QtMainWindow(db, None, day=date(2026, 11, 23))
win.show()
app.processEvents()
win.huddle.toggle_projector()
for _ in range(5):
    app.processEvents()
p = win.projector_window
print(win.screen().name(), p.screen().name(), p.isFullScreen(), p.width(), p.height())
"""


def test_projector_is_full_screen_on_the_second_screen(tmp_path: Path, demo_db_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}]}))
    result = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN, str(demo_db_path)], capture_output=True,
        text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    assert result.returncode == 0, result.stderr
    nurse, room, full, width, height = result.stdout.split()
    assert (nurse, room, full) == ("laptop", "projector", "True")
    assert (int(width), int(height)) == (1920, 1080)


def test_answered_escalation_is_on_tomorrows_board(qtbot, app_style, demo_db_path):
    from huddle.storage.database import open_database
    from huddle.storage.huddles import end_huddle, start_huddle
    from huddle.ui.qt_decision_dialog import QtDecisionDialog
    from huddle.ui.qt_main_window import QtMainWindow

    db = open_database(demo_db_path)
    escalated = db.execute(
        "SELECT id FROM decisions WHERE status = 'open' AND escalated_at IS NOT NULL "
        "AND answer_text IS NULL AND created_at < ?", [DEMO_TODAY.isoformat()]).fetchone()
    assert escalated, "the demo must hold an open, unanswered escalation"
    decision_id = escalated[0]
    now = [datetime(2026, 11, 23, 8, 15)]
    win = QtMainWindow(db, demo_db_path, day=DEMO_TODAY, clock=lambda: now[0])
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    huddle = start_huddle(db, DEMO_TODAY, [("aldre_ssk", None)], now=now[0])
    win.huddle._on_started(huddle)
    # Go to the escalated decision and record the answer (Ctrl+R opens it at the answer).
    win.board_view.set_current(("open_decisions", decision_id))
    key(qtbot, win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = modal(qtbot, QtDecisionDialog)
    assert focused() is dialog.answer_edit
    qtbot.keyClicks(focused(), "Kommunen ordnar extra kvallsbesok.")
    key(qtbot, focused(), Qt.Key.Key_F, ALT)
    qtbot.keyClicks(focused(), "Eva Strand, enhetschef")
    key(qtbot, focused(), Qt.Key.Key_Return)
    back_to(qtbot, win, dialog)
    end_huddle(db, huddle.id, now=now[0] + timedelta(minutes=14))
    win.close()

    tomorrow = QtMainWindow(db, demo_db_path, day=TOMORROW)
    qtbot.addWidget(tomorrow)
    cards = {c.decision_id: c for c in tomorrow.board_view.decisions.card_widgets()}
    body = cards[decision_id].body.text()
    assert "Svar från Eva Strand, enhetschef 23/11: Kommunen ordnar extra kvallsbesok." in body
    assert "Lyft till:" in body
    tomorrow.close()
    db.conn.close()


def test_missed_days_show_in_the_header(qtbot, app_style, db):
    from huddle.storage.huddles import end_huddle, start_huddle
    from huddle.ui.qt_main_window import QtMainWindow

    for day in (date(2026, 11, 9), date(2026, 11, 11)):
        huddle = start_huddle(db, day, [("aldre_ssk", None)],
                              now=datetime.combine(day, datetime.min.time()))
        end_huddle(db, huddle.id, now=datetime.combine(day, datetime.min.time())
                   + timedelta(minutes=15))
    win = QtMainWindow(db, None, day=DEMO_TODAY)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win.header.missed.isVisible())
    qtbot.waitUntil(lambda: win.header.missed.text() == "Missade avstämningar: 8")
    assert win.header.missed.accessibleName() == "Missade avstämningar senaste 30 dagarna: 8"
    assert "Tisdag 10 november 2026" in win.header.missed.toolTip()
    assert win.menus.missed_action.text() == "Missade avstämningar (8)…"
    box = win.huddle.show_missed_days()
    assert "Tisdag 10 november 2026" in box.text()
    assert "14 november" not in box.text()  # a Saturday
    box.close()
    win.close()


def test_current_patient_moves_with_the_arrow_keys(window, qtbot):
    win = window
    start(qtbot, win)
    order = [card.key for card in win.board_view.navigation_cards()]
    first = current(win).key
    index = order.index(first)
    key(qtbot, win, Qt.Key.Key_Down)
    assert current(win).key == order[index + 1]
    assert current(win).current and current(win).hasFocus()
    key(qtbot, win, Qt.Key.Key_Up)
    assert current(win).key == first
    # Enter on the current patient opens the details (and the access log records it).
    before = win.db.execute(
        "SELECT count(*) FROM access_log WHERE detail = 'patient_record'").fetchone()[0]
    key(qtbot, current(win), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.db.execute(
        "SELECT count(*) FROM access_log WHERE detail = 'patient_record'").fetchone()[0]
        == before + 1)


def test_after_midnight_the_window_and_the_huddle_move_to_the_new_day(qtbot, window, clock):
    from huddle.domain.dates import weekday_date

    start(qtbot, window)
    assert window.session.running
    clock.now = datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=23, minute=59)
    window._check_day()
    assert window.day == DEMO_TODAY and window.session.running
    clock.advance(120)
    window._check_day()
    assert window.day == TOMORROW
    assert window.header.today.text() == weekday_date(TOMORROW)
    assert window.board.day == TOMORROW
    assert window.review_bar.day == TOMORROW
    # Yesterday's huddle is not today's: the panel offers to start one.
    assert not window.session.running
    assert "Ingen avstämning i dag ännu" in window.huddle_panel.status.text()


def test_one_refresh_reads_the_board_once_for_the_window_and_the_projector(
        window, qtbot, monkeypatch):
    from huddle.storage import board_data

    win = window
    start(qtbot, win)
    key(qtbot, win, Qt.Key.Key_F9)  # started in room mode; the nurse's own screen again
    key(qtbot, win, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.projector_window is not None)
    projector = win.projector_window
    reads = []
    original = board_data.load_board_input
    monkeypatch.setattr(board_data, "load_board_input",
                        lambda *args, **kwargs: reads.append(1) or original(*args, **kwargs))
    key(qtbot, win, Qt.Key.Key_F5)
    assert len(reads) == 1
    # Each audience still gets its own board: the room's masks, the nurse's names.
    assert projector.board.room and not win.board.room
    assert projector.board.patient_ids() == win.board.patient_ids()
    people = all_patients(win.db)
    unconsented = next(pid for pid in win.board.patient_ids()
                       if consent_category(people[pid].consent_facts) != CATEGORY_CONSENTED
                       and not people[pid].protected)
    nurse = "\n".join(card.title.text() for card in win.board_view.navigation_cards())
    room = "\n".join(card.title.text() for card in projector.board_view.navigation_cards())
    assert people[unconsented].name in nurse and people[unconsented].name not in room


def test_ending_the_huddle_prepares_the_next_working_days_cfs_lane(qtbot, demo_window):
    """The next morning's board then redoes only what changed: on a large health centre the
    first board of a day looks at every scored patient."""
    from huddle.domain.calendar import next_working_day
    from huddle.storage.board_data import load_boards
    from huddle.storage.cfs_verdicts import kept_verdicts, rules_key
    from huddle.storage.database import open_database
    from huddle.storage.settings import load_settings

    win = demo_window
    dialog = win.huddle.start_huddle()
    dialog.accept()
    win.huddle._end_confirmed()
    task = win.huddle.preparing
    assert task is not None and task.wait(30)
    qtbot.waitUntil(lambda: not task.is_running())
    tomorrow = next_working_day(DEMO_TODAY)
    other = open_database(win.db_path)  # the next morning's start: a connection of its own
    try:
        kept = kept_verdicts(other, tomorrow, rules_key(load_settings(other)))
        assert kept.changed == frozenset() and kept.verdicts
        # ...and what was prepared is the lane that day's board shows.
        ids = [i.patient_id for i in load_boards(other, tomorrow, ["own"])["own"].lanes["cfs"]]
        assert set(ids) <= set(kept.verdicts)
    finally:
        other.close()
