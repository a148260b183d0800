"""Opening a CSV the way a Swedish spreadsheet user does.

With LibreOffice installed the file is converted by ``soffice --headless`` with Swedish
settings (UTF-8, ``;``, language sv-SE) and the cells are read back from the workbook.
Without it the file is read by the rules Swedish Excel applies on a double-click: UTF-8 only
when the file starts with a byte-order mark (else the ANSI code page, cp1252), the list
separator ``;``, a number only when written with a decimal comma, and a cell starting with
``=``, ``+``, ``-`` or ``@`` taken as a formula.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

SWEDISH_CSV_FILTER = "CSV:59,34,76,1,,1053"   # ';' '"' UTF-8, from line 1, sv-SE
_SWEDISH_NUMBER = re.compile(r"^-?\d+(,\d+)?$")


class Formula(str):
    """A cell the spreadsheet would evaluate."""


def _excel_cell(text: str) -> object:
    if _SWEDISH_NUMBER.match(text):
        number = float(text.replace(",", "."))
        return int(number) if number.is_integer() and "," not in text else number
    if text[:1] in ("=", "+", "-", "@"):
        return Formula(text)
    return text


def read_like_swedish_excel(raw: bytes) -> list[list[object]]:
    if raw.startswith(codecs.BOM_UTF8):
        text = raw[len(codecs.BOM_UTF8):].decode("utf-8")
    else:
        text = raw.decode("cp1252", errors="replace")
    return [[_excel_cell(cell) for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=";")]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_with_libreoffice(path: Path, workdir: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    subprocess.run([soffice(), "--headless", f"-env:UserInstallation={workdir.as_uri()}/lo",
                    f"--infilter={SWEDISH_CSV_FILTER}", "--convert-to", "xlsx",
                    "--outdir", str(workdir), str(path)],
                   check=True, capture_output=True, timeout=180)
    sheet = load_workbook(workdir / f"{path.stem}.xlsx").active
    return [[Formula(cell.value) if cell.data_type == "f"
             else "" if cell.value is None else cell.value for cell in row]
            for row in sheet.iter_rows()]


def open_in_spreadsheet(path: Path, workdir: Path) -> list[list[object]]:
    """The cells a Swedish user sees, converted by LibreOffice when it is installed."""
    if soffice():
        return read_with_libreoffice(path, workdir)
    return read_like_swedish_excel(path.read_bytes())
