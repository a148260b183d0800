"""The review bar's two questions: a decision's new due date, and what the managers are asked
when it is lifted to the monthly meeting. Opened from the bar (qt_review); not on the path
to the first painted board."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.huddle import DEFAULT_ESCALATION_TO
from huddle.i18n import label_source, tr_label
from huddle.ui.qt_forms import (
    QtDaysEdit,
    date_edit,
    error_label,
    from_qdate,
    question_edit,
    question_hint,
    save_cancel_buttons,
)
from huddle.ui.qt_room import RoomFollowing
from huddle.ui.qt_text import heading_label


class QtNewDateDialog(RoomFollowing, QDialog):
    """Ask for the new due date (type it, or step it with the arrow keys; Enter saves).

    Not ``exact`` (the room sees the screen, and may not see this patient's dates): the day
    is chosen as days from today ('om 3 d'), and the current due date is not shown."""

    chosen = Signal(object)

    def __init__(self, what: str, current: date | None, day: date,
                 parent: QWidget | None = None, *, exact: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt datum"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(what, self, 17))
        form = QFormLayout()
        start = max(day + timedelta(days=1), (current or day) + timedelta(days=1))
        self.date_edit: QDateEdit | None = None
        self.days_edit: QtDaysEdit | None = None
        if exact:
            self.date_edit = date_edit(self, start, minimum=day)
            field: QWidget = self.date_edit
        else:
            self.days_edit = QtDaysEdit(self, day, start, minimum=day)
            field = self.days_edit
            note = QLabel(self.tr("Skärmen visas för rummet: det nya datumet anges i dagar "
                                  "från i dag."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        field.setAccessibleName(self.tr("Nytt datum"))
        form.addRow(self.tr("Nytt &datum:"), field)
        layout.addLayout(form)
        layout.addWidget(save_cancel_buttons(self, self.tr("Spara")))
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_day(self) -> date:
        if self.days_edit is not None:
            return self.days_edit.day()
        return from_qdate(self.date_edit.date())

    def accept(self) -> None:
        self.chosen.emit(self.chosen_day())
        super().accept()


class QtEscalateDialog(RoomFollowing, QDialog):
    """What the managers are asked, and who receives it (the monthly meeting unless told
    otherwise); ``chosen(recipient, question)``."""

    chosen = Signal(str, str)

    def __init__(self, what: str, recipient: str | None, question: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lyft till månadsmöte"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(what, self, 17))
        form = QFormLayout()
        self.question_edit = question_edit(self)
        self.question_edit.setText(question or "")
        self.recipient_edit = QLineEdit(tr_label(recipient or DEFAULT_ESCALATION_TO), self)
        self.recipient_edit.setAccessibleName(self.tr("Mottagare"))
        form.addRow(self.tr("Fråga till c&hefen:"), self.question_edit)
        form.addRow("", question_hint(self))
        form.addRow(self.tr("&Mottagare:"), self.recipient_edit)
        layout.addLayout(form)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        layout.addWidget(save_cancel_buttons(self, self.tr("Lyft")))
        self.question_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.question_edit.text().strip():
            self.error_label.setText(self.tr(
                "Skriv vad chefen behöver ta ställning till – utan patientuppgifter."))
            self.question_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        recipient = label_source(self.recipient_edit.text(), (DEFAULT_ESCALATION_TO,))
        self.chosen.emit(recipient, self.question_edit.text())
        super().accept()
