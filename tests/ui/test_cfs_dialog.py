"""The CFS scoring dialog: descriptions while scoring, keys 1–9, who and when, the history
with its trend, the warning under 65 and the reminder after 12 months."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from huddle.domain import cfs as cfs_rules
from huddle.ui.qt_cfs_dialog import QtCfsDialog
from huddle.ui.qt_forms import to_qdate
from tests.dbtools import table_count, table_rows
from tests.ui.frailty_fixtures import DAY, log_actions, patient

pytestmark = pytest.mark.gui


def dialog_for(qtbot, db, patient_id: int) -> QtCfsDialog:
    dialog = QtCfsDialog(db, patient_id, DAY)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_all_nine_levels_show_label_and_description_while_scoring(qtbot, db):
    dialog = dialog_for(qtbot, db, patient(db))
    for level in range(1, 10):
        choice = dialog.level_choices[level]
        assert choice.radio.text() == f"{level}  {cfs_rules.LABELS[level]}"
        assert choice.description.text() == cfs_rules.DESCRIPTIONS[level]
        assert choice.description.isVisible()
    assert dialog.selected_level() is None
    assert dialog.history_table.isHidden()
    assert dialog.trend_label.text() == "Ingen skattning"
    assert "frailty_record" in log_actions(db)


def test_score_by_key_with_who_version_and_baseline(qtbot, db):
    pid = patient(db)
    dialog = dialog_for(qtbot, db, pid)
    qtbot.keyClick(dialog, Qt.Key.Key_6)
    assert dialog.selected_level() == 6
    assert "SIP och daglig avstämning" in dialog.pathway_label.text()
    dialog.version_combo.setCurrentIndex(dialog.version_combo.findData("1.2"))
    dialog.date_edit.setDate(to_qdate(date(2026, 11, 20)))
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lakare"))
    qtbot.keyClicks(dialog.name_edit, "Per Holm")
    dialog.baseline_edit.setText("Före fallet i oktober")  # keyClicks takes ASCII only
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    row = table_rows(db, "cfs_scores", "patient_id = ?", [pid])[0]
    assert (row["level"], row["scale_version"], row["scored_on"], row["scored_by_role"],
            row["scored_by_name"], row["baseline_note"]) == (
        6, "1.2", "2026-11-20", "lakare", "Per Holm", "Före fallet i oktober")
    assert log_actions(db)[-1] == "cfs_recorded"


def test_typing_a_name_with_digits_does_not_change_the_level(qtbot, db):
    dialog = dialog_for(qtbot, db, patient(db))
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Ssk 2")
    assert dialog.selected_level() == 4
    assert dialog.name_edit.text() == "Ssk 2"


def test_saving_without_a_level_says_so_and_stores_nothing(qtbot, db):
    pid = patient(db)
    dialog = dialog_for(qtbot, db, pid)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.error_label.text() == "Välj en nivå 1–9 innan du sparar."
    assert dialog.isVisible()
    assert table_count(db, "cfs_scores") == 0


def test_a_score_of_9_explains_it_is_not_a_degree_of_frailty(qtbot, db):
    dialog = dialog_for(qtbot, db, patient(db, scores=((7, date(2026, 6, 1)),)))
    dialog.choose(9)
    text = dialog.pathway_label.text()
    assert "Trygg hemgång" in text and "inte ett mått på skörhet" in text
    assert "CFS 7 → 9" in text


def test_history_with_trend_newest_first(qtbot, db):
    pid = patient(db, scores=((4, date(2024, 2, 29)), (6, date(2026, 3, 1)),
                              (5, date(2026, 10, 1))))
    dialog = dialog_for(qtbot, db, pid)
    assert dialog.trend_label.text() == "Försämrad från CFS 4 till 5 sedan 29/2 2024"
    table = dialog.history_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [["1 okt 2026", "5", "↓ förbättrad", "Anna Lund"],
                    ["1 mar 2026", "6", "↑ försämrad", "Anna Lund"],
                    ["29 feb 2024", "4", "• första", "Anna Lund"]]


def test_warning_for_a_patient_aged_64_and_none_at_65(qtbot, db):
    young = dialog_for(qtbot, db, patient(db, "19611124", "Ung, Anna"))
    assert young.age_warning is not None and young.age_warning.isVisible()
    assert young.age_warning.text().startswith("Patienten är 64 år. CFS är validerad från 65 år")
    old = dialog_for(qtbot, db, patient(db, "19611123", "Jämn, Åke"))
    assert old.age_warning is None


def test_reminder_when_the_last_score_is_older_than_12_months(qtbot, db):
    exactly = dialog_for(qtbot, db, patient(db, scores=((5, date(2025, 11, 23)),)))
    assert exactly.rescore_reminder is None
    older = dialog_for(qtbot, db, patient(db, "19380522", "Björk, Sven",
                                          scores=((5, date(2025, 11, 22)),)))
    assert older.rescore_reminder is not None
    assert older.rescore_reminder.text() == (
        "Senaste skattningen (22/11 2025) är äldre än 12 månader – dags att skatta om.")


def test_a_future_date_cannot_be_chosen(qtbot, db):
    dialog = dialog_for(qtbot, db, patient(db))
    dialog.date_edit.setDate(to_qdate(date(2026, 12, 1)))
    assert dialog.date_edit.date() == to_qdate(DAY)
