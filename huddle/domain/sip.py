"""SIP – samordnad individuell plan: its lifecycle, when it is valid, and when it is due.

A patient may have several SIP episodes over the years; the rules here look at all of them.
"Valid SIP" is the indicator's definition (DOMAIN.md, seed 003): a meeting held or followed up
within the last ``sip_valid_months`` months (configurable), whatever state the episode is in now.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from huddle.domain.calendar import add_months
from huddle.i18n import tr_label, tr_noop, translate

STATE_NEED = "behov"
STATE_INVITED = "kallad"
STATE_HELD = "genomford"
STATE_FOLLOWED_UP = "uppfoljd"
STATE_CLOSED = "avslutad"
STATE_DECLINED = "tackat_nej"

STATES: tuple[str, ...] = (STATE_NEED, STATE_INVITED, STATE_HELD, STATE_FOLLOWED_UP,
                           STATE_CLOSED, STATE_DECLINED)

STATE_LABELS: dict[str, str] = {
    STATE_NEED: tr_noop("Behov upptäckt"),
    STATE_INVITED: tr_noop("Kallad"),
    STATE_HELD: tr_noop("Genomförd"),
    STATE_FOLLOWED_UP: tr_noop("Uppföljd"),
    STATE_CLOSED: tr_noop("Avslutad"),
    STATE_DECLINED: tr_noop("Tackat nej"),
}

NO_SIP_LABEL = tr_noop("Ingen SIP")

# The date column each state needs (an episode keeps the dates of its earlier steps).
STATE_DATE_FIELD: dict[str, str] = {
    STATE_NEED: "need_noted_on",
    STATE_INVITED: "invited_on",
    STATE_HELD: "held_on",
    STATE_FOLLOWED_UP: "followed_up_on",
    STATE_CLOSED: "closed_on",
    STATE_DECLINED: "declined_on",
}

DATE_LABELS: dict[str, str] = {
    "need_noted_on": tr_noop("Behov upptäckt"),
    "invited_on": tr_noop("Kallad"),
    "held_on": tr_noop("Genomförd"),
    "followed_up_on": tr_noop("Uppföljd"),
    "closed_on": tr_noop("Avslutad"),
    "declined_on": tr_noop("Tackat nej"),
}

# The order the dates of one episode must come in (a later step is never before an earlier).
_DATE_ORDER = ("need_noted_on", "invited_on", "held_on", "followed_up_on", "closed_on")


class SipEpisode(NamedTuple):
    state: str
    need_noted_on: date | None = None
    invited_on: date | None = None
    held_on: date | None = None
    followed_up_on: date | None = None
    closed_on: date | None = None
    declined_on: date | None = None

    @property
    def last_meeting(self) -> date | None:
        """The latest day the plan was made or followed up."""
        return max((d for d in (self.held_on, self.followed_up_on) if d), default=None)

    @property
    def latest_date(self) -> date | None:
        return max((d for d in (self.need_noted_on, self.invited_on, self.held_on,
                                self.followed_up_on, self.closed_on, self.declined_on) if d),
                   default=None)


class SipStatus(NamedTuple):
    """What the board and the register need to know about a patient's SIP on one day."""

    state: str | None              # the latest episode's state, None without any SIP
    valid: bool
    valid_until: date | None       # last day the latest meeting keeps the SIP valid
    last_meeting: date | None
    invited_on: date | None        # the open invitation, if the latest episode is 'kallad'
    need_noted_on: date | None     # the open need, if the latest episode is 'behov'
    declined_on: date | None       # if the latest episode is 'tackat nej'

    @property
    def label(self) -> str:
        return state_label(self.state)


def state_label(state: str | None) -> str:
    """The state's Swedish label (a label-table value: show it through ``tr_label``)."""
    if state is None:
        return NO_SIP_LABEL
    return STATE_LABELS[state]


def last_meeting(episodes: Iterable[SipEpisode], day: date) -> date | None:
    """The latest held or followed-up meeting on or before ``day``, over all episodes."""
    return max((m for e in episodes if (m := e.last_meeting) and m <= day), default=None)


def is_valid(last: date | None, day: date, months: int) -> bool:
    """Held or followed up within ``months``: exactly ``months`` later is still valid."""
    return last is not None and last <= day and add_months(last, months) >= day


def sip_status(episodes: list[SipEpisode], day: date, valid_months: int) -> SipStatus:
    """``episodes`` oldest first; the last one is the patient's current SIP."""
    last = last_meeting(episodes, day)
    current = episodes[-1] if episodes else None
    return SipStatus(
        state=current.state if current else None,
        valid=is_valid(last, day, valid_months),
        valid_until=add_months(last, valid_months) if last else None,
        last_meeting=last,
        invited_on=current.invited_on if current and current.state == STATE_INVITED else None,
        need_noted_on=current.need_noted_on if current and current.state == STATE_NEED
        else None,
        declined_on=current.declined_on if current and current.state == STATE_DECLINED
        else None,
    )


def declined_recently(status: SipStatus, day: date, months: int) -> bool:
    """The person said no within ``months``: respect it, offer again after that."""
    return status.declined_on is not None and add_months(status.declined_on, months) >= day


def meeting_overdue(status: SipStatus, day: date, meeting_days: int) -> bool:
    """Invited more than ``meeting_days`` ago and no meeting recorded since."""
    if status.invited_on is None:
        return False
    return day - status.invited_on > timedelta(days=meeting_days)


def invitation_due_on(ready_at: date | datetime, invite_days: int) -> date:
    """The last day for the SIP invitation: ``invite_days`` after *utskrivningsklar*."""
    ready = ready_at.date() if isinstance(ready_at, datetime) else ready_at
    return ready + timedelta(days=invite_days)


def validate_episode(values: dict[str, date | None | str], today: date) -> list[str]:
    """Swedish sentences for what is wrong with an episode about to be saved."""
    problems: list[str] = []
    state = values.get("state")
    if state not in STATES:
        return [translate("sip", "Okänt SIP-läge {state}.").format(state=repr(state))]
    needed = STATE_DATE_FIELD[state]
    if values.get(needed) is None:
        problems.append(translate("sip", "Ange datum för \"{what}\".").format(
            what=tr_label(DATE_LABELS[needed])))
    for key in (*_DATE_ORDER, "declined_on"):
        value = values.get(key)
        if isinstance(value, date) and value > today:
            problems.append(translate("sip", "{what} ({day}) ligger i framtiden.").format(
                what=tr_label(DATE_LABELS[key]), day=value.isoformat()))
    seen: list[tuple[str, date]] = []
    for key in _DATE_ORDER:
        value = values.get(key)
        if not isinstance(value, date):
            continue
        for earlier_key, earlier in seen:
            if value < earlier:
                problems.append(translate(
                    "sip", "{what} ({day}) kan inte vara före {earlier} ({earlier_day}).").format(
                        what=tr_label(DATE_LABELS[key]), day=value.isoformat(),
                        earlier=tr_label(DATE_LABELS[earlier_key]).lower(),
                        earlier_day=earlier.isoformat()))
        seen.append((key, value))
    if state == STATE_FOLLOWED_UP and values.get("held_on") is None:
        problems.append(translate("sip", "En uppföljd SIP behöver också datum för mötet (genomförd)."))
    return problems
