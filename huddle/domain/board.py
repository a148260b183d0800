"""The huddle board: which patients stand in which lane today, and why, in Swedish.

Pure: storage gathers a :class:`BoardInput`, this module decides. Every patient on the board is
shown as the disclosure policy allows for the board's audience (the nurse's own screen or the
room): :meth:`_Builder.shown` asks :func:`huddle.domain.disclosure.disclose` and nothing here
decides masking itself. Texts about a patient the room may not see exact dates of are written
with relative words ("sedan 3 d"), and free text is replaced by standard words.

The items are typed per lane (:class:`SamsaItem`, :class:`CfsItem`, :class:`HomeItem`); the
JSON of ``huddle board --json`` is made from them in the command layer.

Why one module over 400 lines: the board's five lanes are built by one builder over one input,
and each lane's rule needs the others (a patient with an open decision leaves the CFS lane);
the CFS rules themselves are in ``frailty``.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from huddle.domain import frailty
from huddle.domain.dates import DateWords, short_date
from huddle.domain.disclosure import (
    AUDIENCE_OWN,
    AUDIENCE_ROOM,
    Disclosure,
    disclose,
    needs_room_label,
)
from huddle.domain.followup import due_state
from huddle.domain.records import Patient
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.domain.samsa import (
    EVENT_LABELS,
    STATUS_ADMITTED,
    STATUS_DISCHARGED,
    STATUS_READY,
)
from huddle.domain.settings import Settings
from huddle.i18n import tr_label, tr_noop, translate

LANE_SAMSA = "samsa"
LANE_CFS = "cfs"
LANE_HOME = "home_followup"

LANE_TITLES = {
    LANE_SAMSA: tr_noop("Patienter i SAMSA"),
    LANE_CFS: tr_noop("Sköra äldre (CFS) – samordning"),
    LANE_HOME: tr_noop("Uppföljning i hemmet"),
}

# The usual decisions, offered first in the decision dialog; free text is always allowed.
# Where the audience may not see free text, a decision shows only these words.
COMMON_DECISIONS: tuple[str, ...] = (
    tr_noop("Läkemedelsgenomgång"),
    tr_noop("Hembesök av distriktssköterska"),
    tr_noop("Boka SIP-möte"),
    tr_noop("Telefonuppföljning"),
    tr_noop("Kontakta anhörig"),
    tr_noop("Se över hjälpmedel"),
    tr_noop("Utöka hemtjänst"),
    tr_noop("Fallriskbedömning"),
    tr_noop("Nutritionsbedömning"),
    tr_noop("Uppdatera vårdplan"),
    tr_noop("Remiss till förebyggande team"),
    tr_noop("Skatta CFS"),
)

FOLLOWUP_REASONS = {
    "fallrisk": tr_noop("Fallrisk"),
    "lakemedel": tr_noop("Läkemedel"),
    "efter_utskrivning": tr_noop("Efter utskrivning"),
    "hemtjanst": tr_noop("Nytt behov av hemtjänst"),
    "nutrition": tr_noop("Nutrition"),
    "ensamhet": tr_noop("Ensamhet/socialt"),
    "hjalpmedel": tr_noop("Hjälpmedel"),
    "annat": tr_noop("Annat"),
    "call_72h": tr_noop("Telefonuppföljning inom 72 h"),
}


def decision_words(what: str, shown: Disclosure | None) -> str:
    """A decision's text as the audience may see it: free text only where allowed."""
    if what in COMMON_DECISIONS:
        return tr_label(what)
    if shown is None or shown.free_text:
        return what
    return translate("board", "Beslut (texten visas på sköterskans skärm)")


# ---------------------------------------------------------------- input
# The input rows are NamedTuples, not dataclasses: one row per database row, immutable all
# the same, and about ten times cheaper to define (this module is on the app's start-up
# path, where each frozen dataclass definition costs about a millisecond).


class CaseInfo(NamedTuple):
    id: int
    patient_id: int
    hospital: str | None
    ward: str | None
    admitted_at: datetime
    pud: date | None
    ready_at: datetime | None
    discharged_at: datetime | None
    status: str
    sip_invited_on: date | None
    needs: str | None
    pud_moves: int = 0
    gone: bool = False  # missing from an export by the end of the board's day

    def status_on(self, day: date) -> str | None:
        """The case's state at the end of ``day``, or None when it was off the list then.

        ``status`` is the latest export's word; for an earlier day the dates decide, so the
        board of last Tuesday shows who was in hospital last Tuesday.
        """
        if self.admitted_at.date() > day:
            return None
        if self.discharged_at is not None:
            if self.discharged_at.date() <= day:
                return STATUS_DISCHARGED
        elif self.status not in (STATUS_ADMITTED, STATUS_READY):
            return None  # cancelled, or said to be discharged without a date
        if self.gone:
            return None
        if self.ready_at is not None:
            return STATUS_READY if self.ready_at.date() <= day else STATUS_ADMITTED
        return self.status


class CfsInfo(NamedTuple):
    patient_id: int
    level: int
    scored_on: date
    previous_level: int | None = None


class SipInfo(NamedTuple):
    """The patient's latest SIP episode; ``last_meeting`` is the latest held or followed-up
    meeting over all episodes (what "valid SIP" is judged by)."""

    patient_id: int
    state: str
    invited_on: date | None = None
    held_on: date | None = None
    followed_up_on: date | None = None
    need_noted_on: date | None = None
    closed_on: date | None = None
    declined_on: date | None = None
    last_meeting: date | None = None


class FollowupInfo(NamedTuple):
    id: int
    patient_id: int
    kind: str
    reason: str
    actor: str
    due: str | None
    case_id: int | None = None


class DecisionInfo(NamedTuple):
    id: int
    patient_id: int | None
    what: str
    responsible_role: str
    responsible_name: str | None
    due_on: date | None
    created_at: datetime
    escalated_at: datetime | None = None
    escalated_to: str | None = None
    answer_text: str | None = None
    answer_by: str | None = None
    answer_at: datetime | None = None
    status: str = "open"
    reviewed_today: str | None = None  # the outcome if reviewed at today's huddle
    escalation_question: str | None = None


class EventInfo(NamedTuple):
    case_id: int
    patient_id: int
    at: datetime
    kind: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True)
class BoardInput:
    health_centre: str
    last_import: datetime | None
    since: datetime | None
    patients: dict[int, Patient]
    cases: list[CaseInfo]
    cfs: dict[int, CfsInfo]
    sips: dict[int, SipInfo]
    followups: list[FollowupInfo]
    decisions: list[DecisionInfo]
    events: list[EventInfo]
    # When the last huddle before the day started: an escalation answered after it is shown
    # even when its decision is already closed, so the team hears the answer.
    answers_since: datetime | None = None
    # Visits per patient ``(date, 'VC' | 'Akutmottagning')`` for the frequent-attender rule.
    visits: dict[int, list[tuple[date, str]]] = field(default_factory=dict)
    # The day's neutral room labels given so far: patient id -> number.
    room_numbers: dict[int, int] = field(default_factory=dict)


# ---------------------------------------------------------------- output


class SamsaItem(NamedTuple):
    patient_id: int
    shown: Disclosure
    reason: str
    urgent: bool
    case_id: int
    status: str
    pud_moves: int
    # Exact facts, None where the audience may not see them.
    hospital: str | None = None
    ward: str | None = None
    admitted: datetime | None = None
    pud: date | None = None
    ready: datetime | None = None
    discharged: datetime | None = None
    next_step: str | None = None


class CfsItem(NamedTuple):
    patient_id: int
    shown: Disclosure
    reason: str
    urgent: bool
    cfs: int | None
    cfs_label: str | None
    pathway: str | None
    pathway_label: str | None
    next_step: str | None
    cfs_scored_on: date | None
    sip: str | None
    sip_valid: bool | None
    tier: str
    findings: tuple[str, ...]


class HomeItem(NamedTuple):
    patient_id: int
    shown: Disclosure
    reason: str
    urgent: bool
    followup_id: int
    kind: str                     # need | call_72h
    actor: str
    actor_label: str
    reason_code: str
    overdue: bool
    due_today: bool
    due_on: date | None = None    # exact, where the audience may see it
    due_at: datetime | None = None
    discharged: datetime | None = None
    next_step: str | None = None


BoardItem = SamsaItem | CfsItem | HomeItem


class PatientRef(NamedTuple):
    """A patient named by a decision or an event."""

    patient_id: int
    shown: Disclosure


def _identity_properties(*classes: type) -> None:
    """Every item about a patient answers who it is, as far as the audience may see, from
    its ``shown`` disclosure (``item.name``, ``item.masked`` …)."""
    for cls in classes:
        for attribute in ("name", "personnummer", "age", "age_band", "masked"):
            setattr(cls, attribute,
                    property(lambda self, a=attribute: getattr(self.shown, a)))


_identity_properties(SamsaItem, CfsItem, HomeItem, PatientRef)


class DecisionItem(NamedTuple):
    id: int
    what: str
    responsible: str
    responsible_role: str
    due_on: date | None
    overdue: bool
    escalated: bool
    answer: str | None
    patient: PatientRef | None
    status: str = "open"
    escalated_to: str | None = None
    reviewed: str | None = None  # outcome of today's review: done | new_date | escalated | kept
    new_today: bool = False  # made at today's huddle: shown, not up for review


class EventItem(NamedTuple):
    at: datetime
    kind: str
    text: str
    patient: PatientRef


@dataclass(frozen=True)
class Board:
    day: date
    health_centre: str
    last_import: datetime | None
    open_decisions: list[DecisionItem]
    lanes: dict[str, list[BoardItem]]
    since_last_huddle: list[EventItem]
    audience: str = AUDIENCE_OWN
    # A line under a lane, e.g. how many CFS planning items wait for another day.
    lane_notes: dict[str, str] = field(default_factory=dict)
    # Neutral room labels given while building this board (storage keeps them for the day).
    new_room_numbers: dict[int, int] = field(default_factory=dict)
    room_numbers: dict[int, int] = field(default_factory=dict)

    @property
    def room(self) -> bool:
        return self.audience == AUDIENCE_ROOM

    def patient_ids(self) -> set[int]:
        """Every patient the board shows (for the access log)."""
        ids = {item.patient_id for items in self.lanes.values() for item in items}
        ids |= {d.patient.patient_id for d in self.open_decisions if d.patient}
        ids |= {e.patient.patient_id for e in self.since_last_huddle}
        return ids

    def items(self) -> Iterator[BoardItem]:
        for items in self.lanes.values():
            yield from items


# ---------------------------------------------------------------- rules


class _Builder:
    def __init__(self, inp: BoardInput, settings: Settings, day: date, audience: str,
                 now: datetime, cfs: frailty.CfsRanking | None = None,
                 labels: "_Labels | None" = None) -> None:
        self.inp, self.settings, self.day, self.audience = inp, settings, day, audience
        self.now = now
        self.cfs = cfs
        self.lane_notes: dict[str, str] = {}
        self.now_end = datetime.combine(day, datetime.max.time())
        # Given the day's final labels (another audience's board of the same read numbered
        # them), this builder hands out none.
        self.numbered = labels is not None
        self.numbers = dict(labels.numbers if labels else inp.room_numbers)
        self.new_numbers: dict[int, int] = dict(labels.new if labels else {})
        self._last_number = max(self.numbers.values(), default=0)
        self._shown: dict[int, Disclosure] = {}

    def meet(self, patient_id: int, needs_label: bool | None = None) -> None:
        """A patient the room sees only by a neutral label gets the day's next number the
        first time the board meets them, whatever the audience, so the nurse's board and
        the room's agree (``needs_label``: already known, the patient's facts unread)."""
        if self.numbered or patient_id in self.numbers:
            return
        if needs_label is None:
            needs_label = needs_room_label(self.inp.patients[patient_id].facts)
        if needs_label:
            self._last_number += 1
            self.numbers[patient_id] = self._last_number
            self.new_numbers[patient_id] = self._last_number

    def shown(self, patient_id: int) -> Disclosure:
        """The policy's answer for one patient (met first, see :meth:`meet`)."""
        if patient_id not in self._shown:
            self.meet(patient_id)
            self._shown[patient_id] = disclose(self.inp.patients[patient_id].facts,
                                               self.audience, day=self.day,
                                               room_number=self.numbers.get(patient_id))
        return self._shown[patient_id]

    def words(self, shown: Disclosure) -> DateWords:
        return DateWords(self.day, exact=shown.details)

    # -- SAMSA lane
    def samsa_lane(self) -> list[SamsaItem]:
        recent = timedelta(days=self.settings.recent_discharge_days)
        items: list[tuple[tuple, SamsaItem]] = []
        for case in self.inp.cases:
            status = case.status_on(self.day)
            if status is None or case.patient_id not in self.inp.patients:
                continue
            discharged = status == STATUS_DISCHARGED
            if discharged and self.day - case.discharged_at.date() > recent:
                continue
            shown = self.shown(case.patient_id)
            reason, urgent, order = self._samsa_reason(case, discharged, shown)
            exact = shown.details
            item = SamsaItem(
                case.patient_id, shown, reason if shown.health else "", urgent, case.id,
                status, case.pud_moves,
                hospital=case.hospital if exact else None,
                ward=case.ward if exact else None,
                admitted=case.admitted_at if exact else None,
                pud=case.pud if exact else None,
                ready=case.ready_at if exact else None,
                discharged=case.discharged_at if exact else None)
            items.append(((order, case.admitted_at), item))
        return [item for _, item in sorted(items, key=lambda pair: pair[0])]

    def _samsa_reason(self, case: CaseInfo, discharged: bool, shown: Disclosure
                      ) -> tuple[str, bool, int]:
        words = self.words(shown)
        where = (case.ward or case.hospital or "") if shown.details else ""
        if discharged:
            text = translate("board", "Utskriven {when}").format(
                when=words.when(case.discharged_at))
            return self._join(text, where), False, 2
        if case.ready_at and case.ready_at.date() <= self.day:
            days = (self.day - case.ready_at.date()).days
            text = translate("board", "Utskrivningsklar sedan {days} d").format(days=days) \
                if days else translate("board", "Utskrivningsklar i dag")
            parts = [text]
            urgent = days >= self.settings.payment_days
            due = case.ready_at.date() + timedelta(days=self.settings.sip_invite_days)
            invited = case.sip_invited_on is not None and case.sip_invited_on <= self.day
            if not invited and self.day >= due:
                parts.append(translate("board", "SIP-kallelse saknas"))
                urgent = True
            return self._join(*parts, where), urgent, 0
        parts = [translate("board", "Inskriven {when}").format(when=words.when(case.admitted_at))]
        if case.pud:
            parts.append(translate("board", "planerad hemgång {when}").format(
                when=words.when(case.pud)))
        else:
            parts.append(translate("board", "inget planerat utskrivningsdatum"))
        if case.pud_moves:
            parts.append(translate("board", "flyttat {n} ggr").format(n=case.pud_moves))
        return self._join(*parts, where), case.pud_moves >= 2, 1

    @staticmethod
    def _join(*parts: str) -> str:
        return " · ".join(p for p in parts if p)

    # -- CFS lane (rules in huddle.domain.frailty)
    def cfs_lane(self) -> list[CfsItem]:
        ranking = self.cfs or frailty.rank_cfs_lane(self.inp, self.settings, self.day)
        # Every patient with a finding is met, shown today or not: the room's list of them
        # (Register › Att planera) uses the day's labels too.
        # (Those the room sees by name need no number: only the labelled are met here.)
        for patient_id in sorted(ranking.labelled.difference(self.numbers)):
            self.meet(patient_id, True)
        lane = frailty.build_cfs_lane(self.inp, self.settings, self.day, shown=self.shown,
                                      ranking=ranking)
        if lane.note:
            self.lane_notes[LANE_CFS] = lane.note
        items = []
        for entry in lane.entries:
            shown = self.shown(entry.patient_id)
            if not shown.health:
                items.append(CfsItem(entry.patient_id, shown, "", False, None, None, None,
                                     None, None, None, None, None, entry.tier_name, ()))
                continue
            items.append(CfsItem(
                entry.patient_id, shown, entry.reason, entry.urgent, entry.level,
                entry.cfs_label, entry.pathway, entry.pathway_label, entry.next_step,
                entry.scored_on if shown.details else None, entry.sip, entry.sip_valid,
                entry.tier_name, entry.findings))
        return items

    # -- home follow-up lane
    def home_lane(self) -> list[HomeItem]:
        """Open follow-ups: overdue first, then due today, then by deadline; the 72-hour call
        carries the moment of discharge and its deadline to the minute."""
        items: list[tuple[tuple, HomeItem]] = []
        for followup in self.inp.followups:
            if followup.patient_id not in self.inp.patients:
                continue
            shown = self.shown(followup.patient_id)
            exact = shown.details
            state = due_state(followup.due, self.day, self.now, exact=exact)
            actor_label = tr_label(ACTOR_LABELS.get(followup.actor, followup.actor))
            parts = [tr_label(FOLLOWUP_REASONS.get(followup.reason, followup.reason)),
                     actor_label, state.text]
            discharged = None
            if followup.kind == "call_72h" and state.moment is not None:
                discharged = state.moment - timedelta(hours=self.settings.call_hours)
                if exact:
                    parts.insert(1, translate("board", "utskriven {date} kl {time}").format(
                        date=short_date(discharged), time=discharged.strftime("%H:%M")))
                else:
                    parts.insert(1, translate("board", "utskriven {when}").format(
                        when=self.words(shown).when(discharged)))
            due_on = date.fromisoformat(followup.due[:10]) if followup.due else None
            item = HomeItem(
                followup.patient_id, shown, self._join(*parts) if shown.health else "",
                state.overdue, followup.id, followup.kind, followup.actor, actor_label,
                followup.reason, state.overdue, state.due_today,
                due_on=due_on if exact else None,
                due_at=state.moment if exact else None,
                discharged=discharged if exact else None)
            due = followup.due or "9999"
            key = (0, "", due) if state.overdue else (1, "0" if state.due_today else "1", due)
            items.append((key, item))
        return [item for _, item in sorted(items, key=lambda pair: pair[0])]

    # -- decisions and events
    def _decision_shown(self, decision: DecisionInfo) -> bool:
        """Open decisions always; closed ones only while the team still needs to see them:
        closed at today's huddle (marked as such), or an escalation whose answer came after
        the last huddle started (the answer is read out at the next huddle)."""
        if decision.status == "open" or decision.reviewed_today is not None:
            return True
        since = self.inp.answers_since
        return bool(decision.answer_text and decision.answer_at
                    and (since is None or decision.answer_at > since))

    def decisions(self) -> list[DecisionItem]:
        result = []
        for decision in self.inp.decisions:
            if decision.created_at.date() > self.day or not self._decision_shown(decision):
                continue
            responsible = tr_label(ROLE_LABELS.get(decision.responsible_role,
                                                   decision.responsible_role))
            if decision.responsible_name:
                responsible = f"{responsible} ({decision.responsible_name})"
            patient = None
            shown = None
            if decision.patient_id in self.inp.patients:
                shown = self.shown(decision.patient_id)
                patient = PatientRef(decision.patient_id, shown)
            answer = None
            if decision.answer_text:
                text = decision.answer_text if shown is None or shown.free_text else \
                    translate("board", "se sköterskans skärm")
                # The day as the audience may see it of this patient ('i går' for the room).
                when = short_date(decision.answer_at) if shown is None else \
                    self.words(shown).when(decision.answer_at)
                answer = translate("board", "Svar från {who} {date}: {text}").format(
                    who=decision.answer_by or "?", date=when, text=text)
            is_open = decision.status == "open"
            result.append(DecisionItem(
                decision.id, decision_words(decision.what, shown), responsible,
                decision.responsible_role, decision.due_on,
                bool(is_open and decision.due_on and decision.due_on < self.day),
                decision.escalated_at is not None, answer, patient,
                status=decision.status, escalated_to=decision.escalated_to,
                reviewed=decision.reviewed_today,
                new_today=decision.created_at.date() == self.day,
            ))
        # Still to review first (overdue before the rest), then today's new decisions, then
        # what today's huddle settled.
        result.sort(key=lambda d: (2 if d.reviewed is not None or d.status != "open"
                                   else 1 if d.new_today else 0,
                                   not d.overdue, d.due_on or date.max))
        return result

    def events(self) -> list[EventItem]:
        since = self.inp.since
        items = []
        for event in self.inp.events:
            if since is not None and event.at <= since:
                continue
            if event.at > self.now_end or event.patient_id not in self.inp.patients:
                continue
            shown = self.shown(event.patient_id)
            text = event_text(event, self.words(shown)) if shown.health else \
                translate("board", "Ny uppgift i SAMSA")
            items.append(EventItem(event.at, event.kind, text,
                                   PatientRef(event.patient_id, shown)))
        items.sort(key=lambda e: e.at, reverse=True)
        return items


def event_text(event: EventInfo, words: DateWords) -> str:
    """'Planerat utskrivningsdatum flyttat 3/12 → 5/12'; relative where dates may not show."""
    text = tr_label(EVENT_LABELS.get(event.kind, event.kind))
    if event.kind == "pud_moved":
        old, new = _as_day(event.old_value), _as_day(event.new_value)
        if words.exact:
            text += f" {words.when(old)} → {words.when(new)}"
        elif old and new:
            text += " " + translate("board", "({n:+d} d)").format(n=(new - old).days)
    elif event.kind in ("pud_set", "ready", "discharged", "admitted"):
        value = _as_day(event.new_value)
        if value is not None:
            text += f" {words.when(value)}"
    return text


def _as_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class _Labels(NamedTuple):
    """The day's neutral labels after one board of a read: every number, and those new."""

    numbers: dict[int, int]
    new: dict[int, int]


def build_boards(inp: BoardInput, settings: Settings, day: date, audiences: Iterable[str], *,
                 now: datetime | None = None,
                 order: frailty.VerdictOrder | None = None) -> dict[str, Board]:
    """The board for each of ``audiences`` from one input: what the rules decide whatever
    the audience (the CFS lane's ranking, the neutral labels) is worked out once, and each
    audience's board shows it as the disclosure policy allows that audience. ``order``: the
    day's kept CFS verdicts placed (:func:`huddle.domain.frailty.order_verdicts`)."""
    cfs = frailty.rank_cfs_lane(inp, settings, day, order=order)
    boards: dict[str, Board] = {}
    labels: _Labels | None = None
    for audience in dict.fromkeys(audiences):
        board = _build(inp, settings, day, audience, now, cfs, labels)
        labels = labels or _Labels(board.room_numbers, board.new_room_numbers)
        boards[audience] = board
    return boards


def build_board(inp: BoardInput, settings: Settings, day: date, *,
                audience: str = AUDIENCE_OWN, now: datetime | None = None) -> Board:
    """``now`` decides which timed items (the 72-hour call) are overdue; it defaults to the
    end of ``day`` (a day gone by is judged as it ended; storage passes the present moment
    for today)."""
    return _build(inp, settings, day, audience, now, None, None)


def _build(inp: BoardInput, settings: Settings, day: date, audience: str,
           now: datetime | None, cfs: frailty.CfsRanking | None,
           labels: _Labels | None) -> Board:
    if now is None:
        now = datetime.combine(day, datetime.max.time())
    builder = _Builder(inp, settings, day, audience, now, cfs, labels)
    decisions = builder.decisions()
    lanes: dict[str, list[BoardItem]] = {LANE_SAMSA: builder.samsa_lane(),
                                         LANE_CFS: builder.cfs_lane(),
                                         LANE_HOME: builder.home_lane()}
    events = builder.events()
    return Board(
        day=day,
        health_centre=inp.health_centre,
        last_import=inp.last_import,
        open_decisions=decisions,
        lanes=lanes,
        since_last_huddle=events,
        audience=audience,
        lane_notes=builder.lane_notes,
        new_room_numbers=builder.new_numbers,
        room_numbers=builder.numbers,
    )
