"""Swedish identity numbers: personnummer, samordningsnummer and local reserve numbers.

Stored form: 12 digits with century (``YYYYMMDDNNNN``) for personnummer and
samordningsnummer; reserve numbers are stored as written (upper case, no spaces).
The check digit is the Luhn (mod 10) digit, computed here (python-stdnum, which the tests
hold it against, costs ~15 ms to import for six lines of arithmetic, on every import of an
export); stdnum's own personnummer validator rejects samordningsnummer, which we must accept,
so the date part is checked here too.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from huddle.domain.text import is_exponent_number
from huddle.i18n import translate

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
RESERVNUMMER = "reservnummer"

_PNR = re.compile(r"^(\d{2})?(\d{6})([-+]?)(\d{4})$")
_NINE_DIGITS = re.compile(r"^\d{9}$")


class IdentityError(ValueError):
    """The text is no valid identity number; ``str()`` is a Swedish reason that never
    quotes the number (it goes into import results, dialogs and logs).

    ``kind`` says what is wrong: ``missing``, ``form``, ``check``, ``date``, ``future``, or
    what a spreadsheet did to it: ``lost_zero`` (nine digits: a personnummer of someone born
    in 2000–2009 whose leading zero Excel dropped) and ``exponent`` (written as 1,9E+11).
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
        raise IdentityError(translate("identity", "Personnummer saknas."), "missing")
    compact = re.sub(r"\s+", "", raw)
    match = _PNR.match(compact)
    if match:
        return _parse_personnummer(match, today)
    if reserve_pattern and re.fullmatch(reserve_pattern, compact.upper()):
        return Identity(compact.upper(), RESERVNUMMER, None)
    raise _form_error(compact)


# Each digit's contribution when it stands in a doubled (every second from the right) place.
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _luhn_sum(digits: str) -> int:
    """The Luhn sum of ``digits`` (ASCII digits only), mod 10: 0 for a valid number."""
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = ord(digit) - 48
        total += _DOUBLED[value] if position % 2 else value
    return total % 10


def _luhn_valid(digits: str) -> bool:
    # The form's \d also takes other scripts' digits (Arabic-Indic, full-width): never valid.
    return digits.isascii() and digits.isdigit() and _luhn_sum(digits) == 0


def _form_error(compact: str) -> IdentityError:
    """Why ``compact`` has no identity number's form, with what a spreadsheet did to it."""
    if _NINE_DIGITS.match(compact) and _luhn_valid("0" + compact):
        return IdentityError(translate("identity",
            "Personnumret har bara 9 siffror: troligen försvann en inledande nolla när filen "
            "öppnades och sparades i Excel. Ta en ny export och spara den inte i Excel, eller "
            "formatera kolumnen som text innan du sparar."), "lost_zero")
    if is_exponent_number(compact):
        return IdentityError(translate("identity",
            "Personnumret är skrivet som ett tal i exponentform, så siffror har gått förlorade "
            "när filen sparades i Excel. Ta en ny export, eller formatera kolumnen som text "
            "innan du sparar."), "exponent")
    return IdentityError(translate("identity",
        "Personnumret har fel form; väntat ÅÅÅÅMMDD-NNNN, ÅÅMMDD-NNNN, samordningsnummer eller "
        "reservnummer."))


def _parse_personnummer(match: re.Match[str], today: date) -> Identity:
    century, yymmdd, sep, tail = match.groups()
    if not _luhn_valid(yymmdd + tail):
        raise IdentityError(translate("identity", "Personnumret har fel kontrollsiffra."), "check")
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
        raise IdentityError(translate("identity", "Personnumret innehåller ett omöjligt datum."),
                            "date") from None
    if born > today:
        raise IdentityError(translate("identity", "Personnumret har ett födelsedatum i framtiden."),
                            "future")
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
    return first_nine + str(-_luhn_sum(first_nine + "0") % 10)
