"""Cell values: every date form of SAMSA-EXPORT.md, Ja/Nej, and the header names."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huddle.intake.layout import fold_name, header_signature
from huddle.intake.samsa import SAMSA_LAYOUT
from huddle.intake.values import ValueProblem, is_before, parse_when, parse_yes_no


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-22", date(2026, 11, 22)),
        ("2026-11-22 08:15", datetime(2026, 11, 22, 8, 15)),
        ("2026-11-22 08:15:00", datetime(2026, 11, 22, 8, 15)),
        ("2026-11-22T08:15", datetime(2026, 11, 22, 8, 15)),
        ("20261122", date(2026, 11, 22)),
        ("22/11/2026", date(2026, 11, 22)),
        ("22.11.2026", date(2026, 11, 22)),
        ("22.11.2026 08.15", datetime(2026, 11, 22, 8, 15)),
        ("2/3/2026", date(2026, 3, 2)),
        ("  2026-11-22  ", date(2026, 11, 22)),
    ],
)
def test_every_date_form(text, expected):
    assert parse_when(text, "Inskrivningsdatum") == expected


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_unknown_never_today(text):
    assert parse_when(text, "Utskrivningsdatum") is None


@pytest.mark.parametrize("text", ["2026-02-30", "31.04.2026", "20261301", "2026-11-22 25:00"])
def test_impossible_dates_are_named(text):
    with pytest.raises(ValueProblem, match="inget möjligt datum") as info:
        parse_when(text, "Utskrivningsklar")
    assert "Utskrivningsklar" in str(info.value)


@pytest.mark.parametrize("text", ["igår", "22 nov 2026", "11/22/26", "2026-11"])
def test_unreadable_dates_say_how_to_write_them(text):
    with pytest.raises(ValueProblem, match="2026-11-22"):
        parse_when(text, "Inskrivningsdatum")


def test_before_compares_clock_only_when_both_have_a_time():
    admitted = datetime(2026, 11, 18, 14, 20)
    assert is_before(datetime(2026, 11, 18, 9, 0), admitted)
    assert not is_before(date(2026, 11, 18), admitted)  # same day, no time given
    assert is_before(date(2026, 11, 17), admitted)


@pytest.mark.parametrize(("text", "expected"),
                         [("Ja", True), ("nej", False), ("JA ", True), ("X", True),
                          ("", None), ("0", False)])
def test_yes_no(text, expected):
    assert parse_yes_no(text, "Samtycke") is expected


def test_yes_no_refuses_other_words():
    with pytest.raises(ValueProblem, match="Samtycke"):
        parse_yes_no("Kanske", "Samtycke")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pnr", "personnummer"), ("Personnr", "personnummer"), ("PERSONNUMMER", "personnummer"),
        ("  person nummer ", "personnummer"),
        ("PUD", "pud"), ("Beräknat utskrivningsdatum", "pud"),
        ("Utskrivningsklar datum", "ready_at"), ("VC", "health_centre"),
        ("Listad vårdcentral", "health_centre"), ("Listad  Vardcentral", "health_centre"),
        ("ärende id", "samsa_id"), ("ARENDE-ID", "samsa_id"), ("Senast ändrad", "last_changed"),
        ("Kommunal hälso- och sjukvård", "municipal_hsl"), ("SIP-kallelse", "sip_invited_on"),
    ],
)
def test_header_synonyms_ignore_case_spaces_and_dots(name, key):
    columns = SAMSA_LAYOUT.recognise([name])
    assert columns.index == {key: 0}


def test_a_header_without_a_required_column_is_not_recognised():
    assert SAMSA_LAYOUT.score(["Personnummer", "Inskrivningsdatum", "Namn"]) == 0
    assert SAMSA_LAYOUT.score(["Pnr", "Inskriven", "VC"]) == 3


def test_header_signature_ignores_case_and_spacing_but_not_order():
    assert header_signature(["Pat ID", "Ankomst"]) == header_signature(["pat-id", "ANKOMST "])
    assert header_signature(["Pat ID", "Ankomst"]) != header_signature(["Ankomst", "Pat ID"])
    assert fold_name("\ufeffÄrende-ID") == "arendeid"
