"""Ending the huddle: the summary that will be saved, shown once more before it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from huddle.domain.huddle import HuddleSummary
from huddle.ui import theme


class QtEndDialog(QDialog):
    """Opened with ``open()``; ``confirmed`` when the chair ends the huddle (Enter)."""

    confirmed = Signal()

    def __init__(self, summary: HuddleSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def accept(self) -> None:
        self.confirmed.emit()
        super().accept()
