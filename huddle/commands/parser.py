"""argparse in Swedish: the usage line, the help's headings and argparse's own errors.

``huddle`` builds its parser from :class:`SwedishArgumentParser`; ``add_subparsers`` gives
every subcommand (and theirs) the same class, so ``huddle report monthly --bogus`` answers
in Swedish like the rest of the command line, with exit code 2. argparse composes its errors
in English (``unrecognized arguments: …``); they are translated here by their shape, and
what argparse adds around a message of ours (``argument --size: …``) is translated too.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import NoReturn

from huddle.i18n import translate

# A pattern and the Swedish template for what it matches. The patterns stay text until an
# error needs them (re compiles and keeps them then): every start of huddle builds the parser.
_Rule = tuple[str, Callable[[], str]]

# The whole message; {…} are the pattern's groups.
_MESSAGES: tuple[_Rule, ...] = (
    (r"^unrecognized arguments: (?P<args>.*)$",
     lambda: translate("cli", "okänt argument: {args}")),
    (r"^the following arguments are required: (?P<args>.*)$",
     lambda: translate("cli", "det här måste anges: {args}")),
    (r"^one of the arguments (?P<args>.*) is required$",
     lambda: translate("cli", "ett av argumenten {args} måste anges")),
    (r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$",
     lambda: translate("cli", "flaggan {option} kan betyda flera: {matches}")),
)

# What follows "argument X: ".
_ARGUMENT_MESSAGES: tuple[_Rule, ...] = (
    (r"^invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)$",
     lambda: translate("cli", "{value} finns inte. Välj bland {choices}")),
    (r"^expected one argument$",
     lambda: translate("cli", "ett värde saknas")),
    (r"^expected at most one argument$",
     lambda: translate("cli", "högst ett värde får anges")),
    (r"^expected at least one argument$",
     lambda: translate("cli", "minst ett värde saknas")),
    (r"^not allowed with argument (?P<other>.*)$",
     lambda: translate("cli", "går inte att ange tillsammans med {other}")),
    (r"^invalid int value: (?P<value>.*)$",
     lambda: translate("cli", "{value} är inget heltal")),
    (r"^invalid float value: (?P<value>.*)$",
     lambda: translate("cli", "{value} är inget tal")),
    (r"^invalid \S+ value: (?P<value>.*)$",
     lambda: translate("cli", "{value} går inte att använda")),
    (r"^ignored explicit argument (?P<value>.*)$",
     lambda: translate("cli", "tar inget värde, men fick {value}")),
)

_ARGUMENT = r"^argument (?P<name>\S+): (?P<rest>.*)$"


def _apply(rules: tuple[_Rule, ...], text: str) -> str | None:
    for pattern, template in rules:
        match = re.match(pattern, text)
        if match:
            return template().format(**match.groupdict())
    return None


def swedish_message(message: str) -> str:
    """argparse's English error ``message`` in Swedish (a message of ours passes through)."""
    whole = _apply(_MESSAGES, message)
    if whole is not None:
        return whole
    argument = re.match(_ARGUMENT, message, re.S)
    if argument:
        rest = argument.group("rest")
        return translate("cli", "{name}: {rest}").format(
            name=argument.group("name"), rest=_apply(_ARGUMENT_MESSAGES, rest) or rest)
    return message


def _swedish_usage(text: str) -> str:
    prefix = "usage: "
    if text.startswith(prefix):
        return translate("cli", "Användning: ") + text[len(prefix):]
    return text


class SwedishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help headings and errors are Swedish."""

    def __init__(self, *args, **kwargs) -> None:
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = translate("cli", "argument")
        self._optionals.title = translate("cli", "flaggor")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("cli", "visa den här hjälpen och avsluta"))

    def format_usage(self) -> str:
        return _swedish_usage(super().format_usage())

    def format_help(self) -> str:
        return _swedish_usage(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = swedish_message(message).rstrip(".")
        self.exit(2, translate("cli", "{prog}: {message}. Skriv '{prog} --help' för att se "
                                      "vad som går att ange.\n").format(prog=self.prog,
                                                                       message=text))
