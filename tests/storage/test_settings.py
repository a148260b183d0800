"""Settings: declared once with defaults, stored per health centre."""

from __future__ import annotations

import logging
from datetime import date, timedelta

import pytest

from huddle.domain.settings import SPECS, Settings, normalise_vc
from huddle.errors import InputError
from huddle.storage.database import open_database
from huddle.storage.settings import load_settings, save_settings


def test_every_setting_has_a_swedish_label_and_a_default():
    keys = [spec.key for spec in SPECS]
    assert len(keys) == len(set(keys))
    for spec in SPECS:
        assert spec.label and spec.default is not None


def test_defaults_apply_until_changed(db_path):
    db = open_database(db_path)
    try:
        settings = load_settings(db)
        assert not settings.configured
        assert (settings.payment_days, settings.sip_valid_months, settings.call_hours) == (
            3, 12, 72)
        changed = save_settings(db, payment_days=5)
        assert changed.payment_days == 5
        assert changed.call_hours == 72
    finally:
        db.conn.close()


def test_saved_settings_survive_reopening_with_swedish_letters(db, db_path):
    save_settings(db, vc_aliases=["Skene VC", "Vårdcentralen Skene"], kommun="Mark")
    db.conn.close()
    again = open_database(db_path)
    try:
        settings = load_settings(again)
        assert settings.configured
        assert settings.vc_names() == ["Skene vårdcentral", "Skene VC", "Vårdcentralen Skene"]
        assert settings.kommun == "Mark"
        stored = again.execute("SELECT value FROM settings WHERE key = 'vc_name'").fetchone()[0]
        assert stored == '"Skene vårdcentral"'  # readable in the file, not \\u escapes
    finally:
        again.conn.close()


def test_unknown_settings_are_refused_and_nothing_is_saved(db):
    with pytest.raises(KeyError):
        save_settings(db, kommun="Borås", no_such_setting=1)
    assert load_settings(db).kommun == "Mark"


def test_a_name_of_only_spaces_is_not_configured():
    assert not Settings({"vc_name": "   "}).configured


def test_unknown_attributes_are_errors():
    with pytest.raises(AttributeError):
        Settings().no_such_setting  # noqa: B018


def test_health_centre_names_compare_ignoring_case_and_spaces():
    assert normalise_vc("  Skene   VÅRDCENTRAL ") == normalise_vc("skene vårdcentral")


def test_changing_a_list_from_the_defaults_does_not_change_the_defaults():
    Settings().vc_aliases.append("Någon annan VC")
    Settings().agenda_minutes[0] = 99
    assert Settings().vc_aliases == []
    assert Settings().agenda_minutes == [3, 2, 4, 3, 3]



# ---------------------------------------------------------------- checked on save, safe on load


def _stored(db) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings").fetchall())


@pytest.mark.parametrize(("values", "words"), [
    ({"agenda_minutes": [3, 2, 4]}, "ska ha 5 värden"),
    ({"payment_days": 99}, "mellan 0 och 60"),
    ({"reserve_number_pattern": "[A-Z"}, "inget giltigt reguljärt uttryck"),
    ({"vc_name": "  "}, "får inte vara tomt"),
    ({"eves_days_off": "nej"}, "ska vara ja eller nej"),
    ({"cfs_preventive_max": 6}, "måste vara lägre än"),
    ({"cfs_sip_max": 8, "cfs_preventive_max": 8}, "måste vara lägre än"),
    ({"kommun": "Borås", "huddle_minutes": 0}, "mellan 1 och 120"),
])
def test_a_bad_value_is_refused_with_a_swedish_sentence_and_nothing_is_saved(db, values,
                                                                          words):
    before = _stored(db)
    with pytest.raises(InputError) as caught:
        save_settings(db, **values)
    assert words in caught.value.message
    assert _stored(db) == before


def test_two_settings_that_must_keep_an_order_can_change_together(db):
    settings = save_settings(db, cfs_preventive_max=6, cfs_sip_max=7)
    assert (settings.cfs_preventive_max, settings.cfs_sip_max) == (6, 7)


def test_a_bad_value_in_an_old_database_is_read_as_its_default(db):
    for key, text in (("agenda_minutes", "[3, 2, 4]"), ("huddle_minutes", '"15"'),
                      ("payment_days", "not json"), ("call_hours", "48")):
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, text])
    settings = load_settings(db)
    assert settings.agenda_minutes == [3, 2, 4, 3, 3]
    assert settings.huddle_minutes == 15
    assert settings.payment_days == 3
    assert settings.call_hours == 48


def test_every_change_is_written_to_the_apps_log(db, caplog):
    with caplog.at_level(logging.INFO, logger="huddle"):
        save_settings(db, payment_days=5, kommun="Mark")
    lines = [r.getMessage() for r in caplog.records if r.name == "huddle.storage.settings"]
    # kommun was already Mark: no change, no line.
    assert lines == ["Setting payment_days changed from 3 (default) to 5"]


# ---------------------------------------------------------------- the eves (issue 14)


def _hold(db, day):
    from datetime import datetime, time

    from huddle.storage.huddles import end_huddle, start_huddle

    huddle = start_huddle(db, day, [("aldre_ssk", None)],
                          now=datetime.combine(day, time(8, 15)))
    end_huddle(db, huddle.id, now=datetime.combine(day, time(8, 30)))


@pytest.mark.parametrize(("eve", "today"), [
    (date(2026, 12, 24), date(2026, 12, 28)),  # julafton, a Thursday
    (date(2026, 6, 19), date(2026, 6, 22)),    # midsommarafton, a Friday
])
def test_an_eve_without_a_huddle_is_missed_only_when_the_centre_is_open_then(db, eve, today):
    from huddle.storage.huddles import missed_days, recent_missed_days

    # Huddles on every working day around the eve, none on the eve itself.
    day = eve - timedelta(days=7)
    while day < today:
        if day.weekday() < 5 and day != eve:
            _hold(db, day)
        day += timedelta(days=1)
    assert recent_missed_days(db, today) == []
    assert missed_days(db, eve, eve) == []
    save_settings(db, eves_days_off=False)
    assert recent_missed_days(db, today) == [eve]
    assert missed_days(db, eve, eve) == [eve]
