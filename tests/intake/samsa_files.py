"""SAMSA export files written by the tests themselves, in every shape SAMSA-EXPORT.md lists.

All people are fictional; their personnummer are made with a valid check digit.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from huddle.domain.identity import with_check_digit

REFERENCE_HEADER = [
    "Ärende-ID", "Personnummer", "Namn", "Skyddad identitet", "Sjukhus", "Avdelning",
    "Inskrivningsdatum", "Planerat utskrivningsdatum", "Utskrivningsklar", "Utskrivningsdatum",
    "Status", "Hemkommun", "Vårdcentral", "Fast vårdkontakt", "Kommunal hälso- och sjukvård",
    "Hemtjänst", "SIP-kallelse", "Samtycke", "Behov efter utskrivning", "Senast ändrad",
]

VC = "Skene vårdcentral"
OTHER_VC = "Kinna vårdcentral"


def pnr(birth: str, serial: str = "123") -> str:
    """``pnr('19380412')`` -> ``'19380412-1236'`` style number with a valid check digit."""
    digits = with_check_digit(birth[2:] + serial)
    return f"{birth[:2]}{digits[:6]}-{digits[6:]}"


def row(n: int = 1, **values: str) -> dict[str, str]:
    """A valid row of this health centre; ``n`` varies case id and personnummer."""
    base = {
        "Ärende-ID": f"S-2026-{100000 + n}",
        "Personnummer": pnr(f"19{30 + n % 60:02d}0{1 + n % 9}1{n % 10}", f"{n % 1000:03d}"),
        "Namn": f"Åberg, Märta {n}",
        "Skyddad identitet": "Nej",
        "Sjukhus": "Södra Älvsborgs sjukhus Borås",
        "Avdelning": "Medicin 4",
        "Inskrivningsdatum": "2026-11-18 14:20",
        "Planerat utskrivningsdatum": "2026-11-23",
        "Utskrivningsklar": "",
        "Utskrivningsdatum": "",
        "Status": "Inskriven",
        "Hemkommun": "Mark",
        "Vårdcentral": VC,
        "Fast vårdkontakt": "Anna Lund, äldre-ssk",
        "Kommunal hälso- och sjukvård": "Nej",
        "Hemtjänst": "Ja",
        "SIP-kallelse": "",
        "Samtycke": "Ja",
        "Behov efter utskrivning": "hemtjänst, hjälpmedel",
        "Senast ändrad": "2026-11-21 16:02",
    }
    base.update(values)
    return base


def rows(count: int, start: int = 1, **values: str) -> list[dict[str, str]]:
    return [row(n, **values) for n in range(start, start + count)]


def csv_text(records: Iterable[dict[str, str]], *, header: Sequence[str] = REFERENCE_HEADER,
             delimiter: str = ";", preamble: Sequence[str] = (), trailer: Sequence[str] = (),
             rename: dict[str, str] | None = None, newline: str = "\r\n") -> str:
    out = io.StringIO()
    for line in preamble:
        out.write(line + newline)
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    rename = rename or {}
    writer.writerow([rename.get(name, name) for name in header])
    for record in records:
        writer.writerow([record.get(name, "") for name in header])
    for line in trailer:
        out.write(line + newline)
    return out.getvalue()


def write_csv(path: Path, records: Iterable[dict[str, str]], *, encoding: str = "utf-8",
              **options) -> Path:
    text = csv_text(records, **options)
    Path(path).write_bytes(text.encode(encoding))
    return Path(path)


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, table in sheets.items():
        sheet = workbook.create_sheet(title)
        for values in table:
            sheet.append(values)
    workbook.save(path)
    return Path(path)


def as_table(records: Iterable[dict[str, str]], header: Sequence[str] = REFERENCE_HEADER
             ) -> list[list[object]]:
    return [list(header), *[[record.get(name, "") for name in header] for record in records]]


AS_OF = datetime(2026, 11, 22, 6, 0)


# The reference sample of SAMSA-EXPORT.md (samples/samsa-exempel.csv), byte for byte: UTF-8
# with BOM, CRLF. Kept here so the tests need nothing outside the repository.
SAMPLE_NAME = "samsa-exempel.csv"
SAMPLE_LINES = (
    'Ärende-ID;Personnummer;Namn;Skyddad identitet;Sjukhus;Avdelning;Inskrivningsdatum;Planerat utskrivningsdatum;Utskrivningsklar;Utskrivningsdatum;Status;Hemkommun;Vårdcentral;Fast vårdkontakt;Kommunal hälso- och sjukvård;Hemtjänst;SIP-kallelse;Samtycke;Behov efter utskrivning;Senast ändrad',
    'S-2026-104211;19380412-1121;Ek, Margareta;Nej;Södra Älvsborgs sjukhus Borås;Medicin 4;2026-11-18 14:20;2026-11-23;;;Inskriven;Mark;Skene vårdcentral;Anna Lund, äldre-ssk;Nej;Ja;;Ja;hemtjänst, hjälpmedel;2026-11-21 16:02',
    'S-2026-104388;19410923-2456;Björk, Sven-Åke;Nej;Södra Älvsborgs sjukhus Borås;Ortopedi 2;2026-11-15 09:05;2026-11-20;2026-11-19 11:30;;Utskrivningsklar;Mark;Skene vårdcentral;Anna Lund, äldre-ssk;Ja;Ja;2026-11-20;Ja;hemsjukvård, korttidsplats;2026-11-21 09:44',
    'S-2026-104402;19350130-3386;Öberg, Ingrid;Nej;Skene närsjukhus;Vårdavdelning 1;2026-11-12 22:40;2026-11-19;2026-11-18 10:00;2026-11-20 13:15;Utskriven;Mark;Skene vårdcentral;Anna Lund, äldre-ssk;Nej;Nej;;Ja;;2026-11-20 13:20',
    'S-2026-104517;19450717-4268;Andersson, Gunnel;Nej;Södra Älvsborgs sjukhus Borås;Geriatrik;2026-11-20 03:12;2026-11-26;;;Inskriven;Mark;Skene vårdcentral;;Nej;Nej;;;;2026-11-21 08:10',
    'S-2026-104530;19290305-5149;Lindqvist, Åke;Nej;Södra Älvsborgs sjukhus Borås;Medicin 2;2026-11-10 18:30;2026-11-17;2026-11-16 09:00;;Utskrivningsklar;Mark;Skene vårdcentral;Anna Lund, äldre-ssk;Ja;Ja;2026-11-17;Ja;hemsjukvård, hemtjänst;2026-11-21 15:55',
    'S-2026-104611;19520611-6021;Persson, Karin;Ja;Södra Älvsborgs sjukhus Borås;Kirurgi 3;2026-11-19 07:50;2026-11-24;;;Inskriven;Mark;Skene vårdcentral;;Nej;Nej;;Nej;;2026-11-21 10:30',
)


def sample_bytes() -> bytes:
    return codecs.BOM_UTF8 + "".join(line + "\r\n" for line in SAMPLE_LINES).encode("utf-8")


def write_sample(folder: Path) -> Path:
    path = Path(folder) / SAMPLE_NAME
    path.write_bytes(sample_bytes())
    return path
