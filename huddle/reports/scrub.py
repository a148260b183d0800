"""Keeping patients out of the free text that managers' reports quote.

Reports quote only the question an escalation puts to the managers and the managers' answer,
written for managers with a reminder to leave patient details out. People write in a hurry
all the same ("Karins dotter ringer", "bor på Storgatan 4"), so this is the second line of
defence: before such text is quoted it is blanked where it

- names a known patient: every part of every patient's name, also in the genitive
  ("Karins", "Eks") and with the hyphenated parts alone ("Sven-Åke", "Sven");
- looks like an identity number, a date of birth or a date ("19420312-1234", "1942-03-12",
  "12/3 1942", "12 mars 1942"), or holds any run of six or more digits;
- looks like a telephone number ("070-123 45 67", "0320-123 45", "+46 70 123 45 67");
- looks like a street address ("Storgatan 4", "Kyrkvägen 12 B", "Lilla torget").

Masking an innocent word that happens to be a surname is the price of never printing a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from huddle.i18n import translate

_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec")
# Identity numbers and dates of birth: 6 or 8 digits, optional separator, 4 digits; ISO and
# day/month dates with a year; a day and a Swedish month name with a year.
_ID_RE = re.compile(r"(?<!\d)(?:\d{2})?\d{6}\s?[-+]?\s?\d{4}(?!\d)")
_DATE_RE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}"
    r"|\d{1,2}[-./]\d{1,2}[-./ ]\s?(?:19|20)?\d{2}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}})(?!\d)", re.IGNORECASE)
# Telephone numbers: +46 or 0, then groups of digits with spaces or hyphens, 7+ digits in all.
_PHONE_RE = re.compile(r"(?<![\w+])(?:\+46|0)[\s-]?\d{1,4}(?:[\s-]?\d{2,4}){2,4}(?!\d)")
_DIGITS_RE = re.compile(r"\d[\d\s-]{4,}\d")
# Street addresses: a capitalised name ending as Swedish street names do ("Storgatan",
# "Lilla torget" is caught by "torget" after a capital word), or any such word with a house
# number ("vägen 12"); "vårdplan" or "på vägen hem" stay.
_STREET_END = (r"(?:gatan|gata|vägen|väg|gränd|gränden|stigen|torget|torg|backen|allén|allé|"
               r"platsen|leden|stråket|plan)")
_STREET_RE = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖ][\wåäö-]*{_STREET_END}|[\wåäö-]*{_STREET_END}(?=\s+\d))"
    r"(?:\s+\d+\s?[A-Za-z]?\b)?")
_SPLIT_RE = re.compile(r"[\s,]+")


def _six_digits(match: re.Match[str]) -> bool:
    return sum(ch.isdigit() for ch in match.group(0)) >= 6


_NAME_PART_RE = re.compile(r"[^\W\d_]{2,}")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?:'s)?")


class Scrubber:
    """Built once per report from every patient's name: a set of name words, so that a text
    is checked word by word whatever the size of the register (a regular expression of
    20,000 names took a quarter of a second to build)."""

    def __init__(self, names: Iterable[str | None]) -> None:
        """``names``: the patients' names; a string may hold several, one a line."""
        # Every part of every name, two letters or more: "Sven-Åke" gives "sven" and "åke",
        # and a text's "Sven-Åke" is a name because its parts are (see _is_name). Names
        # share their words ("Andersson", "Karin"), so the parts are looked for in each
        # distinct whitespace-separated word once: a space never belongs to a part (20,000
        # names: 45 -> 5 ms).
        joined = "\n".join(name for name in names if name).casefold()
        self._words = frozenset(part for token in set(joined.split())
                                for part in _NAME_PART_RE.findall(token))

    def _is_name(self, token: str) -> bool:
        folded = token.casefold()
        for form in (folded, folded.removesuffix("'s"), folded.removesuffix("s")):
            if form in self._words or any(part in self._words for part in form.split("-")):
                return True
        return False

    def __call__(self, text: str | None) -> str | None:
        if text is None:
            return None
        removed = translate("reports", "[id borttaget]")
        text = _ID_RE.sub(removed, text)
        text = _DATE_RE.sub(translate("reports", "[datum]"), text)
        text = _PHONE_RE.sub(lambda m: translate("reports", "[telefon]")
                             if sum(ch.isdigit() for ch in m.group(0)) >= 7 else m.group(0),
                             text)
        text = _DIGITS_RE.sub(lambda m: removed if _six_digits(m) else m.group(0), text)
        text = _STREET_RE.sub(translate("reports", "[adress]"), text)
        if self._words:
            name = translate("reports", "[namn]")
            text = _WORD_RE.sub(lambda m: name if self._is_name(m.group(0)) else m.group(0),
                                text)
        return text
