"""Checking a setting's value: one function for the dialog, the command line and storage."""

from __future__ import annotations

import pytest

from huddle.domain.huddle import AGENDA_ORDER, build_agenda, planned_minutes
from huddle.domain.settings import (
    SPEC_BY_KEY,
    SPECS,
    SettingError,
    Settings,
    check_rules,
    check_value,
    format_value,
    parse_value,
    spec_for,
)


def spec(key):
    return SPEC_BY_KEY[key]


@pytest.mark.parametrize(("key", "text", "value"), [
    ("payment_days", " 5 ", 5),
    ("goal_calls_in_time_percent", "87,5", 87.5),
    ("goal_calls_in_time_percent", "90", 90.0),
    ("shrink_ratio", "0.4", 0.4),
    ("eves_days_off", "nej", False),
    ("eves_days_off", "JA", True),
    ("eves_days_off", "false", False),
    ("eves_days_off", "1", True),
    ("agenda_minutes", "3,2,4,3,3", [3, 2, 4, 3, 3]),
    ("agenda_minutes", " 5, 1 ,3,3,3 ", [5, 1, 3, 3, 3]),
    ("vc_aliases", "Skene VC, VC Skene,", ["Skene VC", "VC Skene"]),
    ("vc_aliases", "", []),
    ("vc_name", "  Skene vårdcentral ", "Skene vårdcentral"),
    ("reserve_number_pattern", r"^RV\d{6}$", r"^RV\d{6}$"),
])
def test_text_is_read_by_the_kind_of_setting(key, text, value):
    assert parse_value(spec(key), text) == value


@pytest.mark.parametrize(("key", "text", "words"), [
    ("payment_days", "tre", "inget heltal"),
    ("payment_days", "2.5", "inget heltal"),
    ("payment_days", "61", "mellan 0 och 60"),
    ("huddle_minutes", "0", "mellan 1 och 120"),
    ("goal_sip_valid_percent", "101", "mellan 0 och 100"),
    ("goal_sip_valid_percent", "mycket", "inget tal"),
    ("goal_sip_valid_percent", "nan", "ska vara ett tal"),
    ("eves_days_off", "kanske", "ja eller nej"),
    ("agenda_minutes", "3,2,4", "ska ha 5 värden"),
    ("agenda_minutes", "3,2,4,3,3,1", "ska ha 5 värden"),
    ("agenda_minutes", "3,2,x,3,3", "'x' är inget heltal"),
    ("agenda_minutes", "3,2,4,3,61", "mellan 0 och 60"),
    ("reserve_number_pattern", "^(RV", "inget giltigt reguljärt uttryck"),
    ("reserve_number_pattern", "  ", "får inte vara tomt"),
    ("vc_name", "   ", "får inte vara tomt"),
    ("vc_name", "x" * 201, "högst 200 tecken"),
])
def test_a_bad_value_gets_a_swedish_sentence_naming_the_setting(key, text, words):
    with pytest.raises(SettingError) as caught:
        parse_value(spec(key), text)
    assert isinstance(caught.value, ValueError)
    assert words in caught.value.message
    assert caught.value.message.startswith(spec(key).label)


@pytest.mark.parametrize(("key", "value"), [
    ("payment_days", True),       # a bool is no number here
    ("payment_days", 3.0),
    ("payment_days", "3"),
    ("eves_days_off", 1),
    ("agenda_minutes", "3,2,4,3,3"),
    ("agenda_minutes", [3, 2, 4, 3, True]),
    ("vc_aliases", ["Skene VC", 3]),
    ("kommun", None),
])
def test_a_value_of_the_wrong_type_is_refused(key, value):
    with pytest.raises(SettingError, match="ska vara"):
        check_value(spec(key), value)


def test_an_int_for_a_float_setting_becomes_a_float():
    assert check_value(spec("goal_sip_valid_percent"), 70) == 70.0
    assert isinstance(check_value(spec("goal_sip_valid_percent"), 70), float)


def test_every_default_passes_its_own_check_except_the_empty_name_of_a_new_centre():
    for item in SPECS:
        if item.key == "vc_name":
            continue
        assert check_value(item, item.default) == item.default, item.key
    check_rules(Settings().effective())


def test_every_value_reads_back_from_its_text():
    for item in SPECS:
        value = "Skene vårdcentral" if item.key == "vc_name" else item.default
        assert parse_value(item, format_value(item, value)) == value, item.key


def test_the_agenda_has_one_time_box_per_part():
    assert spec("agenda_minutes").length == len(AGENDA_ORDER)


def test_the_preventive_level_must_be_below_the_sip_level():
    values = Settings().effective()
    check_rules(values | {"cfs_preventive_max": 5})
    for broken in ({"cfs_preventive_max": 6}, {"cfs_preventive_max": 7},
                   {"cfs_sip_max": 4}):
        with pytest.raises(SettingError, match="måste vara lägre än"):
            check_rules(values | broken)


def test_an_unknown_key_is_named_in_swedish():
    assert spec_for("payment_days") is spec("payment_days")
    with pytest.raises(SettingError, match="ingen inställning som heter 'betalning'"):
        spec_for("betalning")


def test_settings_set_aside_a_stored_value_that_fails_its_check():
    # An old or hand-edited database: each bad value falls back to its default alone.
    settings = Settings({"agenda_minutes": [3, 2, 4], "huddle_minutes": 0,
                         "payment_days": 5, "eves_days_off": "ja",
                         "reserve_number_pattern": "(", "no_such_setting": 1})
    assert settings.agenda_minutes == [3, 2, 4, 3, 3]
    assert [part.minutes for part in build_agenda(settings)] == [3, 2, 4, 3, 3]
    assert planned_minutes(settings) == 15
    assert settings.payment_days == 5
    assert settings.eves_days_off is True
    assert settings.reserve_number_pattern == spec("reserve_number_pattern").default
    assert "no_such_setting" not in settings.values
    assert settings.is_default("huddle_minutes") and not settings.is_default("payment_days")


def test_settings_whose_order_is_broken_both_fall_back():
    settings = Settings({"cfs_preventive_max": 6, "cfs_sip_max": 5, "cfs_min_age": 70})
    assert (settings.cfs_preventive_max, settings.cfs_sip_max) == (4, 6)
    assert settings.cfs_min_age == 70
    assert Settings({"cfs_preventive_max": 5}).cfs_preventive_max == 5
