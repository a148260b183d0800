"""Applying a SAMSA snapshot: upsert patients and cases, and store what changed as events.

The caller owns the transaction (``with db.atomic():``) so that one import is all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from huddle.domain.access import ACTION_CHANGE, ACTION_IMPORT, PLACE_IMPORT
from huddle.domain.samsa import (
    STATUS_CANCELLED,
    STATUS_DISCHARGED,
    CaseRecord,
    consent_state,
    is_readmission,
    normalise_case_id,
)
from huddle.storage.audit import log_rows, now_iso
from huddle.storage.rows import iso_minutes

if TYPE_CHECKING:
    from huddle.storage.store import Store


@dataclass(frozen=True)
class DischargeChange:
    """A discharge an earlier export stated and this one changes: ``new`` is the corrected
    moment, or ``None`` when the discharge was withdrawn (no date, status not Utskriven)."""

    case_id: int
    old: datetime
    new: datetime | None


@dataclass
class SnapshotResult:
    new_cases: int = 0
    updated_cases: int = 0
    unchanged_cases: int = 0
    gone_cases: int = 0
    events: list[dict] = field(default_factory=list)
    discharge_changes: list[DischargeChange] = field(default_factory=list)


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _case_row(record: CaseRecord) -> dict:
    return {
        "samsa_id": record.samsa_id,
        "hospital": record.hospital,
        "ward": record.ward,
        "admitted_at": iso_minutes(record.admitted_at),
        "pud": iso_minutes(record.pud),
        "ready_at": iso_minutes(record.ready_at),
        "discharged_at": iso_minutes(record.discharged_at),
        "status": record.derived_status,
        "municipality": record.municipality,
        "contact": record.contact,
        "municipal_hsl": _flag(record.municipal_hsl),
        "home_care": _flag(record.home_care),
        "sip_invited_on": iso_minutes(record.sip_invited_on),
        "consent": consent_state(record.consent) if record.consent is not None else None,
        "protected": int(bool(record.protected)),
        "needs": record.needs,
        "last_changed": iso_minutes(record.last_changed),
    }


# What a snapshot compares of a stored case and patient: not the raw row (a kilobyte each).
_CASE_COLUMNS = ("id, gone_at, case_key, patient_id, samsa_id, hospital, ward, admitted_at, pud, ready_at, "
                 "discharged_at, status, municipality, contact, municipal_hsl, home_care, "
                 "sip_invited_on, consent, protected, needs, last_changed")
_INDEXED = frozenset({"case_key", "patient_id", "discharged_at"})
_PATIENT_COLUMNS = "id, name, protected_identity, samsa_consent, municipal_hsl, home_care"


def _fetch_one(db: Store, sql: str, params: list) -> dict | None:
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([column[0] for column in cursor.description], row, strict=True))


_UNREAD: dict = {}  # upsert_patient's ``existing`` when the caller has not read the row


def _patient_row(db: Store, personnummer: str) -> dict | None:
    return _fetch_one(db, f"SELECT {_PATIENT_COLUMNS} FROM patients WHERE personnummer = ?",
                      [personnummer])


class _Known:
    """The stored cases and patients a snapshot names, read in two queries instead of two
    per case. Each row serves the first case that asks for it; a later case of the same
    patient (or a key asked twice) reads the row again, as the first may have changed it."""

    def __init__(self, db: Store, records: Sequence[CaseRecord]) -> None:
        self.db = db
        self.cases = self._rows(_CASE_COLUMNS, "cases", "case_key",
                                {record.case_key for record in records})
        numbers = {record.personnummer for record in records}
        self.patients = self._rows(f"{_PATIENT_COLUMNS}, personnummer", "patients",
                                   "personnummer", numbers)
        self.no_patient = numbers - self.patients.keys()
        self.asked: set[str] = set()

    def _rows(self, columns: str, table: str, key: str, values: set[str]) -> dict[str, dict]:
        cursor = self.db.execute(f"SELECT {columns}, {key} AS key_ FROM {table} WHERE {key} "
                                 "IN (SELECT value FROM json_each(?))", [json.dumps(list(values))])
        names = [column[0] for column in cursor.description]
        return {row[-1]: dict(zip(names[:-1], row, strict=False)) for row in cursor.fetchall()}

    def case(self, key: str) -> dict | None:
        old = self.cases.pop(key, None)
        if old is None and (key in self.asked or (key.isascii() and key.isdigit())):
            old = _find_case(self.db, key)  # asked again, or stored with leading zeros
        self.asked.add(key)
        return old

    def patient(self, personnummer: str) -> dict | None:
        row = self.patients.pop(personnummer, None)
        if row is not None:
            return row
        if personnummer in self.no_patient:
            self.no_patient.discard(personnummer)
            return None
        return _patient_row(self.db, personnummer)


def upsert_patient(
    db: Store,
    record: CaseRecord,
    *,
    at: str,
    source: str = "samsa",
    fictional: bool = False,
    existing: dict | None = _UNREAD,
    log: list[tuple[str, str, str, int | None, str | None]] | None = None,
) -> int:
    """Find or create the patient; carry SAMSA's name and protection over, and keep what
    SAMSA says of consent as SAMSA's word (it never overwrites the health centre's record).
    ``existing`` is the patient's row (None: no such patient) when the caller has read it.
    A change of SAMSA's word on consent is logged, or added to ``log`` (rows for
    :func:`~huddle.storage.audit.log_rows`, written by the caller in the same transaction)."""
    if existing is _UNREAD:
        existing = _patient_row(db, record.personnummer)
    if existing is None:
        row = {
            "personnummer": record.personnummer,
            "id_kind": record.id_kind,
            "name": record.name,
            "birth_date": iso_minutes(record.birth_date),
            "protected_identity": int(bool(record.protected)),
            "consent": "unknown",
            "samsa_consent": _samsa_consent(record),
            "samsa_consent_at": at if record.consent is not None else None,
            "municipal_hsl": _flag(record.municipal_hsl),
            "home_care": _flag(record.home_care),
            "fictional": int(fictional),
            "source": source,
            "created_at": at,
        }
        return db.insert("patients", row)
    updates: dict = {}
    if record.name and record.name != existing["name"]:
        updates["name"] = record.name
    # SAMSA can set protection but a flag set by hand is never lifted by an export.
    if record.protected and not existing["protected_identity"]:
        updates["protected_identity"] = 1
    samsa = _samsa_consent(record)
    if samsa is not None and samsa != existing["samsa_consent"]:
        updates.update(samsa_consent=samsa, samsa_consent_at=at)
        row = (now_iso(), ACTION_CHANGE, PLACE_IMPORT, existing["id"],
               f"samsa_consent {existing['samsa_consent'] or 'none'}->{samsa}")
        if log is None:
            log_rows(db, [row])
        else:
            log.append(row)
    for column, value in (("municipal_hsl", record.municipal_hsl),
                          ("home_care", record.home_care)):
        if value is not None and int(value) != existing[column]:
            updates[column] = int(value)
    if updates:
        db.update("patients", existing["id"], updates)
    return existing["id"]


def _samsa_consent(record: CaseRecord) -> str | None:
    return None if record.consent is None else consent_state(record.consent)


class _EventWriter:
    def __init__(self, db: Store, import_id: int | None, at: str) -> None:
        self.db, self.import_id, self.at = db, import_id, at
        self.rows: list[dict] = []

    def add(self, case_id: int, patient_id: int, kind: str,
            old: str | None = None, new: str | None = None) -> None:
        self.rows.append({"case_id": case_id, "patient_id": patient_id,
                          "import_id": self.import_id, "at": self.at, "kind": kind,
                          "old_value": old, "new_value": new})

    def flush(self) -> None:
        if self.rows:
            self.db.executemany(
                "INSERT INTO case_events (case_id, patient_id, import_id, at, kind, old_value, "
                "new_value) VALUES (:case_id, :patient_id, :import_id, :at, :kind, :old_value, "
                ":new_value)", self.rows)


def _previous_discharge(db: Store, patient_id: int, case_key: str,
                        admitted: date) -> str | None:
    row = db.execute(
        "SELECT max(substr(discharged_at, 1, 10)) FROM cases "
        "WHERE patient_id = ? AND case_key != ? AND discharged_at IS NOT NULL "
        "AND substr(discharged_at, 1, 10) <= ?",
        [patient_id, case_key, admitted.isoformat()],
    ).fetchone()
    return row[0]


def _last_pud(db: Store, case_id: int) -> str | None:
    """The planned discharge date the case last had, from its events (it may since have
    been cleared)."""
    row = db.execute(
        "SELECT new_value FROM case_events WHERE case_id = ? AND kind IN ('pud_set', "
        "'pud_moved') ORDER BY at DESC, id DESC LIMIT 1", [case_id]).fetchone()
    return row[0] if row else None


def _pud_events(events: _EventWriter, case_id: int, patient_id: int, old: dict,
                new: dict) -> None:
    """A PUD set or moved. A PUD cleared records nothing; when one is set again it is
    compared with the last date the case had (docs/reports.md, "A PUD cleared and set
    again"): another date is a move from that date, the same date is no event."""
    if old["pud"] == new["pud"] or new["pud"] is None:
        return
    previous = old["pud"]
    if previous is None and old.get("id") is not None:
        previous = _last_pud(events.db, case_id)
        if previous == new["pud"]:
            return
    kind = "pud_set" if previous is None else "pud_moved"
    events.add(case_id, patient_id, kind, previous, new["pud"])


def _discharge_change(case_id: int, old: dict, new: dict) -> DischargeChange | None:
    """An earlier export said discharged; this one corrects the moment or withdraws it."""
    if old["discharged_at"] is None or old["discharged_at"] == new["discharged_at"]:
        return None
    if new["discharged_at"] is not None:
        return DischargeChange(case_id, datetime.fromisoformat(old["discharged_at"]),
                               datetime.fromisoformat(new["discharged_at"]))
    if new["status"] == STATUS_DISCHARGED:
        return None  # still said to be discharged, only without a date: nothing withdrawn
    return DischargeChange(case_id, datetime.fromisoformat(old["discharged_at"]), None)


def _diff_events(events: _EventWriter, case_id: int, patient_id: int,
                 old: dict, new: dict) -> None:
    _pud_events(events, case_id, patient_id, old, new)
    if old["ready_at"] is None and new["ready_at"] is not None:
        events.add(case_id, patient_id, "ready", None, new["ready_at"])
    if new["discharged_at"] is not None and old["discharged_at"] != new["discharged_at"]:
        # A first discharge (old None), or a corrected moment (old → new). A withdrawal has
        # no event kind of its own: it cancels the 72-hour call (followups.py).
        events.add(case_id, patient_id, "discharged", old["discharged_at"],
                   new["discharged_at"])
    if old["sip_invited_on"] is None and new["sip_invited_on"] is not None:
        events.add(case_id, patient_id, "sip_invited", None, new["sip_invited_on"])
    if new["consent"] is not None and old["consent"] != new["consent"]:
        events.add(case_id, patient_id, "consent_changed", old["consent"], new["consent"])
    if old["protected"] != new["protected"]:
        events.add(case_id, patient_id, "protected_changed",
                   str(old["protected"]), str(new["protected"]))
    if new["status"] == STATUS_CANCELLED and old["status"] != STATUS_CANCELLED:
        events.add(case_id, patient_id, "cancelled", old["status"], new["status"])


def apply_snapshot(
    db: Store,
    records: Iterable[CaseRecord],
    *,
    as_of: datetime,
    import_id: int | None,
    mark_gone: bool = True,
    fictional: bool = False,
) -> SnapshotResult:
    """Store one snapshot of this health centre's cases. Call inside ``db.atomic()``."""
    at = iso_minutes(as_of)
    result = SnapshotResult()
    events = _EventWriter(db, import_id, at)
    seen: set[str] = set()
    touched_patients: set[int] = set()
    # Oldest admission first: a readmission is found against the earlier case's discharge
    # even when both first arrive in the same export, whatever the row order.
    records = sorted(records, key=lambda r: r.admitted_at)
    known = _Known(db, records)
    logged: list[tuple[str, str, str, int | None, str | None]] = []  # consent SAMSA changed
    for record in records:
        key = record.case_key
        seen.add(key)
        old = known.case(key)
        patient = known.patient(record.personnummer)  # read once, for both uses below
        # What SAMSA said of the patient's consent before this case (an event when it
        # differs).
        known_consent = patient["samsa_consent"] if old is None and patient else None
        patient_id = upsert_patient(db, record, at=at, fictional=fictional, existing=patient,
                                    log=logged)
        touched_patients.add(patient_id)
        row = _case_row(record)
        state = {**row, "raw": json.dumps(record.raw, ensure_ascii=False),
                 "last_import_id": import_id, "last_seen_at": at, "gone_at": None,
                 "patient_id": patient_id, "case_key": key}
        if old is None:
            case_id = db.insert("cases", {"first_import_id": import_id, **state})
            result.new_cases += 1
            events.add(case_id, patient_id, "admitted", None, row["admitted_at"])
            blank = dict.fromkeys(row)
            # A new case states consent and protection; only later changes are events, and
            # a new case that contradicts what was known about the patient's consent.
            blank.update(protected=row["protected"], status=None,
                         consent=known_consent or row["consent"])
            _diff_events(events, case_id, patient_id, blank, row)
            # A patient created just now has no earlier case to be readmitted after.
            previous = _previous_discharge(db, patient_id, key, record.admitted_at.date()) \
                if patient is not None else None
            if previous and is_readmission(date.fromisoformat(previous),
                                           record.admitted_at.date()):
                events.add(case_id, patient_id, "readmission", previous, row["admitted_at"][:10])
            continue
        case_id = old["id"]
        changed = any(old[column] != value for column, value in row.items())
        if old["gone_at"] is not None:
            events.add(case_id, patient_id, "returned", old["gone_at"], at)
            changed = True
        _diff_events(events, case_id, patient_id, old, row)
        change = _discharge_change(case_id, old, row)
        if change is not None:
            result.discharge_changes.append(change)
        # An indexed column is written only when it changes (its index entry is then
        # rewritten): the key (stored with leading zeros by an older release), the patient,
        # the discharge.
        db.update("cases", case_id, {column: value for column, value in state.items()
                                     if column not in _INDEXED or old[column] != value})
        if changed:
            result.updated_cases += 1
        else:
            result.unchanged_cases += 1
    if mark_gone:
        result.gone_cases = _mark_gone(db, seen, events, at, touched_patients)
    events.flush()
    moment = now_iso()
    log_rows(db, logged + [(moment, ACTION_IMPORT, PLACE_IMPORT, patient_id,
                            f"samsa_import {import_id}") for patient_id in sorted(touched_patients)])
    result.events = events.rows
    return result


def _find_case(db: Store, key: str) -> dict | None:
    """The case stored under ``key``. A numeric key may have been stored with the leading
    zeros an older release kept ("000123"); it is the same case, and its key is rewritten
    in normalised form when the snapshot updates it."""
    case = _fetch_one(db, f"SELECT {_CASE_COLUMNS} FROM cases WHERE case_key = ?", [key])
    if case is None and key.isascii() and key.isdigit():
        # The range keeps the lookup on the index: only keys starting with "0" can differ.
        case = _fetch_one(
            db, f"SELECT {_CASE_COLUMNS} FROM cases WHERE case_key >= '0' AND case_key < '1' "
            "AND coalesce(nullif(ltrim(case_key, '0'), ''), '0') = ? ORDER BY id LIMIT 1",
            [key])
    return case


def _mark_gone(db: Store, seen: set[str], events: _EventWriter, at: str,
               touched_patients: set[int]) -> int:
    gone = 0
    for case_id, case_key, patient_id, status in db.execute(
            "SELECT id, case_key, patient_id, status FROM cases WHERE gone_at IS NULL"
    ).fetchall():
        if normalise_case_id(case_key) in seen:
            continue
        db.update("cases", case_id, {"gone_at": at})
        touched_patients.add(patient_id)  # a change to the patient's data: logged
        gone += 1
        # A discharged case leaving the list is the normal end; anything else is news.
        if status not in (STATUS_DISCHARGED, STATUS_CANCELLED):
            events.add(case_id, patient_id, "gone", status, None)
    return gone


def cases_missing_from(db: Store, keys: set[str]) -> int:
    """How many current cases a complete snapshot with ``keys`` would mark gone."""
    return sum(1 for (key,) in db.execute(
                   "SELECT case_key FROM cases WHERE gone_at IS NULL").fetchall()
               if normalise_case_id(key) not in keys)


def current_case_count(db: Store) -> int:
    return db.execute("SELECT count(*) FROM cases WHERE gone_at IS NULL").fetchone()[0]
