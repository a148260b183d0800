"""Reading single cell values: dates and moments in the forms exports use, and Ja/Nej.

Each parser returns ``None`` for an empty cell (unknown, never "today") and raises
:class:`ValueProblem` with a Swedish sentence for a value it cannot accept.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from huddle.i18n import translate

_TIME = r"(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?"
_DATE_FORMS: tuple[tuple[re.Pattern[str], tuple[int, int, int]], ...] = (
    # (pattern, positions of year, month, day among the groups)
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$"), (0, 1, 2)),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + "$"), (0, 1, 2)),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[ T]?(\d{2}):?(\d{2})(?::?(\d{2}))?)?$"), (0, 1, 2)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME + "$"), (2, 1, 0)),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME + "$"), (2, 1, 0)),
    (re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})" + _TIME + "$"), (2, 1, 0)),
)

_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "sant", "true"})
_NO = frozenset({"nej", "n", "no", "0", "falskt", "false"})


class ValueProblem(ValueError):
    """A cell value that cannot be used; ``str()`` is a Swedish sentence."""



def clean_text(value: str | None) -> str | None:
    """Surplus spaces removed; empty becomes ``None``."""
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def parse_when(value: str | None, column: str) -> date | datetime | None:
    """A date (``date``) or a date with time (``datetime``), in any of the export's forms:
    ``2026-11-22``, ``2026-11-22 08:15``, ``2026-11-22 08:15:00``, ``20261122``,
    ``22/11/2026``, ``22.11.2026`` (each also with a time)."""
    text = clean_text(value)
    if text is None:
        return None
    for pattern, (y, m, d) in _DATE_FORMS:
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groups()
        year, month, day = int(groups[y]), int(groups[m]), int(groups[d])
        hour, minute, second = groups[3:6]
        try:
            if hour is None:
                return date(year, month, day)
            return datetime(year, month, day, int(hour), int(minute), int(second or 0))
        except ValueError:
            raise ValueProblem(translate("intake", "{column} {value!r} är inget möjligt datum.")
                               .format(column=column, value=text)) from None
    raise ValueProblem(translate("intake", "{column} {value!r} går inte att läsa som datum; skriv till exempel "
                          "2026-11-22 eller 2026-11-22 08:15.").format(column=column, value=text))


_STAMP = re.compile(r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
                    r"[ T]+(\d{1,2}[:.]\d{2})")


def export_moment(preamble: list[list[str]]) -> datetime | None:
    """The moment a report says it was taken ("Utdrag 2026-11-22 06:00") in the lines above
    its header, or ``None``. Only a date *with* a time counts: a date alone says too little
    to order two exports of the same day."""
    for cells in preamble:
        match = _STAMP.search(" ".join(cell for cell in cells if cell))
        if match is None:
            continue
        try:
            moment = parse_when(f"{match.group(1)} {match.group(2).replace('.', ':')}", "")
        except ValueProblem:
            continue
        if isinstance(moment, datetime):
            return moment
    return None


def as_moment(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


def as_day(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def is_before(later: date | datetime, earlier: date | datetime) -> bool:
    """``later < earlier``, by the clock when both carry a time, else by calendar date."""
    if isinstance(later, datetime) and isinstance(earlier, datetime):
        return later < earlier
    return as_day(later) < as_day(earlier)


def parse_yes_no(value: str | None, column: str) -> bool | None:
    text = clean_text(value)
    if text is None:
        return None
    folded = text.casefold()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueProblem(translate("intake", "{column} ska vara Ja, Nej eller tomt, men är {value!r}.")
                       .format(column=column, value=text))
