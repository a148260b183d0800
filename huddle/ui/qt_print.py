"""Printing as every window prints: the system's print dialog on an A4 portrait page, and the
one sentence for a printer that does not start. The pages themselves are sent by
``huddle.ui.qt_report_dialog.print_pages``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from huddle.errors import KnownError


def open_print_dialog(parent: QWidget, doc_name: str, title: str,
                      print_to: Callable[[QPrinter], object]) -> QPrintDialog:
    """Open the print dialog for an A4 portrait document; ``print_to(printer)`` runs when the
    user accepts. Keep the returned dialog (it keeps the printer alive while it is open)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(doc_name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.accepted.connect(lambda: print_to(printer))
    dialog.open()
    return dialog


def print_logged(printer: QPrinter, pdf: bytes, *, log: Callable[[], None],
                 show_error: Callable[[str], None]) -> int:
    """Send every page of ``pdf`` to ``printer`` and write the print to the access log with
    ``log()``; returns the pages sent, 0 when the printer did not start. A failure to log is
    shown, and the pages still count as sent."""
    from huddle.ui.qt_report_dialog import print_pages

    images = print_pages(printer, pdf)
    if images is None:
        show_error(printer_not_started())
        return 0
    try:
        log()
    except KnownError as err:
        show_error(err.message)
    return len(images)


def pages_sent(pages: int) -> str:
    return QCoreApplication.translate("QtPrint", "Skickad till skrivaren: {n} sidor").format(
        n=pages)


def printer_not_started() -> str:
    return QCoreApplication.translate("QtPrint", "Skrivaren kunde inte startas. Kontrollera att "
                                      "den är påslagen och vald, och försök igen.")
