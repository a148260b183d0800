"""Another language can be added without touching the code: extract, translate, load."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from huddle.domain.board import LANE_SAMSA
from huddle.i18n import install_translator
from tests.conftest import DEMO_TODAY

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"
ENGLISH = {
    ("QtBoard", "Patienter i SAMSA"): "Patients in SAMSA",
    ("board", "Utskriven {when}"): "Discharged {when}",
    ("labels", "Skyddad identitet"): "Protected identity",
    ("labels", "november"): "November",
}


@pytest.fixture(scope="module")
def translations():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.findall("context") for message in context.findall("message")}


def test_the_source_holds_qt_strings_domain_strings_and_marked_labels(translations, tmp_path):
    messages = _messages(translations.write_ts("en", tmp_path))
    for key in ENGLISH:
        assert key in messages, key
    assert ("labels", "Inskriven på sjukhus") in messages       # an event label
    assert ("labels", "Mycket allvarlig skörhet") in messages   # a CFS label
    assert ("labels", "Nytt beslut för patienten") in messages  # the F1 table
    assert ("intake", "CSV, {encoding}, avgränsare {delimiter}") in messages


def test_a_compiled_translation_changes_the_board(translations, tmp_path, qtbot, app_style,
                                                  demo_db_path):
    from huddle.storage.database import open_database
    from huddle.ui.qt_main_window import QtMainWindow

    ts = translations.write_ts("en", tmp_path)
    tree = ET.parse(ts)
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            english = ENGLISH.get((context.findtext("name"), message.findtext("source")))
            if english:
                translation = message.find("translation")
                translation.attrib.pop("type", None)
                translation.text = english
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = translations.release(ts)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    db = open_database(demo_db_path)
    try:
        window = QtMainWindow(db, demo_db_path, day=DEMO_TODAY)
        qtbot.addWidget(window)
        lane = window.board_view.lanes[LANE_SAMSA]
        assert lane.header.text().startswith("Patients in SAMSA")
        bodies = [card.body.text() for card in lane.card_widgets()]
        assert any(body.startswith("Discharged ") for body in bodies)
        assert not any(body.startswith("Utskriven ") for body in bodies)
        titles = [card.title.text() for card in lane.card_widgets()]
        assert any(title.startswith("Protected identity") for title in titles)
        assert "November" in window.header.today.text()
    finally:
        QCoreApplication.removeTranslator(translator)
        db.conn.close()


def test_label_tables_are_collected_because_they_are_marked_not_by_their_name(translations,
                                                                               tmp_path):
    package = tmp_path / "huddle"
    package.mkdir()
    (package / "m.py").write_text(
        'from huddle.i18n import tr_noop\n'
        'WHATEVER = {"a": tr_noop("Märkt etikett")}\n'
        'SOME_LABELS = {"b": "Omärkt etikett"}\n', encoding="utf-8")
    strings = translations.label_table_strings(package)
    assert strings == ["Märkt etikett"]


def test_a_usual_decision_picked_in_english_is_stored_in_swedish(qtbot, app_style, demo_db_path):
    """The stored text is the code everyone shares (the wall shows usual decisions even where
    free text is hidden); each screen translates it when it shows it."""
    from huddle.domain.board import COMMON_DECISIONS, decision_words
    from huddle.domain.disclosure import AUDIENCE_ROOM, Disclosure
    from huddle.domain.huddle import DEFAULT_ESCALATION_TO
    from huddle.storage.database import open_database
    from huddle.storage.rows import all_patients
    from huddle.ui.qt_decision_dialog import QtDecisionDialog

    english = {COMMON_DECISIONS[0]: "Medication review",
               DEFAULT_ESCALATION_TO: "Monthly meeting (managers)"}
    install_translator(lambda context, text: english.get(text, text) if context == "labels"
                       else text)
    db = open_database(demo_db_path)
    try:
        patient = next(iter(all_patients(db).values()))
        dialog = QtDecisionDialog(db, day=DEMO_TODAY, now=lambda: datetime(2026, 11, 23, 8, 20),
                                  patient_id=patient.id, patient_label="Holm, Astrid")
        qtbot.addWidget(dialog)
        assert dialog.what_edit.itemText(0) == "Medication review"
        dialog.what_edit.setCurrentIndex(0)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("aldre_ssk"))
        dialog.escalate_check.setChecked(True)
        assert dialog.recipient_edit.text() == "Monthly meeting (managers)"
        dialog.question_edit.setText("Kan vi få fler hembesök?")
        dialog.accept()
        what, to = db.execute("SELECT what, escalated_to FROM decisions ORDER BY id DESC "
                              "LIMIT 1").fetchone()
        assert (what, to) == (COMMON_DECISIONS[0], DEFAULT_ESCALATION_TO)
        on_the_wall = Disclosure(AUDIENCE_ROOM, "masked", True, "Patient 1", None, None, None,
                                 False, False, False)
        assert decision_words(what, on_the_wall) == "Medication review"
    finally:
        install_translator(None)
        db.conn.close()
