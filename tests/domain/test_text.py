"""Text from outside shows as what it is: nothing reorders, hides or breaks it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huddle.domain.text import BIDI_CONTROLS, ZERO_WIDTH, is_visible, plain_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Andersson, Sven", "Andersson, Sven"),
        ("  Åberg,\tMärta \r\n Ingrid ", "Åberg, Märta Ingrid"),
        ("\u202eAndersson", "Andersson"),                 # right-to-left override
        ("Ek\u202a, Anna\u202c", "Ek, Anna"),             # embedding and its pop
        ("\u2067Lind\u2069, Åke", "Lind, Åke"),           # isolates
        ("Björk\u200b, Sven\u200d-Åke", "Björk, Sven-Åke"),  # zero-width space and joiner
        ("\ufeffNilsson, Eva\u2060", "Nilsson, Eva"),     # BOM and word joiner
        ("Ström\x00, Kar\x07in", "Ström, Karin"),         # control characters
        ("Lund\u2028Anna", "Lund Anna"),                  # a line separator is a space
        ("Sjö\u00adberg", "Sjöberg"),                     # soft hyphen (a format character)
        ("\u200b \u202e ", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_plain_text_removes_what_could_reorder_or_hide_and_folds_spaces(raw, shown):
    assert plain_text(raw) == shown


def test_letters_of_every_script_stay():
    for name in ("Øster, Åsa", "Müller, Zoë", "Γεωργίου, Ελένη", "Ульянова, Анна",
                 "حسن، أحمد", "כהן, שרה", "李, 娜", "Nguyễn, Thị"):
        assert plain_text(name) == name
        assert is_visible(name)


@pytest.mark.parametrize(
    "raw",
    ["", "   ", None, "\u200b\u200c\u200d", "\u202e\u202c", "\ufeff\u2060",
     "\u3164\u3164", "\u2800", "\u0301\u0308", "\x00\x1f", "\t\n"],
)
def test_nothing_to_see(raw):
    assert not is_visible(raw)


def test_one_visible_character_is_enough():
    assert is_visible("\u200bE\u200b")
    assert is_visible("é")


@given(st.text())
def test_plain_text_is_stable_and_never_keeps_a_hiding_character(value):
    once = plain_text(value)
    assert plain_text(once) == once
    assert not set(once) & (BIDI_CONTROLS | ZERO_WIDTH)
    assert once == once.strip() and "  " not in once
    # What is left prints, or is a code point fonts draw as a box (unassigned, private use).
    assert all(char.isprintable() or char == " " or unicodedata.category(char) in ("Cn", "Co")
               for char in once)
