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
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.huddle import HuddleSummary
from huddle.ui import theme
from huddle.ui.qt_forms import minimum_width

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
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sammanfattning som sparas"), self)
        heading.setFont(theme.font(20, bold=True))
        layout.addWidget(heading)
        # One fact a row, the figure beside it; long values (who was present) wrap in their
        # column instead of widening the dialog past a 1366-pixel screen.
        self.summary_grid = QGridLayout()
        self.summary_grid.setHorizontalSpacing(18)
        self.summary_grid.setVerticalSpacing(2)
        self.summary_grid.setColumnStretch(1, 1)
        for row, (what, value) in enumerate(summary.rows()):
            name = QLabel(what, self)
            figure = QLabel(value, self)
            figure.setWordWrap(True)
            figure.setMinimumWidth(260)
            figure.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse)
            figure.setAccessibleName(what)
            for label in (name, figure):
                label.setFont(theme.font(15))
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            figure.setFont(theme.font(15, bold=True))
            self.summary_grid.addWidget(name, row, 0)
            self.summary_grid.addWidget(figure, row, 1)
        layout.addLayout(self.summary_grid)
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
        minimum_width(self, 600)

    def summary_text(self) -> str:
        """The summary as shown, one 'what: figure' a line."""
        grid = self.summary_grid
        return "\n".join(
            f"{grid.itemAtPosition(row, 0).widget().text()}: "
            f"{grid.itemAtPosition(row, 1).widget().text()}" for row in range(grid.rowCount())
            if grid.itemAtPosition(row, 0) is not None)

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
