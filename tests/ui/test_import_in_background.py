"""A regional export of 200 000 rows imported with the window open: the window keeps
processing events while it runs, and Avbryt leaves the database exactly as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from huddle.domain.board import LANE_SAMSA
from huddle.paths import archive_dir_for
from huddle.storage.imports import STAGE_READ
from tests.dbtools import table_count, table_rows
from tests.ui.samsa_exports import todays_export

pytestmark = pytest.mark.gui

LARGE = 200_000
TABLES = ("patients", "cases", "case_events", "imports", "followups", "access_log")


def snapshot(window) -> dict:
    archive = archive_dir_for(window.db_path)
    return {"counts": {t: table_count(window.db, t) for t in TABLES},
            "imports": table_rows(window.db, "imports"),
            "archive": sorted(p.name for p in archive.rglob("*")) if archive.exists() else []}


class Ticks:
    """A timer on the window's event loop, counting the ticks that come while the dialog's
    import is running: a blocked event loop would deliver none of them."""

    def __init__(self, dialog) -> None:
        self.dialog = dialog
        self.during_import = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        if self.dialog.is_importing():
            self.during_import += 1


def test_a_large_import_keeps_the_window_responsive(demo_window, qtbot, tmp_path):
    path = todays_export(tmp_path, demo_window.db, other_rows=LARGE)
    dialog = demo_window.import_file(path)
    ticks = Ticks(dialog)
    shown: set[str] = set()
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=5000)
    dialog.task.progress.connect(lambda _step: shown.add(dialog.progress_label.text()))

    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    ticks.timer.stop()

    assert dialog.result.rows_read > LARGE and dialog.result.new_cases == 1
    assert dialog.result.other_vc == LARGE
    assert ticks.during_import >= 3
    # The progress bar counted rows on the way (several different counts were shown).
    assert len({text for text in shown if "rader lästa" in text}) >= 2
    qtbot.waitUntil(lambda: any("Testsson, Åsa" in card.title.text() for card in
                                demo_window.board_view.lanes[LANE_SAMSA].card_widgets()))


def test_cancel_in_the_middle_leaves_the_database_as_it_was(demo_window, qtbot, tmp_path):
    before = snapshot(demo_window)
    path = todays_export(tmp_path, demo_window.db, other_rows=LARGE)
    dialog = demo_window.import_file(path)
    qtbot.waitUntil(lambda: dialog.task is not None, timeout=5000)
    reads: list[int] = []

    def on_progress(step) -> None:
        if step.stage == STAGE_READ and step.done and not reads:
            reads.append(step.done)
            dialog.cancel_button.click()   # as the user would, while rows are being read

    dialog.task.progress.connect(on_progress)

    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.cancelled_page,
                    timeout=120_000)

    assert reads and reads[0] < LARGE
    assert dialog.result is None
    assert snapshot(demo_window) == before
    assert not any("Testsson" in card.title.text() for card in
                   demo_window.board_view.lanes[LANE_SAMSA].card_widgets())


def test_quitting_during_an_import_cancels_it_and_waits(demo_window, qtbot, qapp, tmp_path):
    before = snapshot(demo_window)
    dialog = demo_window.import_file(todays_export(tmp_path, demo_window.db, other_rows=LARGE))
    qtbot.waitUntil(lambda: dialog.task is not None and "rader lästa" in
                    dialog.progress_label.text(), timeout=30_000)
    task = dialog.task

    qapp.aboutToQuit.emit()   # what QApplication.quit() sends before the event loop ends

    assert task.wait(0)       # the worker thread has already ended: quit waited for it
    assert snapshot(demo_window) == before
