"""Importing a file: one way in for the command line, the menu and drag-and-drop.

The steps, for every kind of list:

1. Hash the file (SHA-256) and decide how to read it. Nothing of it is copied yet.
2. A file with a hash already in ``imports`` is recognised and nothing changes.
3. Read the table and recognise its kind from the header (names and synonyms, or a column
   mapping the user made once for that header). Every row is read and checked before
   anything is written.
4. Kind-specific checks that need the user (SAMSA: the shrink guard).
5. The archive keeps what explains and replays the import, and nothing more: the lines above
   the header, the header, this health centre's rows and the summary lines, as one
   owner-only CSV file named by the original's SHA-256 (the ``imports`` row keeps the
   original's name, size and hash). Other health centres' rows are read as a stream and never
   reach the disk. Archived files older than the retention setting are removed; the
   ``imports`` rows stay.
6. One transaction: the ``imports`` row, the kind's writes, and the result. All or nothing;
   on failure the archived file is removed again.

Adding a kind of list (CFS lists, visits): see :data:`KINDS` and ``docs/import.md``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from huddle.domain.samsa import CaseRecord
from huddle.errors import DatabaseError, InputError
from huddle.i18n import translate
from huddle.intake.layout import ColumnMap, Layout, header_signature
from huddle.intake.register_lists import CFS_LAYOUT, CONSENT_LAYOUT, VISITS_LAYOUT
from huddle.intake.samsa import SAMSA_LAYOUT, RowProblem, SamsaRowReader, VcFilter, newer
from huddle.intake.sniff import FORMAT_CSV, FileFacts, sniff_file
from huddle.intake.table import Row, Table, read_table
from huddle.intake.values import export_moment
from huddle.paths import archive_dir_for
from huddle.private_files import STAGING_PREFIX, private_dir, remove_staging, write_private
from huddle.storage.audit import now_iso, os_user
from huddle.storage.cases import apply_snapshot, cases_missing_from, current_case_count
from huddle.storage.database import describe_sqlite_error
from huddle.storage.followups import create_calls_for_discharges, revise_calls_for_discharges
from huddle.storage.register_imports import (
    prepare_cfs,
    prepare_consent,
    prepare_visits,
    sync_sip_invitations,
    write_cfs,
    write_consent,
    write_visits,
)
from huddle.storage.settings import load_settings
from huddle.storage.store import Store

log = logging.getLogger(__name__)

# The stages an import reports through its ``progress`` callback (for the window's progress
# bar; the command line passes none). The callback may raise, typically
# :class:`~huddle.errors.Cancelled`: before the write nothing has been written, and during
# it the exception unwinds through the transaction, so either way nothing is left half-done.
STAGE_HASH = "hash"    # done/total in bytes: the file is hashed and looked at
STAGE_READ = "read"    # done = rows read; total = the file's lines (an upper bound), 0 unknown
STAGE_WRITE = "write"  # the one transaction: 0/1 as it begins, 1/1 just before the commit
READ_STEP = 2000       # rows between two reports while reading


class ImportProgress(NamedTuple):
    stage: str
    done: int
    total: int


Progress = Callable[[ImportProgress], None]

RESULT_KEYS = ("rows_read", "accepted", "rejected", "other_vc", "duplicates", "new_cases",
               "updated_cases", "unchanged_cases", "gone_cases", "already_imported")



# --------------------------------------------------------------------------- the result

@dataclass(frozen=True)
class ImportResult:
    """What an import did. ``to_json()`` is the contract of ``huddle import --json`` and
    holds exactly :data:`RESULT_KEYS`; the other attributes are for the dialog."""

    rows_read: int = 0
    accepted: int = 0
    rejected: tuple[RowProblem, ...] = ()
    other_vc: int = 0
    duplicates: int = 0
    new_cases: int = 0
    updated_cases: int = 0
    unchanged_cases: int = 0
    gone_cases: int = 0
    already_imported: bool = False
    kind: str = "samsa"
    file_name: str = ""
    import_id: int | None = None
    as_of: datetime | None = None
    read_as: str = ""
    imported_before_at: str | None = None  # when already_imported: when that was

    def to_json(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read,
            "accepted": self.accepted,
            "rejected": [problem.to_json() for problem in self.rejected],
            "other_vc": self.other_vc,
            "duplicates": self.duplicates,
            "new_cases": self.new_cases,
            "updated_cases": self.updated_cases,
            "unchanged_cases": self.unchanged_cases,
            "gone_cases": self.gone_cases,
            "already_imported": self.already_imported,
        }


# --------------------------------------------------------------------------- errors

class UnrecognisedLayout(InputError):
    """The header is not one the app knows and no mapping was made for it yet."""

    def __init__(self, message: str, *, file_name: str, layout: Layout, header: list[str],
                 header_line: int, preview: list[list[str]], suggestion: dict[str, str],
                 sheet: str | None) -> None:
        super().__init__(message)
        self.file_name = file_name
        self.layout = layout
        self.header = header
        self.header_line = header_line
        self.preview = preview
        self.suggestion = suggestion  # {reference label: source column} recognised by name
        self.sheet = sheet


class ShrinkRefused(InputError):
    """A complete export with far fewer cases than the last: probably a cut-off file."""

    def __init__(self, message: str, *, previous: int, now: int, missing: int) -> None:
        super().__init__(message)
        self.previous = previous
        self.now = now
        self.missing = missing


class OlderExport(InputError):
    """An export describing a moment before the latest SAMSA import: applying it would
    replay history backwards (moved dates moved back, new admissions marked gone)."""


# --------------------------------------------------------------------------- kinds

@dataclass(frozen=True)
class ImportOptions:
    as_of: datetime
    allow_shrink: bool = False


@dataclass
class Prepared:
    """Everything read from a file, checked, and not yet written."""

    rows_read: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    other_vc: int = 0
    duplicates: int = 0
    records: list[Any] = field(default_factory=list)
    # The rows the archive keeps, for a kind that chooses them itself (SAMSA: this health
    # centre's rows only, so other rows never leave memory).
    archived: list[list[str]] = field(default_factory=list)


# prepare(db, table, columns, options) reads every row; it must not write.
Prepare = Callable[[Store, Table, ColumnMap, ImportOptions], Prepared]
# write(db, prepared, options, import_id) runs inside the import's transaction and returns
# counts named like ImportResult fields (new_cases, updated_cases, ...).
Write = Callable[[Store, Prepared, ImportOptions, int], Mapping[str, int]]


@dataclass(frozen=True)
class ImportKind:
    name: str          # the value of imports.kind
    layout: Layout     # columns, synonyms and required columns: how the header is recognised
    prepare: Prepare
    write: Write
    # True: prepare() puts the rows the archive keeps in Prepared.archived itself. False: the
    # archive keeps every row (a list the health centre made holds only its own patients).
    chooses_archived_rows: bool = False


def _prepare_samsa(db: Store, table: Table, columns: ColumnMap,
                   options: ImportOptions) -> Prepared:
    settings = load_settings(db)
    if not settings.configured:
        raise InputError(translate("import", "Vårdcentralen är inte inställd, så det går inte att välja ut "
                            "dess patienter ur exporten. Ställ in vårdcentralens namn först."))
    ours = VcFilter(settings.vc_names())
    reader = SamsaRowReader(columns, today=options.as_of.date(),
                            reserve_pattern=settings.reserve_number_pattern)
    vc_index = columns.index["health_centre"]
    width = len(columns.header)
    prepared = Prepared()
    archived = prepared.archived  # this health centre's rows only
    matches = ours.matches
    # Most of a regional export is other health centres' rows: a row as wide as the header
    # whose health centre is not ours is passed over by the reader, only counted. The rest
    # (ours, and rows of another width, which may be ours with slipped columns) come here.
    table.pass_over(vc_index, matches)
    kept: dict[str, CaseRecord] = {}
    # The hot loop, once per row of a regional export: the counts are kept in locals.
    rows_read = other_vc = 0
    for rows_read, (line, cells) in enumerate(table.rows, 1):  # noqa: B007 (counted)
        if not matches(cells[vc_index] if vc_index < len(cells) else ""):
            # A row of another width may still be ours (its columns slipped, or a quotation
            # mark left open ran its cells together): reject it, never drop it.
            found = ours.named_in(cells, table.delimiter) if len(cells) != width else None
            if found == "cell":
                archived.append(cells)
                prepared.rejected.append(RowProblem(line, translate("import",
                    "Raden har {n} fält men rubrikraden {m}, så kolumnerna är förskjutna. "
                    "Rätta raden eller ta en ny export.").format(n=len(cells), m=width)))
            elif found == "merged":
                # Not archived: the merged field may hold other centres' rows.
                prepared.rejected.append(RowProblem(line, translate("import",
                    "Ett citattecken (\") i raden stängs aldrig, så raden (och kanske raderna "
                    "efter den) har slagits ihop. Rätta raden eller ta en ny export.")))
            else:
                other_vc += 1
            continue
        archived.append(cells)
        outcome = reader.read(line, cells)
        if isinstance(outcome, RowProblem):
            prepared.rejected.append(outcome)
            continue
        key = outcome.case_key
        previous = kept.get(key)
        if previous is not None:
            prepared.duplicates += 1
            if not newer(outcome, previous):
                continue
        kept[key] = outcome
    prepared.rows_read = rows_read + table.passed_over
    prepared.other_vc = other_vc + table.passed_over
    prepared.records = sorted(kept.values(), key=lambda record: record.line)
    _shrink_guard(db, prepared.records, options, settings.shrink_ratio)
    return prepared


def _shrink_guard(db: Store, records: Sequence[CaseRecord],
                  options: ImportOptions, ratio: float) -> None:
    if options.allow_shrink:
        return
    previous = current_case_count(db)
    if previous < 10 or len(records) >= ratio * previous:
        return
    missing = cases_missing_from(db, {record.case_key for record in records})
    raise ShrinkRefused(
        translate("import", "Exporten innehåller bara {now} mot {previous} förra gången, så "
           "{missing} skulle markeras som borta. Filen är troligen avkortad; inget har "
           "importerats. Ta en ny export, eller importera med --allow-shrink om listan "
           "verkligen har krympt.").format(now=_cases(len(records)), previous=previous,
                                            missing=_cases(missing)),
        previous=previous, now=len(records), missing=missing)


def _write_samsa(db: Store, prepared: Prepared, options: ImportOptions,
                 import_id: int) -> dict[str, int]:
    snapshot = apply_snapshot(db, prepared.records, as_of=options.as_of, import_id=import_id,
                              mark_gone=True)
    discharged = [event["case_id"] for event in snapshot.events
                  if event["kind"] == "discharged"]
    create_calls_for_discharges(db, discharged,
                                at=options.as_of.isoformat(timespec="minutes"))
    revise_calls_for_discharges(db, snapshot.discharge_changes,
                                at=options.as_of.isoformat(timespec="minutes"))
    sync_sip_invitations(db, [event["case_id"] for event in snapshot.events
                              if event["kind"] == "sip_invited"],
                         at=options.as_of.isoformat(timespec="minutes"))
    return {"new_cases": snapshot.new_cases, "updated_cases": snapshot.updated_cases,
            "unchanged_cases": snapshot.unchanged_cases, "gone_cases": snapshot.gone_cases}


SAMSA = ImportKind("samsa", SAMSA_LAYOUT, _prepare_samsa, _write_samsa,
                   chooses_archived_rows=True)

# Every kind of list `huddle import` recognises, tried in this order. To add one: a Layout
# in huddle/intake/, a prepare and a write function here, and an entry below. The kind's
# name must be allowed by the CHECK on imports.kind.
KINDS: tuple[ImportKind, ...] = (
    SAMSA,
    ImportKind("cfs", CFS_LAYOUT, prepare_cfs, write_cfs),
    ImportKind("visits", VISITS_LAYOUT, prepare_visits, write_visits),
    ImportKind("consent", CONSENT_LAYOUT, prepare_consent, write_consent),
)


def kind_named(name: str) -> ImportKind:
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


# --------------------------------------------------------------------------- mappings

def _signature_key(kind: str, header: Sequence[str]) -> str:
    return f"{kind}:{header_signature(header)}"


def load_column_mappings(db: Store) -> dict[str, dict[str, str]]:
    """Remembered mappings by ``kind:signature``."""
    return {signature: json.loads(mapping) for signature, mapping in db.execute(
        "SELECT signature, mapping FROM column_mappings").fetchall()}


def save_column_mapping(db: Store, kind: str, header: Sequence[str],
                        mapping: Mapping[str, str]) -> str:
    """Remember ``{source column: reference label}`` for files with this header."""
    layout = kind_named(kind).layout
    columns = layout.from_mapping(header, mapping)
    missing = layout.missing(columns)
    if missing:
        raise InputError(translate("import", "Kopplingen saknar {columns}. Välj en kolumn i filen för var och "
                            "en av dem.").format(columns=", ".join(c.label for c in missing)))
    signature = _signature_key(kind, header)
    with db.atomic():
        db.execute(
            "INSERT INTO column_mappings (signature, mapping, created_at) VALUES (?, ?, ?) "
            "ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
            "created_at = excluded.created_at",
            [signature, json.dumps(dict(mapping), ensure_ascii=False), now_iso()])
    return signature


def _header_score(mappings: Mapping[str, dict[str, str]]) -> Callable[[Sequence[str]], float]:
    # Every line near the top is scored under each separator, so the signature (a hash) is
    # made once per line, and only when the user has remembered a mapping at all.
    def score(header: Sequence[str]) -> float:
        if mappings:
            signature = header_signature(header)
            if any(f"{kind.name}:{signature}" in mappings for kind in KINDS):
                return 1000.0
        return max(kind.layout.score(header) for kind in KINDS)
    return score


def _recognise(table: Table, mappings: Mapping[str, dict[str, str]], file_name: str
               ) -> tuple[ImportKind, ColumnMap]:
    best: tuple[float, ImportKind, ColumnMap] | None = None
    for kind in KINDS:
        mapping = mappings.get(_signature_key(kind.name, table.header))
        if mapping is not None:
            columns = kind.layout.from_mapping(table.header, mapping)
            if not kind.layout.missing(columns):
                return kind, columns
        score = kind.layout.score(table.header)
        if score > 0 and (best is None or score > best[0]):
            best = (score, kind, kind.layout.recognise(table.header))
    if best is not None:
        return best[1], best[2]
    if len(table.header) < 2:
        raise InputError(translate("import",
            "{name} har bara en kolumn. Den är kanske inte en export ur SAMSA, eller så "
            "används en avgränsare som inte känns igen (semikolon, komma och tabb går bra)."
        ).format(name=file_name))
    layout = KINDS[0].layout
    partial = layout.recognise(table.header)
    missing = ", ".join(c.label for c in layout.missing(partial))
    raise UnrecognisedLayout(
        translate("import", "Kolumnerna i {name} känns inte igen: {missing} saknas. Öppna filen med Importera "
           "i appen och koppla kolumnerna en gång; kopplingen sparas för filer med samma "
           "rubrikrad.").format(name=file_name, missing=missing),
        file_name=file_name, layout=layout, header=list(table.header),
        header_line=table.header_line, preview=[list(r.cells) for r in table.preview],
        suggestion={layout.column(key).label: table.header[i]
                    for key, i in partial.index.items()},
        sheet=table.sheet)


# --------------------------------------------------------------------------- the import

def database_file(db: Store) -> Path | None:
    """The file behind ``db`` (``None`` for an in-memory database)."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


class EarlierImport(NamedTuple):
    id: int
    kind: str
    imported_at: str


def previous_import(db: Store, sha256: str) -> EarlierImport | None:
    row = db.execute("SELECT id, kind, imported_at FROM imports WHERE sha256 = ?",
                     [sha256]).fetchone()
    return EarlierImport(*row) if row else None


def _already(row: EarlierImport, file_name: str, as_of: datetime) -> ImportResult:
    return ImportResult(already_imported=True, kind=row.kind, file_name=file_name,
                        import_id=row.id, as_of=as_of, imported_before_at=row.imported_at)


def _recording(rows: Iterator[Row], into: list[list[str]]) -> Iterator[Row]:
    """The rows as they are read, each also kept for the archive."""
    for row in rows:
        into.append(row.cells)
        yield row


def _file_state(path: Path) -> tuple[int, int]:
    state = path.stat()
    return state.st_size, state.st_mtime_ns


def import_file(db: Store, path: Path | str, *,
                as_of: datetime | None = None, allow_shrink: bool = False,
                sheet: str | None = None, db_path: Path | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Import one file; see the module docstring for the steps.

    ``progress`` is told how far the import has come (:class:`ImportProgress`, see the
    ``STAGE_*`` constants); whatever it raises stops the import with nothing changed.

    Raises :class:`InputError` (unreadable file, unknown layout: :class:`UnrecognisedLayout`,
    shrink guard: :class:`ShrinkRefused`) or :class:`DatabaseError`; in every such case the
    database and the archive are as they were.
    """
    path = Path(path)
    given_as_of = as_of
    as_of = (as_of or datetime.now()).replace(second=0, microsecond=0)
    db_file = db_path or database_file(db)
    archive_dir = archive_dir_for(db_file) if db_file else None
    try:
        if archive_dir is not None and archive_dir.is_dir():
            remove_staging(archive_dir)  # left by an import that was killed
        try:
            before = _file_state(path)
        except OSError:
            before = None  # sniff_file says why in Swedish
        facts = sniff_file(path) if progress is None else sniff_file(
            path, progress=lambda done, total: progress(ImportProgress(STAGE_HASH, done, total)))
        earlier = previous_import(db, facts.sha256)
        if earlier is not None:
            return _already(earlier, path.name, as_of)
        mappings = load_column_mappings(db)
        with read_table(path, sheet, header_score=_header_score(mappings),
                        facts=facts) as table:
            kind, columns = _recognise(table, mappings, path.name)
            if given_as_of is None:
                # "Utdrag 2026-11-22 06:00" above the header says what the export describes.
                as_of = export_moment(table.preamble) or as_of
            if kind.name == "samsa":
                _refuse_older(db, as_of)
            options = ImportOptions(as_of=as_of, allow_shrink=allow_shrink)
            every_row: list[list[str]] = []
            if not kind.chooses_archived_rows:
                table.rows = _recording(table.rows, every_row)
            total = facts.lines if facts.format == FORMAT_CSV else 0
            if progress is not None:
                progress(ImportProgress(STAGE_READ, 0, total))
                table.report_rows(lambda n: progress(ImportProgress(STAGE_READ, n, total)),
                                  READ_STEP)
            prepared = kind.prepare(db, table, columns, options)
            if progress is not None:
                seen = table.rows_seen
                progress(ImportProgress(STAGE_READ, seen, max(total, seen)))
            read_as = table.describe()
            archive = _archive_text(table, prepared.archived if kind.chooses_archived_rows
                                    else every_row)
        _unchanged_since(path, before)
        result = _write(db, kind, prepared, options, facts, archive, archive_dir,
                        file_name=path.name, read_as=read_as, progress=progress)
    except sqlite3.Error as exc:
        raise DatabaseError(describe_sqlite_error(exc, db_file)) from exc
    if db_file is not None and not result.already_imported:
        remove_expired_archives(db, today=as_of.date())
        trim_old_archives(db)
    return result


def _unchanged_since(path: Path, before: tuple[int, int] | None) -> None:
    """The file was hashed, then read: refuse it if it changed in between (a scheduled
    export still writing it), so the hash stands for the rows imported."""
    try:
        after = _file_state(path)
    except OSError:
        after = None
    if before is None or after != before:
        raise InputError(translate("import",
            "{name} ändrades medan den lästes in; en export skrivs kanske fortfarande. Inget "
            "har importerats. Vänta tills exporten är klar och försök igen.").format(
                name=path.name))


def _archive_text(table: Table, rows: Sequence[Sequence[str]]) -> str:
    """What the archive keeps of a file, as CSV (UTF-8, semicolons) that imports again the
    same way: the lines above the header, the header, the rows kept, the summary lines."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(table.preamble)
    writer.writerow(table.header)
    writer.writerows(rows)
    writer.writerows(table.trailer)
    return out.getvalue()


def _cases(n: int) -> str:
    """'1 ärende', '4 ärenden'."""
    return (translate("import", "{n} ärende") if n == 1
            else translate("import", "{n} ärenden")).format(n=n)


def _refuse_older(db: Store, as_of: datetime) -> None:
    latest = db.execute(
        "SELECT max(as_of) FROM imports WHERE kind = 'samsa'").fetchone()[0]
    if latest is not None and as_of.isoformat(timespec="minutes") < latest:
        raise OlderExport(translate(
            "import", "Exporten gäller {as_of}, men en nyare SAMSA-export (från {latest}) är "
            "redan importerad. En äldre export skulle spela upp händelserna baklänges, så "
            "inget har importerats. Importera den senaste exporten.").format(
                as_of=as_of.strftime("%Y-%m-%d %H:%M"), latest=latest.replace("T", " ")))


def _archive(text: str, archive_dir: Path | None, facts: FileFacts
             ) -> tuple[Path | None, bool]:
    """Write what the archive keeps to ``<archive>/<sha256 of the original>.csv``, owner-only,
    whole or not at all; (path, created)."""
    if archive_dir is None:
        return None, False
    final = archive_dir / f"{facts.sha256}.csv"
    existed = final.exists()
    try:
        private_dir(archive_dir)
        # os.urandom, as secrets.token_hex does (secrets would import hmac and random).
        staging = archive_dir / f"{STAGING_PREFIX}{os.urandom(6).hex()}.csv"
        write_private(staging, text.encode("utf-8"))
        os.replace(staging, final)
    except OSError as exc:
        raise DatabaseError(translate("import",
            "Arkivmappen {folder} kunde inte skrivas ({error}). Kontrollera att du har "
            "behörighet att skriva bredvid databasen och att disken inte är full.").format(
                folder=archive_dir, error=exc.strerror or exc)) from exc
    return final, not existed


def _write(db: Store, kind: ImportKind, prepared: Prepared,
           options: ImportOptions, facts: FileFacts, archive: str,
           archive_dir: Path | None, *, file_name: str, read_as: str,
           progress: Progress | None = None) -> ImportResult:
    if progress is not None:
        progress(ImportProgress(STAGE_WRITE, 0, 1))
    archived, created = _archive(archive, archive_dir, facts)
    try:
        with db.atomic():
            import_id = db.insert("imports", {
                "kind": kind.name, "file_name": file_name, "sha256": facts.sha256,
                "archive_path": str(archived) if archived else None,
                "as_of": options.as_of.isoformat(timespec="minutes"),
                "imported_at": now_iso(), "os_user": os_user(), "result": "{}",
                "file_size": facts.size,
            })
            counts = kind.write(db, prepared, options, import_id)
            result = ImportResult(
                rows_read=prepared.rows_read, accepted=len(prepared.records),
                rejected=tuple(prepared.rejected), other_vc=prepared.other_vc,
                duplicates=prepared.duplicates, kind=kind.name, file_name=file_name,
                import_id=import_id, as_of=options.as_of, read_as=read_as, **counts)
            db.update("imports", import_id, {
                "result": json.dumps(result.to_json(), ensure_ascii=False)})
            if progress is not None:
                progress(ImportProgress(STAGE_WRITE, 1, 1))  # the last moment to stop
    except sqlite3.IntegrityError:
        if created and archived is not None:
            archived.unlink(missing_ok=True)
        earlier = previous_import(db, facts.sha256)
        if earlier is None:
            raise
        # Imported by someone else a moment ago.
        return _already(earlier, file_name, options.as_of)
    except BaseException:
        if created and archived is not None:
            archived.unlink(missing_ok=True)
        raise
    return result


# --------------------------------------------------------------------------- retention

def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def remove_expired_archives(db: Store, *, today: date | None = None) -> int:
    """Remove archived files of imports older than ``archive_retention_months``; the import
    rows stay (and say when their file went). Never raises for a file; returns how many
    files were removed."""
    months = load_settings(db).archive_retention_months
    cutoff = _months_before(today or date.today(), months).isoformat()
    expired = db.execute(
        "SELECT id, archive_path FROM imports WHERE archive_path IS NOT NULL "
        "AND archive_removed_at IS NULL AND imported_at < ?", [cutoff]).fetchall()
    removed = []
    for import_id, archive_path in expired:
        try:
            Path(archive_path).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Could not remove archived import %s: %s", import_id, exc)
            continue
        removed.append(import_id)
    if removed:
        with db.atomic():
            moment = now_iso()
            db.executemany("UPDATE imports SET archive_removed_at = ? WHERE id = ?",
                           [(moment, import_id) for import_id in removed])
        log.info("Removed %d archived imports older than %d months", len(removed), months)
    return len(removed)


def trim_old_archives(db: Store) -> int:
    """Archives written before schema step 5 hold the whole export, other health centres'
    patients included. Rewrite each as what the archive keeps now (the export's own lines,
    the header and this health centre's rows), under the same original hash, and note the
    original's size. Never raises for a file; returns how many were trimmed."""
    old = db.execute(
        "SELECT id, archive_path FROM imports WHERE kind = 'samsa' AND file_size IS NULL "
        "AND archive_path IS NOT NULL AND archive_removed_at IS NULL").fetchall()
    settings = load_settings(db)
    if not old or not settings.configured:
        return 0
    matches = VcFilter(settings.vc_names()).matches
    mappings = load_column_mappings(db)
    trimmed = []
    for import_id, archive_path in old:
        whole = Path(archive_path)
        try:
            size = whole.stat().st_size
            with read_table(whole, header_score=_header_score(mappings)) as table:
                kind, columns = _recognise(table, mappings, whole.name)
                if kind.name != "samsa":
                    continue
                vc, width = columns.index["health_centre"], len(columns.header)
                ours = [cells for _line, cells in table.rows
                        if matches(cells[vc] if vc < len(cells) else "")
                        or (len(cells) != width and any(matches(c) for c in cells))]
                text = _archive_text(table, ours)
            part = whole.with_name(f"{whole.stem}.csv")
            write_private(part, text.encode("utf-8"))
            if part != whole:
                whole.unlink()
        except (InputError, OSError) as exc:
            log.warning("Could not trim archived import %s: %s", import_id, exc)
            continue
        trimmed.append((str(part), size, import_id))
    if trimmed:
        with db.atomic():
            db.executemany("UPDATE imports SET archive_path = ?, file_size = ? WHERE id = ?",
                           trimmed)
        log.info("Trimmed %d archived imports to this health centre's rows", len(trimmed))
    return len(trimmed)
