"""The files a demo health centre receives, written as the real ones arrive and read back
through :func:`~huddle.storage.imports.import_file` — the same path as ``huddle import``.

- a SAMSA export in the reference layout, with its "Utdrag …" line, one row per case;
- a visits list (``Personnummer;Namn;Datum;Plats``) and a CFS list
  (``Personnummer;Namn;CFS;Datum;Skattad av``), the register lists the importer knows.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from huddle.domain.samsa import CaseRecord
from huddle.storage.audit import recorded_at
from huddle.storage.imports import import_file

if TYPE_CHECKING:
    from huddle.storage.imports import ImportResult
    from huddle.storage.store import Store

SAMSA_HEADER = [
    "Ärende-ID", "Personnummer", "Namn", "Skyddad identitet", "Sjukhus", "Avdelning",
    "Inskrivningsdatum", "Planerat utskrivningsdatum", "Utskrivningsklar", "Utskrivningsdatum",
    "Status", "Hemkommun", "Vårdcentral", "Fast vårdkontakt", "Kommunal hälso- och sjukvård",
    "Hemtjänst", "SIP-kallelse", "Samtycke", "Behov efter utskrivning", "Senast ändrad",
]
VISITS_HEADER = ["Personnummer", "Namn", "Datum", "Plats"]
CFS_HEADER = ["Personnummer", "Namn", "CFS", "Datum", "Skattad av"]


def stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def yes_no(flag: bool | None) -> str:
    return "" if flag is None else "Ja" if flag else "Nej"


def samsa_row(record: CaseRecord) -> list[str]:
    """One export row for a case, as SAMSA's report prints it."""
    return [
        record.samsa_id or "", record.personnummer, record.name or "", yes_no(record.protected),
        record.hospital or "", record.ward or "", stamp(record.admitted_at),
        record.pud.isoformat() if record.pud else "", stamp(record.ready_at),
        stamp(record.discharged_at), record.status or "", record.municipality or "",
        record.health_centre or "", record.contact or "", yes_no(record.municipal_hsl),
        yes_no(record.home_care),
        record.sip_invited_on.isoformat() if record.sip_invited_on else "",
        yes_no(record.consent), record.needs or "", stamp(record.last_changed),
    ]


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], *,
                preamble: Sequence[str] = ()) -> Path:
    """A semicolon-separated file as Excel on Swedish Windows saves one (UTF-8 here)."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for line in preamble:
            handle.write(line + "\r\n")
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def import_samsa_export(db: Store, folder: Path, at: datetime,
                        rows: Iterable[Sequence[str]]) -> ImportResult:
    """Write the export of ``at`` and import it (its own "Utdrag" line sets the moment)."""
    path = write_table(folder / f"samsa-{at:%Y-%m-%d-%H%M}.csv", SAMSA_HEADER, rows, preamble=[
        "Utskrivningsklara och inskrivna patienter", f"Utdrag {at:%Y-%m-%d %H:%M}", ""])
    try:
        with recorded_at(at + timedelta(minutes=3)):
            return import_file(db, path, allow_shrink=True)
    finally:
        path.unlink(missing_ok=True)


def import_list(db: Store, folder: Path, name: str, header: Sequence[str],
                rows: Iterable[Sequence[str]], *, as_of: datetime) -> ImportResult:
    """Write a register list and import it as of ``as_of``."""
    path = write_table(folder / name, header, rows)
    try:
        with recorded_at(as_of):
            return import_file(db, path, as_of=as_of)
    finally:
        path.unlink(missing_ok=True)
