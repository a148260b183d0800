"""Swedish identity numbers: personnummer, samordningsnummer and local reserve numbers.

Stored form: 12 digits with century (``YYYYMMDDNNNN``) for personnummer and
samordningsnummer; reserve numbers are stored as written (upper case, no spaces).
The Luhn check uses python-stdnum; stdnum's own personnummer validator rejects
samordningsnummer, which we must accept, so the date part is checked here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from huddle.i18n import translate

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
RESERVNUMMER = "reservnummer"

_PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")


class IdentityError(ValueError):
    """The text is no valid identity number; ``str()`` is a Swedish reason.

    ``kind`` says what is wrong without quoting the number (for messages that must not
    show it): ``missing``, ``form``, ``check``, ``date`` or ``future``.
    """

    def __init__(self, message: str, kind: str = "form") -> None:
        super().__init__(message)
        self.kind = kind


class Identity(NamedTuple):
    number: str  # 12 digits, or the reserve number as written
    kind: str
    birth_date: date | None

    @property
    def display(self) -> str:
        return display_number(self.number, self.kind)


def display_number(number: str, kind: str) -> str:
    """How an identity number is written for people: ``YYYYMMDD-NNNN`` for personnummer and
    samordningsnummer, a reserve number as stored."""
    if kind == RESERVNUMMER:
        return number
    return f"{number[:8]}-{number[8:]}"


def parse_identity(
    text: str, *, today: date, reserve_pattern: str | None = None
) -> Identity:
    """Parse a personnummer, samordningsnummer or reserve number.

    ``today`` resolves the century of 10-digit forms: ``-`` means under 100 years old on
    ``today``, ``+`` means 100 or older.
    """
    raw = (text or "").strip()
    if not raw:
        raise IdentityError("Personnummer saknas.", "missing")
    compact = re.sub(r"\s+", "", raw)
    match = _PNR.match(compact)
    if match:
        return _parse_personnummer(match, raw, today)
    if reserve_pattern and re.fullmatch(reserve_pattern, compact.upper()):
        return Identity(compact.upper(), RESERVNUMMER, None)
    raise IdentityError(translate("identity", 'Personnumret {raw} har fel form (väntat ÅÅÅÅMMDD-NNNN).').format(raw=repr(raw)))


def _parse_personnummer(match: re.Match[str], raw: str, today: date) -> Identity:
    # Imported here: stdnum pulls in ssl and friends, which the board's start-up never needs.
    from stdnum import luhn

    century, yymmdd, sep, tail = match.groups()
    if not luhn.is_valid(yymmdd + tail):
        raise IdentityError(translate("identity", 'Personnumret {raw} har fel kontrollsiffra.').format(raw=repr(raw)), "check")
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    kind = PERSONNUMMER
    if dd > 60:
        kind = SAMORDNINGSNUMMER
        dd -= 60
    if century is not None:
        year = int(century) * 100 + yy
    else:
        year = _resolve_century(yy, mm, dd, plus=(sep == "+"), today=today)
    try:
        born = date(year, mm, dd)
    except ValueError:
        raise IdentityError(translate("identity", 'Personnumret {raw} innehåller ett omöjligt datum.').format(raw=repr(raw)), "date") from None
    if born > today:
        raise IdentityError(translate("identity", 'Personnumret {raw} har ett födelsedatum i framtiden.').format(raw=repr(raw)), "future")
    number = f"{year:04d}{yymmdd[2:]}{tail}"
    return Identity(number, kind, born)


def _resolve_century(yy: int, mm: int, dd: int, *, plus: bool, today: date) -> int:
    year = (today.year // 100) * 100 + yy
    if plus:
        # '+' is written from the start of the year a person turns 100, birthday or not:
        # the latest year with these two digits at least 100 years before this year.
        while year > today.year - 100:
            year -= 100
        return year
    # The latest year with these two digits that is not in the future.
    if (year, mm, dd) > (today.year, today.month, today.day):
        year -= 100
    return year


def age_on(birth: date, on: date) -> int:
    """Whole years on ``on``; someone born 29 February turns a year older on 1 March."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def with_check_digit(first_nine: str) -> str:
    """Append the Luhn check digit (for generating fictional numbers)."""
    from stdnum import luhn

    return first_nine + luhn.calc_check_digit(first_nine)
