"""The command line: ``huddle`` opens the app; subcommands script it.

The subcommands and their JSON keys are a contract with health centres' IT; see README.md.
Each subcommand lives in a module under ``huddle.commands`` and registers itself here.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from huddle import __version__
from huddle.errors import KnownError

COMMAND_MODULES = (
    "huddle.commands.setup",
    "huddle.commands.board",
    "huddle.commands.report",
    "huddle.commands.backup",
    "huddle.commands.importing",
)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"Storleken {text!r} ska skrivas BREDDxHÖJD, till exempel 1366x768.") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError("Fönstret måste vara minst 320x240.")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huddle",
        description="Huddle – daglig avstämning för vårdcentral och kommun.",
    )
    parser.add_argument("--version", action="version", version=f"Huddle {__version__}")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", type=Path, help="databasfil (standard: i användarens datamapp)")
    source.add_argument("--demo", action="store_true",
                        help="öppna appen på en nyskapad demodatabas")
    parser.add_argument("--screenshot", type=Path, metavar="FIL.png",
                        help="rita huvudfönstret till en PNG och avsluta")
    parser.add_argument("--size", type=parse_size, default=(1366, 768), metavar="BxH",
                        help="fönsterstorlek för --screenshot (standard 1366x768)")
    parser.add_argument("--date", help=argparse.SUPPRESS)
    parser.add_argument("--projector", action="store_true",
                        help="med --screenshot: rita projektorvyn")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from huddle.ui.app import run_app

            return run_app(args)
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
