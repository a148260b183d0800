"""Keeping patients out of the free text that managers' reports quote.

A decision escalated to the managers is written by a nurse in a hurry, and it may name the
patient ("Ring dottern till Margareta Ek"). The reports are aggregate, so before such text is
quoted, every word that is part of a known patient's name and everything shaped like a
personnummer or samordningsnummer is blanked out. Masking an innocent word that happens to be
a surname is the price of never printing a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from huddle.i18n import translate

# 6 or 8 digits of birth date, optional separator (- or +), 4 digits; or 10-12 bare digits.
_ID_RE = re.compile(r"(?<!\d)(?:\d{2})?\d{6}\s?[-+]?\s?\d{4}(?!\d)")
_SPLIT_RE = re.compile(r"[\s,]+")


class Scrubber:
    def __init__(self, names: Iterable[str | None]) -> None:
        words: set[str] = set()
        for name in names:
            if not name:
                continue
            for word in _SPLIT_RE.split(name):
                word = word.strip(".-")
                if len(word) >= 2:
                    words.add(word.casefold())
                    # "Sven-Åke" is also written "Sven Åke" or shortened to "Sven".
                    words.update(part.casefold() for part in word.split("-") if len(part) >= 2)
        if words:
            alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            self._names: re.Pattern[str] | None = re.compile(
                rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)
        else:
            self._names = None

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        text = _ID_RE.sub(translate("reports", "[id borttaget]"), text)
        if self._names is not None:
            text = self._names.sub(translate("reports", "[namn]"), text)
        return text
