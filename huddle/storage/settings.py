"""Reading and writing the settings table.

Every value is checked by the domain (:func:`huddle.domain.settings.check_value` and
:func:`~huddle.domain.settings.check_rules`) before it is stored; a value an older or
hand-edited database holds that fails those checks is read as its default. Each change is
written to the app's log (settings hold no patient data).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from huddle.domain.settings import (
    SPEC_BY_KEY,
    SettingError,
    Settings,
    check_rules,
    check_value,
)
from huddle.errors import InputError

if TYPE_CHECKING:
    from huddle.storage.store import Store

log = logging.getLogger(__name__)


def load_settings(db: Store) -> Settings:
    """On the app's start-up path: plain SQL, nothing heavy."""
    values = {}
    for key, text in db.execute("SELECT key, value FROM settings").fetchall():
        try:
            values[key] = json.loads(text)
        except (TypeError, ValueError):
            continue  # not JSON (edited by hand): the default applies
    return Settings(values)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def save_settings(db: Store, **values: Any) -> Settings:
    """Store ``values`` (all or none) and return the settings now in force.

    An unknown key is a programming error (``KeyError``); a value the domain refuses is an
    :class:`InputError` with its Swedish sentence, and nothing is stored.
    """
    unknown = [key for key in values if key not in SPEC_BY_KEY]
    if unknown:
        raise KeyError(f"Unknown settings: {unknown}")
    try:
        checked = {key: check_value(SPEC_BY_KEY[key], value) for key, value in values.items()}
    except SettingError as err:
        raise InputError(err.message) from err
    with db.atomic():
        before = load_settings(db)
        try:
            check_rules(before.effective() | checked)
        except SettingError as err:
            raise InputError(err.message) from err
        for key, value in checked.items():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       [key, _json(value)])
    for key, value in checked.items():
        old = getattr(before, key)
        if old != value or before.is_default(key):
            log.info("Setting %s changed from %s%s to %s", key, _json(old),
                     " (default)" if before.is_default(key) else "", _json(value))
    return load_settings(db)
