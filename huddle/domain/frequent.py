"""Frequent attenders (mångsökare), seed 003 Bilaga 1.

Proposed definition: at least 3 visits at the health centre in the last 30 days and/or at least
4 visits to the emergency department in the last 12 months. All four numbers are settings.

"The last 30 days" is today and the 29 days before it; "the last 12 months" is from the day
after the same date 12 months ago up to today. Visits after ``day`` are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

from huddle.domain.calendar import add_months
from huddle.domain.settings import Settings
from huddle.i18n import translate

PLACE_VC = "VC"
PLACE_ER = "Akutmottagning"

# How a visits file may spell the place.
_PLACE_ALIASES = {
    "vc": PLACE_VC, "vårdcentral": PLACE_VC, "vardcentral": PLACE_VC,
    "akutmottagning": PLACE_ER, "akuten": PLACE_ER, "akut": PLACE_ER, "am": PLACE_ER,
}


class FrequentAttendance(NamedTuple):
    vc_visits: int          # in the VC window
    er_visits: int          # in the emergency-department window
    by_vc: bool
    by_er: bool

    @property
    def flagged(self) -> bool:
        return self.by_vc or self.by_er


def normalise_place(text: str) -> str | None:
    """``'vc'``, ``'Vårdcentral'`` -> ``'VC'``; ``'akuten'`` -> ``'Akutmottagning'``."""
    return _PLACE_ALIASES.get(" ".join(text.split()).casefold())


def vc_window_start(day: date, days: int) -> date:
    return day - timedelta(days=days - 1)


def er_window_start(day: date, months: int) -> date:
    return add_months(day, -months) + timedelta(days=1)


def frequent_attendance(visits: Iterable[tuple[date, str]], day: date,
                        settings: Settings) -> FrequentAttendance:
    """Count one patient's visits ``(date, place)`` against the settings' thresholds."""
    vc_from = vc_window_start(day, settings.frequent_vc_days)
    er_from = er_window_start(day, settings.frequent_er_months)
    vc = er = 0
    for visit_day, place in visits:
        if visit_day > day:
            continue
        if place == PLACE_VC and visit_day >= vc_from:
            vc += 1
        elif place == PLACE_ER and visit_day >= er_from:
            er += 1
    return FrequentAttendance(vc, er, vc >= settings.frequent_vc_visits,
                              er >= settings.frequent_er_visits)


def describe(attendance: FrequentAttendance, settings: Settings) -> str:
    """Swedish, short: 'mångsökare: 4 besök på VC senaste 30 d'."""
    parts = []
    if attendance.by_vc:
        parts.append(translate("frailty", "{n} besök på VC senaste {days} d").format(
            n=attendance.vc_visits, days=settings.frequent_vc_days))
    if attendance.by_er:
        parts.append(translate("frailty", "{n} besök på akuten senaste {months} mån").format(
            n=attendance.er_visits, months=settings.frequent_er_months))
    joined = translate("frailty", " och ").join(parts)
    return translate("frailty", "mångsökare: {visits}").format(visits=joined)
