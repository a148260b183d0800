"""The command line: ``huddle`` opens the app; subcommands script it.

The subcommands and their JSON keys are a contract with health centres' IT; see README.md.
Each subcommand lives in a module under ``huddle.commands`` with ``register(subparsers)``
and is listed in ``COMMANDS``. Only the module of the command given is imported: the
reports alone pull in reportlab (~150 ms), which opening the app must not pay for.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from huddle import __version__
from huddle.commands.parser import SwedishArgumentParser
from huddle.errors import KnownError
from huddle.i18n import translate
from huddle.start import collector_on

_QUIET = logging.NullHandler()

COMMANDS: dict[str, str] = {
    "init": "huddle.commands.setup",
    "demo": "huddle.commands.setup",
    "board": "huddle.commands.board",
    "actions": "huddle.commands.actions",
    "import": "huddle.commands.importing",
    "report": "huddle.commands.report",
    "backup": "huddle.commands.backup",
    "restore": "huddle.commands.backup",
    "settings": "huddle.commands.settings",
    "log": "huddle.commands.log",
}


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", 'Storleken {text} ska skrivas BREDDxHÖJD, till exempel 1366x768.').format(text=repr(text))) from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(translate("cli", 'Fönstret måste vara minst 320x240.'))
    return width, height


def parse_png(text: str) -> Path:
    """The screenshot's file: always PNG, so the name says so (a board.jpg would hold PNG)."""
    if Path(text).suffix.lower() != ".png":
        raise argparse.ArgumentTypeError(translate(
            "cli", "Skärmbilden sparas som PNG: ange ett filnamn som slutar på .png, till "
            "exempel {example}.").format(example=Path(text).with_suffix(".png").name))
    return Path(text)


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the subcommands of ``modules`` (default: all of them)."""
    parser = SwedishArgumentParser(
        prog="huddle",
        description=translate("cli", "Huddle – daglig avstämning för vårdcentral och kommun."),
    )
    parser.add_argument("--version", action="version", version=f"Huddle {__version__}",
                        help=translate("cli", "visa versionen och avsluta"))
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", type=Path, help=translate("cli", "databasfil (standard: i användarens datamapp)"))
    source.add_argument("--demo", action="store_true",
                        help=translate("cli", "öppna appen på en nyskapad demodatabas"))
    parser.add_argument("--screenshot", type=parse_png, metavar=translate("cli", "FIL.png"),
                        help=translate("cli", "rita huvudfönstret till en PNG och avsluta"))
    parser.add_argument("--size", type=parse_size, default=(1366, 768), metavar=translate("cli", "BxH"),
                        help=translate("cli", "fönsterstorlek för --screenshot (standard 1366x768)"))
    parser.add_argument("--date", help=argparse.SUPPRESS)
    parser.add_argument("--projector", action="store_true",
                        help=translate("cli", "med --screenshot: rita projektorvyn"))
    names = list(dict.fromkeys(COMMANDS.values() if modules is None else modules))
    if names:
        subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
        for name in names:
            importlib.import_module(name).register(subparsers)
    return parser


def _modules_needed(argv: Sequence[str]) -> list[str] | None:
    """The command modules ``argv`` needs: none to open the app, one for a known command,
    all of them for help or an unknown word (so argparse can list the choices)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    # The first word that is neither an option of the app nor an option's value is the
    # command; everything after it is the command's (``demo --size large`` is not the app's
    # ``--size BxH``).
    words = iter(argv)
    for word in words:
        if word in _APP_OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return [COMMANDS[word]] if word in COMMANDS else None
    return []


_APP_OPTIONS_WITH_VALUE = ("--db", "--screenshot", "--size", "--date")


def main(argv: Sequence[str] | None = None) -> int:
    # Huddle's log lines go to its log file when one is set up, never to the terminal as
    # English noise beside the Swedish sentence (Python's last-resort handler would).
    logging.getLogger("huddle").addHandler(_QUIET)
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_modules_needed(argv))
    args = parser.parse_args(argv)
    try:
        if getattr(args, "command", None) is None:
            from huddle.ui.app import run_app

            return run_app(args)  # the collector comes back on after the first paint
        collector_on()  # the command's modules are loaded (see huddle.start)
        return args.handler(args)
    except KnownError as err:
        print(f"huddle: {err.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away ('huddle board --json | head'): nothing more to say, and no
        # traceback. Point stdout at devnull so the final flush at exit cannot fail again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
