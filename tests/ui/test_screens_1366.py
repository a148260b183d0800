"""The nurse's laptop: 1366×768 with the text at 125 %. Every dialog opens with its buttons on
the screen, and Qt's own dialogs speak Swedish."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
)

from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 23, 8, 15)
SCREEN = QRect(0, 0, 1366, 768)
TASKBAR = 40
TITLE_BAR = 30          # the window frame's title, above the dialog's own area
LARGE_TEXT = 1.25


@pytest.fixture
def laptop(qapp, app_style, monkeypatch):
    """The screen is 1366×768 less the taskbar, and the text is 125 % of its normal size."""
    import huddle.ui.qt_forms as forms
    from huddle.ui import theme

    monkeypatch.setattr(forms, "screen_area",
                        lambda _widget: QRect(0, 0, SCREEN.width(), SCREEN.height() - TASKBAR))
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPixelSize(round(theme.BASE_PIXELS * LARGE_TEXT))
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


@pytest.fixture
def demo_db(demo_db_path):
    db = open_database(demo_db_path)
    yield db
    db.conn.close()


def _scored_patient(db) -> int:
    return db.execute("SELECT patient_id FROM cfs_scores ORDER BY id LIMIT 1").fetchone()[0]


def _makers():
    """Every dialog of the app, built the way the app builds it."""
    from huddle.storage.huddles import HuddleSummary
    from huddle.ui.qt_about_dialog import QtAboutDialog
    from huddle.ui.qt_actions_dialog import QtActionsDialog
    from huddle.ui.qt_call_dialog import QtCallDialog
    from huddle.ui.qt_cfs_dialog import QtCfsDialog
    from huddle.ui.qt_consent_dialog import QtConsentDialog
    from huddle.ui.qt_decision_dialog import QtDecisionDialog
    from huddle.ui.qt_end_dialog import QtEndDialog
    from huddle.ui.qt_first_run import QtFirstRunDialog
    from huddle.ui.qt_followup_dialog import QtFollowupDialog
    from huddle.ui.qt_log_review import QtLogReviewWindow
    from huddle.ui.qt_patient_dialog import QtPatientDialog
    from huddle.ui.qt_patient_frailty import QtFlagDialog
    from huddle.ui.qt_register import QtAddPatientDialog, QtRegisterWindow
    from huddle.ui.qt_report_dialog import QtReportDialog
    from huddle.ui.qt_review_dialogs import QtEscalateDialog, QtNewDateDialog
    from huddle.ui.qt_settings_dialog import QtSettingsDialog
    from huddle.ui.qt_shortcuts import QtShortcutsDialog
    from huddle.ui.qt_sip_dialog import QtSipDialog
    from huddle.ui.qt_start_dialog import QtStartDialog

    summary = HuddleSummary(duration_seconds=14 * 60, planned_minutes=15, overtime_seconds=0,
                            roles=("aldre_ssk", "hemtjanst"), decisions_made=2,
                            followups_made=2, patients_discussed=6, patients_on_board=20,
                            cfs_scores_recorded=1, calls_recorded=1)
    what = "Boka SIP-möte med biståndshandläggare och hemtjänst"
    return {
        "Rapporter": lambda db, path, p: QtReportDialog(path, now=NOW),
        "Kortkommandon (F1)": lambda db, path, p: QtShortcutsDialog(),
        "Patient": lambda db, path, p: QtPatientDialog(db, p, DEMO_TODAY),
        "CFS-skattning": lambda db, path, p: QtCfsDialog(db, p, DEMO_TODAY),
        "SIP": lambda db, path, p: QtSipDialog(db, p, DEMO_TODAY),
        "Samtycke": lambda db, path, p: QtConsentDialog(db, p, DEMO_TODAY),
        "Flagga": lambda db, path, p: QtFlagDialog(db, p, "Hemtjänsten oroliga"),
        "Inställningar": lambda db, path, p: QtSettingsDialog(db),
        "Om Huddle": lambda db, path, p: QtAboutDialog(path),
        "Register": lambda db, path, p: QtRegisterWindow(db, DEMO_TODAY),
        "Loggranskning": lambda db, path, p: QtLogReviewWindow(db, today=DEMO_TODAY, now=NOW),
        "Ny patient": lambda db, path, p: QtAddPatientDialog(db, DEMO_TODAY),
        "Åtgärder": lambda db, path, p: QtActionsDialog(db, DEMO_TODAY, now=NOW,
                                                        summary=summary),
        "Beslut": lambda db, path, p: QtDecisionDialog(
            db, day=DEMO_TODAY, now=lambda: NOW, patient_id=p, patient_label="Holm, Astrid"),
        "Uppföljning": lambda db, path, p: QtFollowupDialog(
            db, day=DEMO_TODAY, now=lambda: NOW, patient_id=p, patient_label="Holm, Astrid"),
        "Starta avstämningen": lambda db, path, p: QtStartDialog(db, day=DEMO_TODAY,
                                                                 now=lambda: NOW),
        "Avsluta avstämningen": lambda db, path, p: QtEndDialog(summary, db=db,
                                                                day=DEMO_TODAY),
        "Välkommen": lambda db, path, p: QtFirstRunDialog(db),
        "Nytt datum": lambda db, path, p: QtNewDateDialog(what, DEMO_TODAY, DEMO_TODAY),
        "Lyft till månadsmöte": lambda db, path, p: QtEscalateDialog(what, None),
        "Import (resultatet)": _imported,
        "Telefonuppföljning": lambda db, path, p: QtCallDialog(
            db, _called_patient(db), DEMO_TODAY, now=NOW),
    }


def _called_patient(db) -> int:
    return db.execute("SELECT patient_id FROM followups WHERE kind = 'call_72h' AND "
                      "status = 'open' ORDER BY id LIMIT 1").fetchone()[0]


def _imported(_db, path, _patient):
    """The import dialog on its result page, the tallest of its pages (the reference sample
    into a new database for the sample's health centre)."""
    from huddle.storage.settings import save_settings
    from huddle.ui.qt_import_dialog import QtImportDialog
    from tests.intake.samsa_files import AS_OF, write_sample

    db = open_database(path.parent / "import.sqlite")
    save_settings(db, vc_name="Skene vårdcentral", vc_aliases=["Skene VC"], kommun="Mark")
    dialog = QtImportDialog(db, write_sample(path.parent), as_of=AS_OF)
    dialog.destroyed.connect(db.conn.close)
    dialog.show()          # as open_import does: shown, then started
    dialog.start()
    deadline = time.monotonic() + 30   # the import runs in a worker thread
    while dialog.pages.currentWidget() is dialog.busy_page and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert dialog.pages.currentWidget() is dialog.result_page
    return dialog


def _outside(dialog: QDialog) -> list[str]:
    """The buttons a nurse cannot reach: outside the dialog as it opened. Buttons inside a
    scroll area (the nine CFS levels) are reached by scrolling and do not count."""
    lost = []
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not dialog:
            continue
        scrolled = button.parent()
        while scrolled is not None and not isinstance(scrolled, QAbstractScrollArea):
            scrolled = scrolled.parent()
        if scrolled is not None and scrolled is not dialog:
            continue
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        if not dialog.rect().contains(where):
            lost.append(button.text() or button.accessibleName())
    return lost


@pytest.mark.parametrize("name", list(_makers()))
def test_every_dialog_keeps_its_buttons_on_a_1366x768_screen_with_large_text(
        qtbot, laptop, demo_db, demo_db_path, name):
    dialog = _makers()[name](demo_db, demo_db_path, _scored_patient(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    usable = SCREEN.height() - TASKBAR - TITLE_BAR
    assert dialog.width() <= SCREEN.width(), f"{name} is {dialog.width()} px wide"
    assert dialog.height() <= usable, f"{name} is {dialog.height()} px tall"
    # A window manager shrinks a window to the screen only down to its minimum size.
    minimum = dialog.minimumSizeHint()
    assert minimum.width() <= SCREEN.width() and minimum.height() <= usable, name
    assert _outside(dialog) == [], f"{name}: buttons outside the dialog"
    # Nothing squeezed: the dialog is at least as large as its contents need (an explicit
    # minimum width lets Qt open a dialog narrower than its layout, and texts get cut).
    need = dialog.layout().totalMinimumSize()
    assert dialog.width() >= need.width(), f"{name} is squeezed to {dialog.width()} px"
    assert dialog.height() >= need.height(), f"{name} is squeezed to {dialog.height()} px"
    dialog.close()


ENGLISH = ("Look in", "File name", "Files of type", "Open", "Cancel", "Close", "Save", "Yes",
           "No")


def _words(widget) -> set[str]:
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    return {text.replace("&", "").rstrip(":").strip() for text in texts}


def test_the_file_dialog_speaks_swedish(qtbot, app_style, tmp_path):
    dialog = QFileDialog(None, "Spara rapporten som PDF", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog.setAcceptMode(mode)
        dialog.show()
        words = _words(dialog)
        assert not words & set(ENGLISH), words & set(ENGLISH)
        assert {"Titta i", "Filnamn", "Avbryt"} <= words
    dialog.close()


def test_message_box_buttons_speak_swedish(qtbot, app_style):
    standard = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Huddle", "Spara ändringarna?",
                      standard.Yes | standard.No | standard.Open | standard.Save
                      | standard.Cancel | standard.Close)
    qtbot.addWidget(box)
    shown = {button.text().replace("&", "") for button in box.buttons()}
    assert not shown & set(ENGLISH), shown
    assert {"Ja", "Nej", "Avbryt", "Stäng", "Spara", "Öppna"} == shown


def test_the_patient_dialog_writes_dates_and_states_in_swedish(qtbot, app_style, demo_db):
    """Every demo patient's details: '14 nov kl 06:15', 'öppen', 'klar' – never an ISO time or
    an internal code such as 'done' or 'open'; the close button is 'Stäng'."""
    import re

    from huddle.ui.qt_patient_dialog import QtPatientDialog

    raw = re.compile(r"\d{4}-\d\d-\d\d|\b\d\d:\d\d:\d\d\b|\b(?:open|done|cancelled|given|"
                     r"declined|call_72h|need)\b|\b[a-z]+_[a-z_]+\b")
    patients = [row[0] for row in demo_db.execute("SELECT id FROM patients").fetchall()]
    moments = 0
    for patient_id in patients:
        dialog = QtPatientDialog(demo_db, patient_id, DEMO_TODAY)
        qtbot.addWidget(dialog)
        text = dialog.details.toPlainText()
        if dialog.frailty is not None:
            text += "\n" + dialog.frailty.summary.text()
        assert not raw.findall(text), (patient_id, raw.findall(text))
        moments += len(re.findall(r"\b\d{1,2} [a-zä]{3}(?: \d{4})? kl \d\d:\d\d\b", text))
        assert [b.text() for b in dialog.findChildren(QAbstractButton)
                if b.text().replace("&", "") in ENGLISH] == []
        dialog.close()
    assert moments > len(patients)      # the events' times, written the Swedish way


def test_at_large_text_the_cfs_level_chosen_by_key_scrolls_into_view(qtbot, laptop, demo_db):
    from PySide6.QtCore import Qt

    from huddle.ui.qt_cfs_dialog import QtCfsDialog

    dialog = QtCfsDialog(demo_db, _scored_patient(demo_db), DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_9)
    nine = dialog.level_choices[9]
    viewport = dialog.levels.viewport()
    top = nine.mapTo(viewport, nine.rect().topLeft()).y()
    assert nine.radio.isChecked()
    assert top >= 0 and top + nine.height() <= viewport.height()


@pytest.fixture
def pseudo_locale(qapp):
    """HUDDLE_LANG=pseudo: every string of Huddle's about 40 % longer (huddle/i18n.py)."""
    from PySide6.QtCore import QCoreApplication

    from huddle.i18n import install_translator
    from huddle.ui.app import PseudoTranslator

    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    yield
    qapp.removeTranslator(translator)
    install_translator(None)


@pytest.mark.parametrize("name", list(_makers()))
def test_in_a_longer_language_every_dialog_still_fits_the_1366x768_screen(
        qtbot, laptop, pseudo_locale, demo_db, demo_db_path, name):
    dialog = _makers()[name](demo_db, demo_db_path, _scored_patient(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert "«" in dialog.windowTitle() + "".join(
        button.text() for button in dialog.findChildren(QAbstractButton))
    usable = SCREEN.height() - TASKBAR - TITLE_BAR
    assert dialog.width() <= SCREEN.width(), f"{name} is {dialog.width()} px wide"
    assert dialog.height() <= usable, f"{name} is {dialog.height()} px tall"
    assert _outside(dialog) == [], f"{name}: buttons outside the dialog"
    dialog.close()
