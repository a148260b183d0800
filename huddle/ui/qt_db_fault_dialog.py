"""A damaged database: say so in Swedish and offer to restore the latest backup.

The hook for the window is :func:`offer_restore` (``huddle.ui.app`` calls it when the database
cannot be opened because it is damaged). For a damaged page that turns up later, the main
window registers :func:`damage_handler` with ``huddle.ui.crash.set_damage_handler``: a
:class:`~huddle.errors.DatabaseError` whose ``kind`` is ``"damaged"`` that reaches the top
then opens this dialog instead of a plain message. The
restore itself is ``huddle.storage.backup.restore_from``: the damaged file is kept aside as it
is, byte for byte, in the backup folder, and the restore's own access-log row names it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle.errors import KnownError
from huddle.paths import backup_dir_for
from huddle.storage.backup import DatabaseSummary, inspect_backup, latest_backup, restore_from
from huddle.storage.store import KIND_DAMAGED


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` is a damaged database, the case this dialog is for."""
    return getattr(error, "kind", None) == KIND_DAMAGED


class QtDamagedDatabaseDialog(QDialog):
    """What happened, the latest backup (when there is one), and three ways on."""

    def __init__(self, db_path: Path, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setObjectName("damagedDatabaseDialog")
        self.setWindowTitle(self.tr("Databasen är skadad"))
        self.setMinimumWidth(720)
        self.backup = latest_backup(self.db_path)
        self.restored: DatabaseSummary | None = None
        self.kept_at: Path | None = None

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setSpacing(12)
        text = QLabel(message)
        text.setObjectName("damagedMessage")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)

        self.latest = QLabel()
        self.latest.setObjectName("latestBackup")
        self.latest.setTextFormat(Qt.TextFormat.PlainText)
        self.latest.setWordWrap(True)
        layout.addWidget(self.latest)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Återställ senaste säkerhetskopian"))
        self.restore_button.setObjectName("restoreLatest")
        self.restore_button.clicked.connect(self.restore_latest)
        self.choose_button = QPushButton(self.tr("Välj en annan säkerhetskopia…"))
        self.choose_button.setObjectName("chooseBackup")
        self.choose_button.clicked.connect(self.choose_backup)
        self.close_button = QPushButton(self.tr("Avsluta"))
        self.close_button.setObjectName("closeDamaged")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._describe_latest()

    def _describe_latest(self) -> None:
        if self.backup is None:
            self.latest.setText(self.tr(
                "Det finns ingen säkerhetskopia i {folder}. Välj en säkerhetskopia som finns "
                "någon annanstans, eller kontakta IT.").format(
                    folder=backup_dir_for(self.db_path)))
            self.restore_button.setEnabled(False)
            self.choose_button.setDefault(True)
            return
        summary = inspect_backup(self.backup)
        self.latest.setText(self.tr(
            "Senaste säkerhetskopian: {name} ({vc}, {patients} patienter, senaste import "
            "{last_import}). Det som ändrats efter den går förlorat; den skadade filen sparas "
            "undan oförändrad.").format(
                name=self.backup.name, vc=summary.vc_name or "–", patients=summary.patients,
                last_import=(summary.last_import or "–").replace("T", " ")))
        self.restore_button.setDefault(True)

    def restore_latest(self) -> None:
        if self.backup is not None:
            self._restore(self.backup)

    def choose_backup(self) -> None:
        start = backup_dir_for(self.db_path)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj säkerhetskopia"), str(start if start.is_dir() else Path.home()),
            self.tr("Huddle-databas (*.sqlite);;Alla filer (*)"))
        if name:
            self._restore(Path(name))

    def _restore(self, file: Path) -> None:
        try:
            result = restore_from(file, self.db_path)
        except KnownError as err:
            QMessageBox.warning(self, self.tr("Återställningen misslyckades"), err.message)
            return
        self.restored, self.kept_at = result.restored, result.previous_kept_at
        self.accept()


def damage_handler(db_path: Path, parent: QWidget | None,
                   reopen: Callable[[], None]) -> Callable[[KnownError], None]:
    """For ``huddle.ui.crash.set_damage_handler``: when a damaged page turns up while the
    window runs, offer the latest backup; after a restore ``reopen()`` opens the database
    again (a damaged file is replaced, not written into, so open connections must reopen)."""

    def handle(error: KnownError) -> None:
        if offer_restore(db_path, error.message, parent):
            reopen()

    return handle


def offer_restore(db_path: Path, message: str, parent: QWidget | None = None) -> bool:
    """Show the dialog; True when a backup was restored and the database can be opened
    again."""
    dialog = QtDamagedDatabaseDialog(db_path, message, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
