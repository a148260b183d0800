"""A workbook is measured before openpyxl opens it, so a hostile or broken file is refused
in seconds instead of filling the memory.

An ``.xlsx`` is a zip of XML parts. openpyxl streams a worksheet row by row, but it holds the
shared strings, styles and workbook parts whole, and any single text in the XML (one cell)
whole. A 1 MB file can expand to gigabytes (a zip bomb, or one cell of a billion repeated
characters). So, in this order, each step cheap:

1. the zip directory: every part compressed the way Excel does it (stored or deflate), and
   its declared uncompressed size within limits (Python's zipfile never yields more than a
   part declares, so the declared size bounds what openpyxl can read);
2. the worksheets and shared strings streamed once through zlib, 1 MB at a time: no text or
   tag longer than a cell can be, no XML construct Excel never writes (DOCTYPE, entities,
   CDATA, comments), and not more cells or rows than :data:`MAX_CELLS` / :data:`MAX_ROWS`.

While the sheet is read, ``table.py`` stops at a row beyond :data:`MAX_ROWS` or wider than
:data:`MAX_COLUMNS` (openpyxl fills the gap up to such a cell, which costs time).

Nothing here keeps more than one chunk in memory. The refusals are Swedish sentences that
name the file and the limit, never its content.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from huddle.errors import InputError
from huddle.i18n import translate

MB = 1024 * 1024

MAX_PARTS = 1000                     # an export's workbook has about a dozen
MAX_WORKSHEET_BYTES = 256 * MB       # about 250 000 rows of 20 columns
MAX_SHARED_STRINGS_BYTES = 64 * MB   # openpyxl holds every shared string in memory
MAX_OTHER_PART_BYTES = 16 * MB       # styles, workbook, relations, properties, theme
MAX_TOTAL_BYTES = 512 * MB
MAX_CONTENT_TYPES_BYTES = 1 * MB
# The longest stretch between two "<": one text or one tag. Excel's own limit for a cell is
# 32 767 characters; as UTF-8 with XML escapes that stays below this.
MAX_RUN_BYTES = 256 * 1024
MAX_ROWS = 1_048_576                 # Excel's own limit
MAX_CELLS = 10_000_000
# openpyxl pads a row up to its last cell and yields every row up to the last row number, so
# one cell at XFD1048576 costs time, not memory; the reader stops at these (table.py).
MAX_COLUMNS = 702                    # column ZZ

_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_CONTENT_TYPES = "[Content_Types].xml"
_CHUNK = 1 * MB
_OVERLAP = 32  # bytes of one chunk kept before the next, so no pattern is cut in two
_NOT_EXCEL = b"<!"   # <!DOCTYPE, <!ENTITY, <![CDATA[, <!--


def _too_big(path: Path) -> InputError:
    return InputError(translate(
        "intake", "{name} skulle bli orimligt stor när den packas upp (mer än en export ur "
        "SAMSA kan vara), så den har inte öppnats. Filen är skadad eller ingen export; ta en ny "
        "export, eller spara en mycket stor export som CSV.").format(name=path.name))


def _damaged(path: Path) -> InputError:
    return InputError(translate(
        "intake", "{name} går inte att öppna som Excel-arbetsbok; den kan vara skadad eller ha "
        "fel filändelse. Öppna den i Excel och spara den igen, eller spara den som CSV."
    ).format(name=path.name))


def _strange_xml(path: Path) -> InputError:
    return InputError(translate(
        "intake", "{name} innehåller XML som Excel aldrig skriver, så den har inte öppnats. "
        "Öppna den i Excel och spara den igen, eller spara den som CSV.").format(name=path.name))


def _long_cell(path: Path) -> InputError:
    return InputError(translate(
        "intake", "{name} har en cell som är längre än en Excel-cell kan vara, så den har inte "
        "öppnats. Filen är skadad eller ingen export ur SAMSA; ta en ny export."
    ).format(name=path.name))


def far_cells(path: Path) -> InputError:
    """The refusal of a sheet with cells beyond :data:`MAX_COLUMNS` or :data:`MAX_ROWS`."""
    return InputError(translate(
        "intake", "{name} har celler långt utanför det en export använder (bortom kolumn ZZ "
        "eller rad {rows}), så den har inte lästs. Ta en ny export, eller spara den som CSV."
    ).format(name=path.name, rows=f"{MAX_ROWS:,}".replace(",", " ")))


def _too_many_cells(path: Path) -> InputError:
    return InputError(translate(
        "intake", "{name} har fler än {rows} rader eller {cells} celler, mer än en export ur "
        "SAMSA kan ha, så den har inte öppnats. Spara en så stor export som CSV.").format(
            name=path.name, rows=f"{MAX_ROWS:,}".replace(",", " "),
            cells=f"{MAX_CELLS:,}".replace(",", " ")))


def check_workbook(path: Path) -> None:
    """Refuse ``path`` with an :class:`InputError` when opening it would expand beyond a
    sane size; return quietly for a workbook openpyxl may open."""
    try:
        with zipfile.ZipFile(path) as archive:
            kinds = _check_directory(archive, path)
            for info, kind in kinds:
                if kind != "other":
                    _scan(archive, info, path)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
        raise _damaged(path) from exc  # RuntimeError: an encrypted part
    except OSError as exc:
        raise InputError(translate("intake", "Filen {path} kunde inte läsas: {error}")
                         .format(path=path, error=exc.strerror)) from exc


def _check_directory(archive: zipfile.ZipFile, path: Path) -> list[tuple[zipfile.ZipInfo, str]]:
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise _too_big(path)
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(path)
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise _too_big(path)
    types = _content_types(archive, path)
    kinds = []
    for info in infos:
        kind = types.get("/" + info.filename.lstrip("/"))
        if kind is None and info.filename.startswith("xl/worksheets/"):
            kind = "worksheet"
        kind = kind or "other"
        limit = {"worksheet": MAX_WORKSHEET_BYTES, "strings": MAX_SHARED_STRINGS_BYTES}.get(
            kind, MAX_OTHER_PART_BYTES)
        if info.file_size > limit:
            raise _too_big(path)
        kinds.append((info, kind))
    return kinds


def _content_types(archive: zipfile.ZipFile, path: Path) -> dict[str, str]:
    """``{"/xl/worksheets/sheet1.xml": "worksheet", …}`` from ``[Content_Types].xml``."""
    try:
        info = archive.getinfo(_CONTENT_TYPES)
    except KeyError:
        return {}  # not a workbook; openpyxl says so in its own way
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        raise _too_big(path)
    data = archive.read(info)
    if _NOT_EXCEL in data:
        raise _strange_xml(path)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return {}
    kinds = {}
    for element in root:
        content_type = element.get("ContentType")
        part = element.get("PartName")
        if part and content_type == _WORKSHEET_TYPE:
            kinds[part] = "worksheet"
        elif part and content_type == _STRINGS_TYPE:
            kinds[part] = "strings"
    return kinds


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    with archive.open(info) as part:
        while chunk := part.read(_CHUNK):
            yield chunk


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """One streamed pass over a worksheet or the shared strings."""
    run = 0          # bytes since the last "<"
    rows = cells = 0
    tail = b""
    for chunk in _chunks(archive, info):
        window = tail + chunk
        if _NOT_EXCEL in window:
            raise _strange_xml(path)
        run = _longest_run(chunk, run, path)
        # Counted in the window, less what the tail already counted: a tag cut in two by
        # the chunk boundary is counted once.
        rows += window.count(b"<row") - tail.count(b"<row")
        cells += (window.count(b"<c ") + window.count(b"<c>")
                  - tail.count(b"<c ") - tail.count(b"<c>"))
        if rows > MAX_ROWS or cells > MAX_CELLS:
            raise _too_many_cells(path)
        tail = chunk[-_OVERLAP:]


def _longest_run(chunk: bytes, run: int, path: Path) -> int:
    """Refuse a stretch without "<" longer than :data:`MAX_RUN_BYTES`; return the stretch
    still open at the end of ``chunk``. Inside the chunk, windows of half the limit are
    searched (``find`` runs at memory speed): a stretch of the full limit contains a whole
    window, and a window without "<" is a stretch of at least half."""
    first = chunk.find(b"<")
    if first < 0:
        run += len(chunk)
        if run > MAX_RUN_BYTES:
            raise _long_cell(path)
        return run
    if run + first > MAX_RUN_BYTES:
        raise _long_cell(path)
    last = chunk.rfind(b"<")
    half = MAX_RUN_BYTES // 2
    for start in range(first + 1, last - half + 1, half):
        if chunk.find(b"<", start, start + half) < 0:
            raise _long_cell(path)
    return len(chunk) - last - 1


