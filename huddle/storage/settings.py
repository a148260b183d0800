"""Reading and writing the settings table."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from huddle.domain.settings import SPEC_BY_KEY, Settings

if TYPE_CHECKING:
    import sqlite3

    import sqlite_utils


def load_settings(db: sqlite_utils.Database | sqlite3.Connection) -> Settings:
    """Works on a plain connection too: it is on the app's start-up path."""
    values = {key: json.loads(value)
              for key, value in db.execute("SELECT key, value FROM settings")}
    return Settings(values)


def save_settings(db: sqlite_utils.Database, **values: Any) -> Settings:
    unknown = [key for key in values if key not in SPEC_BY_KEY]
    if unknown:
        raise KeyError(f"Unknown settings: {unknown}")
    with db.atomic():
        db["settings"].upsert_all(
            [{"key": key, "value": json.dumps(value, ensure_ascii=False)}
             for key, value in values.items()],
            pk="key",
        )
    return load_settings(db)
