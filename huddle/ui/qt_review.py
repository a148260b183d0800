"""Reviewing yesterday's open decisions, one at a time, before anything new: done, a new
date, lifted to the monthly meeting, or kept. The bar sits above the board while the current
card is an open decision; the keys are the main window's actions (see qt_shortcuts). The
questions it asks are in qt_review_dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.board import DecisionItem
from huddle.domain.dates import DateWords
from huddle.domain.huddle import (
    REVIEW_DONE,
    REVIEW_ESCALATED,
    REVIEW_KEPT,
    REVIEW_LABELS,
    REVIEW_NEW_DATE,
)
from huddle.errors import KnownError
from huddle.i18n import tr_label
from huddle.storage import huddles
from huddle.ui import theme

if TYPE_CHECKING:
    from huddle.storage.store import Store
    from huddle.ui.qt_room import RoomFollowing


class QtReviewBar(QFrame):
    """Shows the open decision under review and the review buttons; ``reviewed(id, outcome)``
    after a review is stored (outcome ``""`` after an undo)."""

    reviewed = Signal(int, str)
    # A dialog it opened about the decision's patient, to follow the window's audience (F9).
    dialogOpened = Signal(QDialog)  # noqa: N815 (Qt signal naming)

    def __init__(self, db: Callable[[], Store], *, day: date,
                 now: Callable[[], datetime], huddle_id: Callable[[], int | None],
                 actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self.day, self.now, self._huddle_id = db, day, now, huddle_id
        self.decision: DecisionItem | None = None
        self.setObjectName("reviewBar")
        theme.fill(self, theme.CURRENT_BG, theme.TEXT)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(self.tr("Granska öppet beslut"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 10, 2)
        self.count_label = QLabel(self)
        self.count_label.setFont(theme.font(15, bold=True))
        self.decision_label = QLabel(self)
        self.decision_label.setTextFormat(Qt.TextFormat.PlainText)
        self.decision_label.setFont(theme.font(15))
        self.decision_label.setWordWrap(True)
        self.decision_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.message = QLabel(self)
        self.message.setFont(theme.font(15, bold=True))
        self.message.setWordWrap(True)
        theme.text_colour(self.message, theme.URGENT_BAR)
        self.message.hide()
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.decision_label)
        text.addWidget(self.message)
        layout.addWidget(self.count_label)
        layout.addLayout(text, 1)
        self.buttons: dict[str, QToolButton] = {}
        for name in ("review_done", "review_new_date", "review_escalate", "review_keep",
                     "review_undo", "edit"):
            button = QToolButton(self)
            button.setDefaultAction(actions[name])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFont(theme.font(15, bold=name == "review_done"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)
            self.buttons[name] = button
        self.hide()

    # ----------------------------------------------------------------- view
    def show_decision(self, decision: DecisionItem | None, *, remaining: int, total: int
                      ) -> None:
        self.decision = decision
        self._say("")
        if decision is None:
            self.hide()
            return
        self.count_label.setText(self.tr("Granska: {n} kvar av {total}").format(
            n=remaining, total=total))
        # As the board writes it: relative to today for a patient the room may not identify.
        due = DateWords(self.day, exact=self._exact(decision)).when(decision.due_on)
        line = self.tr("{what} – {who}, senast {due}").format(
            what=tr_label(decision.what), who=decision.responsible, due=due)
        if decision.overdue:
            line = self.tr("FÖRSENAT: ") + line
        if decision.reviewed:
            line += "  ✓ " + tr_label(REVIEW_LABELS[decision.reviewed])
        elif decision.new_today:
            line += "  ★ " + self.tr("nytt i dag")
        self.decision_label.setText(line)
        self.decision_label.setAccessibleName(line)
        self.show()

    @staticmethod
    def _exact(decision: DecisionItem) -> bool:
        """May the decision's dates be shown exactly to whoever sees the board?"""
        return decision.patient is None or decision.patient.shown.details

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----------------------------------------------------------------- reviews
    def review(self, outcome: str) -> QDialog | None:
        """Store ``outcome``, or open the dialog that asks for the rest (returned)."""
        decision = self.decision
        if decision is None:
            return None
        # The dialogs (and the form pieces they use) are not needed for the first paint.
        from huddle.ui.qt_review_dialogs import QtEscalateDialog, QtNewDateDialog

        if outcome == REVIEW_NEW_DATE:
            dialog = QtNewDateDialog(tr_label(decision.what), decision.due_on, self.day,
                                     self.window(), exact=self._exact(decision))
            dialog.chosen.connect(lambda day: self._store(REVIEW_NEW_DATE, new_due_on=day))
            return self._open(dialog, decision)
        if outcome == REVIEW_ESCALATED:
            dialog = QtEscalateDialog(tr_label(decision.what), decision.escalated_to,
                                      parent=self.window())
            dialog.chosen.connect(lambda to, question: self._store(
                REVIEW_ESCALATED, escalated_to=to, question=question))
            return self._open(dialog, decision)
        if outcome in (REVIEW_DONE, REVIEW_KEPT):
            self._store(outcome)
        return None

    def _open(self, dialog: RoomFollowing, decision: DecisionItem) -> QDialog:
        patient_id = decision.patient.patient_id if decision.patient is not None else None
        dialog.follow_room(self._db(), patient_id, self.day)
        self.dialogOpened.emit(dialog)
        dialog.open()
        return dialog

    def _store(self, outcome: str, **extra) -> None:
        decision = self.decision
        if decision is None:
            return
        try:
            huddles.review_decision(self._db(), decision.id, outcome,
                                    huddle_id=self._huddle_id(), now=self.now(), **extra)
        except KnownError as err:
            self._say(err.message)
            return
        self.reviewed.emit(decision.id, outcome)

    def undo(self) -> None:
        decision, huddle_id = self.decision, self._huddle_id()
        if decision is None or huddle_id is None:
            return
        undone = huddles.undo_review(self._db(), decision.id, huddle_id, now=self.now())
        if undone is None:
            self._say(self.tr("Det finns ingen granskning att ångra för beslutet."))
            return
        self.reviewed.emit(decision.id, "")
