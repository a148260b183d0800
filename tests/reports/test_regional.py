"""The regional CSV (`--csv`): what a manager sees in Swedish Excel and what the region adds up."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from huddle.cli import main
from huddle.reports.regional import REGIONAL_COLUMNS, combined_value, neutralise
from tests.reports.spreadsheet import Formula, open_in_spreadsheet, read_like_swedish_excel

NOW = "2026-12-02T09:00"


def _set(db_path, **values) -> None:
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings

    db = open_database(db_path)
    save_settings(db, **values)
    db.conn.close()


def _export(capsys, db_path, tmp_path, *period: str) -> tuple[dict, list[dict[str, str]], bytes]:
    target = tmp_path / "export.csv"
    code = main(["report", *period, "--db", str(db_path), "--csv", str(target), "--json",
                 "--now", NOW])
    out, err = capsys.readouterr()
    assert code == 0, err
    raw = target.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                               delimiter=";"))
    return json.loads(out), rows, raw


def _json_at(data: dict, path: str):
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def test_the_csv_opens_in_a_swedish_spreadsheet_with_letters_and_numbers_intact(
        capsys, scenario_db_path, tmp_path):
    _set(scenario_db_path, health_centre_code="SE2321000131-E000000000123")
    data, _, _ = _export(capsys, scenario_db_path, tmp_path, "monthly", "--month", "2026-11")
    cells = open_in_spreadsheet(tmp_path / "export.csv", tmp_path)
    header, body = cells[0], cells[1:]
    assert tuple(header) == REGIONAL_COLUMNS
    rows = [dict(zip(header, row, strict=True)) for row in body]
    by_measure = {row["measure"]: row for row in rows}
    assert {row["health_centre"] for row in rows} == {"Skene vårdcentral"}
    assert {row["health_centre_code"] for row in rows} == {"SE2321000131-E000000000123"}
    assert by_measure["samsa.readmissions_30d"]["label"] == "Återinskrivningar inom 30 dagar"
    assert by_measure["attendance.bistandshandlaggare.percent"]["label"] == \
        "Närvaro: Biståndshandläggare"
    mean = by_measure["samsa.ready_days_mean"]
    assert (mean["numerator"], mean["denominator"], mean["value"], mean["unit"]) == \
        (13, 4, 3.3, "dagar")
    share = by_measure["attendance.kommunal_hsl.percent"]
    assert isinstance(share["value"], float) and share["value"] == 94.7
    compared = 0
    for row in rows:   # every value is a number in the spreadsheet, equal to the JSON's
        expected = _json_at(data, row["measure"])
        if row["measure"].startswith("samsa.readmissions_percent."):   # no JSON key: by age
            band = row["measure"].rsplit(".", 1)[1]
            parts = (data["samsa"]["readmissions_by_age"][band],
                     data["samsa"]["discharges_by_age"][band])
            assert (row["numerator"], row["denominator"]) == parts
            expected = round(100 * parts[0] / parts[1], 1) if parts[1] else None
        if expected is None:
            assert row["value"] == ""
        else:
            assert isinstance(row["value"], int | float), row
            assert row["value"] == pytest.approx(expected), row
            compared += 1
    assert compared >= 40


def test_the_file_is_utf8_with_bom_semicolons_and_a_machine_column(capsys, scenario_db_path,
                                                                   tmp_path):
    _, rows, raw = _export(capsys, scenario_db_path, tmp_path, "monthly", "--month", "2026-11")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\r\n")[0].decode("utf-8-sig") == ";".join(REGIONAL_COLUMNS)
    by_measure = {row["measure"]: row for row in rows}
    held = by_measure["huddles.held_percent"]
    assert held["value"].replace(",", ".") == held["value_machine"]
    assert "," in by_measure["sip.valid_percent"]["value"]
    assert "." in by_measure["sip.valid_percent"]["value_machine"]
    assert {row["first_day"] for row in rows} == {"2026-11-01"}
    assert {row["as_of"] for row in rows} == {"2026-11-30"}


def test_the_excel_rules_the_tests_rely_on():
    """No byte-order mark, no UTF-8 in Excel; a leading = is a formula, a leading ' is not."""
    assert isinstance(read_like_swedish_excel(b"=1+1\r\n")[0][0], Formula)
    assert not isinstance(read_like_swedish_excel(b"'=1+1\r\n")[0][0], Formula)
    text = "health_centre\r\nSkene vårdcentral\r\n"
    assert read_like_swedish_excel(text.encode("utf-8"))[1] == ["Skene vÃ¥rdcentral"]
    assert read_like_swedish_excel(("\ufeff" + text).encode("utf-8"))[1] == \
        ["Skene vårdcentral"]


def test_weekly_has_a_csv_without_the_monthly_sections(capsys, scenario_db_path, tmp_path):
    data, rows, _ = _export(capsys, scenario_db_path, tmp_path, "weekly", "--week", "2026-W47")
    assert {row["period"] for row in rows} == {"2026-W47"}
    measures = {row["measure"] for row in rows}
    assert "huddles.held_percent" in measures
    assert not any(m.startswith(("cfs.", "sip.")) for m in measures)
    held = next(row for row in rows if row["measure"] == "huddles.held_percent")
    assert (held["numerator"], held["denominator"]) == (
        str(data["huddles"]["held_on_working_days"]), str(data["huddles"]["working_days"]))


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x.invalid";"klicka")', "+46 VC",
                                  "-1+1 vårdcentral", "@SUM(A1)"])
def test_a_name_that_could_start_a_formula_is_neutralised(capsys, scenario_db_path,
                                                          tmp_path, name):
    _set(scenario_db_path, vc_name=name, health_centre_code="=1+1")
    _, rows, raw = _export(capsys, scenario_db_path, tmp_path, "monthly", "--month", "2026-11")
    assert {row["health_centre"] for row in rows} == {f"'{name}"}
    assert {row["health_centre_code"] for row in rows} == {"'=1+1"}
    for cells in open_in_spreadsheet(tmp_path / "export.csv", tmp_path):
        for cell in cells:
            assert not isinstance(cell, Formula), cell


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Skene vårdcentral") == "Skene vårdcentral"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("") == ""


def test_a_value_is_recomputed_from_its_parts_the_same_way_for_one_centre_and_many():
    assert combined_value("%", Decimal(17), Decimal(18)) == Decimal("94.4")
    assert combined_value("dagar", Decimal(13), Decimal(4)) == Decimal("3.3")
    assert combined_value("%", Decimal(0), Decimal(0)) is None
    assert combined_value("antal", Decimal(5), None) == Decimal(5)


def test_the_labels_say_what_the_monthly_report_says_without_jargon(capsys, scenario_db_path,
                                                                     tmp_path):
    """The area report shows these labels to managers: 'SIP-spåret' and 'hemsjukvård' were
    words the health centre's own report does not use."""
    _, rows, _ = _export(capsys, scenario_db_path, tmp_path, "monthly", "--month", "2026-11")
    labels = {row["measure"]: row["label"] for row in rows}
    assert labels["sip.patients"] == "Patienter med CFS 5–6"
    assert labels["sip.valid_percent"] == "Patienter med CFS 5–6 och giltig SIP"
    assert labels["sip.hsl_valid_percent"] == \
        "Patienter i kommunal hälso- och sjukvård med giltig SIP"
    assert not [label for label in labels.values()
                if "SIP-spåret" in label or "hemsjukvård" in label]
