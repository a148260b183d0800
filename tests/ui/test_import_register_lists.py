"""The import dialog names what a CFS list or a visits list counts (not SAMSA cases)."""

from __future__ import annotations

from datetime import datetime

import pytest

from huddle.ui.qt_import_dialog import QtImportDialog
from tests.ui.frailty_fixtures import pnr

pytestmark = pytest.mark.gui


def run(qtbot, db, path) -> QtImportDialog:
    dialog = QtImportDialog(db, path, as_of=datetime(2026, 11, 23, 8, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None)
    return dialog


def test_a_cfs_list_result_counts_scores(qtbot, db, tmp_path):
    path = tmp_path / "cfs.csv"
    path.write_text("Personnummer;Namn;CFS;Datum;Skattad av\n"
                    f"{pnr('19400122')};Ek, Margareta;5;2026-11-01;Anna Lund\n", encoding="utf-8")
    dialog = run(qtbot, db, path)
    assert dialog.number_names["new_cases"].text() == "Nya skattningar"
    assert dialog.numbers["new_cases"].text() == "1"
    assert dialog.number_names["gone_cases"].isHidden()


def test_a_visits_list_says_what_it_did_not_keep(qtbot, db, tmp_path):
    path = tmp_path / "besok.csv"
    path.write_text("Personnummer;Datum;Plats\n"
                    f"{pnr('19400122')};2026-11-01;VC\n", encoding="utf-8")
    dialog = run(qtbot, db, path)
    assert dialog.number_names["other_vc"].text() == \
        "Ej i registret, inte mångsökare (sparas inte)"
    assert dialog.numbers["other_vc"].text() == "1"
