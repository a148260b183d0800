"""Numbers and dates written the Swedish way, for every rendering of a summary.

Decimal comma, a no-break space before the per cent sign and between thousands, and an en dash
for "nothing to show" (a share of nothing is not 0 %).
"""

from __future__ import annotations

from datetime import date, datetime

from huddle.i18n import translate
from huddle.reports.period import month_name

NBSP = "\u00a0"
DASH = "–"




def fmt_int(value: int | None) -> str:
    if value is None:
        return DASH
    return f"{value:,}".replace(",", NBSP)


def fmt_dec(value: float | None) -> str:
    """One decimal, decimal comma: 3.25 is never seen here, 3.3 is '3,3'."""
    if value is None:
        return DASH
    return f"{value:.1f}".replace(".", ",")


def fmt_percent(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{fmt_dec(value)}{NBSP}%"


def fmt_minutes(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{fmt_dec(value)}{NBSP}min"


def fmt_part(part: int, whole: int, share: float | None) -> str:
    """'17 av 18 (94,4 %)'."""
    of = translate("reports", "av")
    if not whole:
        return f"{fmt_int(part)} {of} {fmt_int(whole)}"
    return f"{fmt_int(part)} {of} {fmt_int(whole)} ({fmt_percent(share)})"


def fmt_day(value: date | None) -> str:
    """'20 nov 2026': a date in a table, the Swedish way (never ISO text a manager must
    decode)."""
    return f"{value.day} {month_abbreviation(value.month)} {value.year}" if value else DASH


def fmt_long_day(value: date) -> str:
    return f"{value.day} {month_name(value.month)} {value.year}"


def fmt_made(value: datetime) -> str:
    return translate("reports", "{day} kl. {time}").format(day=fmt_long_day(value.date()),
                                         time=value.strftime("%H:%M"))


def month_abbreviation(month: int) -> str:
    return month_name(month)[:3]
