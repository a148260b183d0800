"""Rapporter: a manager picks a period, looks at the pages, saves and prints them."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from huddle.reports.period import MONTHLY, QUARTERLY, WEEKLY, YEARLY
from huddle.storage.database import open_database
from huddle.ui.qt_report_dialog import QtReportDialog

NOW = datetime(2026, 11, 23, 10, 0)   # the demo's today, a Monday


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def dialog(qtbot, demo_db_path):
    widget = QtReportDialog(demo_db_path, now=NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    drawn(qtbot, widget)
    yield widget
    widget.close()


def drawn(qtbot, dialog: QtReportDialog) -> QtReportDialog:
    """Wait for the preview, drawn in a worker thread."""
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    return dialog


def choose(qtbot, dialog: QtReportDialog, kind: str, key: str) -> None:
    dialog.choose(kind, key)
    drawn(qtbot, dialog)


def test_opens_on_last_week_with_its_pages(dialog):
    assert dialog.kind.currentData() == WEEKLY
    assert dialog.selected_period().key == "2026-W47"
    assert dialog.period.itemText(0).endswith("pågår")        # this week, still going on
    assert dialog.period.currentText() == "Vecka 47 2026 (16–22 november 2026)"
    assert dialog.page_count() >= 1
    first = dialog.pages_layout.itemAt(0).widget()
    assert isinstance(first, QLabel)
    assert first.pixmap().width() == pytest.approx(794, abs=2)   # A4 at 96 dpi
    assert "Veckosammanställning vecka 47 2026" in dialog.status.text()


def test_monthly_preview_is_the_saved_pdf(dialog, tmp_path, qtbot):
    choose(qtbot, dialog, MONTHLY, "2026-10")
    assert dialog.page_count() >= 3
    target = tmp_path / "oktober.pdf"
    with qtbot.waitSignal(dialog.saved) as signal:
        assert dialog.save_pdf(target)
    assert signal.args == [target]
    text = text_of(target.read_bytes())
    assert "Månadssammanställning oktober 2026" in text
    assert f"Sida {dialog.page_count()} av {dialog.page_count()}" in text
    samsa = dialog.summary.to_json()["samsa"]
    assert f"Inskrivningar {samsa['admissions']} Utskrivningar {samsa['discharges']}" in text
    assert "Sparad:" in dialog.status.text()


def test_quarter_and_year_are_offered_and_saving_keeps_the_key_figures(dialog, tmp_path,
                                                                       qtbot, demo_db_path):
    choose(qtbot, dialog, QUARTERLY, "2026-Q3")
    assert dialog.suggested_path().name == "kvartalssammanstallning-2026-Q3.pdf"
    assert "Kvartalssammanställning kvartal 3 2026" in dialog.status.text()
    assert dialog.save_pdf(tmp_path / "q3.pdf")
    assert "Nära vård" in text_of((tmp_path / "q3.pdf").read_bytes())
    choose(qtbot, dialog, YEARLY, "2026")
    assert dialog.period.currentText() == "År 2026 – pågår"
    assert "Årssammanställning år 2026" in dialog.status.text()
    db = open_database(demo_db_path)
    runs = db.execute("SELECT kind, period, formats FROM report_runs").fetchall()
    db.conn.close()
    assert runs == [("quarterly", "2026-Q3", "pdf")]     # saved, so kept like the CLI's


def test_save_button_asks_for_a_file_name(dialog, tmp_path, qtbot):
    dialog.save_button.click()
    chooser = dialog.findChild(QFileDialog)
    assert chooser is not None and chooser.isVisible()
    assert chooser.defaultSuffix() == "pdf"
    target = tmp_path / "vecka.pdf"
    with qtbot.waitSignal(dialog.saved):
        chooser.fileSelected.emit(str(target))
    chooser.reject()
    assert "Veckosammanställning vecka 47 2026" in text_of(target.read_bytes())


def test_printing_sends_every_page(dialog, tmp_path, qtbot):
    choose(qtbot, dialog, MONTHLY, "2026-11")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    with qtbot.waitSignal(dialog.printed) as signal:
        pages = dialog.print_to(printer)
    assert pages == dialog.page_count() == signal.args[0]
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == pages


def test_unwritable_file_is_reported_not_raised(dialog, tmp_path, qtbot):
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    with qtbot.waitSignal(dialog.failed) as signal:
        assert not dialog.save_pdf(blocker / "rapport.pdf")
    assert "Rapporten kunde inte sparas" in signal.args[0]
    box = dialog.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "Rapporten kunde inte sparas" in box.text()
    box.accept()


def test_the_report_is_drawn_while_the_window_goes_on(dialog, qtbot):
    """The preview is drawn in a worker thread: the dialog says so with a busy bar and
    keeps processing events, and a choice made meanwhile wins over the one being drawn."""
    ticks: list[bool] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(dialog.is_busy()))
    timer.start()
    dialog.choose(YEARLY, "2025")
    assert dialog.is_busy() and dialog.busy.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.status.text().startswith("Tar fram")
    dialog.choose(MONTHLY, "2026-10")    # changed the mind before the year was done
    drawn(qtbot, dialog)
    timer.stop()
    assert any(ticks)                    # events were processed while it was being drawn
    assert dialog.busy.isHidden() and dialog.save_button.isEnabled()
    assert dialog.summary.period.key == "2026-10"
    assert "Månadssammanställning oktober 2026" in dialog.status.text()
