"""Today's automatic backup is made in the background after start-up, the board already on
the screen."""

from __future__ import annotations

import pytest

from huddle.storage.backup import auto_backups
from huddle.ui.app import _daily_backup

pytestmark = pytest.mark.gui


def test_the_daily_backup_is_made_in_a_worker_thread(demo_window, qtbot):
    path = demo_window.db_path
    assert auto_backups(path) == []

    task = _daily_backup(demo_window, path)

    assert task.is_running()   # the call returned at once; the copy is being made
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30_000)
    assert len(auto_backups(path)) == 1
