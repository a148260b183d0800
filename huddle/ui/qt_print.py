"""Saving and printing as every window does it: a save dialog that suggests a name in the
user's Documents folder, the system's print dialog on an A4 portrait page, and the sentences
for a printer that does not start and for pages sent. The pages themselves are sent by
``huddle.ui.qt_report_dialog.print_pages``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from huddle.errors import KnownError


def documents_folder() -> Path:
    """Where a saved file is suggested: the user's Documents folder, else the home folder."""
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


def open_save_dialog(parent: QWidget, title: str, suggested: Path, suffix: str,
                     save: Callable[[Path], object]) -> None:
    """Ask where to save a PDF or CSV file (``suffix``); ``save(path)`` runs when chosen."""
    files = (QCoreApplication.translate("QtPrint", "PDF-filer (*.pdf)") if suffix == "pdf"
             else QCoreApplication.translate("QtPrint", "CSV-filer (*.csv)"))
    dialog = QFileDialog(parent, title, str(suggested), files)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.fileSelected.connect(lambda name: save(Path(name)))
    dialog.open()


def save_logged(write: Callable[[], object], *, log: Callable[[], None],
                show_error: Callable[[str], None]) -> bool:
    """Write the file, then write the saving to the access log; either failing is shown and
    the file counts as not saved."""
    try:
        write()
        log()
    except KnownError as err:
        show_error(err.message)
        return False
    return True


def saved_as(path: Path) -> str:
    return QCoreApplication.translate("QtPrint", "Sparad: {path}").format(path=path)


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
