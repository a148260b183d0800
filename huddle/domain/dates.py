"""Dates and times written the Swedish way, in one place: '3/11', '14 nov kl 06:15',
'23 november 2026', 'måndag', and the relative words the room sees instead of exact dates
('sedan 3 d', 'om 2 d').

Nothing shown to a user is an ISO string or an internal code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from huddle.i18n import tr_label, tr_noop, translate

MONTH_NAMES = (tr_noop("januari"), tr_noop("februari"), tr_noop("mars"), tr_noop("april"), tr_noop("maj"), tr_noop("juni"), tr_noop("juli"), tr_noop("augusti"),
               tr_noop("september"), tr_noop("oktober"), tr_noop("november"), tr_noop("december"))
MONTH_ABBREVIATIONS = (tr_noop("jan"), tr_noop("feb"), tr_noop("mar"), tr_noop("apr"), tr_noop("maj"), tr_noop("jun"), tr_noop("jul"), tr_noop("aug"), tr_noop("sep"), tr_noop("okt"),
                       tr_noop("nov"), tr_noop("dec"))
WEEKDAY_NAMES = (tr_noop("måndag"), tr_noop("tisdag"), tr_noop("onsdag"), tr_noop("torsdag"), tr_noop("fredag"), tr_noop("lördag"), tr_noop("söndag"))


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def month_name(month: int) -> str:
    return tr_label(MONTH_NAMES[month - 1])


def weekday_name(day: date) -> str:
    return tr_label(WEEKDAY_NAMES[day.weekday()])


def short_date(value: date | datetime | None) -> str:
    """'3/11'; an en dash for nothing."""
    if value is None:
        return "–"
    return f"{value.day}/{value.month}"


def short_date_year(value: date | datetime | None) -> str:
    """'3/11 2025'."""
    if value is None:
        return "–"
    return f"{value.day}/{value.month} {value.year}"


def long_date(value: date | datetime) -> str:
    """'23 november 2026'."""
    return f"{value.day} {month_name(value.month)} {value.year}"


def day_and_month(value: date | datetime, today: date | None = None) -> str:
    """'14 nov', with the year when it is not ``today``'s year: '14 nov 2025'."""
    text = f"{value.day} {tr_label(MONTH_ABBREVIATIONS[value.month - 1])}"
    if today is not None and value.year != today.year:
        text += f" {value.year}"
    return text


def day_month_year(value: date | datetime) -> str:
    """'1 okt 2026'."""
    return f"{value.day} {tr_label(MONTH_ABBREVIATIONS[value.month - 1])} {value.year}"


def moment_text(value: datetime, today: date | None = None) -> str:
    """'14 nov kl 06:15'."""
    return translate("dates", "{day} kl {time}").format(day=day_and_month(value, today),
                                                        time=value.strftime("%H:%M"))


def moment_with_year(value: datetime) -> str:
    """'14 nov 2026 kl 06:15' (a log over years)."""
    return translate("dates", "{day} kl {time}").format(day=day_month_year(value),
                                                        time=value.strftime("%H:%M"))


def date_text(value: date | datetime | None, today: date | None = None) -> str:
    """A day or a moment as a person writes it; an en dash for nothing."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return moment_text(value, today)
    return day_and_month(value, today)


def weekday_date(day: date) -> str:
    """'Måndag 23 november 2026'."""
    return f"{weekday_name(day).capitalize()} {long_date(day)}"


# ---------------------------------------------------------------- relative words


def relative_day(value: date | datetime, today: date) -> str:
    """'i dag', 'i går', 'för 3 d sedan', 'i morgon', 'om 3 d'."""
    days = (_day(value) - today).days
    if days == 0:
        return translate("dates", "i dag")
    if days == -1:
        return translate("dates", "i går")
    if days == 1:
        return translate("dates", "i morgon")
    if days < 0:
        return translate("dates", "för {n} d sedan").format(n=-days)
    return translate("dates", "om {n} d").format(n=days)


def days_since(value: date | datetime, today: date) -> str:
    """'sedan i dag', 'sedan 3 d'."""
    days = (today - _day(value)).days
    if days <= 0:
        return translate("dates", "sedan i dag")
    return translate("dates", "sedan {n} d").format(n=days)


class DateWords(NamedTuple):
    """Writes dates either exactly ('3/11') or relative to ``today`` ('för 3 d sedan'), for
    texts that must not carry exact dates where the disclosure policy forbids them."""

    today: date
    exact: bool = True

    def when(self, value: date | datetime | None) -> str:
        if value is None:
            return "–"
        return short_date(value) if self.exact else relative_day(value, self.today)

    def when_with_year(self, value: date | datetime | None) -> str:
        if value is None:
            return "–"
        return short_date_year(value) if self.exact else relative_day(value, self.today)

    def since(self, value: date | datetime) -> str:
        if self.exact:
            return translate("dates", "sedan {date}").format(date=short_date(value))
        return days_since(value, self.today)
