"""Pieces every form dialog shares: date fields, the error line, Spara/Avbryt, and a size
that fits the screen."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from huddle.ui import theme


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class QtDateEdit(QDateEdit):
    """Arrow up/down move the date a day, Page up/down a week, whichever part the cursor is
    in — what the chair means by "one more day". Typing a date works as usual."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt API)
        days = 7 * (1 if steps > 0 else -1) if abs(steps) >= 10 else steps
        self.setDate(self.date().addDays(days))


def date_edit(parent: QWidget, day: date, minimum: date | None = None) -> QDateEdit:
    """A date field you can type into (yyyy-mm-dd) or step with the arrow keys."""
    edit = QtDateEdit(parent)
    # The weekday beside the date, in Swedish, so a weekend stands out when choosing.
    edit.setLocale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    edit.setDisplayFormat("yyyy-MM-dd, dddd")
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(to_qdate(minimum))
    edit.setDate(to_qdate(day))
    return edit


class QtDaysEdit(QSpinBox):
    """A day chosen as days from ``today`` ('om 7 d'), for the room's screen, where a
    patient the room may not identify has no exact dates."""

    def __init__(self, parent: QWidget, today: date, day: date, minimum: date) -> None:
        super().__init__(parent)
        self.today = today
        self.setPrefix(QCoreApplication.translate("qt_forms", "om "))
        self.setSuffix(QCoreApplication.translate("qt_forms", " d"))
        self.setRange(max(0, (minimum - today).days), 3650)
        self.setValue((day - today).days)

    def day(self) -> date:
        return self.today + timedelta(days=self.value())

    def date(self) -> QDate:
        """As a date field answers, so a form reads either the same way."""
        return to_qdate(self.day())


def due_field(parent: QWidget, today: date, day: date, *, exact: bool
              ) -> QDateEdit | QtDaysEdit:
    """A due date from ``today`` on: a date field, or days from today where the room may
    not see the patient's dates (not ``exact``)."""
    return date_edit(parent, day, minimum=today) if exact else \
        QtDaysEdit(parent, today, day, minimum=today)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setFont(theme.font(15, bold=True))
    theme.text_colour(label, theme.URGENT_BAR)
    label.setAccessibleName(QCoreApplication.translate("qt_forms", "Felmeddelande"))
    return label


def save_cancel_buttons(dialog: QDialog, save_text: str | None = None) -> QDialogButtonBox:
    """Spara (or ``save_text``) and Avbryt, wired to the dialog's accept() and reject()."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or QCoreApplication.translate("qt_forms", "Spara"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("qt_forms", "Avbryt"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def question_edit(parent: QWidget) -> QLineEdit:
    """The question an escalation puts to the managers."""
    edit = QLineEdit(parent)
    text = QCoreApplication.translate("qt_forms", "Vad behöver chefen ta ställning till?")
    edit.setPlaceholderText(text)
    edit.setAccessibleName(text)
    edit.setMaxLength(300)
    return edit


def question_hint(parent: QWidget) -> QLabel:
    hint = QLabel(QCoreApplication.translate(
        "qt_forms", "Frågan läses på chefernas månadsmöte och skrivs ut i rapporterna. Skriv "
        "den utan patientuppgifter: inga namn, personnummer, adresser eller anhöriga."), parent)
    hint.setWordWrap(True)
    hint.setObjectName("questionHint")
    theme.text_colour(hint, theme.URGENT_BAR)
    return hint


# Room kept around a dialog on the smallest screen we support (1366×768 with a taskbar): the
# title bar and a little air, so the buttons at the bottom are always on the screen.
SCREEN_MARGIN = 60


def screen_area(widget: QWidget) -> QRect:
    """The part of the screen a window may use (without the taskbar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Open at ``width`` × ``height``, or smaller where the screen is smaller; what does not
    fit then scrolls inside the dialog instead of pushing its buttons off the screen."""
    area = screen_area(dialog)
    dialog.resize(min(width, area.width() - SCREEN_MARGIN),
                  min(height, area.height() - SCREEN_MARGIN))


def minimum_width(dialog: QWidget, pixels: int) -> None:
    """At least ``pixels`` wide, and never narrower than its contents need. Call it once the
    layout is complete: an explicit minimum width alone lets Qt open a dialog narrower than
    its layout, and at a large text size its texts were cut."""
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()          # what was just filled in counts
    needed = layout.totalMinimumSize().width() if layout is not None else 0
    dialog.setMinimumWidth(max(pixels, needed))
