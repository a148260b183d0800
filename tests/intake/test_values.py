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
        ("20261122 0815", datetime(2026, 11, 22, 8, 15)),
        ("20261122T08:15", datetime(2026, 11, 22, 8, 15)),
        ("22/11/2026", date(2026, 11, 22)),
        ("22.11.2026", date(2026, 11, 22)),
        ("22.11.2026 08.15", datetime(2026, 11, 22, 8, 15)),
        ("2/3/2026", date(2026, 3, 2)),
        ("  2026-11-22  ", date(2026, 11, 22)),
    ],
)
def test_every_date_form(text, expected):
    assert parse_when(text, "Inskrivningsdatum") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 okt 2026", date(2026, 10, 5)),
        ("5 oktober 2026", date(2026, 10, 5)),
        ("5 okt. 2026", date(2026, 10, 5)),
        ("05-okt-2026", date(2026, 10, 5)),
        ("5 Okt 2026 08:15", datetime(2026, 10, 5, 8, 15)),
        ("22 nov 2026", date(2026, 11, 22)),
        ("1 maj 2026", date(2026, 5, 1)),
        ("31 december 2026", date(2026, 12, 31)),
        ("3 mars 2026", date(2026, 3, 3)),
        ("7 sept. 2026", date(2026, 9, 7)),
        ("5-Oct-2026", date(2026, 10, 5)),  # Excel in English
    ],
)
def test_swedish_month_names(text, expected):
    assert parse_when(text, "Planerat utskrivningsdatum") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46300", date(2026, 10, 5)),
        ("46347", date(2026, 11, 21)),
        ("46347.5", datetime(2026, 11, 21, 12, 0)),
        ("46347,75", datetime(2026, 11, 21, 18, 0)),
        ("46347.0", date(2026, 11, 21)),
        ("32874", date(1990, 1, 1)),
        ("73415", date(2100, 12, 31)),
    ],
)
def test_excel_serial_numbers_in_a_plausible_range_are_dates(text, expected):
    assert parse_when(text, "Utskrivningsklar") == expected


@pytest.mark.parametrize("text", ["32873", "73416", "12345", "99999", "503101107", "4630"])
def test_other_bare_numbers_are_no_dates(text):
    with pytest.raises(ValueProblem, match="Utskrivningsklar: inget giltigt datum"):
        parse_when(text, "Utskrivningsklar")


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_unknown_never_today(text):
    assert parse_when(text, "Utskrivningsdatum") is None


@pytest.mark.parametrize("text", ["2026-02-30", "31.04.2026", "20261301", "2026-11-22 25:00",
                                  "32 okt 2026", "29 feb 2026"])
def test_impossible_dates_are_named(text):
    with pytest.raises(ValueProblem, match="inget möjligt datum") as info:
        parse_when(text, "Utskrivningsklar")
    assert "Utskrivningsklar" in str(info.value)


@pytest.mark.parametrize("text", ["igår", "22 nix 2026", "11/22/26", "2026-11"])
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


def test_yes_no_refuses_other_words_without_quoting_them():
    with pytest.raises(ValueProblem, match="Samtycke: ska vara Ja, Nej eller tomt") as info:
        parse_yes_no("Andersson, Sven", "Samtycke")
    assert "Andersson" not in str(info.value)


@pytest.mark.parametrize("text", ["Andersson, Sven", "19400101-0001", "194001010001",
                                  "2026-02-30", "5 okt 2026 25:00"])
def test_a_date_problem_never_quotes_the_cell(text):
    with pytest.raises(ValueProblem) as info:
        parse_when(text, "Utskrivningsklar")
    reason = str(info.value)
    assert reason.startswith("Utskrivningsklar: ")
    assert "Andersson" not in reason and "1940" not in reason and "02-30" not in reason


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
