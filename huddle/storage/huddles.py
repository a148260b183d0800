"""The huddle in the database: start or resume one per day, attendance, decisions and their
reviews and answers, follow-up needs at home, the end with its summary, and missed days.

Every write is one transaction and writes the access log inside it: the Patient Data Act
asks for a trace of every change to a patient's data, and a decision or a follow-up is that.

Every function takes the :class:`~huddle.storage.store.Store`; reads and writes alike work on
the app's fast start.

Why one module over 400 lines: the huddle's life in the database — start, attendance,
decisions, reviews, answers, follow-ups, end and summary — with the access-log row inside each
transaction; the summary counts what the writes above it store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from huddle.domain.access import ACTION_CHANGE, PLACE_HUDDLE
from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.huddle import (
    DEFAULT_ESCALATION_TO,
    REVIEW_DONE,
    REVIEW_ESCALATED,
    REVIEW_KEPT,
    REVIEW_LABELS,
    REVIEW_NEW_DATE,
    HuddleSummary,
    missed_working_days,
    overtime_seconds,
    planned_minutes,
    running_seconds,
    summary_from_json,
)
from huddle.domain.records import Decision, Followup
from huddle.domain.roles import (
    ACTOR_LABELS,
    ROLE_LABELS,
    organisation_of_actor,
    organisation_of_role,
)
from huddle.errors import InputError
from huddle.i18n import tr_label, translate
from huddle.storage.audit import log_access
from huddle.storage.rows import get_decision, get_followup, iso_day
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


def _log(db: Store, what: str, patient_id: int | None, *, at: str) -> None:
    """A change made at the huddle, in the access log (``what`` is a code, never free text)."""
    log_access(db, ACTION_CHANGE, patient_id, what, place=PLACE_HUDDLE, at=at)


# The access log's code when the nurse confirmed that a patient without recorded consent has
# agreed to an organisation of the municipality taking something on
# (huddle.domain.actions.needs_consent_confirmation asks for it).
CONSENT_CONFIRMED = "municipal_consent_confirmed"


def _log_consent_confirmed(db: Store, subject: str, patient_id: int | None, *,
                           at: str) -> None:
    """``subject`` is a code: 'decision 12 hemtjanst', 'followup 7 bistand'."""
    if patient_id is not None:
        _log(db, f"{CONSENT_CONFIRMED} {subject}", patient_id, at=at)

# Reasons a nurse may choose for a need at home; the 72-hour call is made by the SAMSA import.
NEED_REASONS = {key: label for key, label in FOLLOWUP_REASONS.items() if key != "call_72h"}


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


class Attendee(NamedTuple):
    role: str
    name: str | None = None

    @property
    def label(self) -> str:
        role = ROLE_LABELS.get(self.role, self.role)
        return f"{role} ({self.name})" if self.name else role


class HuddleRecord(NamedTuple):
    id: int
    day: date
    started_at: datetime
    ended_at: datetime | None
    planned_minutes: int
    overtime_seconds: int | None
    attendance: tuple[Attendee, ...]
    summary: dict[str, Any]

    @property
    def running(self) -> bool:
        return self.ended_at is None

    @property
    def roles(self) -> tuple[str, ...]:
        seen: list[str] = []
        for attendee in self.attendance:
            if attendee.role not in seen:
                seen.append(attendee.role)
        return tuple(seen)

    def elapsed_seconds(self, now: datetime) -> int:
        """Seconds the huddle has run (until its end, if it has ended)."""
        if self.ended_at is not None:
            return int(self.summary.get("duration_seconds", 0)) or int(
                (self.ended_at - self.started_at).total_seconds())
        resumed = self.summary.get("resumed_at")
        return running_seconds(
            self.started_at, now, previous_seconds=int(self.summary.get("previous_seconds", 0)),
            resumed_at=datetime.fromisoformat(resumed) if resumed else None)


# ---------------------------------------------------------------- huddles


_HUDDLE_COLUMNS = "id, day, started_at, ended_at, planned_minutes, overtime_seconds, summary"


def get_huddle(db: Store, day: date
               ) -> HuddleRecord | None:
    row = db.execute(f"SELECT {_HUDDLE_COLUMNS} FROM huddles WHERE day = ?",
                     [day.isoformat()]).fetchone()
    return _record(db, row) if row else None


def huddle_by_id(db: Store, huddle_id: int
                 ) -> HuddleRecord:
    row = db.execute(f"SELECT {_HUDDLE_COLUMNS} FROM huddles WHERE id = ?",
                     [huddle_id]).fetchone()
    if row is None:
        raise InputError(translate("huddles", 'Avstämningen (id {huddle_id}) finns inte i databasen.').format(huddle_id=huddle_id))
    return _record(db, row)


def _record(db: Store, row: tuple) -> HuddleRecord:
    huddle_id, day, started, ended, planned, overtime, summary = row
    attendance = tuple(Attendee(role, name) for role, name in db.execute(
        "SELECT role, name FROM huddle_attendance WHERE huddle_id = ? ORDER BY id",
        [huddle_id]).fetchall())
    return HuddleRecord(
        id=huddle_id, day=date.fromisoformat(day), started_at=datetime.fromisoformat(started),
        ended_at=datetime.fromisoformat(ended) if ended else None,
        planned_minutes=planned, overtime_seconds=overtime, attendance=attendance,
        summary=json.loads(summary) if summary else {},
    )


def _clean_attendance(attendance: Iterable[Attendee | tuple[str, str | None]]
                      ) -> list[Attendee]:
    cleaned: list[Attendee] = []
    for entry in attendance:
        attendee = entry if isinstance(entry, Attendee) else Attendee(*entry)
        if attendee.role not in ROLE_LABELS:
            raise InputError(translate("huddles", "Rollen {role} finns inte. Välj en av: {roles}.").format(
                role=repr(attendee.role), roles=", ".join(tr_label(label) for label in ROLE_LABELS.values())))
        name = " ".join((attendee.name or "").split()) or None
        cleaned.append(Attendee(attendee.role, name))
    if not cleaned:
        raise InputError(translate("huddles", 'Markera minst en roll som är med på avstämningen.'))
    return cleaned


def start_huddle(db: Store, day: date,
                 attendance: Sequence[Attendee | tuple[str, str | None]], *,
                 now: datetime | None = None) -> HuddleRecord:
    """Start the day's huddle, or resume it if it was already started (one per day).

    Resuming replaces the attendance with the one given. Resuming an ended huddle reopens
    it; its duration then counts the time before it ended plus the time from now on.
    """
    people = _clean_attendance(attendance)
    moment = _now(now)
    with db.atomic():
        existing = db.execute("SELECT id, started_at, ended_at, summary FROM huddles "
                              "WHERE day = ?", [day.isoformat()]).fetchone()
        if existing is None:
            huddle_id = db.insert("huddles", {
                "day": day.isoformat(), "started_at": _iso(moment),
                "planned_minutes": planned_minutes(load_settings(db)),
            })
            action = "huddle_started"
        else:
            huddle_id, started_at, ended_at, summary = existing
            action = "huddle_resumed"
            if ended_at:
                old = json.loads(summary) if summary else {}
                previous = int(old.get("duration_seconds") or (
                    datetime.fromisoformat(ended_at)
                    - datetime.fromisoformat(started_at)).total_seconds())
                db.update("huddles", huddle_id, {
                    "ended_at": None, "overtime_seconds": None,
                    "summary": json.dumps({"previous_seconds": previous,
                                           "resumed_at": _iso(moment)}),
                })
        _write_attendance(db, huddle_id, people)
        _log(db, f"{action} {huddle_id}", None, at=_iso(moment))
    return huddle_by_id(db, huddle_id)


def _write_attendance(db: Store, huddle_id: int, people: list[Attendee]) -> None:
    db.execute("DELETE FROM huddle_attendance WHERE huddle_id = ?", [huddle_id])
    db.executemany("INSERT INTO huddle_attendance (huddle_id, role, name) VALUES (?, ?, ?)",
                   [(huddle_id, a.role, a.name) for a in people])


def set_attendance(db: Store, huddle_id: int,
                   attendance: Sequence[Attendee | tuple[str, str | None]], *,
                   now: datetime | None = None) -> HuddleRecord:
    """Change who is present (someone came late) without touching the clock."""
    people = _clean_attendance(attendance)
    huddle_by_id(db, huddle_id)
    with db.atomic():
        _write_attendance(db, huddle_id, people)
        _log(db, f"huddle_attendance_changed {huddle_id}", None, at=_iso(_now(now)))
    return huddle_by_id(db, huddle_id)


def compute_summary(db: Store, huddle: HuddleRecord, duration_seconds: int, *,
                    patients_discussed: int = 0, patients_on_board: int = 0,
                    parts_seconds: dict[str, int] | None = None) -> HuddleSummary:
    """Everything done at the huddle, counted from what is stored.

    Made "at the huddle" is what carries the huddle's id, and also what was recorded on its
    day after it started without a huddle of its own: the follow-up a 72-hour call reveals
    is created from the patient's dialog, which knows no huddle, and used to go uncounted.
    """
    def count(sql: str, params: list) -> int:
        return int(db.execute(sql, params).fetchone()[0])

    hid = huddle.id
    day, since = huddle.day.isoformat(), _iso(huddle.started_at)
    # Rows of this huddle, or of no huddle recorded on its day after it started.
    at_huddle = ("(huddle_id = ? OR (huddle_id IS NULL AND substr(created_at, 1, 10) = ? "
                 "AND created_at >= ?))")
    during = [hid, day, since]
    reviews = dict(db.execute(
        "SELECT outcome, count(DISTINCT decision_id) FROM decision_reviews "
        "WHERE huddle_id = ? GROUP BY outcome", [hid]).fetchall())
    reviewed = count("SELECT count(DISTINCT decision_id) FROM decision_reviews "
                     "WHERE huddle_id = ?", [hid])
    # Open decisions from earlier days that nobody looked at today.
    unreviewed = count(
        "SELECT count(*) FROM decisions d WHERE d.status = 'open' "
        "AND substr(d.created_at, 1, 10) < ? AND NOT EXISTS (SELECT 1 FROM decision_reviews r "
        "WHERE r.decision_id = d.id AND r.huddle_id = ?)", [day, hid])
    made = count(f"SELECT count(*) FROM decisions WHERE {at_huddle}", during)
    escalated_new = count(f"SELECT count(*) FROM decisions WHERE {at_huddle} "
                          "AND escalated_at IS NOT NULL", during)
    followups_made = count(f"SELECT count(*) FROM followups WHERE kind = 'need' "
                           f"AND {at_huddle}", during)
    cfs_scores = count("SELECT count(*) FROM cfs_scores WHERE source = 'manual' "
                       "AND substr(created_at, 1, 10) = ? AND created_at >= ?", [day, since])
    calls = count("SELECT count(*) FROM followups WHERE kind = 'call_72h' "
                  "AND status = 'done' AND done_by IS NOT NULL "
                  "AND substr(updated_at, 1, 10) = ? AND updated_at >= ?", [day, since])
    return HuddleSummary(
        duration_seconds=duration_seconds,
        planned_minutes=huddle.planned_minutes,
        overtime_seconds=overtime_seconds(duration_seconds, huddle.planned_minutes),
        roles=huddle.roles,
        attendance=tuple((a.role, a.name) for a in huddle.attendance),
        decisions_made=made,
        decisions_closed=reviews.get(REVIEW_DONE, 0),
        decisions_new_date=reviews.get(REVIEW_NEW_DATE, 0),
        decisions_kept=reviews.get(REVIEW_KEPT, 0),
        escalated=reviews.get(REVIEW_ESCALATED, 0) + escalated_new,
        followups_made=followups_made,
        open_decisions_reviewed=reviewed,
        open_decisions_unreviewed=unreviewed,
        patients_discussed=patients_discussed,
        patients_on_board=patients_on_board,
        parts_seconds=dict(parts_seconds or {}),
        cfs_scores_recorded=cfs_scores,
        calls_recorded=calls,
    )


def end_huddle(db: Store, huddle_id: int, *, now: datetime | None = None,
               patients_discussed: int = 0, patients_on_board: int = 0,
               parts_seconds: dict[str, int] | None = None) -> HuddleSummary:
    """End the huddle and save its summary; "since last huddle" starts from this moment."""
    moment = _now(now)
    huddle = huddle_by_id(db, huddle_id)
    if not huddle.running:
        raise InputError(translate("huddles", 'Avstämningen är redan avslutad. Starta den igen för att fortsätta.'))
    duration = huddle.elapsed_seconds(moment)
    summary = compute_summary(db, huddle, duration, patients_discussed=patients_discussed,
                              patients_on_board=patients_on_board, parts_seconds=parts_seconds)
    with db.atomic():
        db.update("huddles", huddle_id, {
            "ended_at": _iso(moment), "overtime_seconds": summary.overtime_seconds,
            "summary": json.dumps(summary.to_json(), ensure_ascii=False),
        })
        _log(db, f"huddle_ended {huddle_id}", None, at=_iso(moment))
    return summary


def saved_summaries(db: Store, first: date, last: date) -> list[tuple[date, HuddleSummary]]:
    """The summaries saved when the huddles from ``first`` to ``last`` ended, by day: what
    the weekly report adds up. A count an older summary did not hold reads as None."""
    return [(date.fromisoformat(day), summary_from_json(json.loads(summary)))
            for day, summary in db.execute(
                "SELECT day, summary FROM huddles WHERE day BETWEEN ? AND ? "
                "AND ended_at IS NOT NULL AND summary IS NOT NULL ORDER BY day",
                [first.isoformat(), last.isoformat()]).fetchall()]


# ---------------------------------------------------------------- decisions


def _clean(text: str | None) -> str | None:
    return " ".join((text or "").split()) or None


def _check_decision(what: str, role: str, due_on: date | None) -> str:
    what = " ".join(what.split())
    if not what:
        raise InputError(translate("huddles", "Skriv vad som beslutades – fältet får inte vara tomt."))
    if role not in ROLE_LABELS:
        raise InputError(translate("huddles", "Välj vilken roll som är ansvarig för beslutet."))
    if due_on is None:
        raise InputError(translate("huddles", "Välj ett datum då beslutet senast ska vara genomfört."))
    return what


def _check_question(question: str | None) -> str:
    """An escalation asks the managers something, in words meant for them."""
    text = _clean(question)
    if text is None:
        raise InputError(translate(
            "huddles", "Skriv vad chefen behöver ta ställning till – utan patientuppgifter."))
    return text


def check_decision_input(*, what: str, responsible_role: str, due_on: date | None,
                         question: str | None = None) -> None:
    """Refuse what saving the decision would refuse, before the dialog asks anything more
    (the nurse's confirmation of consent comes after the form is complete). ``question``:
    the managers' question, when the decision is or is being escalated."""
    _check_decision(what, responsible_role, due_on)
    if question is not None:
        _check_question(question)


def _patient_exists(db: Store, patient_id: int | None) -> None:
    if patient_id is not None and not db.execute(
            "SELECT 1 FROM patients WHERE id = ?", [patient_id]).fetchone():
        raise InputError(translate(
            "huddles", "Patienten finns inte längre i registret. Uppdatera tavlan (F5)."))


def decision(db: Store, decision_id: int) -> Decision:
    return get_decision(db, decision_id)


def create_decision(db: Store, *, patient_id: int | None, what: str,
                    responsible_role: str, responsible_name: str | None = None,
                    due_on: date | None, huddle_id: int | None = None,
                    escalate_to: str | None = None, question: str | None = None,
                    consent_confirmed: bool = False, now: datetime | None = None) -> int:
    """A new decision; with ``escalate_to`` it is lifted to the monthly meeting at once, with
    ``question`` for the managers. ``consent_confirmed``: the nurse confirmed that the patient
    agreed to the municipal role taking it on (written to the access log with it)."""
    what = _check_decision(what, responsible_role, due_on)
    _patient_exists(db, patient_id)
    moment = _iso(_now(now))
    row = {
        "huddle_id": huddle_id, "patient_id": patient_id, "what": what,
        "responsible_role": responsible_role, "responsible_name": _clean(responsible_name),
        "due_on": due_on.isoformat(), "status": "open",
        "created_at": moment, "updated_at": moment,
    }
    if escalate_to is not None:
        row.update(escalated_at=moment, escalated_to=_clean(escalate_to) or DEFAULT_ESCALATION_TO,
                   escalation_question=_check_question(question))
    with db.atomic():
        decision_id = db.insert("decisions", row)
        _log(db, f"decision_created {decision_id}"
             + (" escalated" if escalate_to is not None else ""), patient_id, at=moment)
        if consent_confirmed:
            _log_consent_confirmed(
                db, f"decision {decision_id} {organisation_of_role(responsible_role)}",
                patient_id, at=moment)
    return decision_id


def _update_logged(db: Store, table: str, event: str, row_id: int, changes: dict[str, Any],
                   current: dict[str, Any], patient_id: int, moment: str) -> None:
    """Write ``changes`` to a decision or follow-up and log which fields really changed
    ('decision_updated 7: due_on,what', or 'no change')."""
    changed = sorted(key for key, value in changes.items() if current[key] != value)
    with db.atomic():
        db.update(table, row_id, {**changes, "updated_at": moment})
        _log(db, f"{event} {row_id}: " + (",".join(changed) or "no change"), patient_id,
             at=moment)


def update_decision(db: Store, decision_id: int, *, what: str, responsible_role: str,
                    responsible_name: str | None = None, due_on: date | None,
                    question: str | None = None, now: datetime | None = None) -> None:
    """Change a decision; an escalated one may also get its question for the managers
    reworded (``question``)."""
    what = _check_decision(what, responsible_role, due_on)
    old = decision(db, decision_id)
    moment = _iso(_now(now))
    changes: dict[str, Any] = {"what": what, "responsible_role": responsible_role,
                               "responsible_name": _clean(responsible_name),
                               "due_on": due_on.isoformat()}
    if old.escalated_at is not None and question is not None:
        changes["escalation_question"] = _check_question(question)
    current = {"what": old.what, "responsible_role": old.responsible_role,
               "responsible_name": old.responsible_name, "due_on": iso_day(old.due_on),
               "escalation_question": old.escalation_question}
    _update_logged(db, "decisions", "decision_updated", decision_id, changes, current,
                   old.patient_id, moment)


def review_decision(db: Store, decision_id: int, outcome: str, *, huddle_id: int | None,
                    new_due_on: date | None = None, escalated_to: str | None = None,
                    question: str | None = None, now: datetime | None = None) -> None:
    """Record what the huddle decided about an open decision: done, a new date, escalated
    to the monthly meeting (with ``question`` for the managers), or kept as it is."""
    if outcome not in REVIEW_LABELS:
        raise InputError(translate("huddles", "Okänt utfall för granskningen av ett beslut."))
    old = decision(db, decision_id)
    if old.status != "open" and outcome != REVIEW_DONE:
        raise InputError(translate("huddles", "Beslutet är redan klart. Öppna det igen genom att ändra det."))
    moment_dt = _now(now)
    moment = _iso(moment_dt)
    changes: dict[str, Any] = {"updated_at": moment}
    old_due = iso_day(old.due_on)
    new_due = old_due
    if outcome == REVIEW_DONE:
        changes.update(status="done", done_at=moment)
    elif outcome == REVIEW_NEW_DATE:
        if new_due_on is None:
            raise InputError(translate("huddles", "Välj det nya datumet för beslutet."))
        if new_due_on < moment_dt.date():
            raise InputError(translate("huddles", "Det nya datumet har redan passerat. Välj i dag eller senare."))
        new_due = new_due_on.isoformat()
        changes["due_on"] = new_due
    elif outcome == REVIEW_ESCALATED:
        question_text = _check_question(question) if question is not None or \
            old.escalation_question is None else old.escalation_question
        changes.update(escalated_at=_iso(old.escalated_at) if old.escalated_at else moment,
                       escalated_to=_clean(escalated_to) or old.escalated_to
                       or DEFAULT_ESCALATION_TO, escalation_question=question_text)
    with db.atomic():
        db.update("decisions", decision_id, changes)
        db.insert("decision_reviews", {
            "decision_id": decision_id, "huddle_id": huddle_id, "at": moment,
            "outcome": outcome, "old_due_on": old_due, "new_due_on": new_due,
        })
        _log(db, f"decision_reviewed {decision_id}: {outcome}", old.patient_id, at=moment)


def undo_review(db: Store, decision_id: int, huddle_id: int, *,
                now: datetime | None = None) -> str | None:
    """Take back the latest review of a decision at this huddle (a key pressed by mistake).
    Returns the outcome that was undone, or None when there was nothing to undo."""
    review = db.execute(
        "SELECT id, outcome, at, old_due_on FROM decision_reviews "
        "WHERE decision_id = ? AND huddle_id = ? ORDER BY at DESC, id DESC LIMIT 1",
        [decision_id, huddle_id]).fetchone()
    if review is None:
        return None
    review_id, outcome, reviewed_at, old_due_on = review
    old = decision(db, decision_id)
    moment = _iso(_now(now))
    changes: dict[str, Any] = {"updated_at": moment}
    if outcome == REVIEW_DONE:
        changes.update(status="open", done_at=None)
    elif outcome == REVIEW_NEW_DATE:
        changes["due_on"] = old_due_on
    elif outcome == REVIEW_ESCALATED and old.escalated_at is not None and \
            _iso(old.escalated_at) == reviewed_at:
        changes.update(escalated_at=None, escalated_to=None, escalation_question=None)
    with db.atomic():
        db.update("decisions", decision_id, changes)
        db.execute("DELETE FROM decision_reviews WHERE id = ?", [review_id])
        _log(db, f"decision_review_undone {decision_id}: {outcome}", old.patient_id, at=moment)
    return outcome


def reviewed_at_huddle(db: Store, huddle_id: int) -> dict[int, str]:
    """Decision id → the latest outcome recorded at this huddle."""
    rows = db.execute(
        "SELECT decision_id, outcome FROM decision_reviews WHERE huddle_id = ? "
        "ORDER BY at, id", [huddle_id]).fetchall()
    return dict(rows)


def answer_escalation(db: Store, decision_id: int, *, text: str, by: str,
                      now: datetime | None = None) -> None:
    """The answer to an escalated decision: what, from whom, and (the moment it is recorded)
    when. It shows on the board at the next huddle."""
    text = " ".join(text.split())
    by = " ".join(by.split())
    if not text:
        raise InputError(translate("huddles", "Skriv svaret – fältet får inte vara tomt."))
    if not by:
        raise InputError(translate("huddles", "Skriv vem som svarade, till exempel 'Eva Strand, enhetschef'."))
    old = decision(db, decision_id)
    if old.escalated_at is None:
        raise InputError(translate("huddles", "Beslutet är inte lyft till månadsmötet, så det finns inget svar att registrera. Lyft det först."))
    moment = _iso(_now(now))
    with db.atomic():
        db.update("decisions", decision_id, {"answer_text": text, "answer_by": by,
                                             "answer_at": moment, "updated_at": moment})
        _log(db, f"decision_answered {decision_id}", old.patient_id, at=moment)


# ---------------------------------------------------------------- follow-ups at home


def _check_followup(reason: str, actor: str, due: date | None) -> None:
    if reason not in NEED_REASONS:
        raise InputError(translate("huddles", "Välj orsaken till uppföljningen i listan."))
    if actor not in ACTOR_LABELS:
        raise InputError(translate("huddles", "Välj vem som följer upp i listan."))
    if due is None:
        raise InputError(translate("huddles", "Välj ett datum då uppföljningen senast ska vara gjord."))


def check_followup_input(*, reason: str, actor: str, due: date | None) -> None:
    """Refuse what saving the need would refuse, before the dialog asks anything more."""
    _check_followup(reason, actor, due)


def followup(db: Store, followup_id: int) -> Followup:
    return get_followup(db, followup_id)


def create_followup(db: Store, *, patient_id: int, reason: str, actor: str,
                    due: date | None, note: str | None = None, huddle_id: int | None = None,
                    consent_confirmed: bool = False, now: datetime | None = None) -> int:
    """A new need at home. ``consent_confirmed``: the nurse confirmed that the patient agreed
    to the municipal actor taking it on (written to the access log with it)."""
    _check_followup(reason, actor, due)
    _patient_exists(db, patient_id)
    moment = _iso(_now(now))
    with db.atomic():
        followup_id = db.insert("followups", {
            "patient_id": patient_id, "huddle_id": huddle_id, "kind": "need",
            "reason": reason, "actor": actor, "due": due.isoformat(),
            "note": (note or "").strip() or None, "status": "open",
            "created_at": moment, "updated_at": moment,
        })
        _log(db, f"followup_created {followup_id}: {reason} {actor}", patient_id, at=moment)
        if consent_confirmed:
            _log_consent_confirmed(
                db, f"followup {followup_id} {organisation_of_actor(actor)}", patient_id,
                at=moment)
    return followup_id


def update_followup(db: Store, followup_id: int, *, reason: str, actor: str,
                    due: date | None, note: str | None = None, now: datetime | None = None
                    ) -> None:
    old = followup(db, followup_id)
    if old.kind != "need":
        raise InputError(translate("huddles", "Telefonuppföljningen efter utskrivning ändras där samtalet registreras, inte här."))
    _check_followup(reason, actor, due)
    moment = _iso(_now(now))
    changes = {"reason": reason, "actor": actor, "due": due.isoformat(),
               "note": (note or "").strip() or None}
    current = {"reason": old.reason, "actor": old.actor, "due": iso_day(old.due_on),
               "note": old.note}
    _update_logged(db, "followups", "followup_updated", followup_id, changes, current,
                   old.patient_id, moment)


def close_followup(db: Store, followup_id: int, *, by: str | None = None,
                   cancelled: bool = False, now: datetime | None = None) -> None:
    old = followup(db, followup_id)
    moment = _iso(_now(now))
    status = "cancelled" if cancelled else "done"
    with db.atomic():
        db.update("followups", followup_id, {
            "status": status, "done_at": moment, "done_by": (by or "").strip() or None,
            "updated_at": moment})
        _log(db, f"followup_{status} {followup_id}", old.patient_id, at=moment)


# ---------------------------------------------------------------- missed days

MISSED_LOOKBACK_DAYS = 30


def held_days(db: Store, first: date, last: date
              ) -> set[date]:
    return {date.fromisoformat(row[0]) for row in db.execute(
        "SELECT day FROM huddles WHERE day BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()]).fetchall()}


def missed_days(db: Store, first: date, last: date
                ) -> list[date]:
    """Working days in the period without a huddle (for the reports)."""
    return missed_working_days(held_days(db, first, last), first, last,
                               eves_off=load_settings(db).eves_days_off)


def recent_missed_days(db: Store, today: date,
                       lookback_days: int = MISSED_LOOKBACK_DAYS) -> list[date]:
    """Missed working days before ``today`` within the lookback, counted from the first
    huddle ever held (a health centre that just started has missed nothing)."""
    first_ever = db.execute("SELECT min(day) FROM huddles").fetchone()[0]
    if not first_ever:
        return []
    first = max(date.fromisoformat(first_ever), today - timedelta(days=lookback_days))
    return missed_days(db, first, today - timedelta(days=1))


def save_decision_edit(db: Store, decision_id: int, *, what: str, responsible_role: str,
                       responsible_name: str | None, due_on: date | None,
                       escalate_to: str | None = None, question: str | None = None,
                       answer_text: str | None = None, answer_by: str | None = None,
                       huddle_id: int | None = None, consent_confirmed: bool = False,
                       now: datetime | None = None) -> None:
    """What the decision dialog saves for an existing decision, all or nothing: the change,
    an escalation made now (``escalate_to`` with ``question``), a reworded question, the
    managers' answer when one was typed, and the nurse's confirmation of consent when the
    decision moved to a municipal role."""
    old = decision(db, decision_id)
    with db.atomic():
        if consent_confirmed:
            _log_consent_confirmed(
                db, f"decision {decision_id} {organisation_of_role(responsible_role)}",
                old.patient_id, at=_iso(_now(now)))
        update_decision(db, decision_id, what=what, responsible_role=responsible_role,
                        responsible_name=responsible_name, due_on=due_on,
                        question=question if old.escalated_at is not None else None, now=now)
        if escalate_to is not None and old.escalated_at is None:
            review_decision(db, decision_id, REVIEW_ESCALATED, huddle_id=huddle_id,
                            escalated_to=escalate_to, question=question, now=now)
        text, by = _clean(answer_text) or "", _clean(answer_by) or ""
        if (text or by) and (text, by) != (old.answer_text or "", old.answer_by or ""):
            answer_escalation(db, decision_id, text=text, by=by, now=now)


def save_followup_edit(db: Store, followup_id: int, *, reason: str, actor: str,
                       due: date | None, note: str | None = None, done: bool = False,
                       consent_confirmed: bool = False, now: datetime | None = None) -> None:
    """What the follow-up dialog saves for an existing need, all or nothing: the change,
    closing it when it is done, and the nurse's confirmation of consent when it moved to a
    municipal actor."""
    with db.atomic():
        if consent_confirmed:
            _log_consent_confirmed(
                db, f"followup {followup_id} {organisation_of_actor(actor)}",
                followup(db, followup_id).patient_id, at=_iso(_now(now)))
        update_followup(db, followup_id, reason=reason, actor=actor, due=due, note=note,
                        now=now)
        if done:
            close_followup(db, followup_id, now=now)
