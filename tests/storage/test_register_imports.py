"""`huddle import` of a CFS list and a visits list: recognised from the header, read with the
same readers (encodings, preamble, trailer), rejected rows reported, duplicates and repeats
counted, visits kept only where needed – and SAMSA's SIP invitation feeding the SIP register."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from huddle.domain.identity import with_check_digit
from huddle.errors import InputError
from huddle.storage.board_data import load_board
from huddle.storage.imports import import_file
from tests.dbtools import log_codes, table_count, table_rows
from tests.intake.samsa_files import row, write_csv

AS_OF = datetime(2026, 11, 23, 8, 0)


def pnr(birth: str, serial: str = "998") -> str:
    digits = with_check_digit(birth[2:] + serial)
    return f"{birth[:2]}{digits[:6]}-{digits[6:]}"


EK, BJORK, LIND, HOLM, DAHL = (pnr("19400122"), pnr("19380522", "997"), pnr("19450101"),
                               pnr("19300303"), pnr("19310303"))


def write(path: Path, lines: list[str], encoding: str = "utf-8-sig",
          newline: str = "\r\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def actions(db, code: str) -> int:
    return sum(1 for logged, _ in log_codes(db) if logged == code)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_cfs_list_in_any_encoding_with_preamble_and_trailer(db, tmp_path, encoding):
    separator = "\t" if encoding == "utf-16" else ";"
    lines = ["Skattningar Skene vårdcentral", "Utdrag 2026-11-20", "",
             separator.join(["Personnummer", "Namn", "CFS", "Datum", "Skattad av"]),
             separator.join([EK, "Ek, Margareta", "5", "2026-11-01", "Anna Lund, äldre-ssk"]),
             separator.join([BJORK[2:], "Björk, Sven-Åke", "CFS 7", "12.10.2026", "Per Holm"]),
             separator.join([LIND, "Lind, Karin", "6 – Måttlig skörhet", "20261105", ""]),
             "Antal rader: 3"]
    result = import_file(db, write(tmp_path / "cfs.csv", lines, encoding), as_of=AS_OF)
    assert result.kind == "cfs"
    assert (result.rows_read, result.accepted, result.new_cases) == (3, 3, 3)
    scores = db.execute("SELECT p.name, s.level, s.scored_on, s.scored_by_name, s.source, "
                        "s.import_id FROM cfs_scores s JOIN patients p ON p.id = s.patient_id "
                        "ORDER BY p.name").fetchall()
    assert scores == [
        ("Björk, Sven-Åke", 7, "2026-10-12", "Per Holm", "import", result.import_id),
        ("Ek, Margareta", 5, "2026-11-01", "Anna Lund, äldre-ssk", "import", result.import_id),
        ("Lind, Karin", 6, "2026-11-05", None, "import", result.import_id)]
    assert {r["source"] for r in table_rows(db, "patients")} == {"cfs"}
    assert actions(db, "cfs_import") == 3


def test_cfs_list_rejects_bad_rows_with_line_and_reason_and_keeps_the_good(db, tmp_path):
    lines = ["Personnummer;Namn;CFS;Datum;Skattad av",
             f"{EK};Ek, Margareta;5;2026-11-01;Anna",
             f"{EK};Ek, Margareta;5;2026-11-01;Anna",
             "19400122-9990;Fel, Nummer;4;2026-11-01;x",
             f"{LIND};Lind, Karin;10;2026-11-01;x",
             f"{LIND};Lind, Karin;;2026-11-01;x",
             f"{LIND};Lind, Karin;4;2027-01-01;x",
             f"{LIND};Lind, Karin;lätt;2026-11-01;x",
             f"{HOLM};Holm, Ture;9;;x"]
    result = import_file(db, write(tmp_path / "cfs.csv", lines), as_of=AS_OF)
    assert (result.accepted, result.duplicates) == (1, 1)
    assert [(p.line, p.reason) for p in result.rejected] == [
        (4, "Personnumret har fel kontrollsiffra."),
        (5, "CFS: ingen nivå; skriv en siffra 1–9."),
        (6, "CFS-nivå saknas."),
        (7, "Datum: ligger i framtiden."),
        (8, "CFS: ingen nivå; skriv en siffra 1–9."),
        (9, "Skattningsdatum saknas.")]
    assert result.rows_read == result.accepted + len(result.rejected) + result.duplicates
    assert all("19400122" not in p.reason for p in result.rejected)


def test_a_later_list_repeating_known_scores_adds_only_the_new(db, tmp_path):
    first = ["Personnummer;Namn;CFS;Datum;Skattad av", f"{EK};Ek, Margareta;5;2026-11-01;A"]
    import_file(db, write(tmp_path / "a.csv", first), as_of=AS_OF)
    second = first + [f"{EK};Ek, Margareta;6;2026-11-20;A"]
    result = import_file(db, write(tmp_path / "b.csv", second), as_of=AS_OF)
    assert (result.new_cases, result.unchanged_cases) == (1, 1)
    assert table_count(db, "cfs_scores") == 2
    lane = load_board(db, AS_OF.date()).lanes["cfs"]
    assert lane[0].reason == "CFS 6 · försämrad från CFS 5 (20/11) · saknar SIP"


def test_visits_are_kept_for_register_patients_and_new_frequent_attenders_only(db, tmp_path):
    import_file(db, write(tmp_path / "cfs.csv", ["Personnummer;CFS;Datum",
                                                 f"{EK};3;2026-10-01"]), as_of=AS_OF)
    lines = ["Personnummer;Datum;Plats;Namn",
             f"{EK};2026-11-02;VC;Ek, Margareta",
             f"{HOLM};2026-11-02;VC;Holm, Ture",
             f"{HOLM};2026-11-10;Vårdcentral;Holm, Ture",
             f"{HOLM};2026-11-19;vc;Holm, Ture",
             f"{HOLM};2026-11-19;VC;Holm, Ture",
             f"{DAHL};2026-11-19;VC;Dahl, Olle",
             f"{DAHL};2026-11-20;Tandvård;Dahl, Olle"]
    result = import_file(db, write(tmp_path / "besok.csv", lines), as_of=AS_OF)
    assert result.kind == "visits"
    assert (result.accepted, result.other_vc, result.duplicates) == (4, 1, 1)
    assert [(p.line, p.reason) for p in result.rejected] == [
        (8, "Plats: okänd; skriv VC eller Akutmottagning.")]
    names = {r["name"]: r["source"] for r in table_rows(db, "patients")}
    assert names == {"Ek, Margareta": "cfs", "Holm, Ture": "visits"}  # a missing name filled
    assert table_count(db, "visits") == 4
    lane = {i.name: i for i in load_board(db, AS_OF.date()).lanes["cfs"]}
    assert lane["Holm, Ture"].reason == "ej CFS-skattad · mångsökare: 3 besök på VC senaste 30 d"
    assert lane["Holm, Ture"].pathway == "forebyggande"
    again = import_file(db, write(tmp_path / "besok2.csv", lines + [""]), as_of=AS_OF)
    assert (again.new_cases, again.unchanged_cases) == (0, 4)


def test_a_list_with_an_unknown_header_is_not_taken_for_a_cfs_list(db, tmp_path):
    with pytest.raises(InputError):
        import_file(db, write(tmp_path / "x.csv", ["Personnummer;Poäng;Dag",
                                                   f"{EK};5;2026-11-01"]), as_of=AS_OF)
    assert table_count(db, "cfs_scores") == 0


def test_samsa_sip_invitation_column_feeds_the_sip_register(db, tmp_path):
    first = write_csv(tmp_path / "s1.csv", [row(1, Status="Utskrivningsklar",
                                                Utskrivningsklar="2026-11-20 09:00")])
    import_file(db, first, as_of=datetime(2026, 11, 21, 6, 0))
    assert table_count(db, "sips") == 0
    second = write_csv(tmp_path / "s2.csv", [row(1, Status="Utskrivningsklar",
                                                 Utskrivningsklar="2026-11-20 09:00",
                                                 **{"SIP-kallelse": "2026-11-21"})])
    import_file(db, second, as_of=datetime(2026, 11, 22, 6, 0))
    sips = list(table_rows(db, "sips"))
    assert [(s["state"], s["invited_on"], s["source"]) for s in sips] == [
        ("kallad", "2026-11-21", "samsa")]
