"""Text from outside is shown as plain text, and nothing in it may reorder or hide what is shown.

Names and free text arrive from exports and from people typing. Before they are stored or
shown, :func:`plain_text` removes the characters that change how text is laid out without being
seen themselves (bidirectional overrides, embeddings and isolates, zero-width characters) and
the control characters, and folds white space. Qt widgets are told to show plain text, so
``<b>`` stays the four characters it is.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embeddings, overrides and isolates, marks, zero-width characters, BOM.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c]")


def plain_text(value: str | None) -> str:
    """``value`` without invisible layout characters or control characters, white space
    folded to single spaces."""
    if not value:
        return ""
    text = _INVISIBLE.sub("", value)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(text.split())


def is_visible(value: str | None) -> bool:
    """True when something would be seen of ``value`` once made plain."""
    return bool(plain_text(value))
