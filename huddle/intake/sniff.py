"""What kind of file this is: workbook or text, which text encoding, and its SHA-256.

One streaming pass over the bytes gives the hash and decides between UTF-8 and Windows-1252,
so a Windows-1252 file whose first non-ASCII letter sits on row 80 000 is still read right.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from huddle.errors import InputError
from huddle.i18n import tr_noop, translate

FORMAT_CSV = "csv"
FORMAT_XLSX = "xlsx"

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
UTF16 = "utf-16"          # with a byte-order mark; the codec reads and drops it
UTF16_LE = "utf-16-le"    # without a mark, recognised by its zero bytes
UTF16_BE = "utf-16-be"
CP1252 = "cp1252"

ENCODING_LABELS = {
    UTF8: "UTF-8",
    UTF8_BOM: tr_noop("UTF-8 med BOM"),
    UTF16: "UTF-16",
    UTF16_LE: "UTF-16",
    UTF16_BE: "UTF-16",
    CP1252: tr_noop("Windows-1252"),
}

_CHUNK = 1 << 20
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls (and other Office files)


# An OpenDocument file (LibreOffice's own .ods): a zip whose first part, "mimetype", says so.
_ODF_MARKS = (b"application/vnd.oasis.opendocument", b"urn:oasis:names:tc:opendocument")
_ODF_SUFFIXES = (".ods", ".fods", ".odt", ".odf")

# No line of an export is near this long; a longer one would be read whole into memory.
MAX_LINE_BYTES = 32 * _CHUNK


@dataclass(frozen=True)
class FileFacts:
    path: Path
    sha256: str
    size: int
    format: str           # FORMAT_CSV or FORMAT_XLSX
    encoding: str | None  # for text files, a Python codec name (see above)
    longest_line: int = 0  # bytes, at least the longest line that crosses 1 MB chunks
    lines: int = 0         # line breaks in the file: an upper bound for its rows (progress)



def _open_error(path: Path, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(translate("intake", "Filen {path} finns inte. Kontrollera namnet och mappen.")
                          .format(path=path))
    if isinstance(exc, IsADirectoryError):
        return InputError(translate("intake", "{path} är en mapp, inte en fil. Välj exportfilen i mappen.")
                          .format(path=path))
    if isinstance(exc, PermissionError):
        return InputError(translate("intake", "Filen {path} får inte läsas (behörighet saknas). Stäng den i "
                             "Excel eller kopiera den till en mapp där du har behörighet.")
                          .format(path=path))
    return InputError(translate("intake", "Filen {path} kunde inte läsas: {error}").format(path=path,
                                                                          error=exc.strerror))


def _text_encoding(head: bytes, utf8_valid: bool) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return UTF8_BOM
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return UTF16
    sample = head[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # Mostly ASCII text stored as UTF-16 without a byte-order mark.
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        return UTF16_LE if odd_zeros >= even_zeros else UTF16_BE
    return UTF8 if utf8_valid else CP1252


def sniff_file(path: Path, *, progress: Callable[[int, int], None] | None = None
               ) -> FileFacts:
    """Hash the file and decide how to read it. Nothing of it is copied: a regional export
    is mostly other health centres' patients, which must never reach this disk.

    ``progress(bytes_done, bytes_in_all)`` is called after every chunk (for a progress bar;
    whatever it raises stops the reading)."""
    path = Path(path)
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8_valid = True
    head = b""
    size = 0
    line = longest = 0  # bytes since the last line break; the longest line across chunks
    breaks = 0
    check_utf8 = None  # known after the first chunk: only a file that may be UTF-8 is checked
    try:
        with open(path, "rb") as source:
            whole = os.fstat(source.fileno()).st_size
            while chunk := source.read(_CHUNK):
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                if check_utf8 is None:
                    # A byte-order mark (or UTF-16's zeros, or a workbook) settles how the
                    # file is read whatever its bytes; decoding all of it to check them
                    # would cost a fifth of a regional export's import.
                    check_utf8 = not head.startswith((_ZIP_MAGIC, _OLE_MAGIC)) and \
                        _text_encoding(head, True) == UTF8
                    utf8_valid = check_utf8
                digest.update(chunk)
                size += len(chunk)
                # A line inside one chunk is shorter than a chunk; only lines that run
                # across chunks need measuring.
                first = chunk.find(b"\n")
                breaks += chunk.count(b"\n")
                if first < 0:
                    line += len(chunk)
                else:
                    longest = max(longest, line + first)
                    line = len(chunk) - chunk.rfind(b"\n") - 1
                if utf8_valid:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8_valid = False
                if progress is not None:
                    progress(size, whole)
        if utf8_valid:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8_valid = False
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if size == 0:
        raise InputError(translate("intake", "Filen {path} är tom. Ta en ny export ur SAMSA och försök igen.")
                         .format(path=path))
    if path.suffix.lower() in _ODF_SUFFIXES or any(mark in head[:1024] for mark in _ODF_MARKS):
        raise InputError(translate("intake", "OpenDocument stöds inte – spara som .xlsx eller .csv"))
    if head.startswith(_ZIP_MAGIC):
        return FileFacts(path, digest.hexdigest(), size, FORMAT_XLSX, None)
    if head.startswith(_OLE_MAGIC):
        raise InputError(translate("intake", "{name} är en äldre Excel-fil (.xls) som inte kan läsas. Öppna den "
                            "i Excel och spara den som Excel-arbetsbok (.xlsx) eller CSV, och "
                            "importera den filen.").format(name=path.name))
    return FileFacts(path, digest.hexdigest(), size, FORMAT_CSV, _text_encoding(head, utf8_valid),
                     max(longest, line), breaks + (1 if line else 0))
