"""Log review (loggranskning): reading the access log back, for the nurse or the manager who
reviews it and for a patient's log extract (the patient's right to know who accessed their
data).

A search names a patient (personnummer, or words of the name) or a user, or neither, within a
date range and optionally one kind of access. A patient with protected identity is found only
by personnummer: a name search never matches one, and in any other search such a patient's
rows carry no personnummer (the disclosure policy decides how a patient is shown, here as on
every screen of one's own). The review is itself an access: :func:`log_review_shown` writes it
to the log, one row per patient shown.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain.access import ACTION_LABELS, ACTION_VIEW, PLACE_LOG_REVIEW
from huddle.domain.disclosure import AUDIENCE_OWN, disclose
from huddle.domain.identity import IdentityError, display_number, parse_identity
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.audit import log_access, log_display
from huddle.storage.rows import PATIENT_COLUMNS, moment_of, patient_of
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.domain.records import Patient
    from huddle.storage.store import Store

_DIGITS = re.compile(r"\d")
# SQLite allows 32766 parameters; a name search matching more patients than this is no search.
_CHUNK = 500
# The window lists at most this many rows, newest first; its totals count every row found.
WINDOW_LIMIT = 1000


class LogQuery(NamedTuple):
    """What the reviewer asks for. Empty fields do not filter."""

    patient: str = ""            # a personnummer (any usual form) or words of the name
    user: str = ""               # the OS user as logged
    first: date | None = None    # from this day (inclusive)
    last: date | None = None     # to this day (inclusive)
    action: str | None = None    # one of ACTION_LABELS' keys


class LogEntry(NamedTuple):
    """One row of the access log as the reviewer sees it."""

    id: int
    at: datetime
    user: str
    workstation: str | None
    action: str                  # visa, ändra, skriv ut, exportera, importera
    place: str | None            # where in the app (tavla, projektor, register, …)
    detail: str | None           # a code, never free text
    patient_id: int | None       # the patient row today, when it still exists
    personnummer: str | None     # 'YYYYMMDD-NNNN', None without a patient or when masked
    patient: str | None          # the name as shown, "Skyddad identitet" for protected
    protected: bool


class LogPatient(NamedTuple):
    """A patient a patient search matched."""

    id: int | None
    personnummer: str            # as stored (12 digits or reserve number)
    shown_number: str | None     # as written for people; None when the policy hides it
    name: str                    # as shown: "Skyddad identitet" for protected
    protected: bool


class LogTotals(NamedTuple):
    rows: int
    by_action: tuple[tuple[str, int], ...]   # (action, rows), largest first
    users: int
    patients: int
    first: datetime | None
    last: datetime | None


class LogReview(NamedTuple):
    query: LogQuery
    entries: list[LogEntry]
    totals: LogTotals
    patients: tuple[LogPatient, ...]   # the patients a patient search matched (else empty)
    by_number: bool                    # the patient was given by personnummer

    @property
    def truncated(self) -> bool:
        """Fewer rows listed than found (the window lists at most a limit)."""
        return len(self.entries) < self.totals.rows

    @property
    def patient(self) -> LogPatient | None:
        """The one patient searched for, when the search named exactly one."""
        return self.patients[0] if len(self.patients) == 1 else None


# ---------------------------------------------------------------- the query


def check_period(first: date | None, last: date | None) -> None:
    if first and last and first > last:
        raise InputError(translate(
            "log_review", "Från-datumet {first} ligger efter till-datumet {last}. Välj en "
                          "period där från kommer före till.").format(
            first=first.isoformat(), last=last.isoformat()))


def check_action(action: str | None) -> None:
    if action and action not in ACTION_LABELS:
        raise InputError(translate(
            "log_review", "Åtgärden {action} finns inte i loggen. Välj en av: {choices}."
        ).format(action=repr(action), choices=", ".join(ACTION_LABELS)))


def _number_of(db: Store, text: str, day: date) -> str | None:
    """The identity number ``text`` gives, None when it is a name; a number that cannot be
    read is a Swedish sentence (that never quotes it)."""
    try:
        identity = parse_identity(text, today=day,
                                  reserve_pattern=load_settings(db).reserve_number_pattern)
        # A reserve number has digits; a name that fits the pattern ("Margareta") is a name.
        return identity.number if _DIGITS.search(text) else None
    except IdentityError as err:
        if len(_DIGITS.findall(text)) >= 6:
            raise InputError(translate(
                "log_review", "Personnumret i sökningen går inte att läsa: {reason}"
            ).format(reason=err)) from None
        return None


def _patients_by(db: Store, where: str, params: list) -> dict[str, Patient]:
    return {patient.personnummer: patient for patient in (patient_of(row) for row in db.execute(
        f"SELECT {PATIENT_COLUMNS} FROM patients WHERE {where}", params).fetchall())}


def _patients_numbered(db: Store, numbers: set[str]) -> dict[str, Patient]:
    found: dict[str, Patient] = {}
    ordered = sorted(numbers)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start:start + _CHUNK]
        found.update(_patients_by(db, f"personnummer IN ({','.join('?' * len(chunk))})",
                                  chunk))
    return found


def _log_patient(number: str, patient: Patient | None, day: date, *, typed: bool
                 ) -> LogPatient:
    if patient is None:
        # No longer in the register (an older backup was restored): the log still names them.
        return LogPatient(None, number, display_number(number, "personnummer")
                          if number.isdigit() and len(number) == 12 else number,
                          translate("log_review", "Finns inte i registret"), False)
    shown = disclose(patient.facts, AUDIENCE_OWN, day=day)
    # A protected identity's number is shown back only to whoever typed it.
    number_shown = shown.personnummer if shown.personnummer is not None else (
        patient.personnummer_display if typed else None)
    return LogPatient(patient.id, number, number_shown, shown.name, patient.protected)


def _matching_patients(db: Store, text: str, day: date) -> tuple[list[LogPatient], bool]:
    """The patients the search text names, and whether it named them by number."""
    number = _number_of(db, text, day)
    if number is not None:
        patient = _patients_numbered(db, {number}).get(number)
        return [_log_patient(number, patient, day, typed=True)], True
    words = text.casefold().split()
    # A protected identity is never found by name. Names are compared in Python (casefold
    # knows Å from å; SQLite's LIKE does not), and only the matches are read whole.
    numbers = {number for number, name in db.execute(
        "SELECT personnummer, name FROM patients WHERE protected_identity = 0").fetchall()
        if all(word in (name or "").casefold() for word in words)}
    matched = list(_patients_numbered(db, numbers).values())
    matched.sort(key=lambda patient: ((patient.name or "").casefold(), patient.personnummer))
    return [_log_patient(p.personnummer, p, day, typed=False) for p in matched], False


def _where(query: LogQuery, numbers: list[str] | None) -> tuple[str, list]:
    clauses: list[str] = []
    params: list = []
    if numbers is not None:
        clauses.append(f"patient_personnummer IN ({','.join('?' * len(numbers))})")
        params += numbers
    if query.user.strip():
        clauses.append("os_user = ?")
        params.append(query.user.strip())
    if query.first:
        clauses.append("at >= ?")
        params.append(query.first.isoformat())
    if query.last:
        clauses.append("at < ?")
        params.append((query.last + timedelta(days=1)).isoformat())
    if query.action:
        clauses.append("action = ?")
        params.append(query.action)
    return (" AND ".join(clauses) or "1"), params


_SELECT = ("SELECT id, at, os_user, workstation, action, place, detail, patient_personnummer "
           "FROM access_log")


def search_log(db: Store, query: LogQuery, *, day: date | None = None,
               limit: int | None = None, newest_first: bool = False) -> LogReview:
    """The log rows ``query`` asks for (all of them, or the first ``limit``), with totals over
    every row found. Oldest first unless ``newest_first``. Writes nothing: the caller logs
    the review with :func:`log_review_shown` once it has been shown."""
    check_period(query.first, query.last)
    check_action(query.action)
    day = day or date.today()
    text = " ".join(query.patient.split())
    matched: list[LogPatient] = []
    by_number = False
    numbers: list[str] | None = None
    if text:
        matched, by_number = _matching_patients(db, text, day)
        numbers = [patient.personnummer for patient in matched]
        if not numbers:
            return LogReview(query, [], LogTotals(0, (), 0, 0, None, None), (), by_number)
    if numbers is not None and len(numbers) > _CHUNK:
        raise InputError(translate(
            "log_review", "Namnet passar {n} patienter. Skriv mer av namnet, eller sök på "
                          "personnummer.").format(n=len(numbers)))
    where, params = _where(query, numbers)
    order = "DESC" if newest_first else "ASC"
    sql = f"{_SELECT} WHERE {where} ORDER BY at {order}, id {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    raw = db.execute(sql, params).fetchall()
    totals = _totals(db, where, params)
    known = {patient.personnummer: patient for patient in matched}
    missing = {row[7] for row in raw if row[7] and row[7] not in known}
    people = _patients_numbered(db, missing)
    for number in missing:
        known[number] = _log_patient(number, people.get(number), day, typed=False)
    entries = [_entry(row, known.get(row[7]) if row[7] else None) for row in raw]
    return LogReview(query, entries, totals, tuple(matched), by_number)


def _entry(row: tuple, patient: LogPatient | None) -> LogEntry:
    return LogEntry(
        id=row[0], at=moment_of(row[1]), user=row[2], workstation=row[3], action=row[4],
        place=row[5], detail=row[6], patient_id=patient.id if patient else None,
        personnummer=patient.shown_number if patient else None,
        patient=patient.name if patient else None,
        protected=patient.protected if patient else False)


def _totals(db: Store, where: str, params: list) -> LogTotals:
    by_action = db.execute(
        f"SELECT action, count(*) FROM access_log WHERE {where} GROUP BY action "
        "ORDER BY count(*) DESC, action", params).fetchall()
    rows = sum(n for _, n in by_action)
    if not rows:
        return LogTotals(0, (), 0, 0, None, None)
    users, patients, first, last = db.execute(
        "SELECT count(DISTINCT os_user), count(DISTINCT patient_personnummer), min(at), "
        f"max(at) FROM access_log WHERE {where}", params).fetchone()
    return LogTotals(rows, tuple((action, n) for action, n in by_action), users, patients,
                     moment_of(first), moment_of(last))


def known_users(db: Store) -> list[str]:
    """Every OS user in the log, in order: one index step per user, not a scan of the log."""
    users: list[str] = []
    row = db.execute("SELECT min(os_user) FROM access_log").fetchone()
    while row is not None and row[0] is not None:
        users.append(row[0])
        row = db.execute("SELECT min(os_user) FROM access_log WHERE os_user > ?",
                         [row[0]]).fetchone()
    return users


# ---------------------------------------------------------------- the review is an access


def log_review_opened(db: Store) -> None:
    """The log-review window was opened: one row without a patient."""
    with db.atomic():
        log_access(db, ACTION_VIEW, None, "log_review_opened", place=PLACE_LOG_REVIEW)


def log_review_shown(db: Store, review: LogReview, *, action: str, detail: str,
                     at: str | None = None) -> int:
    """Write the review to the access log: one row per patient it showed (or, showing
    nobody, one row without a patient), place 'loggranskning'. Returns the rows written."""
    ids = {entry.patient_id for entry in review.entries}
    ids |= {patient.id for patient in review.patients}
    return log_display(db, ids, place=PLACE_LOG_REVIEW, action=action, detail=detail, at=at)


__all__ = ["WINDOW_LIMIT", "LogEntry", "LogPatient", "LogQuery", "LogReview", "LogTotals",
           "check_action", "check_period", "known_users", "log_review_opened",
           "log_review_shown", "search_log"]
