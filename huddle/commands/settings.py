"""``huddle settings list|get|set``: every setting, read and changed from the command line.

The settings are declared in :mod:`huddle.domain.settings`; values are read and checked there
(:func:`~huddle.domain.settings.parse_value`), so a value refused here is refused in the
settings dialog with the same sentence. Each change goes to the app's log.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from huddle.commands.common import add_db_option, open_configured, print_json
from huddle.domain.settings import (
    SPECS,
    SettingError,
    Settings,
    SettingSpec,
    format_value,
    parse_value,
    spec_for,
)
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.settings import load_settings, save_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    settings = subparsers.add_parser(
        "settings", help=translate("cli", "visa och ändra inställningarna (tidsrutor, gränser, mål …)"))
    actions = settings.add_subparsers(dest="settings_action", metavar=translate("cli", "list|get|set"),
                                      required=True)
    listing = actions.add_parser("list", help=translate("cli", "alla inställningar med värde och standardvärde"))
    get = actions.add_parser("get", help=translate("cli", "en inställnings värde"))
    get.add_argument("key", metavar="NYCKEL", help=translate("cli", "inställningens nyckel, t.ex. payment_days"))
    change = actions.add_parser(
        "set", help=translate("cli", "ändra en inställning (listor med komma: 3,2,4,3,3; ja/nej för på/av)"))
    change.add_argument("key", metavar="NYCKEL", help=translate("cli", "inställningens nyckel, t.ex. payment_days"))
    change.add_argument("value", metavar=translate("cli", "VÄRDE"), help=translate("cli", "det nya värdet"))
    for parser, handler in ((listing, run_list), (get, run_get), (change, run_set)):
        add_db_option(parser)
        parser.add_argument("--json", action="store_true", help=translate("cli", "skriv resultatet som JSON"))
        parser.set_defaults(handler=handler)


def _spec(key: str) -> SettingSpec:
    try:
        return spec_for(key)
    except SettingError as err:
        raise InputError(err.message) from err


def _load(args: argparse.Namespace) -> Settings:
    db = open_configured(args, read_only=True)
    try:
        return load_settings(db)
    finally:
        db.conn.close()


def setting_json(spec: SettingSpec, settings: Settings) -> dict[str, Any]:
    """One setting as ``huddle settings list --json`` gives it (keys listed in README.md)."""
    return {"key": spec.key, "type": spec.kind, "default": spec.default,
            "value": getattr(settings, spec.key), "label": spec.label, "group": spec.group,
            "minimum": spec.minimum, "maximum": spec.maximum}


def run_list(args: argparse.Namespace) -> int:
    settings = _load(args)
    if args.json:
        print_json([setting_json(spec, settings) for spec in SPECS])
        return 0
    key_width = max(len(spec.key) for spec in SPECS)
    groups = list(dict.fromkeys(spec.group for spec in SPECS))
    for index, group in enumerate(groups):
        if index:
            print()
        print(group)
        for spec in (s for s in SPECS if s.group == group):
            value = format_value(spec, getattr(settings, spec.key)) or "–"
            line = f"  {spec.key:<{key_width}}  {spec.label}: {value}"
            if not settings.is_default(spec.key):
                line += translate("settings", " (standard: {default})").format(
                    default=format_value(spec, spec.default) or "–")
            print(line)
    return 0


def _plain(value: Any) -> str:
    """Text and numbers as they are; lists and yes/no as JSON, for scripts to read."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def run_get(args: argparse.Namespace) -> int:
    spec = _spec(args.key)
    settings = _load(args)
    if args.json:
        print_json(setting_json(spec, settings))
    else:
        print(_plain(getattr(settings, spec.key)))
    return 0


def run_set(args: argparse.Namespace) -> int:
    from huddle.logs import setup_logging

    spec = _spec(args.key)
    try:
        value = parse_value(spec, args.value)
    except SettingError as err:
        raise InputError(err.message) from err
    setup_logging()  # the change is written to the app's log, as from the window
    db = open_configured(args)
    try:
        before = getattr(load_settings(db), spec.key)
        settings = save_settings(db, **{spec.key: value})
    finally:
        db.conn.close()
    if args.json:
        print_json(setting_json(spec, settings))
    else:
        print(translate("settings", "{label} ({key}) är nu {value} (var {before}).").format(
            label=spec.label, key=spec.key,
            value=format_value(spec, getattr(settings, spec.key)) or "–",
            before=format_value(spec, before) or "–"))
    return 0
