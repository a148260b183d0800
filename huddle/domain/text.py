"""Text from outside (export files, typed by a user) made safe to store and to show.

Names and free text arrive from files other programs wrote. Some characters in them do not
show as themselves: bidirectional controls reorder what follows them (U+202E turns
"Andersson" around on the screen), zero-width characters hide inside or make up a whole
"name" that shows as nothing, and control characters break lines and tables. A screen shared
with the room must show what is stored, in the order it is stored.

:func:`plain_text` is the one rule: intake applies it to every name and free-text cell, and the
UI calls it before showing any text that came from outside. :func:`is_visible` says whether
anything would be seen at all. Both are pure; the limits below are the ones intake enforces.
"""

from __future__ import annotations

import re
import unicodedata

# The longest name (Efternamn, Förnamn) accepted from an export or typed in.
NAME_MAX_CHARS = 200
# The longest single cell of an export (free text such as "Behov efter utskrivning" included).
CELL_MAX_CHARS = 2000

# Bidirectional embedding, override and isolate controls, and the marks that go with them.
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]      # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]    # LRI RLI FSI PDI
    + ["\u200e", "\u200f", "\u061c"]             # LRM RLM ALM
)
# Characters of no width: zero-width space, non-joiner, joiner, word joiner, BOM.
ZERO_WIDTH = frozenset(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
# Letters and symbols that fonts draw as blank space (Hangul fillers, blank Braille pattern,
# Mongolian vowel separator): visible to Unicode, invisible to the eye.
BLANK_LOOKING = frozenset(["\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"])


_EXPONENT = re.compile(r"^\d[.,]\d*e\+?\d+$", re.IGNORECASE)


def is_exponent_number(text: str) -> bool:
    """Is ``text`` a number Excel wrote in exponent form (``1,23457E+12``)? Digits beyond
    the first few are lost then: an identity number or a case id written so cannot be
    trusted."""
    return _EXPONENT.match(text.strip()) is not None


def _removed(char: str) -> bool:
    if char in BIDI_CONTROLS or char in ZERO_WIDTH:
        return True
    # Cc: control characters (tab and line breaks are folded as whitespace before this).
    # Cf: every other format character (soft hyphen, tag characters, …) is invisible too.
    # Cs: a lone surrogate is no character at all and cannot even be stored as UTF-8.
    return unicodedata.category(char) in ("Cc", "Cf", "Cs")


def plain_text(value: str | None) -> str:
    """``value`` without bidirectional controls, zero-width, control and other format
    characters (and lone surrogates), with every run of whitespace (line breaks included) folded to one space
    and no space at either end. ``None`` gives ``""``."""
    if not value:
        return ""
    if value.isprintable():
        # No Cc, Cf or Cs character (so none of the above) and no space but U+0020: the
        # common case, without a look at each character.
        return " ".join(value.split())
    words = []
    for word in value.split():  # splits at every Unicode whitespace, U+2028 included
        kept = "".join(char for char in word if not _removed(char))
        if kept:
            words.append(kept)
    return " ".join(words)


def is_visible(value: str | None) -> bool:
    """Would ``value`` show anything once made plain? Whitespace, the characters
    :func:`plain_text` removes, blank-looking letters and lone combining marks do not."""
    for char in plain_text(value):
        if char.isspace() or char in BLANK_LOOKING:
            continue
        if unicodedata.category(char) in ("Mn", "Me"):
            continue  # a combining mark shows only on a character before it
        return True
    return False
