"""The import dialog, driven as a user would: result screen, rejected rows, the shrink
question, the sheet choice and column mapping for an unknown layout."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from huddle.ui.qt_import_dialog import QtImportDialog, dropped_file, mask_value, open_import
from tests.dbtools import table_count, table_row
from tests.intake.samsa_files import (
    AS_OF,
    as_table,
    row,
    rows,
    write_csv,
    write_sample,
    write_xlsx,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The reference sample of SAMSA-EXPORT.md, written by the test."""
    return write_sample(tmp_path)


def make(qtbot, db, path, **options) -> QtImportDialog:
    dialog = QtImportDialog(db, path, as_of=options.pop("as_of", AS_OF), **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def settled(qtbot, dialog: QtImportDialog) -> QtImportDialog:
    """Wait until the import running in the background has shown its outcome."""
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is not dialog.busy_page, timeout=10000)
    return dialog


def started(qtbot, dialog: QtImportDialog) -> QtImportDialog:
    dialog.start()
    return settled(qtbot, dialog)


def click(qtbot, dialog: QtImportDialog, button) -> QtImportDialog:
    button.click()
    return settled(qtbot, dialog)


def numbers(dialog: QtImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.numbers.items()}


def test_the_import_leaves_the_boards_cfs_lane_worked_out_for_the_window(qtbot, db, sample):
    """Worked out in the import's worker, so the window's refresh after it does not look at
    every scored patient on the GUI thread (nothing kept before: a fresh database)."""
    from huddle.storage.cfs_verdicts import kept_verdicts, rules_key
    from huddle.storage.settings import load_settings

    day = AS_OF.date()
    dialog = make(qtbot, db, sample, board_day=day)
    with qtbot.waitSignal(dialog.importFinished):
        dialog.start()
    kept = kept_verdicts(db, day, rules_key(load_settings(db)))
    assert kept.changed == frozenset(), "current up to the import's last change"


def test_result_screen_shows_the_numbers_and_emits_finished(qtbot, db, sample):
    dialog = make(qtbot, db, sample)

    with qtbot.waitSignal(dialog.importFinished) as finished:
        dialog.start()

    assert dialog.pages.currentWidget() is dialog.result_page
    assert dialog.result_title.text() == "Importen är klar"
    assert re.search(r"läget 22 nov( 2026)? kl 06:00", dialog.result_detail.text())
    assert numbers(dialog) == {"rows_read": "6", "accepted": "6", "rejected": "0",
                               "other_vc": "0", "duplicates": "0", "new_cases": "6",
                               "updated_cases": "0", "unchanged_cases": "0", "gone_cases": "0"}
    assert dialog.rejected_title.text() == "Inga rader avvisades."
    assert finished.args[0].to_json()["new_cases"] == 6


def test_rejected_rows_are_listed_with_line_and_reason(qtbot, db, tmp_path):
    path = write_csv(tmp_path / "bad.csv",
                     [row(1), row(2, Personnummer="19380412-1122"), row(3, Vårdcentral="Annan"),
                      row(4, Inskrivningsdatum="")],
                     preamble=["Utdrag 2026-11-22 06:00"])
    dialog = make(qtbot, db, path)
    started(qtbot, dialog)

    assert numbers(dialog)["rejected"] == "2" and numbers(dialog)["other_vc"] == "1"
    model = dialog.rejected_view.model()
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(2)]
    assert shown == [("4", "Personnumret har fel kontrollsiffra."),
                     ("6", "Inskrivningsdatum saknas.")]
    assert not dialog.rejected_view.isHidden()


def test_same_file_again_says_so(qtbot, db, sample):
    started(qtbot, make(qtbot, db, sample))
    dialog = make(qtbot, db, sample)
    started(qtbot, dialog)
    assert dialog.result_title.text() == "Filen är redan importerad"
    assert "Inget har ändrats" in dialog.result_detail.text()
    assert " kl " in dialog.result_detail.text()          # when, the Swedish way
    assert not re.search(r"\d{4}-\d\d-\d\d", dialog.result_detail.text())


def test_shrink_guard_asks_and_imports_only_when_confirmed(qtbot, db, tmp_path):
    started(qtbot, make(qtbot, db, write_csv(tmp_path / "full.csv", rows(12))))
    cut = write_csv(tmp_path / "cut.csv", rows(3))

    dialog = make(qtbot, db, cut, as_of=datetime(2026, 11, 23, 6))
    started(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.shrink_page
    assert "bara 3 ärenden, mot 12" in dialog.shrink_label.text()
    assert table_count(db, "imports") == 1

    with qtbot.waitSignal(dialog.importFinished):
        dialog.shrink_confirm.click()
    assert numbers(dialog)["gone_cases"] == "9"

    cancelled = make(qtbot, db, write_csv(tmp_path / "cut2.csv", rows(1)),
                     as_of=datetime(2026, 11, 24, 6))
    # Three cases left: below ten, the guard stays quiet.
    started(qtbot, cancelled)
    assert cancelled.pages.currentWidget() is cancelled.result_page


def test_shrink_cancel_changes_nothing(qtbot, db, tmp_path):
    started(qtbot, make(qtbot, db, write_csv(tmp_path / "full.csv", rows(12))))
    dialog = make(qtbot, db, write_csv(tmp_path / "cut.csv", rows(2)),
                  as_of=datetime(2026, 11, 23, 6))
    started(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.importFinished):
        dialog.shrink_cancel.click()
    assert table_count(db, "imports") == 1 and table_count(db, "cases", "gone_at IS NULL") == 12


def test_unknown_layout_is_mapped_in_the_dialog_and_remembered(qtbot, db, tmp_path):
    header = ["Id", "Vem", "In", "Enhet"]
    data = [{"Id": row(1)["Personnummer"], "Vem": "Ek, Eva", "In": "2026-11-18",
             "Enhet": "Skene vårdcentral"}]
    path = write_csv(tmp_path / "egen.csv", data, header=header)
    dialog = make(qtbot, db, path)
    started(qtbot, dialog)

    assert dialog.pages.currentWidget() is dialog.mapping_page
    # The preview shows the shape of the values only.
    assert dialog.preview.item(0, 0).text() == "99999999-9999"
    assert dialog.preview.item(0, 1).text() == "Xx, Xxx"

    combos = dialog.mapping_combos
    combos["Personnummer"].setCurrentIndex(combos["Personnummer"].findData("Id"))
    combos["Inskrivningsdatum"].setCurrentIndex(combos["Inskrivningsdatum"].findData("In"))
    click(qtbot, dialog, dialog.mapping_save)
    assert "Vårdcentral" in dialog.mapping_error.text()  # a required one is missing

    combos["Vårdcentral"].setCurrentIndex(combos["Vårdcentral"].findData("In"))
    click(qtbot, dialog, dialog.mapping_save)
    assert "både" in dialog.mapping_error.text()  # one column for two things

    combos["Vårdcentral"].setCurrentIndex(combos["Vårdcentral"].findData("Enhet"))
    combos["Namn"].setCurrentIndex(combos["Namn"].findData("Vem"))
    with qtbot.waitSignal(dialog.importFinished):
        dialog.mapping_save.click()
    assert numbers(dialog)["new_cases"] == "1"
    assert table_row(db, "patients", 1)["name"] == "Ek, Eva"

    again = make(qtbot, db, write_csv(tmp_path / "egen2.csv", [data[0] | {"In": "2026-11-19"}],
                                      header=header))
    started(qtbot, again)
    assert again.pages.currentWidget() is again.result_page


def test_workbook_with_several_sheets_asks_which(qtbot, db, tmp_path):
    path = write_xlsx(tmp_path / "bok.xlsx", {"Info": [["Utdrag"]], "Lista": as_table(rows(2))})
    dialog = make(qtbot, db, path)
    started(qtbot, dialog)

    assert dialog.pages.currentWidget() is dialog.sheet_page
    dialog.sheet_combo.setCurrentText("Lista")
    click(qtbot, dialog, dialog.sheet_button)
    assert numbers(dialog)["accepted"] == "2"
    assert "Lista" in dialog.result_detail.text()


def test_unreadable_file_shows_the_reason(qtbot, db, tmp_path):
    dialog = make(qtbot, db, tmp_path / "borta.csv")
    started(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.error_page
    assert "finns inte" in dialog.error_label.text()


def test_open_import_starts_by_itself(qtbot, db, sample):
    dialog = open_import(None, db, sample, as_of=AS_OF)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.importFinished, timeout=5000):
        pass
    assert dialog.isVisible()


def test_mask_and_drop_helpers(tmp_path):
    assert mask_value("19380412-1121") == "99999999-9999"
    assert mask_value("Ja") == "Ja"
    assert mask_value("Skene vårdcentral") == "Xxxxx xxxxxxxxxxx"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.pdf")),
                  QUrl.fromLocalFile(str(tmp_path / "samsa.CSV"))])
    assert dropped_file(mime) == tmp_path / "samsa.CSV"


def test_the_dialog_knows_the_importer_stages():
    from huddle.storage import imports
    from huddle.ui import qt_import_dialog

    assert (qt_import_dialog.STAGE_HASH, qt_import_dialog.STAGE_READ) == (
        imports.STAGE_HASH, imports.STAGE_READ)
