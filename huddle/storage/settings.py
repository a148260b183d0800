"""Reading and writing the settings table."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from huddle.domain.settings import SPEC_BY_KEY, Settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


def load_settings(db: Store) -> Settings:
    values = {key: json.loads(value)
              for key, value in db.execute("SELECT key, value FROM settings")}
    return Settings(values)


def save_settings(db: Store, **values: Any) -> Settings:
    unknown = [key for key in values if key not in SPEC_BY_KEY]
    if unknown:
        raise KeyError(f"Unknown settings: {unknown}")
    with db.atomic():
        db.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(key, json.dumps(value, ensure_ascii=False)) for key, value in values.items()])
    return load_settings(db)
