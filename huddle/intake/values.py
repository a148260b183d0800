"""Reading single cell values: dates and moments in the forms exports use, and Ja/Nej.

Each parser returns ``None`` for an empty cell (unknown, never "today") and raises
:class:`ValueProblem` with a Swedish sentence for a value it cannot accept. The sentence names
the column and what is wrong, never the value: a value in the wrong column may be a
personnummer or a name (the row's line number says where to look).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from huddle.domain.identity import Identity, IdentityError, parse_identity
from huddle.domain.text import (
    CELL_MAX_CHARS,
    NAME_MAX_CHARS,
    is_exponent_number,
    is_visible,
    plain_text,
)
from huddle.i18n import translate

_TIME = r"(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?"
_DATE_FORMS: tuple[tuple[re.Pattern[str], tuple[int, int, int]], ...] = (
    # (pattern, positions of year, month, day among the groups)
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$"), (0, 1, 2)),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME + "$"), (0, 1, 2)),
    # Compact, with a space or T before the time: twelve digits in a row would be a
    # personnummer (19400101-0001 written without its hyphen), never a moment.
    (re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[ T](\d{2}):?(\d{2})(?::?(\d{2}))?)?$"), (0, 1, 2)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME + "$"), (2, 1, 0)),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME + "$"), (2, 1, 0)),
    (re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})" + _TIME + "$"), (2, 1, 0)),
)

# "5 okt 2026", "5 oktober 2026", "5 okt. 2026", "05-okt-2026" (each also with a time): how
# Swedish Excel and people write dates. English short names too, for Excel in English.
_MONTH_FORM = re.compile(r"^(\d{1,2})[\s.-]*([^\W\d_]+)\.?[\s-]*(\d{4})" + _TIME + "$")
_MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2,
    "mar": 3, "mars": 3, "march": 3, "apr": 4, "april": 4, "maj": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "augusti": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# A date cell formatted as General in Excel shows the date's serial number: days since
# 1899-12-30, a fraction for the time of day (46300 is 2026-10-05). Only serials of
# 1990–2100 are taken as dates; any other bare number is no date.
_SERIAL = re.compile(r"^(\d{5})(?:[.,](\d+))?$")
_SERIAL_EPOCH = date(1899, 12, 30)
SERIAL_FIRST = (date(1990, 1, 1) - _SERIAL_EPOCH).days
SERIAL_LAST = (date(2100, 12, 31) - _SERIAL_EPOCH).days

_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "sant", "true"})
_NO = frozenset({"nej", "n", "no", "0", "falskt", "false"})


class ValueProblem(ValueError):
    """A cell value that cannot be used; ``str()`` is a Swedish sentence."""



def clean_text(value: str | None) -> str | None:
    """The cell as plain text (:func:`huddle.domain.text.plain_text`: no characters that
    reorder or hide, surplus spaces removed); empty becomes ``None``."""
    if value is None:
        return None
    return plain_text(value) or None


def check_lengths(cells: Sequence[str], label: Callable[[int], str]) -> None:
    """Refuse a row with a cell longer than :data:`CELL_MAX_CHARS` (free text included);
    ``label(position)`` names the column."""
    if not cells or max(map(len, cells)) <= CELL_MAX_CHARS:
        return  # every row of a sane export, measured in C
    for position, cell in enumerate(cells):
        if len(cell) > CELL_MAX_CHARS:
            raise ValueProblem(translate("intake", "{column}: längre än {limit} tecken. Rätta "
                                         "cellen eller ta en ny export.").format(
                column=label(position), limit=CELL_MAX_CHARS))


def parse_name(value: str | None, column: str) -> str | None:
    """A person's name as plain text; ``None`` for an empty cell. A name of only invisible
    characters, or longer than :data:`NAME_MAX_CHARS`, is refused."""
    if value is None or not value.strip():
        return None
    name = plain_text(value)
    if not is_visible(name):
        raise ValueProblem(translate("intake", "{column}: består bara av osynliga tecken.")
                           .format(column=column))
    if len(name) > NAME_MAX_CHARS:
        raise ValueProblem(translate("intake", "{column}: längre än {limit} tecken.").format(
            column=column, limit=NAME_MAX_CHARS))
    return name


def parse_person(value: str | None, *, today: date, reserve_pattern: str | None) -> Identity:
    """The identity number in a cell; the reason for a bad one never quotes it."""
    try:
        return parse_identity(plain_text(value), today=today, reserve_pattern=reserve_pattern)
    except IdentityError as err:
        raise ValueProblem(str(err)) from None


def parse_case_id(value: str | None, column: str) -> str | None:
    """An Ärende-ID as written; one that Excel turned into ``1,23457E+12`` has lost digits
    (two cases could look like one), so it is refused."""
    text = clean_text(value)
    if text is not None and is_exponent_number(text):
        raise ValueProblem(translate("intake", "{column}: skrivet som ett tal i exponentform, så "
                                     "siffror har gått förlorade när filen sparades i Excel. "
                                     "Ta en ny export.").format(column=column))
    return text


def _impossible(column: str) -> ValueProblem:
    return ValueProblem(translate("intake", "{column}: inget möjligt datum (den dagen eller "
                                  "tiden finns inte).").format(column=column))


def _moment(year: int, month: int, day: int, time: tuple[str | None, ...], column: str
            ) -> date | datetime:
    hour, minute, second = time
    try:
        if hour is None:
            return date(year, month, day)
        return datetime(year, month, day, int(hour), int(minute), int(second or 0))
    except ValueError:
        raise _impossible(column) from None


def _from_serial(match: re.Match[str]) -> date | datetime | None:
    days = int(match.group(1))
    if not SERIAL_FIRST <= days <= SERIAL_LAST:
        return None
    day = _SERIAL_EPOCH + timedelta(days=days)
    fraction = match.group(2)
    if not fraction or not fraction.strip("0"):
        return day
    minutes = round(float("0." + fraction) * 24 * 60)
    return datetime(day.year, day.month, day.day) + timedelta(minutes=minutes)


def parse_when(value: str | None, column: str) -> date | datetime | None:
    """A date (``date``) or a date with time (``datetime``), in any of the export's forms:
    ``2026-11-22``, ``2026-11-22 08:15``, ``2026-11-22 08:15:00``, ``20261122``,
    ``22/11/2026``, ``22.11.2026``, ``22 nov 2026``, ``22 november 2026`` (each also with a
    time), and an Excel serial number of 1990–2100 (``46347``, ``46347,5``)."""
    text = clean_text(value)
    if text is None:
        return None
    for pattern, (y, m, d) in _DATE_FORMS:
        match = pattern.match(text)
        if match is not None:
            groups = match.groups()
            return _moment(int(groups[y]), int(groups[m]), int(groups[d]), groups[3:6], column)
    match = _MONTH_FORM.match(text)
    if match is not None:
        month = _MONTHS.get(match.group(2).casefold())
        if month is not None:
            return _moment(int(match.group(3)), month, int(match.group(1)), match.groups()[3:6],
                           column)
    match = _SERIAL.match(text)
    if match is not None:
        serial = _from_serial(match)
        if serial is not None:
            return serial
    raise ValueProblem(translate("intake", "{column}: inget giltigt datum; skriv till exempel "
                                 "2026-11-22 eller 2026-11-22 08:15.").format(column=column))


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
    raise ValueProblem(translate("intake", "{column}: ska vara Ja, Nej eller tomt.")
                       .format(column=column))
