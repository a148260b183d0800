"""A file as a table: a header and a stream of rows, each with the line it starts on.

``read_table`` is the one entry point for every kind of list the app imports. It finds the
separator and the header row (skipping a report title, an "Utdrag ..." line and blank lines
before it), streams the data rows after it (skipping blank lines and "Summa" / "Antal rader"
lines), and knows nothing about what the columns mean: the caller passes ``header_score``,
which says how much a row looks like a header it knows.

Rows are streamed, never loaded whole, so a regional export of a million rows costs no more
memory than one of a thousand.

Why one module over 400 lines: CSV (every encoding and separator), workbooks and their limits
share one header/preamble/trailer detection and one row stream; the readers are kept beside
the one rule they share.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from huddle.errors import InputError
from huddle.i18n import tr_label, tr_noop, translate
from huddle.intake.sniff import (
    ENCODING_LABELS,
    FORMAT_XLSX,
    MAX_LINE_BYTES,
    FileFacts,
    sniff_file,
)

HeaderScore = Callable[[Sequence[str]], float]

DELIMITERS = (";", "\t", ",")
DELIMITER_LABELS = {";": tr_noop("semikolon"), "\t": tr_noop("tabb"), ",": tr_noop("komma")}

_SAMPLE_CHARS = 256 * 1024
_HEADER_SCAN = 60      # records looked at when searching for the header
_PREVIEW_ROWS = 8

# A line after (or among) the data that only summarises or labels the report.
_TRAILER = re.compile(
    r"^\s*(summa|antal|totalt|total|sum|rader|sida\s+\d|utskrivet|utskriven av|utdrag|"
    r"rapport|källa|slut|\d+\s+(rader|ärenden|poster)\b)",
    re.IGNORECASE,
)

# The first two letters (lower case) of each word _TRAILER starts with, where they are ASCII.
_TRAILER_HEADS = frozenset({"su", "an", "to", "ra", "si", "ut", "sl"})


def _may_start_trailer(head: str) -> bool:
    """False when no cell that begins with ``head`` (its first two characters) can start a
    summary line: the cheap answer for almost every row, which then needs no _TRAILER. True
    for anything not plain ASCII (case folding there is _TRAILER's to judge), a space, a
    digit, or the start of one of _TRAILER's words."""
    if not head.isascii() or head[:1].isspace():
        return True
    if head[:1].isdigit():
        return len(head) < 2 or head[1].isdigit() or head[1].isspace()
    return head.lower() in _TRAILER_HEADS


class Row(NamedTuple):
    """One data row: the line (CSV) or sheet row (XLSX) it starts on, and its cells."""

    line: int
    cells: list[str]


@dataclass
class _Reading:
    """What the caller asks of the rows still to be read (set before the first is read):
    which rows a CSV reader may pass over, and whom to tell how many rows have been read."""

    # (column, wanted, width): a row of ``width`` cells whose cell ``column`` is not
    # ``wanted`` is passed over: counted, never split into cells or yielded.
    pass_over: tuple[int, Callable[[str], bool], int] | None = None
    passed: int = 0       # rows passed over so far
    seen: int = 0         # data rows read so far, passed over or not
    on_rows: Callable[[int], None] | None = None
    every: int = 0        # on_rows(seen) each time ``seen`` reaches a multiple of this


@dataclass
class Table:
    """The header and a one-pass stream of data rows. Close it (or use ``with``)."""

    header: list[str]
    header_line: int
    rows: Iterator[Row]
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    preview: list[Row] = field(default_factory=list)
    # The lines above the header: a report title, "Utdrag 2026-11-22 06:00", blank lines.
    preamble: list[list[str]] = field(default_factory=list)
    # Summary lines among or after the data ("Summa: 6", "Antal rader 6"), as they are read.
    trailer: list[list[str]] = field(default_factory=list)
    _close: Callable[[], None] | None = None
    _reading: _Reading = field(default_factory=_Reading)

    def pass_over(self, column: int, wanted: Callable[[str], bool]) -> None:
        """Let the reader pass over, unread, the data rows as wide as the header whose cell
        ``column`` is not ``wanted``; :attr:`passed_over` counts them, :attr:`rows` yields
        the rest. For a regional export, where most rows are other health centres': a line
        is split only as far as that cell. Only CSV rows are passed over; call it before the
        first row is read."""
        self._reading.pass_over = (column, wanted, len(self.header))

    def report_rows(self, on_rows: Callable[[int], None], every: int) -> None:
        """``on_rows(n)`` each time the data rows read, passed over or not, reach a multiple
        of ``every``. Call it before the first row is read."""
        self._reading.on_rows, self._reading.every = on_rows, every

    @property
    def passed_over(self) -> int:
        return self._reading.passed

    @property
    def rows_seen(self) -> int:
        """The data rows read so far, those passed over included."""
        return self._reading.seen

    def close(self) -> None:
        if self._close is not None:
            self._close()
            self._close = None

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Row]:
        return self.rows

    def describe(self) -> str:
        """How the file was read, in Swedish (shown on the result screen)."""
        if self.format == FORMAT_XLSX:
            return translate("intake", "Excel-arbetsbok, bladet {sheet}").format(sheet=self.sheet)
        return translate("intake", "CSV, {encoding}, avgränsare {delimiter}").format(
            encoding=ENCODING_LABELS.get(self.encoding or "", self.encoding),
            delimiter=tr_label(DELIMITER_LABELS.get(self.delimiter or "", self.delimiter or "")))


def clean_header(cells: Sequence[str]) -> list[str]:
    """Trimmed header names; blank ones named by position, repeated ones numbered."""
    names = [" ".join(str(c).replace("\ufeff", "").split()) for c in cells]
    while names and not names[-1]:
        names.pop()
    seen: Counter[str] = Counter()
    result = []
    for index, name in enumerate(names, 1):
        name = name or translate("intake", "Kolumn {n}").format(n=index)
        seen[name.casefold()] += 1
        if seen[name.casefold()] > 1:
            name = f"{name} ({seen[name.casefold()]})"
        result.append(name)
    return result


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(c.strip() for c in cells)


def is_trailer(cells: Sequence[str]) -> bool:
    """A "Summa: 6" / "Antal rader 6" / "Sida 1 av 1" line: at most two cells filled."""
    if any(c.strip() for c in cells[2:]):
        return False
    first = next((c for c in cells if c.strip()), "")
    return bool(_TRAILER.match(first))


def _width(cells: Sequence[str]) -> int:
    return sum(1 for c in cells if c.strip())


def _pick_header(records: list[list[str]], header_score: HeaderScore | None
                 ) -> tuple[float, int]:
    """(score, index) of the best header among ``records``; score 0 means a guess."""
    if header_score is not None:
        best = (0.0, -1)
        for index, cells in enumerate(records):
            if _is_blank(cells):
                continue
            score = header_score(clean_header(cells))
            if score > best[0]:
                best = (score, index)
        if best[1] >= 0:
            return best
    # Nothing recognised: the first row as wide as the widest row near the top. Preamble
    # lines ("Utdrag 2026-11-22") are narrow, the header names every column.
    widths = [_width(cells) for cells in records]
    widest = max(widths, default=0)
    for index, width in enumerate(widths):
        if width == widest and width > 0:
            return 0.0, index
    return 0.0, -1


def _csv_records(text: str, delimiter: str, complete: bool) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
            if len(records) > _HEADER_SCAN + _PREVIEW_ROWS + 2:
                break
        else:
            if not complete and records:
                records.pop()  # the sample may have cut the last record short
    except csv.Error:
        pass
    return records


def _choose_delimiter(sample: str, complete: bool, header_score: HeaderScore | None
                      ) -> tuple[str, list[list[str]], int, float]:
    """The separator under which the header is best recognised (or the table is widest)."""
    best: tuple[tuple[float, int, int], str, list[list[str]], int] | None = None
    for rank, delimiter in enumerate(DELIMITERS):
        records = _csv_records(sample, delimiter, complete)
        score, index = _pick_header(records[:_HEADER_SCAN], header_score)
        if index < 0:
            continue
        width = _width(records[index])
        key = (score, width, -rank)
        if best is None or key > best[0]:
            best = (key, delimiter, records, index)
    if best is None:
        return DELIMITERS[0], [], -1, 0.0
    return best[1], best[2], best[3], best[0][0]


def _csv_error(path: Path, line: int) -> InputError:
    return InputError(translate("intake",
        "{name} kunde inte läsas från rad {line}: ett fält är orimligt långt, troligen ett "
        "citattecken (\") som aldrig stängs. Rätta filen eller ta en ny export ur SAMSA."
    ).format(name=path.name, line=line))


class _Lines:
    """The file's lines for the csv reader, counted, with one line handed back to it."""

    def __init__(self, handle: Iterator[str]) -> None:
        self.handle = handle
        self.pending: str | None = None
        self.count = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.pending
        if line is None:
            line = next(self.handle)
        else:
            self.pending = None
        self.count += 1
        return line


def _stream_csv(path: Path, encoding: str, delimiter: str, skip: int,
                trailer: list[list[str]], reading: _Reading
                ) -> tuple[Iterator[Row], Callable[[], None]]:
    handle = open(path, encoding=encoding, errors="replace", newline="")  # noqa: SIM115

    def rows() -> Iterator[Row]:
        lines = _Lines(handle)
        reader = csv.reader(lines, delimiter=delimiter)
        trailer_start = _TRAILER.match
        # Whether a first cell starting with these two characters may start a summary line,
        # by its first two characters: a row's case ids share a few ("S-"), and the lookup
        # costs a third of the regular expression (28 ms of 100,000 rows).
        may_trail: dict[str, bool] = {}
        # Row(start, cells) without the NamedTuple's Python-level __new__: half the cost,
        # 40 ms on a regional export of 100,000 rows.
        new_row = tuple.__new__
        # Set by the caller before this first runs.
        column, wanted, width = reading.pass_over or (0, None, 0)
        # A line as wide as the header, split as far as the cell looked at, is that many
        # parts with the rest of the separators in the last (counted there, not twice).
        cut = max(0, min(column + 1, width - 1))
        parts, rest = cut + 1, width - 1 - cut
        on_rows, every = reading.on_rows, reading.every or 0
        seen = passed = 0
        start = 0
        try:
            for _cells in islice(reader, skip):  # preamble and header
                pass
            count = lines.count  # lines read; kept in a local, handed over to the csv reader
            for line in handle:
                # The hot path, once per row of a regional export. A line without a quote
                # character is one record, and splitting it at the separator gives exactly
                # the csv module's cells at half the cost. Anything quoted (separators or
                # line breaks inside fields) goes to the csv reader.
                if '"' in line:
                    lines.count = count
                    lines.pending = line
                    start = count + 1
                    cells = next(reader)
                    count = lines.count
                else:
                    count += 1
                    start = count
                    head = line.rstrip("\r\n").split(delimiter, cut) if wanted else None
                    if head is not None and len(head) == parts and \
                            head[-1].count(delimiter) == rest:
                        # A data row (see below) whose cell is not wanted: counted, not kept.
                        first = head[0]
                        may = may_trail.get(first[:2])
                        if may is None:
                            may = may_trail[first[:2]] = _may_start_trailer(first[:2])
                        if (first and (not may or trailer_start(first) is None)
                                and not first.isspace() and not wanted(head[column])):
                            passed += 1
                            seen += 1
                            if on_rows is not None and seen % every == 0:
                                on_rows(seen)
                            continue
                    cells = line.rstrip("\r\n").split(delimiter)
                # A first cell that is filled and starts no summary line makes a data row.
                first = cells[0] if cells else ""
                if (first and trailer_start(first) is None and not first.isspace()) or (
                        not _is_blank(cells) and not is_trailer(cells)):
                    seen += 1
                    if on_rows is not None and seen % every == 0:
                        on_rows(seen)
                    yield new_row(Row, (start, cells))
                elif not _is_blank(cells):
                    trailer.append(cells)
        except csv.Error:
            raise _csv_error(path, start or lines.count) from None
        finally:  # the counts, for after the last row (or a stop)
            reading.passed, reading.seen = passed, seen

    return rows(), handle.close


def _read_csv(path: Path, facts: FileFacts, header_score: HeaderScore | None) -> Table:
    encoding = facts.encoding or "utf-8"
    if facts.longest_line > MAX_LINE_BYTES:
        raise InputError(translate("intake",
            "{name} har en rad som är längre än {limit} MB, så den har inte lästs. Filen är "
            "skadad eller ingen export; ta en ny export ur SAMSA.").format(
                name=path.name, limit=MAX_LINE_BYTES // (1024 * 1024)))
    try:
        with open(path, encoding=encoding, errors="replace", newline="") as handle:
            sample = handle.read(_SAMPLE_CHARS)
            complete = not handle.read(1)
    except OSError as exc:
        raise InputError(translate("intake", "Filen {path} kunde inte läsas: {error}")
                         .format(path=path, error=exc.strerror)) from exc
    delimiter, records, index, _score = _choose_delimiter(sample, complete, header_score)
    if index < 0:
        raise InputError(translate("intake", "{name} innehåller ingen text som kan läsas som en tabell.")
                         .format(name=path.name))
    header_line = _line_of_record(sample, delimiter, index)
    trailer: list[list[str]] = []
    reading = _Reading()
    rows, close = _stream_csv(path, encoding, delimiter, skip=index + 1, trailer=trailer,
                              reading=reading)
    preview = [Row(0, cells) for cells in records[index + 1:]
               if not _is_blank(cells) and not is_trailer(cells)][:_PREVIEW_ROWS]
    return Table(header=clean_header(records[index]), header_line=header_line, rows=rows,
                 format=facts.format, encoding=encoding, delimiter=delimiter,
                 preview=preview, preamble=records[:index], trailer=trailer, _close=close,
                 _reading=reading)


def _line_of_record(sample: str, delimiter: str, index: int) -> int:
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
    previous = 0
    for position, _cells in enumerate(reader):
        if position == index:
            return previous + 1
        previous = reader.line_num
    return previous + 1


def cell_text(value: object) -> str:
    """A workbook cell as the text a CSV export would have had."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def list_sheets(path: Path) -> list[str]:
    """The worksheet names of a workbook, in order."""
    workbook = _open_workbook(Path(path))
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def _open_workbook(path: Path):  # -> openpyxl Workbook
    import openpyxl  # imported here: CSV imports should not pay for it (nor for zipfile, xml)

    from huddle.intake.workbook_limits import check_workbook

    check_workbook(path)  # before openpyxl: a hostile file must not expand in memory
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged file fails in many ways inside openpyxl
        raise InputError(translate("intake",
            "{name} går inte att öppna som Excel-arbetsbok; den kan vara skadad eller ha fel "
            "filändelse. Öppna den i Excel och spara den igen, eller spara den som CSV."
        ).format(name=path.name)) from exc


def _sheet_rows(sheet, path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text); stops at a row beyond the limits of
    :mod:`huddle.intake.workbook_limits` before converting it."""
    from huddle.intake.workbook_limits import MAX_COLUMNS, MAX_ROWS, far_cells

    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > MAX_ROWS or len(values) > MAX_COLUMNS:
            raise far_cells(path)
        yield number, [cell_text(v) for v in values]


def _read_xlsx(path: Path, facts: FileFacts, sheet: str | None,
               header_score: HeaderScore | None) -> Table:
    workbook = _open_workbook(path)
    try:
        sheets = [ws.title for ws in workbook.worksheets]
        if not sheets:
            raise InputError(translate("intake", "Arbetsboken {name} har inga blad med tabeller.")
                             .format(name=path.name))
        if sheet is None:
            chosen = workbook.worksheets[0]
        else:
            matches = [ws for ws in workbook.worksheets
                       if ws.title == sheet or ws.title.casefold() == sheet.casefold()]
            if not matches:
                raise InputError(translate("intake", "Bladet {sheet!r} finns inte i {name}. Bladen heter: "
                                    "{sheets}.").format(sheet=sheet, name=path.name,
                                                         sheets=", ".join(sheets)))
            chosen = matches[0]
        chosen.reset_dimensions()  # reports from other tools often state wrong dimensions
        source = _sheet_rows(chosen, path)
        head: list[tuple[int, list[str]]] = []
        for item in source:
            head.append(item)
            if len(head) >= _HEADER_SCAN + _PREVIEW_ROWS:
                break
        _score, index = _pick_header([cells for _n, cells in head[:_HEADER_SCAN]],
                                     header_score)
        if index < 0:
            raise InputError(translate("intake", "Bladet {sheet} i {name} är tomt.")
                             .format(sheet=chosen.title, name=path.name))
    except InputError:
        workbook.close()
        raise
    except Exception as exc:  # openpyxl raises many kinds on a damaged sheet
        workbook.close()
        # Not the exception's text: openpyxl may quote a cell in it.
        raise InputError(translate("intake", "{name} går inte att läsa som Excel-arbetsbok; den "
                                   "kan vara skadad. Öppna den i Excel och spara den igen, "
                                   "eller spara den som CSV.").format(name=path.name)) from exc

    trailer: list[list[str]] = []
    reading = _Reading()  # a workbook's rows are never passed over: read cell by cell anyway

    def rows(items: Iterable[tuple[int, list[str]]]) -> Iterator[Row]:
        try:
            for number, cells in items:
                if _is_blank(cells):
                    continue
                if is_trailer(cells):
                    trailer.append(cells)
                    continue
                reading.seen += 1
                if reading.on_rows is not None and reading.seen % reading.every == 0:
                    reading.on_rows(reading.seen)
                yield Row(number, cells)
        except InputError:
            raise
        except Exception as exc:
            raise InputError(translate("intake", "{name} kunde inte läsas till slut; den kan "
                                       "vara skadad. Öppna den i Excel och spara den igen, "
                                       "eller spara den som CSV.").format(name=path.name)) from exc

    def chained() -> Iterator[tuple[int, list[str]]]:
        yield from head[index + 1:]
        yield from source

    preview = [Row(n, cells) for n, cells in head[index + 1:]
               if not _is_blank(cells) and not is_trailer(cells)][:_PREVIEW_ROWS]
    return Table(header=clean_header(head[index][1]), header_line=head[index][0],
                 rows=rows(chained()), format=FORMAT_XLSX, sheet=chosen.title, sheets=sheets,
                 preview=preview, preamble=[cells for _n, cells in head[:index]],
                 trailer=trailer, _close=workbook.close, _reading=reading)


def read_table(path: Path, sheet: str | None = None, *,
               header_score: HeaderScore | None = None,
               facts: FileFacts | None = None) -> Table:
    """Open ``path`` (CSV in any supported encoding and separator, or XLSX) as a table.

    ``header_score(names)`` rates how well a row of cleaned header names matches a layout
    the caller knows (0 = not at all); the best-rated row near the top becomes the header.
    Without it, or when no row rates above 0, the first row as wide as the table is taken.
    """
    path = Path(path)
    facts = facts or sniff_file(path)
    if facts.format == FORMAT_XLSX:
        return _read_xlsx(path, facts, sheet, header_score)
    return _read_csv(path, facts, header_score)
