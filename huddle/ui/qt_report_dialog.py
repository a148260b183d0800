"""Rapporter: the weekly and monthly summaries for managers, previewed, saved and printed.

The preview shows the very pages of the PDF (rasterised with PDFium through pypdfium2, since
PySide6-Essentials carries no QtPdf), and printing sends those same pages to the printer the
user picks in the system's print dialog: what is seen is what is saved is what is printed.

The figures are computed, the PDF drawn and its pages rasterised in a worker thread on a
connection of its own (``huddle.ui.qt_worker``): a yearly report on a large health centre
takes seconds, and the window goes on repainting meanwhile, with a busy bar beside the
status. Choosing another period while one is being drawn cancels the one no longer wanted.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from huddle.errors import KnownError
from huddle.reports.compute import compute_summary
from huddle.reports.files import report_file_name, write_report_file
from huddle.reports.made import report_made
from huddle.reports.pdf import render_pdf, report_title
from huddle.reports.period import (
    MONTHLY,
    QUARTERLY,
    WEEKLY,
    YEARLY,
    Period,
    last_ended,
    recent_periods,
)
from huddle.reports.summary import Summary
from huddle.storage.database import open_database
from huddle.ui.qt_forms import fit_to_screen
from huddle.ui.qt_print import (
    documents_folder,
    open_print_dialog,
    open_save_dialog,
    pages_sent,
    print_logged,
    save_logged,
    saved_as,
)
from huddle.ui.qt_worker import Report, Task, report_bug, run_in_background, with_database

if TYPE_CHECKING:
    from huddle.storage.store import Store

PREVIEW_DPI = 96
PRINT_DPI = 300          # enough for text; a 1200-dpi printer would need 560 MB a page
WEEKS_OFFERED = 53
MONTHS_OFFERED = 25
# How many periods of each kind the dialog offers, the current one included.
OFFERED = {WEEKLY: WEEKS_OFFERED, MONTHLY: MONTHS_OFFERED, QUARTERLY: 9, YEARLY: 4}

# PDFium is not made for two threads at once, and a preview being drawn in a worker thread
# may meet a print on the GUI thread or the next preview: one at a time.
RENDERING = threading.Lock()


def render_pages(pdf: bytes, dpi: int) -> list[QImage]:
    """Each page of ``pdf`` as an RGB image at ``dpi`` (any thread; see :data:`RENDERING`)."""
    with RENDERING:
        document = pdfium.PdfDocument(pdf)
        images = []
        try:
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB888).copy()
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                images.append(image)
                page.close()
        finally:
            document.close()
    return images


def print_pages(printer: QPrinter, pdf: bytes) -> list[QImage] | None:
    """Send every page of ``pdf`` to ``printer``, scaled to the paper; None when the printer
    could not be started. (Shared with the organisations' action lists.)"""
    printer.setFullPage(True)
    images = render_pages(pdf, min(printer.resolution(), PRINT_DPI))
    painter = QPainter()
    if not painter.begin(printer):
        return None
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # The paint engine scales; scaling here first would blow a page up to the
            # printer's full resolution in memory.
            painter.drawImage(QRect(target.x() + (target.width() - size.width()) // 2,
                                    target.y() + (target.height() - size.height()) // 2,
                                    size.width(), size.height()), image)
    finally:
        painter.end()
    return images


class QtReportDialog(QDialog):
    """Choose weekly or monthly and the period; the preview follows the choice."""

    saved = Signal(Path)
    printed = Signal(int)       # pages sent to the printer
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None, *,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.db = open_database(db_path)
        self.db_path = Path(db_path)
        self._fixed_now = now
        self.summary: Summary | None = None
        self.pdf: bytes = b""
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Rapporter"))
        fit_to_screen(self, 960, 860)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Typ av rapport"))
        self.kind.addItem(self.tr("Veckosammanställning"), WEEKLY)
        self.kind.addItem(self.tr("Månadssammanställning"), MONTHLY)
        self.kind.addItem(self.tr("Kvartalssammanställning"), QUARTERLY)
        self.kind.addItem(self.tr("Årssammanställning"), YEARLY)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setMinimumContentsLength(34)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("reportBusy")
        self.busy.setRange(0, 0)          # busy: how long a report takes is not known
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Rapporten tas fram"))
        self.busy.hide()

        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Rapport:"), self))
        choose.addWidget(self.kind)
        choose.addSpacing(12)
        choose.addWidget(QLabel(self.tr("Period:"), self))
        choose.addWidget(self.period, 1)

        self.pages = QWidget(self)
        self.pages.setObjectName("reportPages")
        self.pages.setStyleSheet("#reportPages { background: #8a8a8a; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(14)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setAccessibleName(self.tr("Förhandsvisning"))

        self.save_button = QPushButton(self.tr("Spara som PDF…"), self)
        self.print_button = QPushButton(self.tr("Skriv ut…"), self)
        close_button = QPushButton(self.tr("Stäng"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.ask_save)
        self.print_button.clicked.connect(self.ask_print)
        close_button.clicked.connect(self.reject)
        self.finished.connect(self._close_database)
        self.finished.connect(self._cancel_preview)
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.period.currentIndexChanged.connect(self._update_preview)
        self._fill_periods()

    # ------------------------------------------------------------ choosing

    def now(self) -> datetime:
        return self._fixed_now or datetime.now()

    def selected_period(self) -> Period | None:
        return self.period.currentData()

    def choose(self, kind: str, key: str | None = None) -> None:
        """Select a kind and (optionally) a period by its key, e.g. '2026-W47'."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if key is not None:
            for index in range(self.period.count()):
                if self.period.itemData(index).key == key:
                    self.period.setCurrentIndex(index)
                    return
            raise ValueError(key)

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        today = self.now().date()
        count = OFFERED[kind]
        default = last_ended(kind, today)
        self.period.blockSignals(True)
        self.period.clear()
        for period in recent_periods(kind, today, count):
            self.period.addItem(self._period_text(period, today), period)
        self.period.setCurrentIndex(max(0, self.period.findText(
            self._period_text(default, today))))
        self.period.blockSignals(False)
        self._update_preview()

    def _period_text(self, period: Period, today: date) -> str:
        text = period.label[:1].upper() + period.label[1:]
        if period.kind == WEEKLY:
            text += f" ({period.span})"
        if period.last >= today:
            text += self.tr(" – pågår")
        return text

    # ------------------------------------------------------------ preview

    def _update_preview(self) -> None:
        period = self.selected_period()
        if period is None:
            return
        if self.task is not None:
            self.task.cancel()   # a newer choice: the one being drawn is no longer wanted
        self.summary, self.pdf = None, b""
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Tar fram {period} …").format(period=period.label))
        self.busy.show()
        now = self.now()

        def work(store: Store, report: Report) -> tuple[Period, Summary, bytes, list[QImage]]:
            summary = compute_summary(store, period, now)
            report(None)
            with RENDERING:
                report(None)
                pdf = render_pdf(summary)
            report(None)
            return period, summary, pdf, render_pages(pdf, PREVIEW_DPI)

        self.task = run_in_background(with_database(self.db_path, work), name="huddle-report")
        self.task.succeeded.connect(self._on_rendered)
        self.task.failed.connect(self._on_failed)
        self.task.ended.connect(self._on_ended)

    def is_busy(self) -> bool:
        """A preview is being drawn."""
        return self.task is not None and self.task.is_running()

    def _on_rendered(self, result: tuple[Period, Summary, bytes, list[QImage]]) -> None:
        period, summary, pdf, images = result
        if period != self.selected_period():
            return   # drawn for a choice since changed
        self.summary, self.pdf = summary, pdf
        self._show_pages(images)

    def _on_failed(self, error: BaseException) -> None:
        self._show_pages([])
        if isinstance(error, KnownError):
            self._show_error(error.message)
        else:
            self._show_error(self.tr("Rapporten kunde inte tas fram; ett oväntat fel "
                                     "inträffade."))
            report_bug(error)

    def _on_ended(self) -> None:
        if not self.is_busy():
            self.busy.hide()

    def _show_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()   # gone at once; deleted when the event loop gets to it
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setAccessibleName(self.tr("Sida {n}").format(n=number))
            page.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(page)
        ready = bool(images)
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        if ready and self.summary is not None:
            self.status.setText(self.tr("{title} {period} · {n} sidor").format(
                title=report_title(self.summary), period=self.summary.period.label,
                n=len(images)))

    def page_count(self) -> int:
        return self.pages_layout.count()

    # ------------------------------------------------------------ save and print

    def suggested_path(self) -> Path:
        period = self.selected_period()
        return documents_folder() / (report_file_name(period) if period else "rapport.pdf")

    def ask_save(self) -> None:
        open_save_dialog(self, self.tr("Spara rapporten som PDF"), self.suggested_path(), "pdf",
                         self.save_pdf)

    def save_pdf(self, path: Path) -> bool:
        if not self.pdf or self.summary is None:
            return False
        if not save_logged(lambda: write_report_file(path, self.pdf),
                           log=lambda: self._log("pdf"), show_error=self._show_error):
            return False
        self.status.setText(saved_as(path))
        self.saved.emit(path)
        return True

    def ask_print(self) -> None:
        self._print_dialog = open_print_dialog(self, self.status.text(),
                                               self.tr("Skriv ut rapporten"), self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page, scaled to the paper; returns the number of pages printed."""
        if not self.pdf:
            return 0
        pages = print_logged(printer, self.pdf, log=lambda: self._log("print"),
                             show_error=self._show_error)
        if pages:
            self.status.setText(pages_sent(pages))
            self.printed.emit(pages)
        return pages

    # ------------------------------------------------------------ helpers

    def _log(self, how: str) -> None:
        """The same path as the command line: the access log and the report's key figures."""
        if self.summary is None:
            return
        report_made(self.db, self.summary, how)

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rapporter"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.open()

    def _close_database(self) -> None:
        self.db.conn.close()

    def _cancel_preview(self) -> None:
        if self.task is not None:
            self.task.cancel()


def open_reports(parent: QWidget | None, db_path: Path) -> QtReportDialog:
    """Open the Rapporter dialog (non-modal to the code: it reports through signals)."""
    dialog = QtReportDialog(db_path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
