"""The main window's doors: import (menu action and drop), reports, backup, about."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from huddle.domain.board import LANE_SAMSA
from tests.ui.samsa_exports import todays_export


def _samsa_names(window):
    return [card.title.text() for card in window.board_view.lanes[LANE_SAMSA].card_widgets()]


def test_import_from_the_window_updates_the_board(demo_window, qtbot, tmp_path):
    assert not any("Testsson" in name for name in _samsa_names(demo_window))
    dialog = demo_window.import_file(todays_export(tmp_path, demo_window.db))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.new_cases == 1
    assert not dialog.result.rejected
    qtbot.waitUntil(lambda: any("Testsson, Åsa" in n for n in _samsa_names(demo_window)))


def test_dropping_an_export_on_the_window_imports_it(demo_window, qtbot, tmp_path):
    path = todays_export(tmp_path, demo_window.db)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    demo_window.dropEvent(event)
    qtbot.waitUntil(lambda: any("Testsson, Åsa" in n for n in _samsa_names(demo_window)),
                    timeout=10_000)


def test_a_dropped_file_of_the_wrong_kind_is_ignored(demo_window, tmp_path):
    other = tmp_path / "bild.png"
    other.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    demo_window.dropEvent(event)
    assert not event.isAccepted()


def test_menus_reach_reports_and_about(demo_window, qtbot):
    titles = [action.text() for action in demo_window.menus.reports_menu.actions()]
    assert any("sammanställning" in title for title in titles)
    dialog = demo_window.open_reports()
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()
    about = demo_window.show_about()
    qtbot.waitUntil(about.isVisible)
    assert "Huddle" in about.windowTitle()
    about.close()


# An open menu grabs the keyboard, which the offscreen platform cannot do (and says so).
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_each_menu_has_its_own_alt_letter_and_alt_v_opens_visa(qtbot, demo_window):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    menus = [action for action in demo_window.menuBar().actions() if action.menu()]
    letters = [QKeySequence.mnemonic(action.text()).toString() for action in menus]
    assert len(set(letters)) == len(letters), letters
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(demo_window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    opened = QApplication.activePopupWidget()
    assert opened.title() == "&Visa"
    opened.close()
