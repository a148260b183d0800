"""Shared pieces of the huddle GUI tests: a clock the test moves, the main window on a copy
of the demo database, and keyboard helpers."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_TODAY

TOMORROW = DEMO_TODAY + timedelta(days=1)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=8, minute=15))


@pytest.fixture
def window(qtbot, app_style, demo_db_path, clock):
    from huddle.storage.database import open_database
    from huddle.ui.qt_main_window import QtMainWindow

    db = open_database(demo_db_path)
    win = QtMainWindow(db, demo_db_path, day=DEMO_TODAY, clock=clock)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.projector_window is not None:
        win.projector_window.close()
    win.close()
    db.conn.close()


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)


def modal(qtbot, kind):
    """The dialog a key just opened (dialogs are opened with open(), never exec())."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def back_to(qtbot, win, dialog=None) -> None:
    """Wait for the dialog to close; the offscreen platform has no window manager to give
    the focus back to the main window, so the test does what the desktop would."""
    if dialog is not None:
        qtbot.waitUntil(lambda: not dialog.isVisible())
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def focused():
    return QApplication.focusWidget()


def type_into_focus(qtbot, text: str) -> None:
    # QTest types ASCII only; the Swedish words come from the lists' completion.
    qtbot.keyClicks(focused(), text)


def current(win):
    return win.board_view.current_card()
