"""The access log the Patient Data Act asks for: who saw or changed which patient, when, how
and from where.

Two ways in: :func:`log_access` for one change (called inside the transaction of the change
it records) and :func:`log_display` for a display of patients — one row per patient shown,
all written in one transaction. The log is append-only: the database refuses UPDATE and
DELETE on it (schema step 2), and nothing in the app removes rows.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from huddle.domain.access import ACTION_VIEW

if TYPE_CHECKING:
    from huddle.storage.store import Store

# The patient's personnummer is copied into the row, so the log names the patient for as long
# as it is kept, whatever happens to the patient row (a restore of an older backup, say).
_INSERT = ("INSERT INTO access_log (at, os_user, workstation, action, place, patient_id, "
           "detail, patient_personnummer) VALUES (?, ?, ?, ?, ?, ?, ?, "
           "(SELECT personnummer FROM patients WHERE id = ?))")


@lru_cache(maxsize=1)
def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "okänd"


@lru_cache(maxsize=1)
def workstation() -> str:
    try:
        if hasattr(os, "uname"):
            # The same name as socket.gethostname(), without loading the socket module
            # (2.7 ms of the start-up, before the first board is logged and painted).
            return os.uname().nodename or "okänd"
        import socket  # Windows

        return socket.gethostname() or "okänd"
    except OSError:
        return "okänd"


_CLOCK: list[datetime] = []


def now_iso() -> str:
    """The moment written into the log and the imports: now, or the moment of
    :func:`recorded_at`."""
    return (_CLOCK[-1] if _CLOCK else datetime.now()).isoformat(timespec="seconds")


@contextlib.contextmanager
def recorded_at(moment: datetime) -> Iterator[None]:
    """Record what happens inside as happening at ``moment``: the demo's history, where each
    morning's export is imported at the moment it describes, not when the demo was made."""
    _CLOCK.append(moment)
    try:
        yield
    finally:
        _CLOCK.pop()


def log_access(db: Store, action: str, patient_id: int | None, detail: str | None = None,
               *, place: str, at: str | None = None, user: str | None = None) -> None:
    """Record one access. Call inside the same transaction as the change it records.

    ``detail`` is a code (``decision_created 12``), never free text a user wrote.
    """
    db.execute(_INSERT, [at or now_iso(), user or os_user(), workstation(), action, place,
                         patient_id, detail, patient_id])


def log_rows(db: Store, rows: Iterable[tuple[str, str, str, int | None, str | None]]) -> None:
    """Many accesses at once (an import touching every patient in it): ``(at, action, place,
    patient_id, detail)`` each. Call inside the transaction of the change."""
    user, host = os_user(), workstation()
    db.executemany(_INSERT, [(at, user, host, action, place, pid, detail, pid)
                             for at, action, place, pid, detail in rows])


def log_display(db: Store, patient_ids: Iterable[int | None], *, place: str,
                action: str = ACTION_VIEW, detail: str | None = None,
                at: str | None = None) -> int:
    """Record that patients were shown (or printed, or exported): one row per patient, in one
    transaction. A display without any patient writes one row without a patient, so that the
    display itself is in the log. Returns the number of rows written."""
    return log_displays(db, [(place, patient_ids)], action=action, detail=detail, at=at)


def log_displays(db: Store, displays: Iterable[tuple[str, Iterable[int | None]]], *,
                 action: str = ACTION_VIEW, detail: str | None = None,
                 at: str | None = None) -> int:
    """Several displays at one moment (the window and the projector refreshed together):
    ``(place, patient_ids)`` each, logged as :func:`log_display` logs one, all in one
    transaction. The rows of one patient shown in two places land in the same index pages,
    so writing them together writes those pages once, with one flush to disk."""
    moment, user, host = at or now_iso(), os_user(), workstation()
    rows = []
    for place, patient_ids in displays:
        ids = sorted({pid for pid in patient_ids if pid is not None}) or [None]
        rows.extend((moment, user, host, action, place, pid, detail, pid) for pid in ids)
    with db.atomic():
        db.executemany(_INSERT, rows)
    return len(rows)


def log_report_made(db: Store, what: str) -> None:
    """A report was printed, saved or exported: it names no patient, but making it is an
    access to the health centre's data all the same."""
    from huddle.domain.access import ACTION_EXPORT, PLACE_REPORT

    with db.atomic():
        log_access(db, ACTION_EXPORT, None, f"report {what}", place=PLACE_REPORT)
