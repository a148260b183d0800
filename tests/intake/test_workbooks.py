"""Workbooks as spreadsheets leave them: numbers for ids and dates, OpenDocument files, and
hostile files that would expand beyond any export – refused before openpyxl reads them."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.errors import InputError
from huddle.intake import workbook_limits
from huddle.intake.table import read_table
from huddle.storage.imports import import_file
from tests.intake import hostile_workbooks as hostile
from tests.intake.samsa_files import AS_OF, REFERENCE_HEADER, as_table, row, rows, write_xlsx

ODS_MESSAGE = "OpenDocument stöds inte – spara som .xlsx eller .csv"


def _tables(db) -> dict[str, list[tuple]]:
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()]
    return {name: db.execute(f"SELECT * FROM [{name}]").fetchall() for name in names}


# --------------------------------------------------------------------------- numbers in cells

def test_a_numeric_case_id_keeps_every_digit_and_loses_no_case(db, tmp_path):
    table = as_table([row(1), row(2)])
    id_column = REFERENCE_HEADER.index("Ärende-ID")
    table[1][id_column] = 1.234567890123e12   # a number cell, as Excel stores it
    table[2][id_column] = 42
    path = write_xlsx(tmp_path / "samsa.xlsx", {"SAMSA": table})
    result = import_file(db, path, as_of=AS_OF)
    assert result.accepted == 2, result.rejected
    stored = sorted(r[0] for r in db.execute("SELECT case_key FROM cases"))
    assert stored == ["1234567890123", "42"]


def test_a_case_id_that_lost_its_leading_zeros_in_excel_is_the_same_case(db, tmp_path):
    first = as_table([row(1, **{"Ärende-ID": "000123"})])
    import_file(db, write_xlsx(tmp_path / "dag1.xlsx", {"SAMSA": first}), as_of=AS_OF)
    later = as_table([row(1, **{"Planerat utskrivningsdatum": "2026-11-25"})])
    later[1][REFERENCE_HEADER.index("Ärende-ID")] = 123
    result = import_file(db, write_xlsx(tmp_path / "dag2.xlsx", {"SAMSA": later}),
                         as_of=AS_OF.replace(hour=7))
    assert (result.new_cases, result.updated_cases, result.gone_cases) == (0, 1, 0)


def test_a_personnummer_that_lost_its_leading_zero_says_so_without_quoting_it(db, tmp_path):
    table = as_table([row(1)])
    table[1][REFERENCE_HEADER.index("Personnummer")] = 503101107  # 050310-1107, born 2005
    result = import_file(db, write_xlsx(tmp_path / "samsa.xlsx", {"SAMSA": table}),
                         as_of=AS_OF)
    [problem] = result.rejected
    assert "inledande nolla" in problem.reason and "Excel" in problem.reason
    assert "503101107" not in problem.reason and "0503" not in problem.reason


def test_dates_as_excel_serial_numbers_and_swedish_month_names(db, tmp_path):
    table = as_table([row(1, **{"Planerat utskrivningsdatum": "5 dec. 2026"})])
    table[1][REFERENCE_HEADER.index("Inskrivningsdatum")] = 46344       # 2026-11-18
    table[1][REFERENCE_HEADER.index("Utskrivningsklar")] = 46346.4375   # 2026-11-20 10:30
    result = import_file(db, write_xlsx(tmp_path / "samsa.xlsx", {"SAMSA": table}),
                         as_of=AS_OF)
    assert result.rejected == ()
    case = db.execute("SELECT admitted_at, ready_at, pud FROM cases").fetchone()
    assert tuple(case) == ("2026-11-18T00:00", "2026-11-20T10:30", "2026-12-05")


# --------------------------------------------------------------------------- OpenDocument

def _ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


@pytest.mark.parametrize("name", ["samsa.ods", "samsa.xlsx"])
def test_an_opendocument_file_gets_exactly_one_sentence(db, db_path, tmp_path, capsys, name):
    path = _ods(tmp_path / name)
    code = main(["import", str(path), "--db", str(db_path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"huddle: {ODS_MESSAGE}\n"


# --------------------------------------------------------------------------- hostile files

HOSTILE = {
    "one cell of 1 GB": hostile.one_huge_cell,
    "one cell of 200 MB": lambda path: hostile.one_huge_cell(path, 200),
    "millions of cells": hostile.cell_bomb,
    "shared strings of 100 MB": hostile.huge_shared_strings,
    "a cell at XFD2": lambda path: hostile.far_cell(path, "XFD2", REFERENCE_HEADER),
    "a row number past Excel's last": lambda path: hostile.far_cell(path, "A2000000",
                                                                    REFERENCE_HEADER),
    "entity expansion": hostile.entity_expansion,
    "a part larger than it says": hostile.lying_size,
}
REASONS = {
    "one cell of 1 GB": "orimligt stor",
    "one cell of 200 MB": "cell som är längre än en Excel-cell",
    "millions of cells": "celler, mer än en export",
    "shared strings of 100 MB": "orimligt stor",
    "a cell at XFD2": "bortom kolumn ZZ",
    "a row number past Excel's last": "bortom kolumn ZZ eller rad 1 048 576",
    "entity expansion": "XML som Excel aldrig skriver",
    "a part larger than it says": "kan vara skadad",
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_workbook_is_refused_with_a_reason_and_nothing_changes(db, tmp_path, kind):
    path = HOSTILE[kind](tmp_path / "export.xlsx")
    assert path.stat().st_size < 2 * hostile.MB
    import_file(db, hostile.sane(tmp_path / "ok.xlsx", as_table(rows(2))), as_of=AS_OF)
    before = _tables(db)
    with pytest.raises(InputError) as refused:
        import_file(db, path, as_of=AS_OF.replace(hour=7))
    assert REASONS[kind] in refused.value.message
    assert refused.value.message.startswith("export.xlsx ")
    assert _tables(db) == before


def test_the_one_gigabyte_cell_is_refused_on_the_command_line_too(db, db_path, tmp_path, capsys):
    path = hostile.one_huge_cell(tmp_path / "export.xlsx")
    code = main(["import", str(path), "--db", str(db_path), "--json"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "orimligt stor" in err and "Traceback" not in err


def test_the_hand_made_control_workbook_reads_as_a_table(tmp_path):
    path = hostile.sane(tmp_path / "ok.xlsx", as_table(rows(3)))
    workbook_limits.check_workbook(path)
    with read_table(path) as table:
        assert table.header == REFERENCE_HEADER
        assert len(list(table.rows)) == 3


def test_a_workbook_at_the_limits_of_an_export_passes(tmp_path, monkeypatch):
    """Limits scaled down: a workbook just inside them passes, one cell more is refused."""
    monkeypatch.setattr(workbook_limits, "MAX_CELLS", 3 * 20)
    path = hostile.sane(tmp_path / "ok.xlsx", as_table(rows(2)))   # header + 2 rows of 20
    workbook_limits.check_workbook(path)
    path = hostile.sane(tmp_path / "big.xlsx", as_table(rows(3)))
    with pytest.raises(InputError, match="celler"):
        workbook_limits.check_workbook(path)


def test_a_csv_line_of_more_than_32_megabytes_is_refused_before_it_is_read(db, tmp_path):
    path = tmp_path / "samsa.csv"
    header = ";".join(REFERENCE_HEADER)
    path.write_bytes((header + "\r\n" + "A" * (33 * hostile.MB) + "\r\n").encode())
    with pytest.raises(InputError, match="längre än 32 MB"):
        import_file(db, path, as_of=AS_OF)


def test_the_json_result_of_an_ordinary_workbook_is_unchanged(db, db_path, tmp_path, capsys):
    path = write_xlsx(tmp_path / "samsa.xlsx", {"SAMSA": as_table(rows(3))})
    assert main(["import", str(path), "--db", str(db_path), "--json",
                 "--as-of", "2026-11-22T06:00"]) == 0
    assert json.loads(capsys.readouterr().out)["accepted"] == 3
