"""Trygg hemgång: the telephone follow-up after discharge (the 72-hour call)."""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
from datetime import date, datetime, timedelta
from typing import NamedTuple

from huddle.domain.dates import relative_day, short_date
from huddle.domain.samsa import needs_list
from huddle.i18n import tr_noop, translate

CALL_OUTCOMES = {
    "ok": "OK",
    "hembesok": tr_noop("Behöver hembesök"),
    "vardplanering": tr_noop("Behöver vårdplanering"),
    "lakemedelsgenomgang": tr_noop("Behöver läkemedelsgenomgång"),
    "ej_nadd": tr_noop("Ej nådd"),
}


class SuggestedFollowup(NamedTuple):
    """The follow-up at home a call's outcome calls for, offered pre-filled for the nurse
    to confirm or change."""

    reason: str       # a FOLLOWUP_REASONS code
    actor: str        # an ACTOR_LABELS code
    working_days: int  # due this many working days after the call
    note: str         # Swedish; stored as the nurse leaves it


# What each outcome that needs action calls for. "OK" needs nothing, so it creates nothing.
# "Ej nådd" needs the health centre to try again: the call is closed as made, so the new
# attempt is a follow-up of its own.
FOLLOWUP_AFTER_CALL = {
    "hembesok": SuggestedFollowup("efter_utskrivning", "vc", 1,
                                  tr_noop("Hembesök efter telefonuppföljning")),
    "vardplanering": SuggestedFollowup("efter_utskrivning", "bistandshandlaggare", 2,
                                       tr_noop("Vårdplanering efter telefonuppföljning")),
    "lakemedelsgenomgang": SuggestedFollowup("lakemedel", "vc", 2,
                                             tr_noop("Läkemedelsgenomgång efter telefonuppföljning")),
    "ej_nadd": SuggestedFollowup("efter_utskrivning", "vc", 1,
                                 tr_noop("Ej nådd vid telefonuppföljning – ring igen")),
}


def followup_after_call(outcome: str | None) -> SuggestedFollowup | None:
    """The follow-up the outcome calls for, or None when it needs nothing."""
    return FOLLOWUP_AFTER_CALL.get(outcome or "")


def suggested_due(suggestion: SuggestedFollowup, day: date, *, eves_off: bool = True) -> date:
    """The suggestion's due date: that many working days after ``day`` (a call on a Friday
    asking for a visit "next day" means Monday)."""
    from huddle.domain.calendar import is_working_day  # the holiday calendar loads slowly

    due, left = day, suggestion.working_days
    while left > 0:
        due += timedelta(days=1)
        if is_working_day(due, eves_off=eves_off):
            left -= 1
    return due


def needs_72h_call(*, municipal_hsl: bool | None, needs: str | None) -> bool:
    """Discharged home, not enrolled in municipal home health care, not to short-term care."""
    if municipal_hsl:
        return False
    return not any("korttid" in need for need in needs_list(needs))


def call_deadline(discharged_at: datetime, hours: int = 72) -> datetime:
    return discharged_at + timedelta(hours=hours)


def call_in_time(discharged_at: datetime, called_at: datetime, hours: int = 72) -> bool:
    """Exactly 72 hours after discharge is still in time."""
    return called_at <= call_deadline(discharged_at, hours)


class DueState(NamedTuple):
    """How a follow-up's due date or moment stands on the board."""

    text: str                  # Swedish: 'senast i dag kl 18:45', 'FÖRSENAD 14 h – ...'
    overdue: bool
    due_today: bool
    moment: datetime | None    # the deadline when it has a time (the 72-hour call)


def due_state(due: str | None, day: date, now: datetime, *, exact: bool = True) -> DueState:
    """A date is overdue the day after it; a moment (the 72-hour call) the minute after it:
    a call exactly 72 hours after discharge is still in time. Without ``exact`` the text
    carries no date or time, only how far off it is ("senast om 5 h", "senast i morgon")."""
    if not due:
        return DueState(translate("board", "inget datum"), False, False, None)
    if "T" in due:
        moment = datetime.fromisoformat(due)
        overdue = moment < now
        if exact:
            when = translate("board", "i dag") if moment.date() == day else \
                short_date(moment.date())
            text = translate("board", "senast {date} kl {time}").format(
                date=when, time=moment.strftime("%H:%M"))
        else:
            hours = max(0, int((moment - now).total_seconds() // 3600))
            text = translate("board", "senast om {h} h").format(h=hours) if not overdue \
                else ""
        if overdue:
            hours = int((now - moment).total_seconds() // 3600)
            late = translate("board", "FÖRSENAD {h} h").format(h=hours) if hours >= 1 else \
                translate("board", "FÖRSENAD")
            text = f"{late} – {text}" if text else late
        return DueState(text, overdue, moment.date() == day, moment)
    due_day = date.fromisoformat(due[:10])
    overdue = due_day < day
    if exact:
        when = translate("board", "i dag") if due_day == day else short_date(due_day)
    else:
        when = relative_day(due_day, day)
    text = translate("board", "senast {date}").format(date=when)
    if overdue:
        text = translate("board", "FÖRSENAD") + " – " + text
    return DueState(text, overdue, due_day == day, None)


def call_state(deadline: datetime, done_at: datetime | None, now: datetime) -> str:
    """'open' | 'overdue' (not made, deadline passed) | 'in_time' | 'late' (made after it)."""
    if done_at is None:
        return "overdue" if deadline < now else "open"
    return "in_time" if done_at <= deadline else "late"


CALL_STATE_LABELS = {
    "open": tr_noop("Ej ringd"),
    "overdue": tr_noop("Ej ringd – försenad"),
    "in_time": tr_noop("Ringd i tid"),
    "late": tr_noop("Ringd för sent"),
}
