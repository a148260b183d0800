"""The crash message is shown again for a later crash, whatever happened to the last box:
dropped by the caller with no window active, or deleted with the window it belonged to."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from huddle.errors import KnownError
from huddle.ui import crash as crash_module
from huddle.ui.crash import handle_exception

pytestmark = pytest.mark.gui


def crash(text: str) -> QMessageBox | None:
    error = KnownError(text)
    return handle_exception(KnownError, error, None)


def crash_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crashMessage"
            and w.isVisible()]


class NoWindowActive:
    instance = staticmethod(QApplication.instance)
    activeWindow = staticmethod(lambda: None)  # noqa: N815 - Qt's name


def test_a_box_without_a_parent_stays_until_closed_and_the_next_crash_is_shown(
        qtbot, qapp, monkeypatch):
    monkeypatch.setattr(crash_module, "QApplication", NoWindowActive)
    crash("Första felet.")  # the caller (sys.excepthook) keeps no reference
    gc.collect()
    qapp.processEvents()
    assert [box.text() for box in crash_boxes()] == ["Första felet."]

    crash_boxes()[0].close()
    qapp.processEvents()
    second = crash("Andra felet.")
    assert second is not None and second.text() == "Andra felet."
    second.close()


def test_a_box_deleted_with_its_window_does_not_silence_the_next_crash(qtbot, qapp):
    window = QWidget()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    first = crash("Första felet.")
    assert first is not None and first.parent() is window
    window.deleteLater()   # the window goes, and its box with it, never closed
    qtbot.waitUntil(lambda: not crash_boxes())

    second = crash("Andra felet.")
    assert second is not None and second.text() == "Andra felet."
    second.close()
