"""The command line answers in Swedish also where argparse itself speaks (usage, its errors)."""

from __future__ import annotations

import argparse

import pytest

from huddle.cli import build_parser, main
from huddle.commands.parser import SwedishArgumentParser, swedish_message

ENGLISH = ("usage:", "error:", "invalid", "required", "unrecognized", "expected",
           "choose from", "not allowed", "show this help", "options:", "positional")


def _fails(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    for word in ENGLISH:
        assert word not in err, (word, err)
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("argv, message", [
    (("bogus",), "huddle: KOMMANDO: 'bogus' finns inte. Välj bland 'init', 'demo'"),
    (("report", "kvartal"), "huddle report: SORT: 'kvartal' finns inte. Välj bland 'weekly'"),
    (("report",), "huddle report: det här måste anges: SORT."),
    (("report", "monthly", "--bogus"), "huddle: okänt argument: --bogus."),
    (("demo",), "huddle demo: det här måste anges: --out."),
    (("demo", "--out", "x.sqlite", "--days", "många"), "--days: 'många' är inget heltal."),
    (("report", "monthly", "--month"), "huddle report monthly: --month: ett värde saknas."),
    (("--db", "x.sqlite", "--demo"), "--demo: går inte att ange tillsammans med --db."),
    (("report", "area"), "huddle report area: det här måste anges: FIL.csv."),
    (("settings",), "huddle settings: det här måste anges: list|get|set."),
])
def test_argparse_errors_are_swedish_sentences_with_exit_2(capsys, argv, message):
    err = _fails(capsys, *argv)
    assert err.startswith("Användning: huddle")
    assert message in err
    assert "--help' för att se vad som går att ange." in err


def test_a_message_of_ours_keeps_its_words(capsys):
    err = _fails(capsys, "--size", "10x10", "--screenshot", "a.png")
    assert "huddle: --size: Fönstret måste vara minst 320x240." in err


def test_a_screenshot_is_named_png(capsys):
    err = _fails(capsys, "--demo", "--screenshot", "tavla.jpg")
    assert ("huddle: --screenshot: Skärmbilden sparas som PNG: ange ett filnamn som slutar på "
            ".png, till exempel tavla.png.") in err


def test_help_is_swedish(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["report", "monthly", "--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Användning: huddle report monthly")
    assert "flaggor:" in out and "visa den här hjälpen och avsluta" in out
    for word in ENGLISH:
        assert word not in out, word


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _parsers(child)


def test_every_subcommand_uses_the_swedish_parser():
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 15
    assert all(isinstance(parser, SwedishArgumentParser) for parser in parsers)


def test_an_unknown_shape_passes_through_unchanged():
    assert swedish_message("Datumet '2026-13-01' finns inte.") == \
        "Datumet '2026-13-01' finns inte."
