"""One SAMSA row: identity forms, bad rows and their Swedish reasons, derived values."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huddle.domain.identity import PERSONNUMMER, RESERVNUMMER, SAMORDNINGSNUMMER
from huddle.domain.samsa import STATUS_ADMITTED, STATUS_DISCHARGED, STATUS_READY, CaseRecord
from huddle.domain.settings import SPEC_BY_KEY
from huddle.intake.samsa import SAMSA_LAYOUT, RowProblem, SamsaRowReader, VcFilter, newer
from tests.intake.samsa_files import REFERENCE_HEADER, row

TODAY = date(2026, 11, 22)
RESERVE = SPEC_BY_KEY["reserve_number_pattern"].default


def read(values: dict[str, str], header=REFERENCE_HEADER, line: int = 7):
    columns = SAMSA_LAYOUT.recognise(header)
    reader = SamsaRowReader(columns, today=TODAY, reserve_pattern=RESERVE)
    return reader.read(line, [values.get(name, "") for name in header])


@pytest.mark.parametrize(
    ("written", "number", "kind"),
    [
        ("19380412-1121", "193804121121", PERSONNUMMER),
        ("380412-1121", "193804121121", PERSONNUMMER),
        ("193804121121", "193804121121", PERSONNUMMER),
        ("3804121121", "193804121121", PERSONNUMMER),
        ("19380412 1121", "193804121121", PERSONNUMMER),
        ("201215+1235", "192012151235", PERSONNUMMER),       # 100 or older
        ("19380472-1128", "193804721128", SAMORDNINGSNUMMER),  # day + 60
        ("19380412TF01", "19380412TF01", RESERVNUMMER),
        ("99123456", "99123456", RESERVNUMMER),
    ],
)
def test_identity_forms(written, number, kind):
    record = read(row(1, Personnummer=written))
    assert isinstance(record, CaseRecord), record
    assert (record.personnummer, record.id_kind) == (number, kind)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"Personnummer": "19380412-1122"}, "Personnumret har fel kontrollsiffra."),
        ({"Personnummer": ""}, "Personnummer saknas."),
        ({"Personnummer": "19381312-1120"}, "Personnumret innehåller ett omöjligt datum."),
        ({"Personnummer": "abc-12"}, "fel form"),
        ({"Personnummer": "503101107"}, "inledande nolla"),
        ({"Personnummer": "5,0310110E+8"}, "exponentform"),
        ({"Inskrivningsdatum": ""}, "Inskrivningsdatum saknas."),
        ({"Inskrivningsdatum": "2026-02-30"}, "Inskrivningsdatum: inget möjligt datum"),
        ({"Utskrivningsdatum": "2026-11-17"}, "Utskrivningsdatum: före inskrivningsdatumet."),
        ({"Utskrivningsklar": "2026-11-18 09:00"}, "Utskrivningsklar: före inskrivningsdatumet."),
        ({"Planerat utskrivningsdatum": "2026-13-01"}, "Planerat utskrivningsdatum: inget"),
        ({"Senast ändrad": "i förrgår"}, "Senast ändrad: inget giltigt datum"),
        ({"Samtycke": "Kanske"}, "Samtycke: ska vara Ja, Nej eller tomt."),
        ({"Ärende-ID": "1,23457E+12"}, "Ärende-ID: skrivet som ett tal i exponentform"),
        ({"Namn": "\u200b\u200d \u202e"}, "Namn: består bara av osynliga tecken."),
        ({"Namn": "Å" * 201}, "Namn: längre än 200 tecken."),
        ({"Behov efter utskrivning": "x" * 2001}, "Behov efter utskrivning: längre än 2000"),
    ],
)
def test_bad_rows_are_rejected_with_line_and_swedish_reason(values, reason):
    problem = read(row(1, **values), line=12)
    assert isinstance(problem, RowProblem)
    assert problem.line == 12
    assert reason in problem.reason


def test_reasons_never_quote_the_personnummer():
    problem = read(row(1, Personnummer="19380412-1122", **{"Skyddad identitet": "Ja"}))
    assert "1938" not in problem.reason
    assert "Åberg" not in problem.reason


def test_ready_and_discharge_on_the_admission_day_without_time_are_fine():
    record = read(row(1, Inskrivningsdatum="2026-11-18 14:20", Utskrivningsklar="2026-11-18",
                      Utskrivningsdatum="18.11.2026"))
    assert record.discharged_at == datetime(2026, 11, 18)


def test_a_row_with_more_fields_than_the_header_is_rejected():
    header = REFERENCE_HEADER
    columns = SAMSA_LAYOUT.recognise(header)
    reader = SamsaRowReader(columns, today=TODAY, reserve_pattern=RESERVE)
    cells = [row(1)[name] for name in header] + ["extra"]
    problem = reader.read(3, cells)
    assert isinstance(problem, RowProblem)
    assert "21 fält" in problem.reason


def test_values_are_read_into_the_record():
    record = read(row(1, Status="", Utskrivningsklar="2026-11-20 10:00",
                      **{"SIP-kallelse": "20261121", "Skyddad identitet": "ja",
                         "Kommunal hälso- och sjukvård": "Ja",
                         "Planerat utskrivningsdatum": "2026-11-24 12:00"}))
    assert record.derived_status == STATUS_READY
    assert record.ready_at == datetime(2026, 11, 20, 10, 0)
    assert record.pud == date(2026, 11, 24)
    assert record.sip_invited_on == date(2026, 11, 21)
    assert record.protected is True and record.municipal_hsl is True and record.home_care
    assert record.consent is True
    assert record.needs == "hemtjänst, hjälpmedel"
    assert record.last_changed == datetime(2026, 11, 21, 16, 2)
    assert record.raw["Namn"] == "Åberg, Märta 1"
    assert record.line == 7


def test_status_words_are_normalised_and_unknown_ones_derived():
    assert read(row(1, Status="UTSKRIVEN", Utskrivningsdatum="2026-11-20")).status == (
        STATUS_DISCHARGED)
    assert read(row(1, Status="Något nytt")).derived_status == STATUS_ADMITTED


def test_name_from_two_columns_and_unknown_columns_kept_raw():
    header = ["Pnr", "Förnamn", "Efternamn", "Inskriven", "VC", "Rum"]
    values = {"Pnr": "19380412-1121", "Förnamn": "Margareta", "Efternamn": "Ek",
              "Inskriven": "2026-11-18", "VC": "Skene vårdcentral", "Rum": "12B"}
    record = read(values, header=header)
    assert record.name == "Ek, Margareta"
    assert record.raw["Rum"] == "12B"
    assert record.case_key == "193804121121/2026-11-18"  # no Ärende-ID


def test_vc_filter_ignores_case_and_surplus_spaces():
    ours = VcFilter(["Skene vårdcentral", "Skene VC"])
    assert ours.matches("  skene   VÅRDCENTRAL ")
    assert ours.matches("SKENE vc")
    assert not ours.matches("Kinna vårdcentral")
    assert not ours.matches("")


def test_newest_by_last_changed_wins_and_later_row_breaks_ties():
    older = read(row(1, **{"Senast ändrad": "2026-11-20 10:00"}))
    newest = read(row(1, **{"Senast ändrad": "2026-11-21 10:00"}))
    undated = read(row(1, **{"Senast ändrad": ""}))
    assert newer(newest, older) and not newer(older, newest)
    assert newer(older, undated) and not newer(undated, older)
    assert newer(undated, undated)
