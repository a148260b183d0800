"""The standard demo's huddles, run day by day through the storage functions the window
calls: start, review every open decision, decide, follow up, end — and between huddles the
follow-ups done, the escalations answered and the 72-hour calls made.

Whatever the seed, the story holds what the board must be able to show: a decision past its
date, an escalation waiting for the managers' answer (escalated at the last huddle) and one
whose answer came back after the last huddle. They are made that way, on their days, not
patched in afterwards.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from huddle.domain.calendar import is_working_day
from huddle.domain.huddle import REVIEW_DONE, REVIEW_ESCALATED, REVIEW_KEPT, REVIEW_NEW_DATE
from huddle.storage.followups import open_calls
from huddle.storage.huddles import (
    answer_escalation,
    close_followup,
    create_decision,
    create_followup,
    end_huddle,
    review_decision,
    start_huddle,
)
from huddle.storage.register import record_call

if TYPE_CHECKING:
    from huddle.storage.store import Store

NURSE = "Anna Lund"
ROLES = ["aldre_ssk", "bistandshandlaggare", "kommunal_hsl", "hemtjanst", "lakare", "rehab"]
DECISION_TEXTS = [
    "Läkemedelsgenomgång", "Hembesök av distriktssköterska", "Boka SIP-möte",
    "Kontakta anhörig", "Se över hjälpmedel", "Utöka hemtjänst", "Fallriskbedömning",
    "Nutritionsbedömning", "Uppdatera vårdplan", "Remiss till förebyggande team",
]
FOLLOWUP_REASONS = ["fallrisk", "lakemedel", "efter_utskrivning", "hemtjanst", "nutrition",
                    "ensamhet", "hjalpmedel", "annat"]
ACTORS = ["forebyggande_team", "vc", "kommunal_primarvard", "bistandshandlaggare", "digital",
          "hemtjanst"]
ESCALATED_TO = "Månadsmöte (första linjens chefer)"
ESCALATION_QUESTION = "Kan kommunen utöka hemtjänstens bemanning kvällstid?"
ANSWER_TEXT = "Tas upp i samverkansgruppen; kommunen utökar bemanningen kvällstid."
# What the managers were asked over the months, and what they answered (taken in turn, so
# that the random story stays as it is).
QUESTIONS_AND_ANSWERS = [
    (ESCALATION_QUESTION, ANSWER_TEXT),
    ("Behöver vi fler korttidsplatser inför storhelgerna?",
     "Två extra platser öppnas 20 dec–6 jan; behovet följs upp i januari."),
    ("Kan vårdcentralen få en namngiven kontakt på biståndsenheten?",
     "Ja, en kontaktperson per område från 1 feb."),
    ("Vem tar fram hjälpmedel vid hemgång på fredag eftermiddag?",
     "Kommunens rehab har jour fredagar till 16; rutinen skickas ut."),
    ("Kan SIP-möten hållas digitalt när den enskilde vill det?",
     "Ja, digitalt är förstahandsval om den enskilde samtycker."),
]
ANSWER_BY = "Eva Strand, enhetschef"


@dataclass
class Plan:
    """What will become of a decision: closed on a day, answered on a day, or left open."""

    patient_id: int
    due: date
    close_on: date | None = None
    answer_on: date | None = None
    story: str = ""            # a scripted decision ("overdue", …): never rescheduled


class HuddleStory:
    def __init__(self, db: Store, rng: random.Random, *, start: date, today: date,
                 patient_ids: list[int], story_patients: list[int],
                 keep_calls_open: set[int]) -> None:
        self.db, self.rng, self.start, self.today = db, rng, start, today
        self.patient_ids = patient_ids
        self.story_patients = story_patients
        self.keep_calls_open = keep_calls_open
        self.plans: dict[int, Plan] = {}
        self.followups: list[tuple[date, int]] = []
        self.answers: dict[int, str] = {}
        self.questions_asked = 0
        self.last = today

    # ------------------------------------------------------------------ the calendar
    def huddle_days(self) -> list[date]:
        """Most working days before today; whatever the dice say, one working day last week
        had no huddle, so the board and the reports show a missed day."""
        missed = self.today - timedelta(days=5)
        while not is_working_day(missed):
            missed -= timedelta(days=1)
        days, day = [], self.start
        while day < self.today:
            if is_working_day(day) and self.rng.random() > 0.08 and day != missed:
                days.append(day)
            day += timedelta(days=1)
        return days

    def run(self) -> None:
        days = self.huddle_days()
        self.last = days[-1] if days else self.today
        held = set(days)
        story = self._story_days(days) if days else {}
        day = self.start
        while day < self.today:
            if day in held:
                self.huddle(day, story.get(day, ()))
            else:
                self._close_outside_huddle(day)
            self._after_huddle(day)
            day += timedelta(days=1)
        self.calls()

    def _story_days(self, days: list[date]) -> dict[date, tuple[str, ...]]:
        """On which huddles the scripted decisions are made: an overdue one about ten days
        ago, one escalated when made (answered on the day of the last huddle, after it) and
        one escalated at the last huddle."""
        last = days[-1]
        earlier = [d for d in days if (self.today - d).days >= 9] or days[:1]
        story: dict[date, list[str]] = {}
        story.setdefault(earlier[-1], []).extend(["overdue", "answered", "to_escalate"])
        story.setdefault(last, []).append("escalate_now")
        return {day: tuple(kinds) for day, kinds in story.items()}

    # ------------------------------------------------------------------ one huddle
    def huddle(self, day: date, story: tuple[str, ...]) -> None:
        rng, db = self.rng, self.db
        started = datetime.combine(day, time(8, 15 + rng.randint(0, 4)))
        attendance = [("aldre_ssk", NURSE)] + [(r, None) for r in ROLES[1:] if rng.random() < 0.7]
        record = start_huddle(db, day, attendance, now=started)
        moment = started + timedelta(minutes=1)
        discussed: set[int] = set()
        for decision_id, plan in sorted(self.plans.items()):
            moment += timedelta(seconds=25)
            outcome, new_due = self._review_outcome(day, plan, story)
            if outcome is None:
                continue
            review_decision(db, decision_id, outcome, huddle_id=record.id, new_due_on=new_due,
                            escalated_to=ESCALATED_TO if outcome == REVIEW_ESCALATED else None,
                            question=ESCALATION_QUESTION if outcome == REVIEW_ESCALATED
                            else None, now=moment)
            discussed.add(plan.patient_id)
            if outcome == REVIEW_DONE:
                del self.plans[decision_id]
            elif outcome == REVIEW_NEW_DATE:
                plan.due = new_due
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            moment += timedelta(seconds=50)
            discussed.add(self._decision(day, moment, record.id, rng.choice(self.patient_ids)))
        for kind in story:
            moment += timedelta(seconds=50)
            if kind != "escalate_now":
                discussed.add(self._story_decision(kind, day, moment, record.id))
        for _ in range(rng.choice([0, 1, 1, 2])):
            moment += timedelta(seconds=40)
            discussed.add(self._followup(day, moment, record.id, rng.choice(self.patient_ids)))
        minutes = rng.choice([11, 12, 13, 14, 14, 15, 15, 16, 17, 19])
        ended = started + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
        end_huddle(db, record.id, now=max(ended, moment + timedelta(seconds=30)),
                   patients_discussed=len(discussed), patients_on_board=len(discussed))

    def _review_outcome(self, day: date, plan: Plan, story: tuple[str, ...]
                        ) -> tuple[str | None, date | None]:
        if plan.close_on == day:
            return REVIEW_DONE, None
        if plan.story:
            if plan.story == "to_escalate" and "escalate_now" in story:
                return REVIEW_ESCALATED, None  # the answer is still to come
            return REVIEW_KEPT, None
        if plan.due < day and self.rng.random() < 0.5:
            new_due = day + timedelta(days=self.rng.randint(2, 7))
            if plan.close_on is not None and plan.close_on < new_due:
                return REVIEW_KEPT, None
            return REVIEW_NEW_DATE, new_due
        return REVIEW_KEPT, None

    def _decision(self, day: date, at: datetime, huddle_id: int, patient_id: int) -> int:
        rng = self.rng
        due = day + timedelta(days=rng.randint(1, 10))
        age = (self.today - day).days
        what, role = rng.choice(DECISION_TEXTS), rng.choice(ROLES)
        name = rng.choice([None, None, NURSE, "Per Holm"])
        close_on = None
        if age > 12 or (age > 3 and rng.random() < 0.6):
            close_on = min(due + timedelta(days=rng.choice([-2, -1, 0, 0, 1, 3])),
                           self.today - timedelta(days=1))
            close_on = max(close_on, day + timedelta(days=1))
        escalate = rng.random() < 0.08
        answer_on = day + timedelta(days=rng.randint(7, 20)) if escalate and age > 20 else None
        if answer_on is not None and close_on is not None and close_on <= answer_on:
            # The work waited for the managers' answer: closed the day after it came.
            close_on = answer_on + timedelta(days=1)
            if close_on >= self.today:
                close_on = None
        question = self._next_question() if escalate else None
        decision_id = create_decision(
            self.db, patient_id=patient_id, what=what, responsible_role=role,
            responsible_name=name, due_on=due, huddle_id=huddle_id,
            escalate_to=ESCALATED_TO if escalate else None, question=question,
            consent_confirmed=True, now=at)
        self.plans[decision_id] = Plan(patient_id, due, close_on, answer_on)
        if question is not None:
            self.answers[decision_id] = dict(QUESTIONS_AND_ANSWERS)[question]
        return patient_id

    def _next_question(self) -> str:
        question = QUESTIONS_AND_ANSWERS[self.questions_asked % len(QUESTIONS_AND_ANSWERS)][0]
        self.questions_asked += 1
        return question

    def _story_decision(self, kind: str, day: date, at: datetime, huddle_id: int) -> int:
        patient_id = self.story_patients[("overdue", "answered", "to_escalate").index(kind)
                                         % len(self.story_patients)]
        if kind == "overdue":       # due three days ago and still open
            due, what, role = self.today - timedelta(days=3), "Läkemedelsgenomgång", "lakare"
        elif kind == "answered":    # escalated when made
            due, what, role = self.today + timedelta(days=4), "Utöka hemtjänst", "bistandshandlaggare"
        else:                       # escalated later, at the last huddle
            due, what, role = self.today + timedelta(days=6), "Se över hjälpmedel", "hemtjanst"
        escalate = kind == "answered"
        decision_id = create_decision(
            self.db, patient_id=patient_id, what=what, responsible_role=role, due_on=due,
            huddle_id=huddle_id, escalate_to=ESCALATED_TO if escalate else None,
            question=ESCALATION_QUESTION if escalate else None, consent_confirmed=True, now=at)
        # Escalated when made, answered in the afternoon of the last huddle's day.
        self.plans[decision_id] = Plan(patient_id, due, answer_on=self.last if escalate
                                       else None, story=kind)
        return patient_id

    def _followup(self, day: date, at: datetime, huddle_id: int, patient_id: int) -> int:
        rng = self.rng
        due = day + timedelta(days=rng.randint(1, 7))
        followup_id = create_followup(
            self.db, patient_id=patient_id, reason=rng.choice(FOLLOWUP_REASONS),
            actor=rng.choice(ACTORS), due=due, huddle_id=huddle_id, consent_confirmed=True,
            now=at)
        if (self.today - day).days > 12 or rng.random() < 0.3:
            done = min(due + timedelta(days=rng.choice([-1, 0, 0, 2])),
                       self.today - timedelta(days=1))
            self.followups.append((max(done, day), followup_id))
        return patient_id

    # ------------------------------------------------------------------ between huddles
    def _close_outside_huddle(self, day: date) -> None:
        """A decision whose work was done on a day without a huddle is closed in the window."""
        for decision_id, plan in sorted(self.plans.items()):
            if plan.close_on == day:
                review_decision(self.db, decision_id, REVIEW_DONE, huddle_id=None,
                                now=datetime.combine(day, time(10, 5)))
                del self.plans[decision_id]

    def _after_huddle(self, day: date) -> None:
        done_at = datetime.combine(day, time(11, 0))
        keep = []
        for done, followup_id in self.followups:
            if done == day:
                close_followup(self.db, followup_id, now=done_at,
                               by=self.rng.choice([NURSE, "Kommunens hemsjukvård"]))
            else:
                keep.append((done, followup_id))
        self.followups = keep
        answered_at = datetime.combine(day, time(13, 0))
        for decision_id, plan in sorted(self.plans.items()):
            if plan.answer_on == day:
                answer_escalation(self.db, decision_id, by=ANSWER_BY, now=answered_at,
                                  text=self.answers.get(decision_id, ANSWER_TEXT))

    def calls(self) -> None:
        """Most 72-hour calls were made in time, a few late; the last days' are still open,
        and the story's two calls stay open (one due tomorrow, one overdue)."""
        rng = random.Random(self.rng.random())
        now = datetime.combine(self.today, time(8, 0))
        for call in open_calls(self.db, due_before=now):
            if call.patient_id in self.keep_calls_open and call.due_at > now - timedelta(days=5):
                continue
            late = rng.random() < 0.1
            called = call.discharged_at + timedelta(hours=rng.randint(75, 100) if late
                                                    else rng.randint(20, 70))
            if called > now:
                called = now - timedelta(minutes=rng.randint(10, 60))
            record_call(self.db, call.id, called_at=called, by=NURSE,
                        outcome=rng.choice(["ok", "ok", "ok", "ok", "ej_nadd"]), now=called)
