"""'Om Huddle', backup and restore from the menu, and the crash message."""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from huddle import __version__
from huddle.errors import DatabaseError
from huddle.paths import archive_dir_for, backup_dir_for
from huddle.storage.backup import ensure_daily_backup, inspect_backup
from huddle.ui.qt_about_dialog import backup_now, restore_from_file, show_about

pytestmark = pytest.mark.gui


def open_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def close_boxes() -> None:
    for box in open_boxes():
        box.close()


def next_box(qtbot) -> QMessageBox:
    """The message box that says how the work in the background went."""
    qtbot.waitUntil(lambda: bool(open_boxes()), timeout=30_000)
    [box] = open_boxes()
    return box


def patients_in(db_path: Path) -> int:
    conn = sqlite3.connect(str(db_path))
    try:
        return conn.execute("SELECT count(*) FROM patients").fetchone()[0]
    finally:
        conn.close()


def names_changed(db_path: Path) -> int:
    conn = sqlite3.connect(str(db_path))
    try:
        return conn.execute(
            "SELECT count(*) FROM patients WHERE name = 'Ändrad, Efter'").fetchone()[0]
    finally:
        conn.close()


def test_about_shows_version_and_where_everything_is(qtbot, app_style,
                                                     demo_db_path: Path) -> None:
    ensure_daily_backup(demo_db_path, today=date(2026, 11, 23))
    dialog = show_about(None, demo_db_path)
    qtbot.waitExposed(dialog)

    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert dialog.path_labels["database"].text().startswith(str(demo_db_path))
    assert str(archive_dir_for(demo_db_path)) in dialog.path_labels["archive"].text()
    backups = dialog.path_labels["backups"].text()
    assert str(backup_dir_for(demo_db_path)) in backups
    assert "Senaste automatiska säkerhetskopia: 23 nov" in backups
    assert dialog.path_labels["logs"].text().endswith("huddle.log")

    dialog.copy_to_clipboard()
    copied = QGuiApplication.clipboard().text()
    assert f"Huddle {__version__}" in copied and str(demo_db_path) in copied
    dialog.grab().save(str(demo_db_path.parent / "about.png"))
    dialog.close()


def test_backup_from_the_menu(qtbot, app_style, demo_db_path: Path, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "usb" / "kopia"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    patients = patients_in(demo_db_path)
    busy = backup_now(None, demo_db_path)
    assert busy is not None and busy.isVisible()   # the copy is made in the background
    assert "Säkerhetskopierar" in busy.labelText()
    box = next_box(qtbot)
    qtbot.waitExposed(box)
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]
    assert "sparad i" in box.text() and f"{patients} patienter" in box.text()
    assert inspect_backup(chosen.with_suffix(".sqlite")).patients == patients
    box.close()


def test_backup_cancelled_does_nothing(qtbot, app_style, demo_db_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert backup_now(None, demo_db_path) is None
    assert not backup_dir_for(demo_db_path).exists()


def test_restore_from_the_menu_asks_then_restores(qtbot, app_style, demo_db_path: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "kopia.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    backup_now(None, demo_db_path)
    next_box(qtbot).close()
    conn = sqlite3.connect(str(demo_db_path))
    conn.execute("UPDATE patients SET name = 'Ändrad, Efter'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    reloaded = []

    confirm = restore_from_file(None, demo_db_path, on_restored=lambda: reloaded.append(1))
    assert confirm is not None
    qtbot.waitExposed(confirm)
    patients = patients_in(demo_db_path)
    assert f"Skene vårdcentral, {patients} patienter" in confirm.text()
    assert names_changed(demo_db_path) == patients  # nothing happens before the user agrees

    qtbot.mouseClick(confirm.findChild(QPushButton, "restoreButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reloaded), timeout=30_000)
    assert names_changed(demo_db_path) == 0
    done = next_box(qtbot)
    assert "återställd" in done.text() and "fore-aterstallning-" in done.text()
    done.close()


def test_restore_cancelled_at_the_question_changes_nothing(
        qtbot, app_style, demo_db_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "kopia.sqlite"
    copy.write_bytes(demo_db_path.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(copy), "")))
    confirm = restore_from_file(None, demo_db_path)
    qtbot.waitExposed(confirm)
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert not backup_dir_for(demo_db_path).exists()
    assert open_boxes() == []


def test_restore_refuses_a_file_that_is_not_a_backup(qtbot, app_style, demo_db_path: Path,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "export.csv"
    junk.write_text("Personnummer;Namn\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    box = restore_from_file(None, demo_db_path)
    qtbot.waitExposed(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "ingen Huddle-databas" in box.text()
    box.close()


def test_crash_is_logged_and_explained(qtbot, app_style, tmp_path: Path) -> None:
    from huddle.logs import setup_logging
    from huddle.ui.crash import handle_exception

    logger = logging.getLogger("huddle")
    before = list(logger.handlers)
    try:
        log_path = setup_logging(directory=tmp_path)
        try:
            raise ValueError("oväntat värde 42")
        except ValueError as exc:
            box = handle_exception(type(exc), exc, exc.__traceback__)
        qtbot.waitExposed(box)
        assert box.icon() == QMessageBox.Icon.Critical
        assert str(log_path) in box.text() and "IT-supporten" in box.text()
        assert "42" not in box.text()  # the traceback stays in the log, off the screen
        for handler in logger.handlers:
            handler.flush()
        logged = log_path.read_text(encoding="utf-8")
        assert "Traceback" in logged and "oväntat värde 42" in logged
        box.close()

        known = DatabaseError("Disken är full, så inget kunde sparas.")
        box = handle_exception(DatabaseError, known, None)
        qtbot.waitExposed(box)
        assert box.text() == known.message and box.icon() == QMessageBox.Icon.Warning
        box.close()
    finally:
        for handler in logger.handlers:
            if handler not in before:
                logger.removeHandler(handler)
                handler.close()


def test_a_locked_database_anywhere_in_the_app_is_explained_in_swedish(
        qtbot, app_style, demo_db_path: Path) -> None:
    """Another program holds the write lock while the nurse opens a patient: the access-log
    write fails after the busy timeout; the user gets a sentence, not the crash message."""
    import sqlite3

    from huddle.errors import DatabaseError
    from huddle.storage.database import open_database
    from huddle.ui.crash import handle_exception

    db = open_database(demo_db_path)
    db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(str(demo_db_path), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        before = other.execute("SELECT count(*) FROM access_log").fetchone()[0]
        from huddle.storage.patients import load_patient_record

        with pytest.raises(DatabaseError) as caught:
            load_patient_record(db, 1)
        assert caught.value.kind == "locked"
        box = handle_exception(caught.type, caught.value, caught.tb)
        qtbot.waitExposed(box)
        assert box.icon() == QMessageBox.Icon.Warning
        assert "låst av ett annat program" in box.text()
        box.close()
        other.execute("ROLLBACK")
        assert other.execute("SELECT count(*) FROM access_log").fetchone()[0] == before
    finally:
        other.close()
        db.conn.close()
