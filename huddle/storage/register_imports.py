"""Importing a CFS list, a visits list and a consent list: the kinds ``huddle import`` knows
besides SAMSA.

Both go through :func:`huddle.storage.imports.import_file` – archive, hash, header
recognition, one transaction – and are registered in its ``KINDS``. The counts land in the
import result's fields: ``new_cases`` are the scores (visits) stored, ``unchanged_cases`` those
already known from an earlier list.

Visits are kept only where needed (data minimisation, seed 003 Bilaga 1–2): visits of patients
already in the register, and of patients who meet the frequent-attender definition on the day
the list describes (they are added to the register). Other rows are counted in ``other_vc``
and not stored.

A SAMSA export feeds the register too: its *SIP-kallelse* (:func:`sync_sip_invitations`,
called from the SAMSA import's write).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from huddle.domain import sip as sip_rules
from huddle.domain.access import ACTION_CHANGE, ACTION_IMPORT, PLACE_IMPORT
from huddle.domain.frequent import frequent_attendance
from huddle.intake.layout import ColumnMap
from huddle.intake.register_lists import (
    CfsRow,
    CfsRowReader,
    ConsentRow,
    ConsentRowReader,
    VisitRow,
    VisitRowReader,
)
from huddle.intake.table import Table
from huddle.storage.audit import log_access, now_iso
from huddle.storage.rows import SIP_COLUMNS, sip_of
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.imports import ImportOptions, Prepared
    from huddle.storage.store import Store


def _prepared() -> Prepared:
    from huddle.storage.imports import Prepared  # imports.py registers this module's kinds

    return Prepared()


def _patient_ids(db: Store) -> dict[str, int]:
    return {number: pid for pid, number in db.execute(
        "SELECT id, personnummer FROM patients").fetchall()}


def _ensure_patient(db: Store, known: dict[str, int], row: CfsRow | VisitRow | ConsentRow,
                    *, source: str, at: str) -> int:
    patient_id = known.get(row.personnummer)
    name = getattr(row, "name", None)
    if patient_id is None:
        patient_id = db.insert("patients", {
            "personnummer": row.personnummer, "id_kind": row.id_kind, "name": name,
            "birth_date": row.birth_date.isoformat() if row.birth_date else None,
            "source": source, "created_at": at,
        })
        known[row.personnummer] = patient_id
    elif name:
        db.execute("UPDATE patients SET name = ? WHERE id = ? AND name IS NULL",
                   [name, patient_id])
    return patient_id


# --------------------------------------------------------------------------- CFS list


def prepare_cfs(db: Store, table: Table, columns: ColumnMap,
                options: ImportOptions) -> Prepared:
    prepared = _prepared()
    prepared.records.extend(_read_unique(
        table, _reader(CfsRowReader, db, columns, options), CfsRow, prepared,
        key=lambda row: (row.personnummer, row.scored_on.isoformat(), row.level)))
    return prepared


def _reader(reader_type: type, db: Store, columns: ColumnMap, options: ImportOptions):
    """A list's row reader, with the day the list describes and the reserve-number pattern."""
    return reader_type(columns, today=options.as_of.date(),
                       reserve_pattern=load_settings(db).reserve_number_pattern)


def _read_unique(table: Table, reader, record_type: type, prepared: Prepared, *,
                 key: Callable[[Any], tuple]) -> list:
    """Read every row: count it, reject the bad ones, and keep a repeated row once."""
    seen: set[tuple] = set()
    kept = []
    for line, cells in table.rows:
        prepared.rows_read += 1
        outcome = reader.read(line, cells)
        if not isinstance(outcome, record_type):
            prepared.rejected.append(outcome)
            continue
        if key(outcome) in seen:
            prepared.duplicates += 1
            continue
        seen.add(key(outcome))
        kept.append(outcome)
    return kept


def write_cfs(db: Store, prepared: Prepared, options: ImportOptions,
              import_id: int) -> dict[str, int]:
    at = options.as_of.isoformat(timespec="minutes")
    known = _patient_ids(db)
    stored = {(pid, day, level) for pid, day, level in db.execute(
        "SELECT patient_id, scored_on, level FROM cfs_scores").fetchall()}
    new = unchanged = 0
    touched: set[int] = set()
    for row in prepared.records:
        patient_id = _ensure_patient(db, known, row, source="cfs", at=at)
        key = (patient_id, row.scored_on.isoformat(), row.level)
        if key in stored:
            unchanged += 1
            continue
        stored.add(key)
        db.insert("cfs_scores", {
            "patient_id": patient_id, "level": row.level, "scale_version": row.version,
            "scored_on": row.scored_on.isoformat(), "scored_by_role": None,
            "scored_by_name": row.scored_by, "baseline_note": row.baseline_note,
            "source": "import", "import_id": import_id, "created_at": now_iso(),
        })
        touched.add(patient_id)
        new += 1
    for patient_id in sorted(touched):
        log_access(db, ACTION_IMPORT, patient_id, f"cfs_import {import_id}", place=PLACE_IMPORT)
    return {"new_cases": new, "unchanged_cases": unchanged}


# --------------------------------------------------------------------------- visits list


def prepare_visits(db: Store, table: Table, columns: ColumnMap,
                   options: ImportOptions) -> Prepared:
    settings = load_settings(db)
    day = options.as_of.date()
    reader = VisitRowReader(columns, today=day, reserve_pattern=settings.reserve_number_pattern)
    prepared = _prepared()
    rows: list[VisitRow] = _read_unique(
        table, reader, VisitRow, prepared,
        key=lambda row: (row.personnummer, row.visit_date.isoformat(), row.place))
    by_person: dict[str, list[VisitRow]] = defaultdict(list)
    for row in rows:
        by_person[row.personnummer].append(row)
    known = set(_patient_ids(db))
    for number, visits in by_person.items():
        wanted = number in known or frequent_attendance(
            [(v.visit_date, v.place) for v in visits], day, settings).flagged
        if wanted:
            prepared.records.extend(visits)
        else:
            prepared.other_vc += len(visits)
    prepared.records.sort(key=lambda row: row.line)
    return prepared


def write_visits(db: Store, prepared: Prepared, options: ImportOptions,
                 import_id: int) -> dict[str, int]:
    at = options.as_of.isoformat(timespec="minutes")
    known = _patient_ids(db)
    new = unchanged = 0
    touched: set[int] = set()
    for row in prepared.records:
        patient_id = _ensure_patient(db, known, row, source="visits", at=at)
        cursor = db.execute(
            "INSERT OR IGNORE INTO visits (patient_id, visit_date, place, import_id) "
            "VALUES (?, ?, ?, ?)", [patient_id, row.visit_date.isoformat(), row.place, import_id])
        if cursor.rowcount:
            new += 1
            touched.add(patient_id)
        else:
            unchanged += 1
    for patient_id in sorted(touched):
        log_access(db, ACTION_IMPORT, patient_id, f"visits_import {import_id}",
                   place=PLACE_IMPORT)
    return {"new_cases": new, "unchanged_cases": unchanged}


# --------------------------------------------------------------------------- consent list
# The health centre's own record of each patient's answer (Ja/Nej, when, who): the consent
# for the joint huddle, exactly as if the nurse had recorded it in the app. SAMSA's Samtycke
# stays a fact of its own and never overwrites it (huddle.domain.consent). A row older than
# what the health centre has already recorded for the patient changes nothing.


def prepare_consent(db: Store, table: Table, columns: ColumnMap,
                    options: ImportOptions) -> Prepared:
    prepared = _prepared()
    rows: list[ConsentRow] = _read_unique(
        table, _reader(ConsentRowReader, db, columns, options), ConsentRow, prepared,
        key=lambda row: (row.personnummer, row.consent_date.isoformat(), row.consent))
    latest: dict[str, ConsentRow] = {}
    for row in rows:  # one answer per patient: the latest on the list
        earlier = latest.get(row.personnummer)
        if earlier is not None:
            prepared.duplicates += 1
            if (row.consent_date, row.line) < (earlier.consent_date, earlier.line):
                continue
        latest[row.personnummer] = row
    prepared.records.extend(sorted(latest.values(), key=lambda row: row.line))
    return prepared


def write_consent(db: Store, prepared: Prepared, options: ImportOptions,
                  import_id: int) -> dict[str, int]:
    from huddle.storage.register import set_consent

    at = options.as_of.isoformat(timespec="minutes")
    known = _patient_ids(db)
    recorded = {pid: (consent, day, by) for pid, consent, day, by in db.execute(
        "SELECT id, consent, consent_date, consent_by FROM patients").fetchall()}
    new = unchanged = 0
    for row in prepared.records:
        patient_id = _ensure_patient(db, known, row, source="manual", at=at)
        consent, day, by = recorded.get(patient_id, ("unknown", None, None))
        same = (consent, day, by) == (row.consent, row.consent_date.isoformat(),
                                      row.recorded_by)
        if same or (day is not None and day > row.consent_date.isoformat()):
            unchanged += 1
            continue
        set_consent(db, patient_id, consent=row.consent, on=row.consent_date,
                    by=row.recorded_by, today=options.as_of.date(), place=PLACE_IMPORT)
        new += 1
    log_access(db, ACTION_IMPORT, None, f"consent_import {import_id}", place=PLACE_IMPORT)
    return {"new_cases": new, "unchanged_cases": unchanged}


def sync_sip_invitations(db: Store, case_ids: list[int], *, at: str) -> int:
    """SAMSA's *SIP-kallelse* feeds the SIP register: an invitation SAMSA shows and the register
    does not know becomes (or moves an open need to) a 'kallad' episode. Call it inside the
    import's transaction with the cases whose invitation is new."""
    changed = 0
    for case_id in case_ids:
        case = db.execute("SELECT patient_id, sip_invited_on FROM cases WHERE id = ?",
                          [case_id]).fetchone()
        if case is None or not case[1]:
            continue
        patient_id, invited = case[0], case[1][:10]
        episodes = [sip_of(r) for r in db.execute(
            f"SELECT {SIP_COLUMNS} FROM sips WHERE patient_id = ? ORDER BY updated_at, id",
            [patient_id]).fetchall()]
        if any(e.episode.invited_on and e.episode.invited_on.isoformat() == invited
               for e in episodes):
            continue
        latest = episodes[-1] if episodes else None
        if latest is not None:
            newest = latest.episode.latest_date
            if newest is not None and newest.isoformat() > invited:
                continue  # the register already knows of something later
        if latest is not None and latest.state == sip_rules.STATE_NEED:
            db.update("sips", latest.id, {"state": sip_rules.STATE_INVITED,
                                          "invited_on": invited, "updated_at": at})
        else:
            db.insert("sips", {"patient_id": patient_id, "state": sip_rules.STATE_INVITED,
                               "invited_on": invited, "source": "samsa", "updated_at": at})
        log_access(db, ACTION_CHANGE, patient_id, "sip_from_samsa", place=PLACE_IMPORT, at=at)
        changed += 1
    return changed
