"""Loggranskning in the window: search a patient or a user, see the rows and the totals, save
the patient's extract and export CSV — and every step of it is itself in the access log."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from huddle.domain.access import ACTION_VIEW, PLACE_BOARD
from huddle.storage.audit import log_access
from huddle.storage.database import open_database
from huddle.ui.qt_log_review import QtLogReviewWindow, open_log_review
from tests.conftest import DEMO_TODAY
from tests.dbtools import table_rows
from tests.reports.pdf_text import pdf_text

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 23, 9, 30)


@pytest.fixture
def demo_db(demo_db_path):
    db = open_database(demo_db_path)
    yield db
    db.conn.close()


def patient(db, *, protected: bool) -> tuple[int, str, str]:
    return db.execute("SELECT id, personnummer, name FROM patients WHERE protected_identity = ? "
                      "ORDER BY id LIMIT 1", [int(protected)]).fetchone()


def review_window(qtbot, db) -> QtLogReviewWindow:
    window = QtLogReviewWindow(db, today=DEMO_TODAY, now=NOW)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_rows(window: QtLogReviewWindow) -> list[tuple[str, ...]]:
    model = window.model
    return [tuple(model.data(model.index(row, column)) for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_opening_the_review_is_logged(qtbot, app_style, demo_db):
    window = open_log_review(None, demo_db)
    qtbot.addWidget(window)
    last = table_rows(demo_db, "access_log")[-1]
    assert (last["action"], last["place"], last["detail"], last["patient_id"]) == (
        "visa", "loggranskning", "log_review_opened", None)


def test_a_patient_search_lists_their_rows_with_totals_and_saves_the_extract(
        qtbot, app_style, demo_db, tmp_path: Path):
    pid, number, name = patient(demo_db, protected=False)
    with demo_db.atomic():
        log_access(demo_db, ACTION_VIEW, pid, "board", place=PLACE_BOARD,
                   at="2026-11-20T08:05:00", user="anna.lind")
    window = review_window(qtbot, demo_db)
    assert not window.pdf_button.isEnabled()
    qtbot.keyClicks(window.patient_edit, f"{number[:8]}-{number[8:]}")
    window.search_button.click()
    rows = shown_rows(window)
    assert rows and {row[5:] for row in rows} == {(name, f"{number[:8]}-{number[8:]}")}
    assert ("20 nov 2026 kl 08:05", "anna.lind") in {row[:2] for row in rows}
    assert window.summary.text().startswith(f"{len(rows)} rader (")
    assert window.pdf_button.isEnabled() and window.print_button.isEnabled()
    assert window.search_button.isDefault()

    searched = table_rows(demo_db, "access_log")[-1]
    assert (searched["action"], searched["place"], searched["patient_id"]) == (
        "visa", "loggranskning", pid)

    out = tmp_path / "utdrag.pdf"
    old = os.umask(0o022)
    try:
        assert window.save_pdf(out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out.read_bytes())
    assert "Loggutdrag" in text and name in text and "anna.lind" in text
    saved = table_rows(demo_db, "access_log")[-1]
    assert (saved["action"], saved["place"], saved["patient_id"]) == (
        "skriv ut", "loggranskning", pid)


def test_a_protected_identity_is_found_by_personnummer_only(qtbot, app_style, demo_db):
    pid, number, name = patient(demo_db, protected=True)
    with demo_db.atomic():
        log_access(demo_db, ACTION_VIEW, pid, "board", place=PLACE_BOARD,
                   at="2026-11-20T08:05:00", user="anna.lind")
    window = review_window(qtbot, demo_db)
    window.set_query(patient=name.split(",")[0])
    window.search()
    assert all(row[5] != name for row in shown_rows(window))
    assert not window.pdf_button.isEnabled()
    window.set_query(patient=number)
    window.search()
    rows = shown_rows(window)
    assert rows and {row[5] for row in rows} == {"Skyddad identitet"}
    assert window.pdf_button.isEnabled()
    # In a user's rows the protected identity carries no personnummer.
    window.set_query(user="anna.lind")
    window.search()
    assert ("Skyddad identitet", "–") in {row[5:] for row in shown_rows(window)}


def test_a_user_search_over_a_period_and_csv_export(qtbot, app_style, demo_db,
                                                     tmp_path: Path):
    pid, _, _ = patient(demo_db, protected=False)
    with demo_db.atomic():
        for at in ("2026-10-01T10:00:00", "2026-11-20T10:00:00", "2026-11-21T11:00:00"):
            log_access(demo_db, ACTION_VIEW, pid, "board", place=PLACE_BOARD, at=at,
                       user="karin.ek")
    window = review_window(qtbot, demo_db)
    window.set_query(user="karin.ek", first=DEMO_TODAY.replace(day=1), action="visa")
    window.search()
    rows = shown_rows(window)
    assert [row[:2] for row in rows] == [("21 nov 2026 kl 11:00", "karin.ek"),
                                         ("20 nov 2026 kl 10:00", "karin.ek")]
    assert window.summary.text().startswith("2 rader (visa 2) · 1 användare · 1 patient")
    out = tmp_path / "logg.csv"
    assert window.save_csv(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3
    exported = table_rows(demo_db, "access_log")[-1]
    assert (exported["action"], exported["place"]) == ("exportera", "loggranskning")


def test_a_period_that_ends_before_it_starts_is_a_sentence_not_a_crash(qtbot, app_style,
                                                                       demo_db):
    window = review_window(qtbot, demo_db)
    window.set_query(first=DEMO_TODAY, last=DEMO_TODAY.replace(day=1))
    assert window.search() is None
    assert "ligger efter till-datumet" in window.error.text()
    assert window.error.isVisible()


def test_the_menu_opens_the_review(demo_window, qtbot):
    actions = {action.text().replace("&", ""): action
               for action in demo_window.menus.file_menu.actions()}
    actions["Loggranskning…"].trigger()
    opened = [w for w in demo_window.findChildren(QtLogReviewWindow)]
    assert opened and opened[0].isVisible()
    opened[0].close()
