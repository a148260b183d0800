"""The "Om Huddle" dialog (version and where the data is), and backup/restore for the menu.

The dialog answers what IT and a support call need first: which version, which database
file, and where archives, backups and logs are. "Kopiera" puts the same text on the clipboard
for a problem report.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle import __version__
from huddle.domain.dates import date_text
from huddle.errors import KnownError
from huddle.logs import active_log_file
from huddle.paths import archive_dir_for, backup_dir_for, install_root
from huddle.storage.backup import (
    DatabaseSummary,
    auto_backups,
    backup_to,
    inspect_backup,
    restore_from,
)
from huddle.ui.qt_forms import minimum_width
from huddle.ui.qt_worker import report_bug, run_in_background
from huddle.ui.theme import BASE_PIXELS, font


class QtAboutDialog(QDialog):
    """Version and locations; each folder that exists can be opened."""

    FOLDERS = ("archive", "backups", "program")

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Om Huddle"))

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Huddle {version}").format(version=__version__))
        title.setObjectName("aboutTitle")
        title.setFont(font(2 * BASE_PIXELS, bold=True))
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Daglig avstämning för vårdcentral och kommun.")))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.path_labels: dict[str, QLabel] = {}
        top_left = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        for row, (key, label, path, note) in enumerate(self._locations()):
            name = QLabel(label)
            name.setAlignment(top_left)
            value = QLabel(str(path) + (f"\n{note}" if note else ""))
            value.setObjectName(f"aboutPath_{key}")
            value.setAlignment(top_left)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.path_labels[key] = value
            folder = path if key in self.FOLDERS else path.parent
            button = QPushButton(self.tr("Öppna mappen"))
            button.setObjectName(f"aboutOpen_{key}")
            button.setEnabled(folder.is_dir())
            button.clicked.connect(
                lambda _checked=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f))))
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)

        privacy = QLabel(self.tr(
            "Databasen, arkivet och säkerhetskopiorna innehåller patientuppgifter. De ska "
            "ligga på en krypterad disk och omfattas av vårdcentralens loggranskning."))
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        technical = QLabel(self.tr("Python {python}, Qt för Python {qt}, {system}").format(
            python=platform.python_version(), qt=pyside_version, system=platform.platform()))
        technical.setObjectName("aboutTechnical")
        technical.setWordWrap(True)
        layout.addWidget(technical)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        copy = buttons.addButton(self.tr("Kopiera uppgifterna"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("aboutCopy")
        copy.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        minimum_width(self, 640)

    def _locations(self) -> list[tuple[str, str, Path, str]]:
        backups = auto_backups(self.db_path)
        if backups:
            latest = backups[-1][0]
            note = self.tr("Senaste automatiska säkerhetskopia: {day}").format(
                day=date_text(latest, date.today()))
            if latest < date.today():
                note += self.tr(" (inte i dag)")
        else:
            note = self.tr("Ingen automatisk säkerhetskopia ännu.")
        frozen = getattr(sys, "frozen", False)
        archive = archive_dir_for(self.db_path)
        return [
            ("database", self.tr("Databas"), self.db_path,
             "" if self.db_path.exists() else self.tr("Filen finns inte ännu.")),
            ("archive", self.tr("Arkiv (importerade filer)"), archive,
             "" if archive.is_dir() else self.tr("Inget importerat ännu.")),
            ("backups", self.tr("Säkerhetskopior"), backup_dir_for(self.db_path), note),
            ("logs", self.tr("Loggfil"), active_log_file(), ""),
            ("program", self.tr("Programmet"),
             Path(sys.executable).parent if frozen else install_root(), ""),
        ]

    def summary_text(self) -> str:
        lines = [self.tr("Huddle {version}").format(version=__version__)]
        for _key, label, path, note in self._locations():
            lines.append(f"{label}: {path}" + (f" ({note})" if note else ""))
        lines.append(f"Python {platform.python_version()}, PySide6 {pyside_version}, "
                     f"{platform.platform()}")
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())


def show_about(parent: QWidget | None, db_path: Path) -> QtAboutDialog:
    dialog = QtAboutDialog(db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# ---------------------------------------------------------------------------------------------
# Backup and restore from the menu


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str,
             text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Without a parent nothing would hold the box and Python would delete it at once; the
    # connection holds it until it closes (and is deleted).
    box.finished.connect(lambda _result, keep=box: None)
    box.open()
    return box


def _busy(work: Callable[[], object]) -> object:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def _alive(widget: QWidget | None) -> QWidget | None:
    """``widget``, or None when it has been deleted meanwhile (the window closed)."""
    return widget if widget is None or shiboken6.isValid(widget) else None


def _in_background(parent: QWidget | None, title: str, text: str, work: Callable[[], object],
                   done: Callable[[object], None]) -> QProgressDialog:
    """Run ``work()`` in a worker thread behind a busy box (the window goes on painting);
    then ``done(result)``, or the error in a message box. Returns the busy box."""
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setObjectName("busyBox")
    busy.setWindowTitle(title)
    busy.setCancelButton(None)   # a copy half-made is no use; it takes seconds, not minutes
    busy.setMinimumDuration(0)
    busy.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                           else Qt.WindowModality.ApplicationModal)
    busy.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    busy.show()
    task = run_in_background(lambda _report: work(), name="huddle-backup")

    def finish() -> None:
        if shiboken6.isValid(busy):
            busy.close()

    def succeeded(result: object) -> None:
        finish()
        done(result)

    def failed(error: BaseException) -> None:
        finish()
        if isinstance(error, KnownError):
            _message(_alive(parent), QMessageBox.Icon.Warning, title, error.message)
        else:
            report_bug(error)

    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    return busy


def _describe(summary: DatabaseSummary) -> str:
    text = QCoreApplication.translate("backup_ui", "{vc}, {patients} patienter").format(
        vc=summary.vc_name or QCoreApplication.translate("backup_ui", "vårdcentral inte inställd"), patients=summary.patients)
    if summary.last_import:
        text += QCoreApplication.translate("backup_ui", ", senaste SAMSA-import {moment}").format(
            moment=summary.last_import.replace("T", " "))
    return text


def backup_now(parent: QWidget | None, db_path: Path) -> QProgressDialog | None:
    """Ask where to save, take the backup in a worker thread behind a busy box, and say how
    it went in a message box. Returns the busy box; None when cancelled."""
    db_path = Path(db_path)
    folder = backup_dir_for(db_path)
    suggestion = folder / f"huddle-kopia-{date.today().isoformat()}.sqlite"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("backup_ui", "Spara säkerhetskopia"), str(suggestion),
        QCoreApplication.translate("backup_ui", "Huddle-databas (*.sqlite)"))
    if not chosen:
        return None
    out = Path(chosen)
    if not out.suffix:
        out = out.with_suffix(".sqlite")
    title = QCoreApplication.translate("backup_ui", "Säkerhetskopia")

    def saved(summary: object) -> None:
        assert isinstance(summary, DatabaseSummary)
        _message(_alive(parent), QMessageBox.Icon.Information, title, QCoreApplication.translate("backup_ui",
            "Säkerhetskopian är sparad i {path} ({what}).\n\nDen innehåller "
            "patientuppgifter: förvara den på en krypterad disk.").format(
                path=out, what=_describe(summary)))

    return _in_background(parent, title, QCoreApplication.translate("backup_ui", "Säkerhetskopierar databasen …"),
                          lambda: backup_to(db_path, out), saved)


def restore_from_file(parent: QWidget | None, db_path: Path,
                      on_restored: Callable[[], None] | None = None) -> QMessageBox | None:
    """Pick a backup, show what it holds and ask; restore when the user agrees.

    Returns the box that is open (a confirmation, or a refusal), None when cancelled.
    ``on_restored`` runs after a successful restore (the window reloads its data).
    """
    db_path = Path(db_path)
    start = backup_dir_for(db_path)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("backup_ui", "Återställ från säkerhetskopia"),
        str(start if start.is_dir() else db_path.parent),
        QCoreApplication.translate("backup_ui", "Huddle-databas (*.sqlite *.db);;Alla filer (*)"))
    if not chosen:
        return None
    file = Path(chosen)
    title = QCoreApplication.translate("backup_ui", "Återställ")
    try:
        summary = _busy(lambda: inspect_backup(file))
    except KnownError as err:
        return _message(parent, QMessageBox.Icon.Warning, title, err.message)
    assert isinstance(summary, DatabaseSummary)

    confirm = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate("backup_ui",
        "Återställa databasen från {file}?\n\nSäkerhetskopian: {what}.\n\nAllt som har "
        "ändrats sedan kopian togs ersätts. Den nuvarande databasen sparas först i {folder}, "
        "så inget går förlorat.").format(file=file, what=_describe(summary),
                                         folder=backup_dir_for(db_path)),
        QMessageBox.StandardButton.Cancel, parent)
    confirm.setObjectName("restoreConfirm")
    restore_button = confirm.addButton(QCoreApplication.translate("backup_ui", "Återställ"), QMessageBox.ButtonRole.AcceptRole)
    restore_button.setObjectName("restoreButton")
    confirm.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("backup_ui", "Avbryt"))
    confirm.setDefaultButton(QMessageBox.StandardButton.Cancel)
    confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished() -> None:
        if confirm.clickedButton() is not restore_button:
            return
        _in_background(parent, title, QCoreApplication.translate("backup_ui", "Återställer databasen …"),
                       lambda: restore_from(file, db_path), restored)

    def restored(result: object) -> None:
        text = QCoreApplication.translate("backup_ui", "Databasen är återställd från {file}.").format(file=file)
        kept = getattr(result, "previous_kept_at", None)
        if kept:
            text += "\n\n" + QCoreApplication.translate("backup_ui", "Den tidigare databasen är sparad i {path}.").format(path=kept)
        if on_restored is not None:
            on_restored()
        else:
            text += "\n\n" + QCoreApplication.translate("backup_ui", "Starta om Huddle för att se den återställda datan.")
        _message(_alive(parent), QMessageBox.Icon.Information, title, text)

    confirm.finished.connect(lambda _result: finished())
    confirm.open()
    return confirm
