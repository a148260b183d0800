"""Reading files as tables: encodings, separators, quoting, preamble and trailer, workbooks."""

from __future__ import annotations

import codecs
import csv
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huddle.errors import InputError
from huddle.intake.samsa import SAMSA_LAYOUT
from huddle.intake.sniff import sniff_file
from huddle.intake.table import list_sheets, read_table
from tests.intake.samsa_files import (
    REFERENCE_HEADER,
    VC,
    csv_text,
    row,
    rows,
    sample_bytes,
    write_sample,
    write_xlsx,
)


def read_all(path: Path, **options) -> tuple[list[str], list[tuple[int, list[str]]], object]:
    with read_table(path, header_score=SAMSA_LAYOUT.score, **options) as table:
        data = [(r.line, r.cells) for r in table.rows]
        return table.header, data, table


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("cp1252", b"", "cp1252"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16-le"),
    ],
)
def test_every_encoding_keeps_swedish_letters(tmp_path, encoding, bom, expected):
    path = tmp_path / "export.csv"
    text = csv_text([row(1, Namn="Öberg, Åsa"), row(2, Namn="Björk, Sven-Åke")])
    path.write_bytes(bom + text.encode(encoding))

    header, data, table = read_all(path)

    assert table.encoding == expected
    assert header == REFERENCE_HEADER
    assert [cells[2] for _line, cells in data] == ["Öberg, Åsa", "Björk, Sven-Åke"]
    assert [line for line, _cells in data] == [2, 3]


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    # Excel's "Unicode-text": UTF-16 LE with a byte-order mark, tab separated.
    path = tmp_path / "unicode.txt"
    text = csv_text([row(1, Vårdcentral="Skene vårdcentral")], delimiter="\t")
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))

    header, data, table = read_all(path)

    assert table.delimiter == "\t"
    assert data[0][1][header.index("Vårdcentral")] == "Skene vårdcentral"


@pytest.mark.parametrize("count", [3000, 8000])  # within the first megabyte read, and after it
def test_windows_1252_found_even_when_the_first_letter_is_far_down(tmp_path, count):
    path = tmp_path / "late.csv"
    many = rows(count, Namn="Andersson, Karl", **{"Behov efter utskrivning": "rehab"},
                Sjukhus="SAS Boras", Avdelning="Medicin", **{"Fast vårdkontakt": ""})
    many[-1]["Namn"] = "Ström, Åke"
    text = csv_text(many)
    assert len(text.encode("cp1252")) > 256 * 1024  # beyond the header sample
    path.write_bytes(text.encode("cp1252"))

    _header, data, table = read_all(path)

    assert table.encoding == "cp1252"
    assert data[-1][1][2] == "Ström, Åke"


def test_a_byte_order_mark_says_utf8_whatever_a_later_byte_says(tmp_path):
    """Excel's "CSV UTF-8" marks the file; the mark decides, so the file is not decoded twice
    to check it (a regional export is tens of megabytes). A broken byte far down becomes
    U+FFFD in its cell, as before, and every other letter is kept."""
    path = tmp_path / "marked.csv"
    many = rows(8000, Namn="Öberg, Åsa")
    many[-1]["Namn"] = "Ström, Åke"
    text = csv_text(many).encode("utf-8")
    assert len(text) > 1 << 20
    broken = text.replace("Ström".encode(), b"Str\xf6m")  # one Windows-1252 letter
    path.write_bytes(codecs.BOM_UTF8 + broken)

    _header, data, table = read_all(path)

    assert table.encoding == "utf-8-sig"
    assert data[0][1][2] == "Öberg, Åsa"
    assert data[-1][1][2] == "Str\ufffdm, Åke"


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_separator(tmp_path, delimiter):
    path = tmp_path / "export.csv"
    # The name holds a comma, so a comma-separated file must quote it.
    path.write_text(csv_text([row(1, Namn="Ek, Margareta")], delimiter=delimiter),
                    encoding="utf-8")

    header, data, table = read_all(path)

    assert table.delimiter == delimiter
    assert header == REFERENCE_HEADER
    assert data[0][1][2] == "Ek, Margareta"


def test_quoted_fields_with_separators_and_line_breaks_keep_line_numbers(tmp_path):
    path = tmp_path / "quoted.csv"
    records = [row(1, **{"Behov efter utskrivning": "hemtjänst;\nrehab\noch hjälpmedel"}),
               row(2, Namn='Ek, "Maggan" Margareta'), row(3)]
    path.write_text(csv_text(records, newline="\n"), encoding="utf-8")

    _header, data, _table = read_all(path)

    assert [line for line, _cells in data] == [2, 5, 6]
    assert data[0][1][REFERENCE_HEADER.index("Behov efter utskrivning")] == (
        "hemtjänst;\nrehab\noch hjälpmedel")
    assert data[1][1][2] == 'Ek, "Maggan" Margareta'


def test_preamble_before_the_header_and_trailer_after_the_data_are_skipped(tmp_path):
    path = tmp_path / "report.csv"
    text = csv_text(
        rows(2),
        preamble=["Rapport: Utskrivningsklara patienter", "Utdrag 2026-11-22 06:00", "", ";;;"],
        trailer=["", "Summa;2", "Antal rader: 2", "Sida 1 av 1"],
    )
    path.write_text(text, encoding="utf-8")

    header, data, table = read_all(path)

    assert table.header_line == 5
    assert header == REFERENCE_HEADER
    assert [line for line, _cells in data] == [6, 7]


def test_rows_passed_over_are_counted_and_the_rest_read_as_before(tmp_path):
    """A regional export: the reader passes over rows of the table's width whose health
    centre is not wanted, and hands on everything else (rows of another width may be ours
    with slipped columns; quoted rows go through the csv module; summary lines stay out)."""
    path = tmp_path / "region.csv"
    records = [row(1), row(2, Vårdcentral="Kinna vårdcentral"),
               row(3, Vårdcentral="Örby vårdcentral", Namn='Ek, "Maggan"'),
               row(4, Vårdcentral="Kinna vårdcentral"), row(5)]
    text = csv_text(records, trailer=["Summa;5"])
    text = text.replace("Medicin 4;", "Medicin;4;", 1)  # row 1's columns slip: one cell more
    path.write_text(text, encoding="utf-8")
    column = REFERENCE_HEADER.index("Vårdcentral")
    reports: list[int] = []

    with read_table(path, header_score=SAMSA_LAYOUT.score) as table:
        table.pass_over(column, lambda cell: cell == VC)
        table.report_rows(reports.append, 2)
        data = [(r.line, r.cells[2]) for r in table.rows]

        assert data == [(2, "Åberg, Märta 1"), (4, 'Ek, "Maggan"'), (6, "Åberg, Märta 5")]
        assert table.passed_over == 2
        assert table.rows_seen == 5
        assert reports == [2, 4]
        assert table.trailer == [["Summa", "5"]]


def test_sample_file_from_the_spec(tmp_path):
    header, data, table = read_all(write_sample(tmp_path))

    assert table.encoding == "utf-8-sig"
    assert header[0] == "Ärende-ID"
    assert len(data) == 6
    assert data[2][1][2] == "Öberg, Ingrid"


def test_header_not_recognised_falls_back_to_the_widest_row(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Min rapport\nA;B;C;D\n1;2;3;4\n", encoding="utf-8")

    with read_table(path, header_score=SAMSA_LAYOUT.score) as table:
        assert table.header == ["A", "B", "C", "D"]
        assert table.header_line == 2
        assert [r.cells for r in table.rows] == [["1", "2", "3", "4"]]


def test_blank_and_repeated_header_names_get_their_own_names(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("Personnummer;;Vårdcentral;Inskrivningsdatum;Namn;namn;;\n", "utf-8")

    with read_table(path) as table:
        assert table.header == ["Personnummer", "Kolumn 2", "Vårdcentral",
                                "Inskrivningsdatum", "Namn", "namn (2)"]


def test_unclosed_quote_is_a_readable_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.csv"
    text = csv_text(rows(2)) + '"' + "x" * 200_000 + "\n"
    path.write_text(text, encoding="utf-8")

    with read_table(path, header_score=SAMSA_LAYOUT.score) as table, \
            pytest.raises(InputError, match="citattecken"):
        list(table.rows)


def test_empty_and_missing_files_are_input_errors(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="tom"):
        read_table(empty)
    with pytest.raises(InputError, match="finns inte"):
        read_table(tmp_path / "nowhere.csv")


def test_old_excel_files_are_refused_with_advice(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputError, match=r"\.xlsx"):
        sniff_file(path)


def test_damaged_workbook_is_an_input_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"junk" * 100)
    with pytest.raises(InputError, match="Excel"):
        read_table(path)


# ------------------------------------------------------------------ workbooks

def workbook(tmp_path: Path) -> Path:
    admitted = datetime(2026, 11, 18, 14, 20)
    first = as_rows_with_dates(admitted)
    summary = [["Sammanställning"], ["Antal", 2]]
    return write_xlsx(tmp_path / "samsa.xlsx", {"Översikt": summary, "Lista": first})


def as_rows_with_dates(admitted: datetime) -> list[list[object]]:
    values = [["Utdrag ur SAMSA"], ["Utdrag 2026-11-22 06:00"], [], REFERENCE_HEADER]
    for n in (1, 2):
        record = row(n)
        cells: list[object] = [record[name] for name in REFERENCE_HEADER]
        cells[REFERENCE_HEADER.index("Inskrivningsdatum")] = admitted  # a real date
        cells[REFERENCE_HEADER.index("Personnummer")] = int(
            record["Personnummer"].replace("-", ""))  # a number, as Excel keeps it
        values.append(cells)
    values.append(["Summa", 2])
    return values


def test_workbook_sheet_is_chosen_by_name_and_rows_are_sheet_rows(tmp_path):
    path = workbook(tmp_path)

    assert list_sheets(path) == ["Översikt", "Lista"]
    header, data, table = read_all(path, sheet="lista")

    assert table.sheet == "Lista"
    assert header == REFERENCE_HEADER
    assert [line for line, _cells in data] == [5, 6]
    assert data[0][1][REFERENCE_HEADER.index("Inskrivningsdatum")] == "2026-11-18 14:20"
    assert data[0][1][REFERENCE_HEADER.index("Personnummer")].isdigit()


def test_workbook_first_sheet_by_default(tmp_path):
    path = write_xlsx(tmp_path / "one.xlsx", {"Blad1": as_rows_with_dates(
        datetime(2026, 11, 18, 0, 0)), "Blad2": [["x"]]})

    _header, data, table = read_all(path)

    assert table.sheet == "Blad1"
    # A date at midnight is a date, as it was typed in Excel.
    assert data[0][1][REFERENCE_HEADER.index("Inskrivningsdatum")] == "2026-11-18"


def test_unknown_sheet_names_the_sheets_there_are(tmp_path):
    path = workbook(tmp_path)
    with pytest.raises(InputError, match="Översikt, Lista"):
        read_table(path, sheet="Data")


# ------------------------------------------------------------------ the fast path

def reference_rows(path: Path, delimiter: str, skip: int) -> list[tuple[int, list[str]]]:
    """What the csv module alone makes of the file: every record after ``skip``, with the
    line it starts on, blank and summary lines left out."""
    from huddle.intake.table import _is_blank, is_trailer

    result = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        previous = 0
        for index, cells in enumerate(reader):
            start, previous = previous + 1, reader.line_num
            if index >= skip and not _is_blank(cells) and not is_trailer(cells):
                result.append((start, cells))
    return result


@settings(max_examples=300, deadline=None)
@given(body=st.text(alphabet='ab ;,"\r\n\tÅ', max_size=300),
       delimiter=st.sampled_from([";", ",", "\t"]))
def test_split_fast_path_gives_exactly_what_the_csv_module_gives(tmp_path_factory, body,
                                                                  delimiter):
    path = tmp_path_factory.mktemp("fast") / "f.csv"
    header = delimiter.join(["Personnummer", "Inskrivningsdatum", "Vårdcentral", "Namn"])
    path.write_text(header + "\n" + body, encoding="utf-8", newline="")
    try:
        expected = reference_rows(path, delimiter, skip=1)
    except csv.Error:
        expected = None
    try:
        with read_table(path, header_score=SAMSA_LAYOUT.score) as table:
            assert table.delimiter == delimiter
            got = [(r.line, r.cells) for r in table.rows]
    except InputError:
        got = None
    assert got == expected


def test_the_sample_kept_in_the_tests_is_the_one_in_the_spec():
    shared = Path(__file__).resolve().parents[3] / "shared" / "samples" / "samsa-exempel.csv"
    if not shared.exists():
        pytest.skip("the shared sample is not next to this checkout")
    assert sample_bytes() == shared.read_bytes()


@pytest.mark.parametrize("damage", ["truncated", "other_zip"])
def test_damaged_workbooks_are_input_errors(tmp_path, damage):
    import zipfile

    path = tmp_path / "skadad.xlsx"
    if damage == "truncated":
        whole = workbook(tmp_path).read_bytes()
        path.write_bytes(whole[: len(whole) // 2])
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "inte en arbetsbok")
    with pytest.raises(InputError, match="Excel"), \
            read_table(path, header_score=SAMSA_LAYOUT.score) as table:
        list(table.rows)


_WORDS = ["summa", "antal", "totalt", "total", "sum", "rader", "sida 2", "utskrivet",
          "utskriven av", "utdrag", "rapport", "källa", "slut", "12 rader", "3\tärenden",
          "S-2026-0001", "1-22", "Skene"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    st.text(max_size=12),
    st.builds(lambda word, upper, lead, tail: lead + "".join(
        c.upper() if u else c for c, u in zip(word, upper + [False] * len(word),
                                              strict=False)) + tail,
              st.sampled_from(_WORDS), st.lists(st.booleans(), max_size=12),
              st.sampled_from(["", " ", "\t", "\u00a0"]), st.text(max_size=4))))
def test_a_first_cell_that_starts_a_summary_line_is_never_passed_over_by_its_first_letters(
        first):
    """The reader passes over a row of another health centre by its first cell's first two
    letters without the summary-line pattern; that shortcut must never skip a summary line
    (which the archive keeps), however it is spelt or cased."""
    from huddle.intake.table import _TRAILER, _may_start_trailer

    if _TRAILER.match(first):
        assert _may_start_trailer(first[:2])


_CELLS = st.sampled_from(["A", "B", "", " ", "S-1", "Summa", "12 rader", "Sida 2", "x y"])


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(REFERENCE_HEADER) - 1), st.lists(
    st.tuples(st.integers(-1, 1), st.lists(_CELLS, min_size=len(REFERENCE_HEADER) + 1,
                                           max_size=len(REFERENCE_HEADER) + 1)),
    min_size=1, max_size=12))
def test_passing_over_rows_leaves_out_exactly_the_full_width_rows_not_wanted(
        tmp_path_factory, column, specs):
    """Whichever column decides (the first, the last, any), a row is passed over only when
    it is as wide as the header, is a data row, and its cell there is not wanted; every
    other row, summary line and count is what reading the whole file gives."""
    width = len(REFERENCE_HEADER)
    records = [cells[:width + extra] for extra, cells in specs]
    path = tmp_path_factory.mktemp("pass") / "region.csv"
    path.write_text(";".join(REFERENCE_HEADER) + "\r\n"
                    + "".join(";".join(cells) + "\r\n" for cells in records), encoding="utf-8")

    with read_table(path, header_score=SAMSA_LAYOUT.score) as whole:
        every = [(r.line, r.cells) for r in whole.rows]
        trailer = whole.trailer
    with read_table(path, header_score=SAMSA_LAYOUT.score) as table:
        table.pass_over(column, lambda cell: cell == "A")
        kept = [(r.line, r.cells) for r in table.rows]
        passed, seen, kept_trailer = table.passed_over, table.rows_seen, table.trailer

    left_out = [(line, cells) for line, cells in every if len(cells) == width
                and cells[column] != "A" and cells[0].strip()
                and not re.match(r"\s*(summa|\d+\s+rader|sida\s+\d)", cells[0], re.I)]
    assert kept == [item for item in every if item not in left_out]
    assert (passed, seen, kept_trailer) == (len(left_out), len(every), trailer)
