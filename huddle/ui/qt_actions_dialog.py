"""Åtgärder per organisation: the nurse chooses which organisations' lists to print or save
as PDF, after the huddle (from the end-of-huddle dialog) or any time (Avstämning menu).

Each organisation gets one A4 page with what it holds (:mod:`huddle.domain.actions`); the
organisations present at the day's huddle are chosen to start with. From the end of the
huddle the summary comes first, on a page of its own with no patient on it. Every print and
save writes the access log, one row per patient on the chosen lists (place 'åtgärdslista',
action 'skriv ut'). The lists name patients, so a saved file is the owner's alone.

Opened with ``open()``; reports through signals (``printed``, ``saved``, ``failed``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.access import ACTION_PRINT
from huddle.domain.actions import OrganisationActions, organisation_short_label
from huddle.domain.dates import weekday_date
from huddle.domain.roles import ORGANISATION_ORDER
from huddle.errors import KnownError
from huddle.storage.actions import load_actions, log_actions_listed
from huddle.ui import theme
from huddle.ui.qt_print import (
    documents_folder,
    open_print_dialog,
    open_save_dialog,
    pages_sent,
    print_logged,
    save_logged,
    saved_as,
)

if TYPE_CHECKING:
    from huddle.domain.huddle import HuddleSummary
    from huddle.storage.store import Store

PRINT = "print"
SAVE = "save"


class QtActionsDialog(QDialog):
    """Choose organisations (and the summary, when given); save or print their pages."""

    saved = Signal(Path)
    printed = Signal(int)        # pages sent to the printer
    failed = Signal(str)

    def __init__(self, db: Store, day: date, *, summary: HuddleSummary | None = None,
                 now: datetime | None = None, default: str = PRINT,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.day, self.summary, self._fixed_now = db, day, summary, now
        self.actions = load_actions(db, day, now=now)
        self.setWindowTitle(self.tr("Åtgärder per organisation"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Åtgärder {day}").format(day=weekday_date(day).lower()), self)
        heading.setFont(theme.font(20, bold=True))
        layout.addWidget(heading)

        box = QGroupBox(self.tr("Skriv ut eller spara för"), self)
        box_layout = QVBoxLayout(box)
        self.summary_check: QCheckBox | None = None
        if summary is not None:
            self.summary_check = QCheckBox(
                self.tr("&Sammanfattningen av avstämningen (utan patientuppgifter)"), box)
            self.summary_check.setChecked(True)
            box_layout.addWidget(self.summary_check)
        self.org_checks: dict[str, QCheckBox] = {}
        for index, org in enumerate(ORGANISATION_ORDER, start=1):
            page = self.actions.organisations[org]
            check = QCheckBox(f"&{index} " + self._org_text(page), box)
            check.setChecked(org in self.actions.present)
            self.org_checks[org] = check
            box_layout.addWidget(check)
        layout.addWidget(box)
        # The wrapped note below would otherwise squeeze the choices: they set the width.
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(560, box.sizeHint().width() + margins.left()
                                 + margins.right()))
        note = QLabel(self.tr(
            "Listorna innehåller patientuppgifter: lämna varje organisations sida bara till den "
            "organisationen. Patienter utan samtycke står med en neutral beteckning. Varje "
            "utskrift skrivs i loggen."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.save_button = QPushButton(self.tr("S&para som PDF…"), self)
        self.print_button = QPushButton(self.tr("Skriv &ut…"), self)
        close_button = QPushButton(self.tr("Stäng"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        close_button.clicked.connect(self.reject)
        for check in self._checks():
            check.toggled.connect(self._update_buttons)
        main = self.print_button if default == PRINT else self.save_button
        main.setDefault(True)
        main.setAutoDefault(True)
        self._update_buttons()
        main.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ choosing

    def _org_text(self, page: OrganisationActions) -> str:
        n, name = len(page.actions), organisation_short_label(page.organisation)
        text = self.tr("{organisation} – {n} öppna").format(organisation=name, n=n) \
            if n != 1 else self.tr("{organisation} – 1 öppen").format(organisation=name)
        if page.overdue:
            text += self.tr(", varav {n} försenade").format(n=page.overdue)
        if page.organisation in self.actions.present:
            text += self.tr(" (var med i dag)")
        return text

    def _checks(self) -> list[QCheckBox]:
        extra = [self.summary_check] if self.summary_check is not None else []
        return [*extra, *self.org_checks.values()]

    def chosen(self) -> list[str]:
        """The organisations whose pages are printed, in the usual order."""
        return [org for org, check in self.org_checks.items() if check.isChecked()]

    def choose(self, organisations: list[str]) -> None:
        for org, check in self.org_checks.items():
            check.setChecked(org in organisations)

    def _with_summary(self) -> bool:
        return self.summary_check is not None and self.summary_check.isChecked()

    def _update_buttons(self) -> None:
        ready = bool(self.chosen()) or self._with_summary()
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.status.setText("" if ready else self.tr("Välj minst en organisation."))

    def now(self) -> datetime:
        return self._fixed_now or datetime.now()

    def pdf(self) -> bytes:
        from huddle.reports.actions_pdf import render_actions_pdf  # reportlab loads slowly

        return render_actions_pdf(self.actions, made_at=self.now(), organisations=self.chosen(),
                                  summary=self.summary if self._with_summary() else None)

    # ------------------------------------------------------------ save and print

    def suggested_path(self) -> Path:
        return documents_folder() / f"atgarder-{self.day.isoformat()}.pdf"

    def ask_save(self) -> None:
        open_save_dialog(self, self.tr("Spara åtgärderna som PDF"), self.suggested_path(), "pdf",
                         self.save_pdf)

    def save_pdf(self, path: Path) -> bool:
        from huddle.reports.actions_pdf import write_action_list

        if not save_logged(lambda: write_action_list(path, self.pdf()),
                           log=lambda: self._log("actions pdf"), show_error=self._show_error):
            return False
        self.status.setText(saved_as(path))
        self.saved.emit(path)
        return True

    def ask_print(self) -> None:
        self._print_dialog = open_print_dialog(
            self, self.tr("Åtgärder {day}").format(day=self.day.isoformat()),
            self.tr("Skriv ut åtgärderna"), self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Print the chosen pages; returns the number of pages sent."""
        try:
            pdf = self.pdf()
        except KnownError as err:
            self._show_error(err.message)
            return 0
        pages = print_logged(printer, pdf, log=lambda: self._log("actions print"),
                             show_error=self._show_error)
        if pages:
            self.status.setText(pages_sent(pages))
            self.printed.emit(pages)
        return pages

    # ------------------------------------------------------------ helpers

    def _log(self, detail: str) -> None:
        log_actions_listed(self.db, self.actions, self.chosen(), action=ACTION_PRINT,
                           detail=detail)

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Åtgärder per organisation"),
                          message, QMessageBox.StandardButton.Ok, self)
        box.open()


def open_actions_dialog(parent: QWidget | None, db: Store, day: date, *,
                        summary: HuddleSummary | None = None,
                        default: str = PRINT) -> QtActionsDialog:
    """Open "Åtgärder per organisation" for ``day`` (the Avstämning menu calls this; the end
    of the huddle passes its ``summary`` to print first)."""
    dialog = QtActionsDialog(db, day, summary=summary, default=default, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
