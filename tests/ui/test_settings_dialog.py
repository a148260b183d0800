"""The settings dialog: made from the declarations, checked by the domain, nothing stored
when a value is refused."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QLineEdit, QSpinBox

from huddle.domain.settings import SPECS
from huddle.storage.settings import load_settings
from huddle.ui.qt_forms import SCREEN_MARGIN
from huddle.ui.qt_settings_dialog import PREFERRED_SIZE, QtSettingsDialog

pytestmark = pytest.mark.gui

# What the dialog gets on a 1366×768 screen with a 40-pixel taskbar.
SMALL_SCREEN = (min(PREFERRED_SIZE[0], 1366 - SCREEN_MARGIN),
                min(PREFERRED_SIZE[1], 768 - 40 - SCREEN_MARGIN))


def stored(db) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


@pytest.fixture
def dialog(qtbot, app_style, db):
    dialog = QtSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def save(dialog: QtSettingsDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def set_text(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_one_group_box_per_group_and_a_field_by_kind(dialog):
    groups = list(dict.fromkeys(spec.group for spec in SPECS))
    assert [box.title() for box in dialog.group_boxes.values()] == groups
    assert set(dialog.fields) == {spec.key for spec in SPECS}
    minutes = dialog.fields["huddle_minutes"]
    assert isinstance(minutes, QSpinBox)
    assert (minutes.minimum(), minutes.maximum(), minutes.value()) == (1, 120, 15)
    assert isinstance(dialog.fields["goal_sip_valid_percent"], QDoubleSpinBox)
    eves = dialog.fields["eves_days_off"]
    assert isinstance(eves, QCheckBox) and eves.isChecked()
    assert eves.text() == "Julafton, midsommarafton och nyårsafton är lediga dagar"
    assert dialog.fields["agenda_minutes"].text() == "3, 2, 4, 3, 3"
    assert dialog.fields["vc_name"].text() == "Skene vårdcentral"
    assert isinstance(dialog.fields["reserve_number_pattern"], QLineEdit)
    assert dialog.fields["payment_days"].toolTip() == "payment_days – standard: 3"


def test_changed_values_are_stored_and_saved_is_signalled(qtbot, dialog, db):
    dialog.fields["payment_days"].setValue(5)
    dialog.fields["eves_days_off"].setChecked(False)
    dialog.fields["goal_sip_valid_percent"].setValue(72.5)
    set_text(qtbot, dialog.fields["agenda_minutes"], "5,2,3,3,2")
    set_text(qtbot, dialog.fields["vc_aliases"], "Skene VC, VC Skene")
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    assert not dialog.isVisible()
    settings = load_settings(db)
    assert settings.payment_days == 5
    assert settings.eves_days_off is False
    assert settings.goal_sip_valid_percent == 72.5
    assert settings.agenda_minutes == [5, 2, 3, 3, 2]
    assert settings.vc_aliases == ["Skene VC", "VC Skene"]
    assert settings.kommun == "Mark"  # untouched


@pytest.mark.parametrize(("key", "text", "message"), [
    ("agenda_minutes", "3,2,4",
     "Tidsrutor per del (minuter) ska ha 5 värden åtskilda med komma, till exempel "
     "3,2,4,3,3; 3 är fel antal."),
    ("agenda_minutes", "3,2,4,3,99",
     "Tidsrutor per del (minuter) ska vara mellan 0 och 60; 99 går inte."),
    ("reserve_number_pattern", "^(RV",
     "Mönster för reservnummer: '^(RV' är inget giltigt reguljärt uttryck "
     "(felet sitter vid tecken 2)."),
    ("vc_name", "   ", "Vårdcentralens namn får inte vara tomt."),
])
def test_an_invalid_value_shows_the_swedish_sentence_and_stores_nothing(
        qtbot, dialog, db, key, text, message):
    before = stored(db)
    dialog.fields["payment_days"].setValue(9)  # a valid change beside the invalid one
    set_text(qtbot, dialog.fields[key], text)
    with qtbot.assertNotEmitted(dialog.saved):
        save(dialog)
    assert dialog.error_label.text() == message
    assert dialog.isVisible()
    assert dialog.fields[key].hasFocus()
    assert stored(db) == before


def test_a_rule_between_two_settings_is_checked_too(qtbot, dialog, db):
    before = stored(db)
    dialog.fields["cfs_preventive_max"].setValue(6)
    with qtbot.assertNotEmitted(dialog.saved):
        save(dialog)
    assert "måste vara lägre än" in dialog.error_label.text()
    assert stored(db) == before
    dialog.fields["cfs_sip_max"].setValue(7)
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    assert (load_settings(db).cfs_preventive_max, load_settings(db).cfs_sip_max) == (6, 7)


def test_avbryt_stores_nothing(qtbot, dialog, db):
    before = stored(db)
    dialog.fields["payment_days"].setValue(9)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert stored(db) == before


def test_fits_a_1366x768_screen_with_its_buttons_visible(qtbot, dialog, tmp_path):
    assert dialog.minimumSizeHint().height() <= SMALL_SCREEN[1]
    dialog.resize(*SMALL_SCREEN)
    qtbot.waitUntil(lambda: dialog.size().toTuple() == SMALL_SCREEN)
    assert dialog.size().toTuple() == SMALL_SCREEN
    buttons = dialog.buttons.geometry()
    assert dialog.rect().contains(buttons)
    assert dialog.buttons.isVisible() and dialog.error_label.geometry().bottom() <= buttons.top()
    # Every setting is reachable by scrolling.
    last = dialog.fields[SPECS[-1].key]
    dialog.scroll.ensureWidgetVisible(last)
    assert last.visibleRegion().boundingRect().height() > 0
    dialog.grab().save(str(tmp_path / "installningar.png"))


def test_the_file_menu_opens_the_settings_and_saving_refreshes_the_board(
        qtbot, demo_window):
    actions = [a for a in demo_window.menus.file_menu.actions() if a.text() == "&Inställningar…"]
    assert len(actions) == 1
    actions[0].trigger()
    dialog = next(w for w in demo_window.findChildren(QtSettingsDialog) if w.isVisible())
    dialog.fields["cfs_plan_max"].setValue(1)
    with qtbot.waitSignal(demo_window.boardChanged, timeout=5000):
        save(dialog)
    assert load_settings(demo_window.db).cfs_plan_max == 1
