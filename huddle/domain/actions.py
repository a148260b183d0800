"""Who holds what after the huddle: every open decision, follow-up at home and 72-hour call,
under the one organisation that holds it.

Region and municipality leave the huddle with their own lists (``huddle actions``, the
printout from the end of the huddle). The rules here are pure: storage gathers an
:class:`ActionInput`, :func:`build_actions` decides.

- A decision is held by the organisation of its responsible role, a follow-up at home by the
  organisation of its actor (``huddle.domain.roles``), and the 72-hour call by the health
  centre, which makes it. Every open item is listed exactly once.
- A list handed to an organisation shows each patient as the disclosure policy allows for
  :data:`~huddle.domain.disclosure.AUDIENCE_ORGANISATION`: a consented patient by name and
  personnummer, a patient without consent by the day's neutral label with "identitet lämnas
  av äldre-ssk", a protected identity as "Skyddad identitet". A decision's text is shown
  where the policy allows free text, else only the standard decision words. Due dates follow
  the board: a decision's date as it is, a follow-up's date exactly only where the policy
  allows exact dates (else in relative words).
- The pages printed are those of the organisations present at the day's huddle, or, with no
  huddle held, of every organisation that holds something.

The same module answers "what is mine?" on the board (:func:`board_share`, for the "Visa
för:" choice) and whether assigning something to a municipal organisation needs the nurse
to confirm the patient's consent first (:func:`needs_consent_confirmation`).
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from huddle.domain.board import FOLLOWUP_REASONS, LANE_HOME, Board, decision_words
from huddle.domain.consent import CATEGORY_CONSENTED, ConsentFacts, consent_category
from huddle.domain.dates import day_and_month, moment_text, relative_day, weekday_name
from huddle.domain.disclosure import (
    AUDIENCE_ORGANISATION,
    Disclosure,
    assign_room_numbers,
    disclose,
    needs_room_label,
)
from huddle.domain.followup import due_state
from huddle.domain.records import Decision, Followup, Patient
from huddle.domain.roles import (
    ACTOR_LABELS,
    MUNICIPAL_ORGANISATIONS,
    ORG_VARDCENTRAL,
    ORGANISATION_LABELS,
    ORGANISATION_ORDER,
    ROLE_LABELS,
    organisation_of_actor,
    organisation_of_role,
)
from huddle.i18n import tr_label, tr_noop, translate

KIND_DECISION = "decision"
KIND_FOLLOWUP = "followup"
KIND_CALL = "call_72h"

ACTION_KIND_LABELS = {
    KIND_DECISION: tr_noop("Beslut"),
    KIND_FOLLOWUP: tr_noop("Uppföljning i hemmet"),
    KIND_CALL: tr_noop("Telefonuppföljning inom 72 h"),
}

DECISIONS_KEY = "open_decisions"  # the board's key for its open-decisions column


# ---------------------------------------------------------------- who holds what


def organisation_of_decision(decision: Decision) -> str:
    return organisation_of_role(decision.responsible_role)


def organisation_of_followup(kind: str, actor: str) -> str:
    """The 72-hour call is the health centre's, whoever is written as its actor; a need at
    home is held by its actor's organisation."""
    if kind == KIND_CALL:
        return ORG_VARDCENTRAL
    return organisation_of_actor(actor)


def present_organisations(roles: Iterable[str] | None,
                          holding: Iterable[str] = ()) -> tuple[str, ...]:
    """The organisations that get a page: those present at the day's huddle (``roles`` are
    the roles that attended), or every organisation ``holding`` something when no huddle
    was held (``roles`` is None). In the order of :data:`ORGANISATION_ORDER`."""
    wanted = {organisation_of_role(role) for role in roles} if roles is not None \
        else set(holding)
    return tuple(org for org in ORGANISATION_ORDER if org in wanted)


def needs_consent_confirmation(consent: ConsentFacts, organisation: str, *,
                               previous: str | None = None) -> bool:
    """Assigning something to a municipal organisation for a patient without (valid)
    consent asks the nurse to confirm that the patient has agreed to it. Keeping it with the
    organisation that already holds it asks nothing again. Protected identities ask too:
    when in doubt, ask."""
    if organisation not in MUNICIPAL_ORGANISATIONS or organisation == previous:
        return False
    return consent_category(consent) != CATEGORY_CONSENTED


# ---------------------------------------------------------------- input and output


class ActionInput(NamedTuple):
    """What storage gathers for one day's lists."""

    day: date
    health_centre: str
    decisions: Sequence[Decision]     # open decisions made on or before ``day``
    followups: Sequence[Followup]     # open follow-ups at home and 72-hour calls
    patients: Mapping[int, Patient]
    room_numbers: Mapping[int, int]   # the day's neutral labels given so far
    present_roles: tuple[str, ...] | None = None  # roles at the day's huddle; None: no huddle
    call_hours: int = 72


class Action(NamedTuple):
    """One open item on an organisation's list, as that organisation may see it."""

    kind: str                     # decision | followup | call_72h
    id: int                       # the decision's or the follow-up's id
    organisation: str
    patient_id: int | None
    shown: Disclosure | None      # None: a decision about no patient
    what: str
    responsible: str
    due_on: date | None           # exact, where the list may show it
    due_at: datetime | None       # the call's deadline to the minute, where allowed
    due_text: str                 # Swedish: 'tisdag 24 nov', '24 nov kl 14:00', 'om 3 d'
    overdue: bool
    escalated: bool = False
    awaiting_answer: bool = False  # escalated, and no answer has come back yet
    escalated_to: str | None = None
    escalated_on: date | None = None
    escalation_question: str | None = None  # only where the list may show free text
    escalation_answer: str | None = None    # the managers' answer, likewise

    @property
    def patient(self) -> str | None:
        return self.shown.name if self.shown is not None else None

    @property
    def personnummer(self) -> str | None:
        return self.shown.personnummer if self.shown is not None else None

    @property
    def masked(self) -> bool:
        return bool(self.shown and self.shown.masked)

    @property
    def identity_note(self) -> str | None:
        return self.shown.identity_note if self.shown is not None else None


class OrganisationActions(NamedTuple):
    organisation: str
    actions: tuple[Action, ...]

    @property
    def label(self) -> str:
        return tr_label(ORGANISATION_LABELS[self.organisation])

    @property
    def overdue(self) -> int:
        return sum(1 for action in self.actions if action.overdue)

    @property
    def awaiting_answer(self) -> tuple[Action, ...]:
        return tuple(action for action in self.actions if action.awaiting_answer)

    def patient_ids(self) -> set[int]:
        return {a.patient_id for a in self.actions if a.patient_id is not None}


@dataclass(frozen=True)
class ActionList:
    day: date
    health_centre: str
    organisations: dict[str, OrganisationActions]   # all four, in ORGANISATION_ORDER
    present: tuple[str, ...]                        # the organisations that get a page
    # Neutral labels given while building (storage keeps them for the day).
    new_room_numbers: dict[int, int] = field(default_factory=dict)

    def pages(self, only: Iterable[str] | None = None) -> list[OrganisationActions]:
        """The organisations to print: ``only`` those (in the usual order), else the ones
        present."""
        chosen = set(only) if only is not None else set(self.present)
        return [self.organisations[org] for org in ORGANISATION_ORDER if org in chosen]

    def patient_ids(self, only: Iterable[str] | None = None) -> set[int]:
        """Every patient the chosen organisations' lists name (for the access log)."""
        ids: set[int] = set()
        for page in self.pages(only if only is not None else ORGANISATION_ORDER):
            ids |= page.patient_ids()
        return ids

    def actions(self) -> list[Action]:
        return [a for org in self.organisations.values() for a in org.actions]


# ---------------------------------------------------------------- building the lists


def organisation_label(organisation: str) -> str:
    return tr_label(ORGANISATION_LABELS.get(organisation, organisation))


def organisation_short_label(organisation: str) -> str:
    """The label without what it spells out in brackets: 'Vårdcentralen' (for a choice list
    where the full 'Vårdcentralen (äldre-ssk, läkare, rehab)' is too wide)."""
    return organisation_label(organisation).split(" (", 1)[0]


def _exact_due_text(due_on: date | None, due_at: datetime | None, day: date) -> str:
    if due_at is not None:
        return moment_text(due_at, day)
    if due_on is not None:
        return f"{weekday_name(due_on)} {day_and_month(due_on, day)}"
    return translate("actions", "inget datum")


class _Builder:
    def __init__(self, inp: ActionInput, now: datetime) -> None:
        self.inp, self.day, self.now = inp, inp.day, now
        self.numbers = dict(inp.room_numbers)
        needed = [pid for pid in self._patient_ids() if needs_room_label(inp.patients[pid].facts)]
        self.new_numbers = assign_room_numbers(self.numbers, needed)
        self.numbers.update(self.new_numbers)
        self._shown: dict[int, Disclosure] = {}

    def _patient_ids(self) -> set[int]:
        ids = {d.patient_id for d in self.inp.decisions} | \
            {f.patient_id for f in self.inp.followups}
        return {pid for pid in ids if pid is not None and pid in self.inp.patients}

    def shown(self, patient_id: int | None) -> Disclosure | None:
        if patient_id is None or patient_id not in self.inp.patients:
            return None
        if patient_id not in self._shown:
            self._shown[patient_id] = disclose(
                self.inp.patients[patient_id].facts, AUDIENCE_ORGANISATION, day=self.day,
                room_number=self.numbers.get(patient_id))
        return self._shown[patient_id]

    def decision(self, row: Decision) -> Action:
        shown = self.shown(row.patient_id)
        responsible = tr_label(ROLE_LABELS.get(row.responsible_role, row.responsible_role))
        if row.responsible_name:
            responsible = f"{responsible} ({row.responsible_name})"
        free_text = shown is None or shown.free_text
        escalated = row.escalated_at is not None
        return Action(
            KIND_DECISION, row.id, organisation_of_decision(row), row.patient_id, shown,
            decision_words(row.what, shown), responsible, row.due_on, None,
            _exact_due_text(row.due_on, None, self.day),
            bool(row.due_on and row.due_on < self.day),
            escalated=escalated, awaiting_answer=escalated and not row.answer_text,
            escalated_to=row.escalated_to if escalated else None,
            escalated_on=row.escalated_at.date() if row.escalated_at else None,
            escalation_question=row.escalation_question if escalated and free_text else None,
            escalation_answer=row.answer_text if escalated and free_text else None)

    def followup(self, row: Followup) -> Action:
        shown = self.shown(row.patient_id)
        exact = shown is None or shown.details
        due = row.due_at.isoformat(timespec="minutes") if row.due_at else \
            (row.due_on.isoformat() if row.due_on else None)
        state = due_state(due, self.day, self.now)
        if exact:
            due_text = _exact_due_text(row.due_on, row.due_at, self.day)
        elif row.due_on is not None:
            due_text = relative_day(row.due_on, self.day)
        else:
            due_text = translate("actions", "inget datum")
        what = tr_label(FOLLOWUP_REASONS.get(row.reason, row.reason))
        if row.kind == KIND_CALL and row.due_at is not None:
            discharged = row.due_at - timedelta(hours=self.inp.call_hours)
            when = moment_text(discharged, self.day) if exact else \
                relative_day(discharged, self.day)
            what += " · " + translate("actions", "utskriven {when}").format(when=when)
        elif row.note and (shown is None or shown.free_text):
            what += " – " + row.note
        kind = KIND_CALL if row.kind == KIND_CALL else KIND_FOLLOWUP
        return Action(
            kind, row.id, organisation_of_followup(row.kind, row.actor), row.patient_id, shown, what,
            tr_label(ACTOR_LABELS.get(row.actor, row.actor)),
            row.due_on if exact else None, row.due_at if exact else None, due_text,
            state.overdue)


def _order(action: Action) -> tuple:
    """Overdue first, then by due date (undated last), decisions before follow-ups."""
    when = action.due_on or (action.due_at.date() if action.due_at else None)
    kinds = (KIND_DECISION, KIND_FOLLOWUP, KIND_CALL)
    return (not action.overdue, when or date.max, kinds.index(action.kind), action.id)


def build_actions(inp: ActionInput, *, now: datetime | None = None) -> ActionList:
    """Every open item under the organisation that holds it. ``now`` decides whether a
    72-hour call is late; it defaults to the end of the day (storage passes the present
    moment for today)."""
    if now is None:
        now = datetime.combine(inp.day, datetime.max.time())
    builder = _Builder(inp, now)
    held: dict[str, list[Action]] = {org: [] for org in ORGANISATION_ORDER}
    for row in inp.decisions:
        action = builder.decision(row)
        held.setdefault(action.organisation, []).append(action)
    for row in inp.followups:
        if row.patient_id not in inp.patients:
            continue
        action = builder.followup(row)
        held.setdefault(action.organisation, []).append(action)
    organisations = {org: OrganisationActions(org, tuple(sorted(items, key=_order)))
                     for org, items in held.items()}
    present = present_organisations(
        inp.present_roles, (org for org, items in held.items() if items))
    return ActionList(inp.day, inp.health_centre, organisations, present,
                      new_room_numbers=builder.new_numbers)


# ---------------------------------------------------------------- "Visa för:" on the board


class BoardShare(NamedTuple):
    """The board items one organisation holds: open decisions by responsible role,
    follow-ups at home by actor, 72-hour calls by the health centre. SAMSA and CFS items
    are nobody's action yet, so no organisation holds them."""

    organisation: str
    decision_ids: frozenset[int]
    followup_ids: frozenset[int]

    def holds(self, key: tuple | None) -> bool:
        """Does this organisation hold the board card with ``key`` (the board's own card
        keys: ``("open_decisions", decision_id)``, ``("home_followup", followup_id)``)?"""
        if not key or len(key) < 2:
            return False
        if key[0] == DECISIONS_KEY:
            return key[1] in self.decision_ids
        if key[0] == LANE_HOME:
            return key[1] in self.followup_ids
        return False

    @property
    def count(self) -> int:
        return len(self.decision_ids) + len(self.followup_ids)


def board_share(board: Board, organisation: str) -> BoardShare:
    """What ``organisation`` holds on ``board`` ("what is mine?")."""
    decisions = frozenset(d.id for d in board.open_decisions
                          if organisation_of_role(d.responsible_role) == organisation)
    followups = frozenset(
        item.followup_id for item in board.lanes.get(LANE_HOME, [])
        if organisation_of_followup(item.kind, item.actor) == organisation)
    return BoardShare(organisation, decisions, followups)
