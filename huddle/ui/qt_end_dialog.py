"""Ending the huddle: the summary that will be saved, shown once more before it is, and the
organisations' lists to print or save before everyone leaves ("Skriv ut åtgärder…",
"Spara som PDF…": the summary's page first, then one page per organisation)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.huddle import HuddleSummary
from huddle.ui import theme

if TYPE_CHECKING:
    from huddle.storage.store import Store
    from huddle.ui.qt_actions_dialog import QtActionsDialog


class QtEndDialog(QDialog):
    """Opened with ``open()``; ``confirmed`` when the chair ends the huddle (Enter)."""

    confirmed = Signal()

    def __init__(self, summary: HuddleSummary, parent: QWidget | None = None, *,
                 db: Store | None = None, day: date | None = None) -> None:
        """With ``db`` and ``day`` the dialog also offers the organisations' lists."""
        super().__init__(parent)
        self.summary, self.db, self.day = summary, db, day
        self.actions_dialog: QtActionsDialog | None = None
        self.setWindowTitle(self.tr("Avsluta avstämningen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sammanfattning som sparas"), self)
        heading.setFont(theme.font(20, bold=True))
        layout.addWidget(heading)
        self.summary_label = QLabel("\n".join(summary.lines()), self)
        self.summary_label.setFont(theme.font(17))
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(self.tr("Sammanfattning"))
        layout.addWidget(self.summary_label)
        if summary.open_decisions_unreviewed:
            warning = QLabel(self.tr(
                "{n} öppna beslut granskades inte. De finns kvar på tavlan i morgon.").format(
                n=summary.open_decisions_unreviewed), self)
            warning.setWordWrap(True)
            warning.setFont(theme.font(15, bold=True))
            theme.text_colour(warning, theme.URGENT_BAR)
            layout.addWidget(warning)
        self.print_actions_button: QPushButton | None = None
        self.save_actions_button: QPushButton | None = None
        if db is not None and day is not None:
            layout.addLayout(self._actions_row())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.end_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.end_button.setText(self.tr("Avsluta avstämningen"))
        self.end_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fortsätt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.end_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _actions_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Åtgärder per organisation, efter sammanfattningen:"), self)
        label.setWordWrap(True)
        self.print_actions_button = QPushButton(self.tr("Skriv ut &åtgärder…"), self)
        self.save_actions_button = QPushButton(self.tr("Spara som &PDF…"), self)
        for button in (self.print_actions_button, self.save_actions_button):
            button.setAutoDefault(False)   # Enter still ends the huddle
        self.print_actions_button.clicked.connect(lambda: self.open_actions("print"))
        self.save_actions_button.clicked.connect(lambda: self.open_actions("save"))
        row.addWidget(label, 1)
        row.addWidget(self.print_actions_button)
        row.addWidget(self.save_actions_button)
        return row

    def open_actions(self, default: str) -> QtActionsDialog | None:
        """Choose the organisations, then print or save: the summary first, then their
        pages."""
        from huddle.ui.qt_actions_dialog import open_actions_dialog

        if self.db is None or self.day is None:
            return None
        self.actions_dialog = open_actions_dialog(self, self.db, self.day,
                                                  summary=self.summary, default=default)
        return self.actions_dialog

    def accept(self) -> None:
        self.confirmed.emit()
        super().accept()
