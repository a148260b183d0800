"""Åtgärder per organisation from the window: choose the organisations, save or print their
pages; from the end of the huddle, the summary first. Every output is in the access log."""

from __future__ import annotations

import os
import stat
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from huddle.domain.huddle import HuddleSummary
from huddle.storage.database import open_database
from huddle.ui.qt_actions_dialog import QtActionsDialog
from huddle.ui.qt_end_dialog import QtEndDialog
from tests.conftest import DEMO_TODAY
from tests.dbtools import table_rows
from tests.reports.pdf_text import pages_text

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 23, 8, 40)


@pytest.fixture
def demo_db(demo_db_path):
    db = open_database(demo_db_path)
    yield db
    db.conn.close()


def actions_dialog(qtbot, db, **kwargs) -> QtActionsDialog:
    dialog = QtActionsDialog(db, DEMO_TODAY, now=NOW, **kwargs)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def printed_rows(db) -> list[dict]:
    return table_rows(db, "access_log", "place = 'åtgärdslista'")


def test_the_organisations_holding_something_are_chosen_and_saved_page_by_page(
        qtbot, demo_db, tmp_path):
    dialog = actions_dialog(qtbot, demo_db)
    # No huddle on the demo's today: every organisation that holds something is chosen.
    holding = [org for org, page in dialog.actions.organisations.items() if page.actions]
    assert dialog.chosen() == holding and len(holding) >= 2
    assert "Hemtjänst – " in dialog.org_checks["hemtjanst"].text()
    target = tmp_path / "atgarder.pdf"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save_pdf(target)
    pages = pages_text(target.read_bytes())
    assert len(pages) == len(holding)
    assert all("Innehåller patientuppgifter" in page for page in pages)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = printed_rows(demo_db)
    listed = dialog.actions.patient_ids(holding)
    assert {r["patient_id"] for r in rows} == listed and len(rows) == len(listed)
    assert {(r["action"], r["detail"]) for r in rows} == {("skriv ut", "actions pdf")}


def test_one_organisation_alone_prints_its_page_and_logs_only_its_patients(
        qtbot, demo_db, tmp_path):
    dialog = actions_dialog(qtbot, demo_db)
    dialog.choose(["hemtjanst"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    with qtbot.waitSignal(dialog.printed) as signal:
        assert dialog.print_to(printer) == 1
    assert signal.args == [1]
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == 1
    rows = printed_rows(demo_db)
    assert {r["patient_id"] for r in rows} == dialog.actions.organisations[
        "hemtjanst"].patient_ids()
    assert {(r["action"], r["detail"]) for r in rows} == {("skriv ut", "actions print")}


def test_nothing_chosen_nothing_to_print(qtbot, demo_db):
    dialog = actions_dialog(qtbot, demo_db)
    dialog.choose([])
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.status.text() == "Välj minst en organisation."


def test_save_asks_for_a_file_name(qtbot, demo_db, tmp_path):
    dialog = actions_dialog(qtbot, demo_db)
    dialog.save_button.click()
    chooser = dialog.findChild(QFileDialog)
    assert chooser is not None and chooser.isVisible()
    assert chooser.defaultSuffix() == "pdf"
    assert dialog.suggested_path().name == "atgarder-2026-11-23.pdf"
    chooser.reject()


def test_from_the_end_of_the_huddle_the_summary_comes_first(qtbot, demo_db, tmp_path):
    summary = HuddleSummary(duration_seconds=14 * 60 + 5, planned_minutes=15, overtime_seconds=0,
                            roles=("aldre_ssk", "hemtjanst"), decisions_made=2,
                            followups_made=2, patients_discussed=6, patients_on_board=20,
                            cfs_scores_recorded=1, calls_recorded=1)
    end = QtEndDialog(summary, db=demo_db, day=DEMO_TODAY)
    qtbot.addWidget(end)
    end.open()
    assert "Nya uppföljningar i hemmet: 2" in end.summary_text()
    assert "Telefonuppföljningar registrerade: 1" in end.summary_text()
    assert not end.print_actions_button.autoDefault()      # Enter still ends the huddle
    hint = end.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700    # fits the nurse's laptop
    end.save_actions_button.click()
    dialog = end.actions_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary_check.isChecked() and dialog.save_button.isDefault()
    assert dialog.sizeHint().height() <= 700
    assert all(check.sizeHint().width() <= dialog.width() for check in dialog.org_checks.values())
    dialog.choose(["hemtjanst"])
    target = tmp_path / "avstamning.pdf"
    assert dialog.save_pdf(target)
    first, home = pages_text(target.read_bytes())
    assert "Sammanfattning av avstämningen – måndag 23 november 2026" in first
    assert "Nya uppföljningar i hemmet 2" in first
    assert "Patienter som togs upp 6 av 20 på tavlan" in first
    assert "Åtgärder för Hemtjänst – måndag 23 november 2026" in home
    dialog.close()
    end.reject()


def test_without_a_database_the_end_dialog_is_as_before(qtbot):
    end = QtEndDialog(HuddleSummary(duration_seconds=600, planned_minutes=15,
                                    overtime_seconds=0, roles=("aldre_ssk",)))
    qtbot.addWidget(end)
    assert end.print_actions_button is None and end.open_actions("print") is None
