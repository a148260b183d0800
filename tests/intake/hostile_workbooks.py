"""Workbooks built byte by byte: small files that expand to gigabytes, and a sane control.

The zip is written by hand so that a part can hold a deflate stream made of one compressed
block repeated: a megabyte of "A" compresses to about a kilobyte, and after a full flush the
compressor starts afresh, so the same bytes may follow each other a thousand times. That
gives a 1 MB file holding one 1 GB cell without compressing a gigabyte in the test.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{strings}'
    '</Types>')
STRINGS_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="SAMSA" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '{strings}'
    '</Relationships>')
STRINGS_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
               '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"


@dataclass(frozen=True)
class Part:
    """A zip member: ``(bytes, times)`` segments, each segment repeated ``times``."""

    name: str
    segments: Sequence[tuple[bytes, int]]
    declared_size: int | None = None  # a lie about the uncompressed size, when set


def _deflate(segments: Sequence[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, uncompressed size) of the segments."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc, size = [], 0, 0
    for data, times in segments:
        # After a full flush the compressor has forgotten everything, so this block's bytes
        # are the same every time it is compressed: write them ``times`` times.
        block = compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)
        out.append(block * times)
        for _ in range(times):
            crc = zlib.crc32(data, crc)
        size += len(data) * times
    out.append(compressor.flush())
    return b"".join(out), crc, size


def write_zip(path: Path, parts: Sequence[Part]) -> Path:
    local, central = bytearray(), bytearray()
    for part in parts:
        data, crc, size = _deflate(part.segments)
        declared = size if part.declared_size is None else part.declared_size
        name = part.name.encode()
        offset = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data),
                             declared, len(name), 0) + name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc,
                               len(data), declared, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central),
                      len(local), 0)
    Path(path).write_bytes(bytes(local + central + end))
    return Path(path)


def workbook(path: Path, sheet: Sequence[tuple[bytes, int]], *,
             strings: Sequence[tuple[bytes, int]] | None = None,
             sheet_declared: int | None = None) -> Path:
    """A minimal .xlsx whose one sheet (and shared strings) are the given segments."""
    extra_type = STRINGS_TYPE if strings is not None else ""
    extra_rel = STRINGS_REL if strings is not None else ""
    parts = [
        Part("[Content_Types].xml", [(CONTENT_TYPES.format(strings=extra_type).encode(), 1)]),
        Part("_rels/.rels", [(ROOT_RELS.encode(), 1)]),
        Part("xl/workbook.xml", [(WORKBOOK.encode(), 1)]),
        Part("xl/_rels/workbook.xml.rels", [(WORKBOOK_RELS.format(strings=extra_rel).encode(), 1)]),
        Part("xl/worksheets/sheet1.xml", sheet, sheet_declared),
    ]
    if strings is not None:
        parts.append(Part("xl/sharedStrings.xml", strings))
    return write_zip(path, parts)


def _sheet(*rows: tuple[bytes, int]) -> list[tuple[bytes, int]]:
    return [(SHEET_HEAD.encode(), 1), *rows, (SHEET_TAIL.encode(), 1)]


def one_huge_cell(path: Path, megabytes: int = 1024) -> Path:
    """One inline-string cell of ``megabytes`` MB of "A": about 1 MB on disk per GB."""
    return workbook(path, _sheet(
        (b'<row r="1"><c r="A1" t="inlineStr"><is><t>', 1), (b"A" * MB, megabytes),
        (b"</t></is></c></row>", 1)))


def cell_bomb(path: Path, megabytes: int = 250) -> Path:
    """Rows of tiny cells: millions of cells from a few hundred kilobytes."""
    rows = (b"<row>" + b"<c><v>1</v></c>" * 64 + b"</row>") * 1024  # about 1 MB
    return workbook(path, _sheet((rows, megabytes * MB // len(rows))))


def huge_shared_strings(path: Path, megabytes: int = 100) -> Path:
    return workbook(path, _sheet((b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 1)),
                    strings=[(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxml'
                              b'formats.org/spreadsheetml/2006/main"><si><t>', 1),
                             (b"B" * MB, megabytes), (b"</t></si></sst>", 1)])


def far_cell(path: Path, reference: str = "XFD2",
             header: Sequence[str] = ("Personnummer",)) -> Path:
    """A header, then a cell far out: openpyxl would fill every column and row before it."""
    row = reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return workbook(path, _sheet(
        (_row(1, header).encode(), 1),
        (f'<row r="{row}"><c r="{reference}"><v>1</v></c></row>'.encode(), 1)))


def entity_expansion(path: Path) -> Path:
    """The "billion laughs": entities that expand to entities."""
    head = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b"<sheetData>")
    return workbook(path, [(head, 1), (b'<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t>'
                                       b"</is></c></row>", 1), (SHEET_TAIL.encode(), 1)])


def lying_size(path: Path) -> Path:
    """A sheet that says it is 1 KB and holds 100 MB."""
    return workbook(path, _sheet((b'<row r="1"><c r="A1"><v>1</v></c></row>', 1),
                                 (b" " * MB, 100)), sheet_declared=1024)


def _row(number: int, values: Sequence[str]) -> str:
    def cell(text: str) -> str:
        escaped = str(text).replace("&", "&amp;").replace("<", "&lt;")
        return f'<c t="inlineStr"><is><t>{escaped}</t></is></c>'
    return f'<row r="{number}">' + "".join(cell(v) for v in values) + "</row>"


def sane(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    """A control: the same hand-made workbook with ordinary inline-string rows."""
    body = "".join(_row(n, values) for n, values in enumerate(rows, 1))
    return workbook(path, _sheet((body.encode(), 1)))
