"""Rejection reasons name the line, the column and what is wrong – never what the cell holds,
which may be a personnummer or a name. And names arrive as plain text, or not at all."""

from __future__ import annotations

import json
import re

import pytest

from huddle.cli import main
from huddle.storage.imports import import_file
from tests.intake.samsa_files import AS_OF, pnr, row, write_csv

PERSON = "Andersson, Sven"
NUMBER = pnr("19400101", "000")     # fictional, valid check digit
DIGITS = NUMBER.replace("-", "")
DATE_COLUMNS = ("Inskrivningsdatum", "Planerat utskrivningsdatum", "Utskrivningsklar",
                "Utskrivningsdatum", "SIP-kallelse", "Senast ändrad")


def _leaks(reason: str) -> list[str]:
    """What of the cells a reason repeats: a run of 6+ digits, or a part of the name."""
    found = re.findall(r"\d{6,}", reason)
    found += [part for part in ("Andersson", "Sven", NUMBER[:6], NUMBER[-4:]) if part in reason]
    return found


def test_a_personnummer_and_a_name_in_date_columns_are_rejected_without_quoting_them(
        db, db_path, tmp_path, capsys):
    records = [row(1, Utskrivningsklar=NUMBER),
               row(2, Utskrivningsklar=f"{PERSON} {NUMBER}"),
               row(3, **{"Planerat utskrivningsdatum": PERSON}),
               row(4, Utskrivningsdatum=DIGITS),
               row(5, Inskrivningsdatum=NUMBER[2:]),
               row(6, **{"Senast ändrad": f"{PERSON}, {DIGITS}"}),
               row(7, **{"SIP-kallelse": DIGITS[2:]})]
    path = write_csv(tmp_path / "export.csv", records)
    code = main(["import", str(path), "--db", str(db_path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rejected = json.loads(out)["rejected"]
    assert [problem["line"] for problem in rejected] == [2, 3, 4, 5, 6, 7, 8]
    for problem, column in zip(rejected, ["Utskrivningsklar", "Utskrivningsklar",
                                          "Planerat utskrivningsdatum", "Utskrivningsdatum",
                                          "Inskrivningsdatum", "Senast ändrad",
                                          "SIP-kallelse"], strict=True):
        assert problem["reason"].startswith(f"{column}: "), problem
        assert _leaks(problem["reason"]) == [], problem
    stored = db.execute("SELECT result FROM imports").fetchone()[0]
    assert _leaks(stored) == []
    assert "Andersson" not in stored and NUMBER not in stored and DIGITS not in stored


@pytest.mark.parametrize("column", ["Samtycke", "Skyddad identitet", "Hemtjänst",
                                    "Kommunal hälso- och sjukvård", *DATE_COLUMNS])
@pytest.mark.parametrize("value", [NUMBER, DIGITS, PERSON, f"{PERSON} {NUMBER}"])
def test_no_reason_repeats_the_cell_in_any_checked_column(db, tmp_path, column, value):
    path = write_csv(tmp_path / "export.csv", [row(1, **{column: value})])
    result = import_file(db, path, as_of=AS_OF)
    [problem] = result.rejected
    assert problem.reason.startswith(f"{column}: ")
    assert _leaks(problem.reason) == []


@pytest.mark.parametrize("value", [PERSON, NUMBER[:-1] + "9", DIGITS[1:], "503101107",
                                   "1,94001E+11", "abc-12"])
def test_identity_reasons_never_quote_the_number(db, tmp_path, value):
    result = import_file(db, write_csv(tmp_path / "export.csv", [row(1, Personnummer=value)]),
                         as_of=AS_OF)
    [problem] = result.rejected
    assert problem.reason.startswith("Personnum")
    assert _leaks(problem.reason) == [] and value not in problem.reason


def test_cfs_and_visits_lists_say_the_column_and_not_the_value(db, tmp_path):
    cfs = tmp_path / "cfs.csv"
    cfs.write_text("Personnummer;Namn;CFS;Datum;Version\n"
                   f"{NUMBER};{PERSON};{PERSON};2026-11-01;\n"
                   f"{NUMBER};{PERSON};5;{NUMBER};\n"
                   f"{NUMBER};{PERSON};5;2026-11-01;{PERSON}\n", encoding="utf-8")
    result = import_file(db, cfs, as_of=AS_OF)
    assert [p.reason.split(":")[0] for p in result.rejected] == ["CFS", "Datum", "Version"]
    assert all(_leaks(p.reason) == [] for p in result.rejected)
    visits = tmp_path / "besok.csv"
    visits.write_text(f"Personnummer;Datum;Plats\n{NUMBER};2026-11-02;{PERSON}\n",
                      encoding="utf-8")
    [problem] = import_file(db, visits, as_of=AS_OF).rejected
    assert problem.reason.startswith("Plats: ") and _leaks(problem.reason) == []


# --------------------------------------------------------------------------- text is text

def test_names_are_stored_as_plain_text(db, tmp_path):
    names = {1: "\u202eAndersson, Sven", 2: "Ek\u200b, Anna\u200d", 3: "<b>Lind</b>, Åke",
             4: "<script>alert(1)</script>", 5: "Björk,\tSven-Åke\u2066 "}
    path = write_csv(tmp_path / "export.csv", [row(n, Namn=name) for n, name in names.items()])
    result = import_file(db, path, as_of=AS_OF)
    assert result.rejected == ()
    stored = sorted(r[0] for r in db.execute("SELECT name FROM patients"))
    assert stored == sorted(["Andersson, Sven", "Ek, Anna", "<b>Lind</b>, Åke",
                             "<script>alert(1)</script>", "Björk, Sven-Åke"])


@pytest.mark.parametrize(("name", "reason"), [
    ("\u200b\u200c\u200d", "Namn: består bara av osynliga tecken."),
    ("\u202e \u2066\u2069", "Namn: består bara av osynliga tecken."),
    ("\u3164", "Namn: består bara av osynliga tecken."),
    ("Ö" * 201, "Namn: längre än 200 tecken."),
])
def test_an_invisible_or_overlong_name_is_rejected_with_a_reason(db, tmp_path, name, reason):
    path = write_csv(tmp_path / "export.csv", [row(1, Namn=name), row(2)])
    result = import_file(db, path, as_of=AS_OF)
    assert [(p.line, p.reason) for p in result.rejected] == [(2, reason)]
    assert result.accepted == 1


def test_a_ten_megabyte_name_is_rejected_not_stored(db, tmp_path):
    path = write_csv(tmp_path / "export.csv", [row(1, Namn="Å" * 10_000_000), row(2)])
    result = import_file(db, path, as_of=AS_OF)
    [problem] = result.rejected
    assert problem.reason.startswith("Namn: längre än")
    assert db.execute("SELECT max(length(raw)) FROM cases").fetchone()[0] < 10_000
