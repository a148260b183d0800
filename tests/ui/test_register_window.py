"""The register window, the SIP and consent dialogs, the flag, and the frailty panel in the
patient dialog – driven as a nurse would, checked by what they store and show."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from huddle.storage.board_data import load_board
from huddle.ui.qt_consent_dialog import QtConsentDialog
from huddle.ui.qt_forms import to_qdate
from huddle.ui.qt_patient_dialog import QtPatientDialog
from huddle.ui.qt_register import QtRegisterWindow
from huddle.ui.qt_sip_dialog import QtSipDialog
from tests.dbtools import table_count, table_row, table_rows
from tests.ui.frailty_fixtures import DAY, call, log_actions, patient, pnr

pytestmark = pytest.mark.gui


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def save(dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


# ------------------------------------------------------------------ register


def test_search_by_name_and_number_and_open_the_patient(qtbot, db):
    ek = patient(db, scores=((6, date(2026, 9, 1)),))
    patient(db, "19380522", "Björk, Sven-Åke")
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    qtbot.keyClicks(window.search_edit, "ek")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert window.results.rowCount() == 1
    cells = [window.results.item(0, c).text() for c in range(8)]
    assert cells[:6] == ["Ek, Margareta", f"{pnr('19400122')[:8]}-{pnr('19400122')[8:]}",
                         "86", "6 (1 sep)", "SIP och daglig avstämning",
                         "Ej giltig – ingen sip"]
    with qtbot.waitSignal(window.patientActivated) as opened:
        window.open_button.click()
    assert opened.args == [ek]
    window.search_edit.setText(pnr("19380522")[2:])
    assert [r.name for r in window.search()] == ["Björk, Sven-Åke"]
    assert "register_search" in log_actions(db)


def test_a_protected_patient_is_found_only_by_the_full_number_and_masked(qtbot, db):
    pid = patient(db)
    db.update("patients", pid, {"protected_identity": 1})
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    window.search_edit.setText("Ek")
    assert window.search() == []
    assert "skyddad identitet" in window.hint.text()
    window.search_edit.setText(pnr("19400122"))
    window.search()
    assert window.results.item(0, 0).text() == "Skyddad identitet"
    assert window.results.item(0, 1).text() == "–"


def test_add_a_patient_by_hand_from_the_search(qtbot, db):
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    number = pnr("19450101")
    window.search_edit.setText(number)
    dialog = window.open_add()
    assert dialog.number_edit.text() == number
    dialog.name_edit.setText("Lind, Karin")
    with qtbot.waitSignal(window.patientActivated) as opened:
        save(dialog)
    row = table_row(db, "patients", opened.args[0])
    assert (row["name"], row["personnummer"], row["source"]) == ("Lind, Karin", number,
                                                                  "manual")
    again = window.open_add()
    again.number_edit.setText(number)
    again.name_edit.setText("Lind, K")
    save(again)
    assert "finns redan" in again.error_label.text()


def test_planning_tab_lists_what_the_board_leaves_for_another_day(qtbot, db):
    for n in range(5):
        patient(db, f"1940010{n + 1}", f"Ek, Nr{n}", scores=((6, date(2026, 10, 1)),))
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    with qtbot.waitSignal(window.planShown):
        window.show_plan()
    assert window.plan.rowCount() == 5
    column = [window.plan.item(r, 4).text() for r in range(5)]
    assert sorted(column) == ["Ja", "Ja", "Ja", "Väntar", "Väntar"]
    assert {window.plan.item(r, 3).text() for r in range(5)} == {"Erbjud SIP"}


def test_a_double_click_on_a_row_opens_the_patient_once(qtbot, db):
    ek = patient(db, scores=((6, date(2026, 10, 1)),))
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    window.search_edit.setText("Ek")
    window.search()
    opened = []
    window.patientActivated.connect(opened.append)
    for table in (window.results, window.plan):
        if table is window.results:
            window.tabs.setCurrentIndex(0)
        else:
            with qtbot.waitSignal(window.planShown):
                window.tabs.setCurrentIndex(1)
        qtbot.waitExposed(table)
        where = table.visualItemRect(table.item(0, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [ek, ek]          # one dialog per double click, not two


def test_after_a_new_score_the_lists_show_it(qtbot, db):
    from huddle.storage.register import record_cfs_score

    ek = patient(db, scores=((4, date(2025, 10, 1)),))
    window = shown(qtbot, QtRegisterWindow(db, DAY))
    window.search_edit.setText("Ek")
    window.search()
    with qtbot.waitSignal(window.planShown):
        window.show_plan()
    assert window.results.item(0, 3).text() == "4 (1 okt 2025)"
    assert window.plan.item(0, 3).text() == "Skatta CFS på nytt"
    record_cfs_score(db, ek, level=6, scored_on=DAY, today=DAY, role="aldre_ssk",
                     name="Anna Lund")
    with qtbot.waitSignal(window.planShown):
        window.refresh_lists()
    assert window.results.item(0, 3).text() == "6 (23 nov)"
    assert window.plan.item(0, 2).text().startswith("CFS 6")
    assert window.plan.item(0, 3).text() != "Skatta CFS på nytt"


# ------------------------------------------------------------------ SIP and consent


def test_sip_invited_then_held_makes_it_valid(qtbot, db):
    pid = patient(db, scores=((6, date(2026, 9, 1)),))
    dialog = shown(qtbot, QtSipDialog(db, pid, DAY))
    assert dialog.status_notice.text() == "Ingen giltig SIP."
    dialog.choose_state("kallad")
    assert dialog.date_checks["invited_on"].isChecked()
    dialog.date_edits["invited_on"].setDate(to_qdate(date(2026, 11, 10)))
    save(dialog)
    again = shown(qtbot, QtSipDialog(db, pid, DAY))
    assert again.episode_combo.currentText().startswith("Aktuell SIP: Kallad")
    again.choose_state("genomford")
    save(again)
    row = table_rows(db, "sips")[0]
    assert (row["state"], row["invited_on"], row["held_on"]) == (
        "genomford", "2026-11-10", "2026-11-23")
    third = shown(qtbot, QtSipDialog(db, pid, DAY))
    assert third.status_notice.text() == (
        "Giltig SIP till och med 23/11 2027 (senaste möte 23/11 2026).")
    assert log_actions(db).count("sip_created") == 1
    assert log_actions(db).count("sip_updated") == 1


def test_sip_dates_out_of_order_are_refused_in_the_dialog(qtbot, db):
    pid = patient(db)
    dialog = shown(qtbot, QtSipDialog(db, pid, DAY))
    dialog.choose_state("genomford")
    dialog.date_checks["invited_on"].setChecked(True)
    dialog.date_edits["invited_on"].setDate(to_qdate(DAY))
    dialog.date_edits["held_on"].setDate(to_qdate(date(2026, 11, 1)))
    save(dialog)
    assert "kan inte vara före" in dialog.error_label.text()
    assert table_count(db, "sips") == 0


def test_consent_given_needs_who_and_protection_can_be_set(qtbot, db):
    pid = patient(db)
    dialog = shown(qtbot, QtConsentDialog(db, pid, DAY))
    assert not dialog.by_edit.isEnabled()
    dialog.consent_buttons["given"].setChecked(True)
    assert dialog.by_edit.isEnabled()
    save(dialog)
    assert dialog.error_label.text() == "Ange vem som registrerar svaret."
    dialog.by_edit.setText("Anna Lund")
    dialog.protected_check.setChecked(True)
    dialog.enrolled_combo.setCurrentIndex(dialog.enrolled_combo.findData(False))
    save(dialog)
    row = table_row(db, "patients", pid)
    assert (row["consent"], row["consent_by"], row["consent_date"], row["protected_identity"],
            row["municipal_hsl"]) == ("given", "Anna Lund", "2026-11-23", 1, 0)
    lifting = shown(qtbot, QtConsentDialog(db, pid, DAY))
    lifting.protected_check.setChecked(False)
    assert lifting.lift_warning.isVisible()


def test_saving_consent_unchanged_from_samsa_needs_no_name(qtbot, db):
    pid = patient(db)
    db.update("patients", pid, {"consent": "given"})  # as SAMSA or the demo leaves it
    dialog = shown(qtbot, QtConsentDialog(db, pid, DAY))
    save(dialog)
    assert dialog.error_label.text() == ""
    assert "consent_changed" not in log_actions(db)


# ------------------------------------------------------------------ the patient dialog


def test_patient_dialog_shows_the_summary_and_reloads_after_a_score(qtbot, db):
    pid = patient(db, scores=((4, date(2025, 10, 1)),))
    call(db, pid, datetime(2026, 11, 22, 14, 20))
    dialog = shown(qtbot, QtPatientDialog(db, pid, DAY))
    summary = dialog.frailty.summary.text()
    assert "CFS 4 Mycket lätt skörhet (1/10 2025) → Förebyggande team." in summary
    assert "Skattningen är äldre än 12 mån." in summary
    assert "Telefonuppföljning: ej ringd, frist 25 nov kl 14:20." in summary
    assert dialog.frailty.call_button.isEnabled()
    views = log_actions(db).count("patient_record")
    with qtbot.waitSignal(dialog.changed):
        cfs = dialog.frailty.open_cfs()
        cfs.choose(6)
        cfs.name_edit.setText("Anna Lund")
        save(cfs)
    assert "CFS 6 Måttlig skörhet (23/11 2026) → SIP och daglig avstämning" in \
        dialog.frailty.summary.text()
    assert "CFS 6 – Måttlig skörhet" in dialog.details.toPlainText()
    assert log_actions(db).count("patient_record") == views + 1  # the reload is a new view


def test_flag_from_the_patient_dialog_puts_the_patient_on_the_cfs_lane(qtbot, db):
    pid = patient(db)
    dialog = shown(qtbot, QtPatientDialog(db, pid, DAY))
    flag = dialog.frailty.open_flag()
    flag.reason_edit.setText("Anhörig orolig")
    with qtbot.waitSignal(dialog.changed):
        save(flag)
    assert "Flaggad: Anhörig orolig" in dialog.frailty.summary.text()
    lane = load_board(db, DAY).lanes["cfs"]
    assert [i.reason for i in lane] == ["ej CFS-skattad · flaggad: Anhörig orolig"]
    lift = dialog.frailty.open_flag()
    lift.lift_button.click()
    assert load_board(db, DAY).lanes["cfs"] == []


# ------------------------------------------------------------------ the main window


def test_register_menu_opens_the_register_and_a_patient_from_it(qtbot, demo_window):
    titles = [action.text() for action in demo_window.menus.register_menu.actions()]
    assert titles == ["Sök patient…", "Att planera – sköra äldre…", "Ny patient…"]
    window = demo_window.open_planning()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.plan.rowCount() > 3)
    assert window.tabs.currentIndex() == 1
    patient_id = window.plan.item(0, 0).data(Qt.ItemDataRole.UserRole)
    opened = []
    demo_window.open_patient = lambda pid: opened.append(pid)  # what the signal reaches
    window.patientActivated.disconnect()
    window.patientActivated.connect(demo_window.open_patient)
    window.plan.selectRow(0)
    window.open_button.click()
    assert opened == [patient_id]


def test_the_board_shows_the_next_step_and_the_planning_note(qtbot, demo_window):
    lane = demo_window.board_view.lanes["cfs"]
    first = lane.card_widgets()[0]
    assert first.body.text().endswith("→ Skicka SIP-kallelse i dag")
    assert lane.note.isVisible()
    assert lane.note.text().endswith("till att planera – se Register › Att planera")


def test_a_score_saved_from_the_register_shows_in_its_lists(qtbot, demo_window):
    register = demo_window.open_planning()
    qtbot.waitExposed(register)
    qtbot.waitUntil(lambda: register.plan.rowCount() > 0)
    patient_id = register.plan.item(0, 0).data(Qt.ItemDataRole.UserRole)
    register.search_edit.setText(register.plan.item(0, 0).text())
    register.search()
    assert register.results.item(0, 0).data(Qt.ItemDataRole.UserRole) == patient_id
    level = 5 if register.results.item(0, 3).text().startswith("7") else 7
    dialog = demo_window.open_patient(patient_id)      # what the register's Öppna reaches
    cfs = dialog.frailty.open_cfs()
    cfs.choose(level)
    cfs.name_edit.setText("Anna Lund")
    with qtbot.waitSignal(register.planShown):
        save(cfs)
    # The register underneath shows the new score without being closed and opened again.
    assert register.results.item(0, 3).text() == f"{level} (23 nov)"
    rows = {register.plan.item(r, 0).data(Qt.ItemDataRole.UserRole): r
            for r in range(register.plan.rowCount())}
    assert register.plan.item(rows[patient_id], 2).text().startswith(f"CFS {level} ")
    dialog.close()


def test_switching_to_the_room_clears_the_planning_list_before_it_is_read_again(
        qtbot, demo_window):
    """The list is read in a worker: the nurse's names must not stay on a mirrored screen
    while the room's list is on its way."""
    register = demo_window.open_planning()
    qtbot.waitUntil(lambda: register.plan.rowCount() > 0)
    names = {register.plan.item(r, 0).text() for r in range(register.plan.rowCount())}
    with qtbot.waitSignal(register.planShown):
        register.set_audience("room")
        assert register.plan.rowCount() == 0
        assert register.plan_state.isVisibleTo(register)
    shown = {register.plan.item(r, 0).text() for r in range(register.plan.rowCount())}
    assert shown and shown != names
