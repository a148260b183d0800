"""The huddle board: which patients stand in which lane today, and why, in Swedish.

Pure: storage gathers a :class:`BoardInput`, this module decides. The UI and
``huddle board --json`` both show the :class:`Board` it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from huddle.domain import frailty
from huddle.domain.calendar import add_months  # noqa: F401 (re-exported for reports)
from huddle.domain.followup import due_state
from huddle.domain.identity import age_on
from huddle.domain.privacy import shown_identity
from huddle.domain.samsa import (
    EVENT_LABELS,
    STATUS_ADMITTED,
    STATUS_DISCHARGED,
    STATUS_READY,
)
from huddle.domain.settings import Settings
from huddle.i18n import tr_label, translate

LANE_SAMSA = "samsa"
LANE_CFS = "cfs"
LANE_HOME = "home_followup"

LANE_TITLES = {
    LANE_SAMSA: "Patienter i SAMSA",
    LANE_CFS: "Sköra äldre (CFS) – samordning",
    LANE_HOME: "Uppföljning i hemmet",
}

ROLE_LABELS = {
    "aldre_ssk": "Äldre-sjuksköterska",
    "bistandshandlaggare": "Biståndshandläggare",
    "kommunal_hsl": "Kommunal hälso- och sjukvård",
    "hemtjanst": "Hemtjänst",
    "lakare": "Läkare",
    "rehab": "Rehab",
    "annan": "Annan",
}

ACTOR_LABELS = {
    "forebyggande_team": "Förebyggande team",
    "vc": "Distriktsläkare/sjuksköterska/rehab",
    "kommunal_primarvard": "Kommunal primärvård",
    "bistandshandlaggare": "Biståndshandläggare",
    "digital": "Digital uppföljning",
}

# The usual decisions, offered first in the decision dialog; free text is always allowed.
# On the projector a masked patient's decision shows only these words, never free text.
COMMON_DECISIONS: tuple[str, ...] = (
    "Läkemedelsgenomgång",
    "Hembesök av distriktssköterska",
    "Boka SIP-möte",
    "Telefonuppföljning",
    "Kontakta anhörig",
    "Se över hjälpmedel",
    "Utöka hemtjänst",
    "Fallriskbedömning",
    "Nutritionsbedömning",
    "Uppdatera vårdplan",
    "Remiss till förebyggande team",
    "Skatta CFS",
)

FOLLOWUP_REASONS = {
    "fallrisk": "Fallrisk",
    "lakemedel": "Läkemedel",
    "efter_utskrivning": "Efter utskrivning",
    "hemtjanst": "Nytt behov av hemtjänst",
    "nutrition": "Nutrition",
    "ensamhet": "Ensamhet/socialt",
    "hjalpmedel": "Hjälpmedel",
    "annat": "Annat",
    "call_72h": "Telefonuppföljning inom 72 h",
}



def short_date(value: date | datetime | None) -> str:
    if value is None:
        return "–"
    return f"{value.day}/{value.month}"


# ---------------------------------------------------------------- input
# The input rows are NamedTuples, not dataclasses: one row per database row, immutable all
# the same, and about ten times cheaper to define (this module is on the app's start-up
# path, where each frozen dataclass definition costs about a millisecond).


class PatientInfo(NamedTuple):
    id: int
    personnummer: str
    id_kind: str
    name: str | None
    birth_date: date | None
    protected: bool
    consent: str
    municipal_hsl: bool | None = None
    flag_reason: str | None = None

    @property
    def personnummer_display(self) -> str:
        if self.id_kind == "reservnummer":
            return self.personnummer
        return f"{self.personnummer[:8]}-{self.personnummer[8:]}"


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
    patients: dict[int, PatientInfo]
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


# ---------------------------------------------------------------- output


@dataclass(frozen=True)
class BoardItem:
    patient_id: int
    name: str
    personnummer: str | None
    age: int | None
    masked: bool
    reason: str
    urgent: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "patient_id": self.patient_id,
            "name": self.name,
            "personnummer": self.personnummer,
            "age": self.age,
            "masked": self.masked,
            "reason": self.reason,
            "urgent": self.urgent,
            **self.extra,
        }


class DecisionItem(NamedTuple):
    id: int
    what: str
    responsible: str
    due_on: date | None
    overdue: bool
    escalated: bool
    answer: str | None
    patient: BoardItem | None
    status: str = "open"
    escalated_to: str | None = None
    reviewed: str | None = None  # outcome of today's review: done | new_date | escalated | kept
    new_today: bool = False  # made at today's huddle: shown, not up for review

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "responsible": self.responsible,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "overdue": self.overdue,
            "status": self.status,
            "escalated": self.escalated,
            "escalated_to": self.escalated_to,
            "answer": self.answer,
            "reviewed": self.reviewed,
            "new_today": self.new_today,
            "patient": self.patient.to_json() if self.patient else None,
        }


class EventItem(NamedTuple):
    at: datetime
    kind: str
    text: str
    patient: BoardItem

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(timespec="minutes"), "kind": self.kind,
                "text": self.text, "patient": self.patient.to_json()}


@dataclass(frozen=True)
class Board:
    day: date
    health_centre: str
    last_import: datetime | None
    open_decisions: list[DecisionItem]
    lanes: dict[str, list[BoardItem]]
    since_last_huddle: list[EventItem]
    projector: bool = False
    # A line under a lane, e.g. how many CFS planning items wait for another day.
    lane_notes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "health_centre": self.health_centre,
            "last_import": self.last_import.isoformat(timespec="minutes")
            if self.last_import else None,
            "projector": self.projector,
            "open_decisions": [d.to_json() for d in self.open_decisions],
            "since_last_huddle": [e.to_json() for e in self.since_last_huddle],
            "lanes": {lane: [item.to_json() for item in items]
                      for lane, items in self.lanes.items()},
            "lane_notes": dict(self.lane_notes),
        }


# ---------------------------------------------------------------- rules


class _Builder:
    def __init__(self, inp: BoardInput, settings: Settings, day: date, projector: bool,
                 now: datetime) -> None:
        self.inp, self.settings, self.day, self.projector = inp, settings, day, projector
        self.now = now
        self.lane_notes: dict[str, str] = {}
        self.now_end = datetime.combine(day, datetime.max.time())

    def item(self, patient_id: int, reason: str, *, urgent: bool = False,
             **extra: Any) -> BoardItem:
        patient = self.inp.patients[patient_id]
        shown = shown_identity(
            name=patient.name, personnummer_display=patient.personnummer_display,
            protected=patient.protected, consent=patient.consent, projector=self.projector,
        )
        age = age_on(patient.birth_date, self.day) if patient.birth_date else None
        return BoardItem(patient_id, shown.name, shown.personnummer, age, shown.masked,
                         reason, urgent, extra)

    # -- SAMSA lane
    def samsa_lane(self) -> list[BoardItem]:
        recent = timedelta(days=self.settings.recent_discharge_days)
        items: list[tuple[tuple, BoardItem]] = []
        for case in self.inp.cases:
            status = case.status_on(self.day)
            if status is None:
                continue
            discharged = status == STATUS_DISCHARGED
            if discharged and self.day - case.discharged_at.date() > recent:
                continue
            reason, urgent, order = self._samsa_reason(case, discharged)
            extra = {
                "case_id": case.id,
                "status": status,
                "hospital": case.hospital,
                "ward": case.ward,
                "admitted": case.admitted_at.isoformat(timespec="minutes"),
                "pud": case.pud.isoformat() if case.pud else None,
                "pud_moves": case.pud_moves,
                "ready": case.ready_at.isoformat(timespec="minutes") if case.ready_at else None,
                "discharged": case.discharged_at.isoformat(timespec="minutes")
                if case.discharged_at else None,
            }
            items.append(((order, case.admitted_at), self.item(case.patient_id, reason,
                                                               urgent=urgent, **extra)))
        return [item for _, item in sorted(items, key=lambda pair: pair[0])]

    def _samsa_reason(self, case: CaseInfo, discharged: bool) -> tuple[str, bool, int]:
        where = case.ward or case.hospital or ""
        if discharged:
            text = translate("board", "Utskriven {date}").format(date=short_date(case.discharged_at))
            return self._join(text, where), False, 2
        if case.ready_at and case.ready_at.date() <= self.day:
            days = (self.day - case.ready_at.date()).days
            text = translate("board", "Utskrivningsklar sedan {days} d").format(days=days) if days else \
                translate("board", "Utskrivningsklar i dag")
            parts = [text]
            urgent = days >= self.settings.payment_days
            due = case.ready_at.date() + timedelta(days=self.settings.sip_invite_days)
            invited = case.sip_invited_on is not None and case.sip_invited_on <= self.day
            if not invited and self.day >= due:
                parts.append(translate("board", "SIP-kallelse saknas"))
                urgent = True
            return self._join(*parts, where), urgent, 0
        parts = [translate("board", "Inskriven {date}").format(date=short_date(case.admitted_at))]
        if case.pud:
            parts.append(translate("board", "planerad hemgång {date}").format(date=short_date(case.pud)))
        else:
            parts.append(translate("board", "inget planerat utskrivningsdatum"))
        if case.pud_moves:
            parts.append(translate("board", "flyttat {n} ggr").format(n=case.pud_moves))
        return self._join(*parts, where), case.pud_moves >= 2, 1

    @staticmethod
    def _join(*parts: str) -> str:
        return " · ".join(p for p in parts if p)

    # -- CFS lane (rules in huddle.domain.frailty)
    def cfs_lane(self) -> list[BoardItem]:
        lane = frailty.build_cfs_lane(self.inp, self.settings, self.day,
                                      projector=self.projector)
        if lane.note:
            self.lane_notes[LANE_CFS] = lane.note
        return [self.item(entry.patient_id, entry.reason, urgent=entry.urgent, **entry.extra)
                for entry in lane.entries]

    # -- home follow-up lane
    def home_lane(self) -> list[BoardItem]:
        """Open follow-ups: overdue first, then by deadline; the 72-hour call carries the
        moment of discharge and its deadline to the minute."""
        items = []
        for followup in self.inp.followups:
            if followup.patient_id not in self.inp.patients:
                continue
            state = due_state(followup.due, self.day, self.now)
            reason_label = FOLLOWUP_REASONS.get(followup.reason, followup.reason)
            actor_label = ACTOR_LABELS.get(followup.actor, followup.actor)
            extra: dict[str, Any] = {
                "followup_id": followup.id, "kind": followup.kind, "actor": followup.actor,
                "actor_label": tr_label(actor_label), "due": followup.due,
                "reason_code": followup.reason, "overdue": state.overdue,
                "due_today": state.due_today,
            }
            parts = [tr_label(reason_label), tr_label(actor_label), state.text]
            if followup.kind == "call_72h" and state.moment is not None:
                discharged = state.moment - timedelta(hours=self.settings.call_hours)
                extra["discharged"] = discharged.isoformat(timespec="minutes")
                parts.insert(1, translate("board", "utskriven {date} kl {time}").format(
                    date=short_date(discharged), time=discharged.strftime("%H:%M")))
            items.append(self.item(followup.patient_id, self._join(*parts),
                                   urgent=state.overdue, **extra))
        items.sort(key=lambda item: (0, "", item.extra["due"]) if item.urgent else
                   (1, "0" if item.extra["due_today"] else "1", item.extra["due"] or "9999"))
        return items

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
            responsible = ROLE_LABELS.get(decision.responsible_role, decision.responsible_role)
            if decision.responsible_name:
                responsible = f"{responsible} ({decision.responsible_name})"
            what = decision.what
            answer_text = decision.answer_text
            if self.projector and decision.patient_id in self.inp.patients and \
                    self.item(decision.patient_id, "").masked:
                # Free text may name the person; the room sees the usual words only.
                if what not in COMMON_DECISIONS:
                    what = translate("board", "Beslut (texten visas på sköterskans skärm)")
                if answer_text:
                    answer_text = translate("board", "se sköterskans skärm")
            answer = None
            if answer_text:
                answer = translate("board", "Svar från {who} {date}: {text}").format(
                    who=decision.answer_by or "?", date=short_date(decision.answer_at),
                    text=answer_text)
            patient = (self.item(decision.patient_id, what)
                       if decision.patient_id in self.inp.patients else None)
            is_open = decision.status == "open"
            result.append(DecisionItem(
                decision.id, what, responsible, decision.due_on,
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
            text = tr_label(EVENT_LABELS.get(event.kind, event.kind))
            if event.kind == "pud_moved":
                text += f" {_fmt_value(event.old_value)} → {_fmt_value(event.new_value)}"
            elif event.kind in ("pud_set", "ready", "discharged", "admitted"):
                text += f" {_fmt_value(event.new_value)}"
            items.append(EventItem(event.at, event.kind, text,
                                   self.item(event.patient_id, text)))
        items.sort(key=lambda e: e.at, reverse=True)
        return items


def _fmt_value(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return short_date(datetime.fromisoformat(value))
    except ValueError:
        return value


def build_board(inp: BoardInput, settings: Settings, day: date, *,
                projector: bool = False, now: datetime | None = None) -> Board:
    """``now`` decides which timed items (the 72-hour call) are overdue; it defaults to
    the end of ``day``."""
    if now is None:
        now = datetime.combine(day, datetime.max.time())
    builder = _Builder(inp, settings, day, projector, now)
    return Board(
        day=day,
        health_centre=inp.health_centre,
        last_import=inp.last_import,
        open_decisions=builder.decisions(),
        lanes={LANE_SAMSA: builder.samsa_lane(), LANE_CFS: builder.cfs_lane(),
               LANE_HOME: builder.home_lane()},
        since_last_huddle=builder.events(),
        projector=projector,
        lane_notes=builder.lane_notes,
    )
