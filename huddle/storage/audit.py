"""The access log the Patient Data Act asks for: who saw or changed which patient, when."""

from __future__ import annotations

import getpass
import os
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "okänd"


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def log_access(
    db: sqlite_utils.Database,
    action: str,
    patient_id: int | None,
    detail: str | None = None,
    *,
    at: str | None = None,
    user: str | None = None,
) -> None:
    """Record one access. Call inside the same transaction as the change it records."""
    # Plain SQL: an import logs every patient it touches, and sqlite-utils' insert looks the
    # table up again on each call.
    db.execute(
        "INSERT INTO access_log (at, os_user, action, patient_id, detail) VALUES (?, ?, ?, ?, ?)",
        [at or now_iso(), user or os_user(), action, patient_id, detail],
    )
