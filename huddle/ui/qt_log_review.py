"""Loggranskning: the access log reviewed in a window, for the nurse or the manager who checks
who accessed which patient — and the patient's log extract.

Search by patient (personnummer or name; a protected identity only by personnummer) or by
user, within a period and for one kind of access; the rows (newest first, at most
``WINDOW_LIMIT``) with totals over everything found. For one patient the extract can be
printed or saved as PDF; any search can be exported as CSV. Opening the window, each search,
each extract and each export are themselves written to the access log (place
'loggranskning'). Files are the owner's alone.

Opened with :func:`open_log_review`; a window of its own (``show()``).

Why one module over 400 lines: the window, its lazily filled table model and the extract's
print/save/CSV actions are one screen that shares the current search; split, each part would
need the others' state.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from huddle.domain.access import (
    ACTION_EXPORT,
    ACTION_LABELS,
    ACTION_PRINT,
    ACTION_VIEW,
    action_label,
    place_label,
)
from huddle.domain.dates import moment_with_year
from huddle.errors import KnownError
from huddle.storage.access_review import (
    WINDOW_LIMIT,
    LogQuery,
    LogReview,
    known_users,
    log_review_opened,
    log_review_shown,
    search_log,
)
from huddle.storage.audit import os_user
from huddle.storage.settings import load_settings
from huddle.ui import theme
from huddle.ui.qt_forms import date_edit, error_label, fit_to_screen, from_qdate, to_qdate
from huddle.ui.qt_print import (
    documents_folder,
    open_print_dialog,
    open_save_dialog,
    printer_not_started,
)

if TYPE_CHECKING:
    from huddle.storage.store import Store

# The "from" field at its minimum means "from the first row".
EARLIEST = date(2000, 1, 1)
COLUMN_WIDTHS = (165, 130, 150, 100, 175, 250)


class LogTableModel(QAbstractTableModel):
    """The rows found, as text: the view asks only for the rows it paints."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.headers = [self.tr("När"), self.tr("Användare"), self.tr("Arbetsstation"),
                        self.tr("Åtgärd"), self.tr("Var i Huddle"), self.tr("Patient"),
                        self.tr("Personnummer")]
        self.rows: list[tuple[str, ...]] = []

    def show(self, review: LogReview) -> None:
        actions: dict[str, str] = {}
        places: dict[str | None, str] = {}
        rows = []
        for entry in review.entries:
            if entry.action not in actions:
                actions[entry.action] = action_label(entry.action)
            if entry.place not in places:
                places[entry.place] = place_label(entry.place)
            rows.append((moment_with_year(entry.at), entry.user,
                         entry.workstation or "–", actions[entry.action], places[entry.place],
                         entry.patient or "–", entry.personnummer or "–"))
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 (Qt API)
        return len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class QtLogReviewWindow(QDialog):
    """Search the access log; print, save or export what was found."""

    def __init__(self, db: Store, *, today: date | None = None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.db, self._fixed_now = db, now
        self.today = today or date.today()
        self.review: LogReview | None = None
        self.setWindowTitle(self.tr("Loggranskning"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Loggranskning"), self)
        heading.setFont(theme.font(20, bold=True))
        layout.addWidget(heading)
        intro = QLabel(self.tr(
            "Vem har tagit del av vilken patient, när, från vilken dator och var i Huddle. "
            "Varje sökning, utskrift och export skrivs själv i loggen."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._search_fields())
        self.error = error_label(self)
        self.error.hide()
        layout.addWidget(self.error)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setFont(theme.font(15, bold=True))
        self.summary.setAccessibleName(self.tr("Summering"))
        layout.addWidget(self.summary)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self._update_buttons()

    # ------------------------------------------------------------ building

    def _search_fields(self) -> QGridLayout:
        grid = QGridLayout()
        self.patient_edit = QLineEdit(self)
        self.patient_edit.setPlaceholderText(self.tr("ÅÅÅÅMMDD-NNNN eller namn"))
        self.patient_edit.setClearButtonEnabled(True)
        self.user_box = QComboBox(self)
        self.user_box.setEditable(True)
        self.user_box.addItem("")
        self.user_box.addItems(known_users(self.db))
        self.user_box.lineEdit().setPlaceholderText(self.tr("alla användare"))
        self.from_edit = date_edit(self, EARLIEST, minimum=EARLIEST)
        self.from_edit.setSpecialValueText(self.tr("från början"))
        self.to_edit = date_edit(self, self.today, minimum=EARLIEST)
        self.action_box = QComboBox(self)
        self.action_box.addItem(self.tr("Alla"), None)
        for action in ACTION_LABELS:
            self.action_box.addItem(action_label(action), action)
        self.search_button = QPushButton(self.tr("&Sök"), self)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.patient_edit.returnPressed.connect(self.search)
        self.user_box.lineEdit().returnPressed.connect(self.search)

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            widget.setWordWrap(True)  # a longer language wraps rather than widening the window
            return widget

        grid.addWidget(label(self.tr("&Patient (personnummer eller namn):"),
                             self.patient_edit), 0, 0)
        grid.addWidget(self.patient_edit, 0, 1)
        grid.addWidget(label(self.tr("&Användare:"), self.user_box), 0, 2)
        grid.addWidget(self.user_box, 0, 3)
        grid.addWidget(label(self.tr("&Från:"), self.from_edit), 1, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(label(self.tr("&Till:"), self.to_edit))
        dates.addWidget(self.to_edit)
        grid.addLayout(dates, 1, 1)
        grid.addWidget(label(self.tr("Å&tgärd:"), self.action_box), 1, 2)
        grid.addWidget(self.action_box, 1, 3)
        grid.addWidget(self.search_button, 0, 4, 2, 1)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        return grid

    def _make_table(self) -> QTableView:
        self.model = LogTableModel(self)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Rader i loggen"))
        header = table.horizontalHeader()
        # Fixed widths: sizing a thousand rows to their contents would be slow.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        return table

    def _buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Skriv &ut utdrag…"), self)
        self.pdf_button = QPushButton(self.tr("Spara utdrag som &PDF…"), self)
        self.csv_button = QPushButton(self.tr("&Exportera CSV…"), self)
        close_button = QPushButton(self.tr("Stäng"), self)
        self.print_button.clicked.connect(self.ask_print)
        self.pdf_button.clicked.connect(self.ask_save_pdf)
        self.csv_button.clicked.connect(self.ask_save_csv)
        close_button.clicked.connect(self.close)
        self.extract_hint = QLabel(self)
        self.extract_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.extract_hint, 1)
        for button in (self.print_button, self.pdf_button, self.csv_button, close_button):
            row.addWidget(button)
        return row

    # ------------------------------------------------------------ searching

    def query(self) -> LogQuery:
        first = from_qdate(self.from_edit.date())
        return LogQuery(patient=self.patient_edit.text(), user=self.user_box.currentText(),
                        first=None if first <= EARLIEST else first,
                        last=from_qdate(self.to_edit.date()),
                        action=self.action_box.currentData())

    def set_query(self, *, patient: str = "", user: str = "", first: date | None = None,
                  last: date | None = None, action: str | None = None) -> None:
        self.patient_edit.setText(patient)
        self.user_box.setEditText(user)
        self.from_edit.setDate(to_qdate(first or EARLIEST))
        self.to_edit.setDate(to_qdate(last or self.today))
        self.action_box.setCurrentIndex(max(0, self.action_box.findData(action)))

    def search(self) -> LogReview | None:
        """Search, show the rows and totals, and write the review to the log."""
        try:
            review = search_log(self.db, self.query(), day=self.today, limit=WINDOW_LIMIT,
                                newest_first=True)
            log_review_shown(self.db, review, action=ACTION_VIEW, detail="log review search")
        except KnownError as err:
            self._show_error(err.message)
            return None
        self.error.hide()
        self.review = review
        self._fill(review)
        self._update_buttons()
        return review

    def _fill(self, review: LogReview) -> None:
        self.model.show(review)
        self.summary.setText(self.summary_text(review))

    def summary_text(self, review: LogReview) -> str:
        totals = review.totals
        if not totals.rows:
            if review.query.patient.strip() and not review.patients:
                return self.tr("Ingen patient passar sökningen. En patient med skyddad "
                               "identitet hittas bara på personnummer.")
            return self.tr("Inga rader i loggen passar sökningen.")
        counts = ", ".join(f"{action_label(action).lower()} {n}"
                           for action, n in totals.by_action)
        text = " · ".join((
            self.tr("{n} rader ({counts})").format(n=totals.rows, counts=counts)
            if totals.rows != 1 else self.tr("1 rad ({counts})").format(counts=counts),
            self.tr("{n} användare").format(n=totals.users),
            self.tr("{n} patienter").format(n=totals.patients)
            if totals.patients != 1 else self.tr("1 patient")))
        if review.truncated:
            text += self.tr(" · visar de {n} senaste; exportera CSV för alla").format(
                n=len(review.entries))
        return text

    def _update_buttons(self) -> None:
        review = self.review
        one = review is not None and review.patient is not None
        self.print_button.setEnabled(one)
        self.pdf_button.setEnabled(one)
        self.csv_button.setEnabled(review is not None and review.totals.rows > 0)
        if review is None:
            self.extract_hint.setText(self.tr(
                "Loggutdrag för en patient: sök på patientens personnummer."))
        elif review.patient is not None:
            self.extract_hint.setText(self.tr("Loggutdrag för {name}, {number}.").format(
                name=review.patient.name, number=review.patient.shown_number or "–"))
        elif len(review.patients) > 1:
            self.extract_hint.setText(self.tr(
                "Sökningen passar {n} patienter; ett loggutdrag gäller en. Sök på "
                "personnummer.").format(n=len(review.patients)))
        else:
            self.extract_hint.setText(self.tr(
                "Loggutdrag för en patient: sök på patientens personnummer."))

    # ------------------------------------------------------------ extract and export

    def now(self) -> datetime:
        return self._fixed_now or datetime.now()

    def _full_review(self) -> LogReview:
        """Every row of the current search, oldest first: extracts and exports hold all."""
        assert self.review is not None
        return search_log(self.db, self.review.query, day=self.today)

    def extract_pdf(self) -> tuple[LogReview, bytes]:
        from huddle.reports.log_extract import render_log_extract  # reportlab loads slowly

        review = self._full_review()
        return review, render_log_extract(
            review, health_centre=load_settings(self.db).vc_name or "", made_at=self.now(),
            made_by=os_user())

    def suggested_name(self, suffix: str) -> Path:
        stem = "loggutdrag" if suffix == "pdf" else "logg"
        return documents_folder() / f"{stem}-{self.today.isoformat()}.{suffix}"

    def ask_save_pdf(self) -> None:
        open_save_dialog(self, self.tr("Spara loggutdraget som PDF"), self.suggested_name("pdf"),
                         "pdf", self.save_pdf)

    def ask_save_csv(self) -> None:
        open_save_dialog(self, self.tr("Exportera loggen som CSV"), self.suggested_name("csv"),
                         "csv", self.save_csv)

    def save_pdf(self, path: Path) -> bool:
        from huddle.reports.log_csv import write_log_file

        try:
            review, pdf = self.extract_pdf()
            write_log_file(path, pdf)
            log_review_shown(self.db, review, action=ACTION_PRINT, detail="log extract pdf")
        except KnownError as err:
            self._show_error(err.message)
            return False
        self.extract_hint.setText(self.tr("Loggutdraget sparat: {path}").format(path=path))
        return True

    def save_csv(self, path: Path) -> bool:
        from huddle.reports.log_csv import log_csv, write_log_file

        try:
            review = self._full_review()
            write_log_file(path, log_csv(review))
            log_review_shown(self.db, review, action=ACTION_EXPORT, detail="log csv")
        except KnownError as err:
            self._show_error(err.message)
            return False
        self.extract_hint.setText(self.tr("Loggen exporterad: {path} ({n} rader)").format(
            path=path, n=review.totals.rows))
        return True

    def ask_print(self) -> None:
        self._print_dialog = open_print_dialog(self, self.tr("Loggutdrag"),
                                               self.tr("Skriv ut loggutdraget"), self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Print the extract; returns the number of pages sent."""
        from huddle.ui.qt_report_dialog import print_pages

        try:
            review, pdf = self.extract_pdf()
            images = print_pages(printer, pdf)
            if images is None:
                self._show_error(printer_not_started())
                return 0
            log_review_shown(self.db, review, action=ACTION_PRINT, detail="log extract print")
        except KnownError as err:
            self._show_error(err.message)
            return 0
        self.extract_hint.setText(self.tr("Skickat till skrivaren: {n} sidor").format(
            n=len(images)))
        return len(images)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def open_log_review(parent: QWidget | None, db: Store) -> QtLogReviewWindow:
    """Open Loggranskning (Arkiv menu); opening it is written to the access log."""
    log_review_opened(db)
    window = QtLogReviewWindow(db, parent=parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    fit_to_screen(window, 1200, 720)
    window.show()
    return window
