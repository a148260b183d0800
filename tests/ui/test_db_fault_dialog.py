"""A damaged database at start: a Swedish dialog that offers the latest backup, restores it,
and keeps the damaged file aside as it was."""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from huddle.errors import DatabaseError
from huddle.paths import backup_dir_for
from huddle.storage.backup import ensure_daily_backup
from huddle.storage.database import open_database
from huddle.ui.qt_db_fault_dialog import QtDamagedDatabaseDialog
from tests.storage.test_db_faults import checkpointed, damage

pytestmark = pytest.mark.gui


@pytest.fixture
def damaged(demo_db_path: Path) -> tuple[Path, str]:
    """The demo with its daily backup, then damaged; and the message opening it gives."""
    assert ensure_daily_backup(demo_db_path).created
    damage(checkpointed(demo_db_path), range(2, 60))
    with pytest.raises(DatabaseError) as caught:
        open_database(demo_db_path)
    return demo_db_path, caught.value.message


def test_the_dialog_restores_the_latest_backup_and_keeps_the_damaged_file(
        qtbot, app_style, damaged, tmp_path) -> None:
    path, message = damaged
    damaged_bytes = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog = QtDamagedDatabaseDialog(path, message)
    qtbot.addWidget(dialog)
    dialog.resize(640, 260)
    dialog.show()
    dialog.grab().save(str(tmp_path / "damaged-dialog.png"))

    assert "är skadad" in dialog.findChild(type(dialog.latest), "damagedMessage").text()
    assert dialog.backup is not None and dialog.backup.name.startswith("auto-")
    assert "Senaste säkerhetskopian: auto-" in dialog.latest.text()
    assert dialog.restore_button.isEnabled()

    dialog.restore_button.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    db = open_database(path)
    assert db.scalar("SELECT count(*) FROM patients") > 0
    db.close()
    aside = dialog.kept_at
    assert aside is not None and aside.parent == backup_dir_for(path)
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged_bytes


def test_without_a_backup_the_dialog_says_so_and_offers_to_choose_one(
        qtbot, app_style, demo_db_path) -> None:
    damage(checkpointed(demo_db_path), range(2, 60))
    dialog = QtDamagedDatabaseDialog(demo_db_path, "Databasen är skadad.")
    qtbot.addWidget(dialog)
    assert dialog.backup is None
    assert not dialog.restore_button.isEnabled()
    assert "Det finns ingen säkerhetskopia" in dialog.latest.text()


def test_the_app_start_offers_the_restore_and_then_opens(qtbot, app_style, damaged,
                                                         monkeypatch) -> None:
    import huddle.ui.app as app_module

    path, _message = damaged
    seen: list[str] = []

    def press_restore() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QtDamagedDatabaseDialog) and widget.isVisible():
                seen.append(widget.latest.text())
                widget.restore_button.click()
                return
        QTimer.singleShot(50, press_restore)

    QTimer.singleShot(50, press_restore)
    opened: list[Path] = []

    def stop_after_open(*args, **kwargs):
        opened.append(path)
        raise SystemExit(0)

    monkeypatch.setattr(app_module, "load_settings", stop_after_open)
    args = argparse.Namespace(db=path, demo=False, screenshot=None, size=(1366, 768),
                              date=None, projector=False, command=None)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    with pytest.raises(SystemExit):
        app_module.run_app(args)
    assert seen and opened
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_damage_found_while_the_window_runs_goes_to_the_windows_way_out(
        qtbot, app_style, monkeypatch) -> None:
    import huddle.ui.qt_db_fault_dialog as fault
    from huddle.ui.crash import handle_exception, set_damage_handler

    offered: list[str] = []
    reopened: list[bool] = []
    monkeypatch.setattr(fault, "offer_restore",
                        lambda path, message, parent=None: offered.append(message) or True)
    set_damage_handler(fault.damage_handler(Path("huddle.sqlite"), None,
                                            lambda: reopened.append(True)))
    try:
        damaged = DatabaseError("Databasen är skadad.", kind="damaged")
        assert handle_exception(DatabaseError, damaged, None) is None
        corrupt = sqlite3.DatabaseError("database disk image is malformed")
        corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
        assert handle_exception(sqlite3.DatabaseError, corrupt, None) is None
        assert len(offered) == 2 and "är skadad" in offered[1] and reopened == [True, True]

        # Any other known failure is still a message.
        box = handle_exception(DatabaseError, DatabaseError("Låst.", kind="locked"), None)
        assert box is not None and box.text() == "Låst."
        box.close()
    finally:
        set_damage_handler(None)


def test_the_window_offers_the_restore_and_carries_on_with_the_restored_file(
        qtbot, app_style, demo_window, monkeypatch) -> None:
    """A damaged page met while the main window runs: the window's own handler is the one
    registered, and after the restore it reopens the file and shows the board again."""
    import huddle.ui.qt_db_fault_dialog as fault
    from huddle.ui.crash import handle_exception

    window = demo_window
    monkeypatch.setattr(fault, "offer_restore", lambda path, message, parent=None: (
        path == window.db_path and parent is window))
    old = window.db
    patients = len(window.board.lanes)
    damaged = DatabaseError("Databasen är skadad.", kind="damaged")
    assert handle_exception(DatabaseError, damaged, None) is None
    assert window.db is not old and window.session.db is window.db
    assert window.db.scalar("SELECT count(*) FROM patients") > 100
    assert len(window.board.lanes) == patients
    window.close()
    box = handle_exception(DatabaseError, damaged, None)  # no window any more: a message
    assert box is not None
    box.close()
