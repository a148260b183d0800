"""Reading and writing the settings table."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from huddle.domain.settings import SPEC_BY_KEY, Settings


def load_settings(db: sqlite_utils.Database) -> Settings:
    values = {row["key"]: json.loads(row["value"]) for row in db["settings"].rows}
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
