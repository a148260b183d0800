"""Gathering what the board needs for one day, in a handful of queries, and keeping what
building it decided for the day (the room's neutral labels).

This is on the app's start-up path: the first board is painted before sqlite-utils is
imported (see ``huddle.storage.database.open_current``). Keep it that way.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain.board import (
    Board,
    BoardInput,
    CaseInfo,
    CfsInfo,
    DecisionInfo,
    EventInfo,
    FollowupInfo,
    SipInfo,
    build_boards,
)
from huddle.domain.calendar import add_months
from huddle.domain.disclosure import AUDIENCE_OWN
from huddle.domain.frailty import (
    VerdictOrder,
    VerdictPlaces,
    cfs_verdicts,
    score_may_need_coordination,
)
from huddle.domain.records import Patient
from huddle.errors import DatabaseError
from huddle.storage.audit import log_displays
from huddle.storage.cfs_verdicts import keep_verdicts, kept_verdicts, rules_key
from huddle.storage.rows import all_patients, patients_with_ids
from huddle.storage.settings import load_settings
from huddle.storage.store import KIND_READ_ONLY

if TYPE_CHECKING:
    from huddle.domain.frailty import Verdict
    from huddle.domain.settings import Settings
    from huddle.storage.store import Store


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def last_import_at(db: Store, before: datetime | None = None) -> datetime | None:
    sql = "SELECT max(as_of) FROM imports WHERE kind = 'samsa'"
    params: list = []
    if before is not None:
        sql += " AND as_of <= ?"
        params.append(before.isoformat(timespec="minutes"))
    value = db.execute(sql, params).fetchone()[0]
    return _dt(value)


def since_moment(db: Store, day: date) -> datetime | None:
    """Where "since last huddle" starts: the end of the last huddle before ``day``; with no
    huddle held, the last SAMSA import before ``day`` (yesterday's import)."""
    row = db.execute(
        "SELECT max(coalesce(ended_at, started_at)) FROM huddles WHERE day < ?",
        [day.isoformat()],
    ).fetchone()
    if row[0]:
        return _dt(row[0])
    start_of_day = datetime.combine(day, datetime.min.time())
    previous = db.execute(
        "SELECT max(as_of) FROM imports WHERE kind = 'samsa' AND as_of < ?",
        [start_of_day.isoformat(timespec="minutes")],
    ).fetchone()[0]
    if previous:
        # Events stamped by that import itself are yesterday's news.
        return _dt(previous)
    return start_of_day - timedelta(days=1)


def last_huddle_started(db: Store, day: date) -> datetime | None:
    """When the last huddle before ``day`` began."""
    value = db.execute("SELECT max(started_at) FROM huddles WHERE day < ?",
                       [day.isoformat()]).fetchone()[0]
    return _dt(value)


def load_patients(db: Store, ids: Iterable[int] | None = None) -> dict[int, Patient]:
    """The patients of ``ids`` and every flagged patient (the board's), or all of them."""
    return all_patients(db) if ids is None else patients_with_ids(db, ids, flagged=True)


def load_room_numbers(db: Store, day: date) -> dict[int, int]:
    return dict(db.execute("SELECT patient_id, number FROM room_labels WHERE day = ?",
                           [day.isoformat()]).fetchall())


def _keep_room_numbers(db: Store, day: date, numbers: dict[int, int]) -> bool:
    """Keep the labels a board build gave out. False when another window or process gave
    one of those numbers first (the board is then built again); a read-only database keeps
    nothing and the labels hold for this build only."""
    if not numbers:
        return True
    try:
        with db.atomic():
            for patient_id, number in sorted(numbers.items()):
                taken = db.execute(
                    "SELECT patient_id FROM room_labels WHERE day = ? AND number = ?",
                    [day.isoformat(), number]).fetchone()
                if taken is not None and taken[0] != patient_id:
                    return False
                db.execute("INSERT OR IGNORE INTO room_labels (day, patient_id, number) "
                           "VALUES (?, ?, ?)", [day.isoformat(), patient_id, number])
    except DatabaseError as err:
        if err.kind != KIND_READ_ONLY:
            raise
    return True


def load_sips(db: Store, day: date, ids: Collection[int] | None = None) -> dict[int, SipInfo]:
    """Each patient's latest SIP episode, with the latest meeting over all episodes (of the
    patients ``ids``, or everyone's)."""
    sips: dict[int, SipInfo] = {}
    meetings: dict[int, date] = {}
    where, params = _of_patients(ids)
    for r in db.execute(
        "SELECT patient_id, state, invited_on, held_on, followed_up_on, need_noted_on, "
        f"closed_on, declined_on FROM sips{' WHERE ' + where if where else ''} "
        "ORDER BY updated_at, id", params
    ).fetchall():
        held, followed = _d(r[3]), _d(r[4])
        for meeting in (held, followed):
            if meeting is not None and meeting <= day:
                meetings[r[0]] = max(meeting, meetings.get(r[0], meeting))
        sips[r[0]] = SipInfo(r[0], r[1], _d(r[2]), held, followed, _d(r[5]), _d(r[6]),
                             _d(r[7]))
    return {pid: info._replace(last_meeting=meetings.get(pid)) for pid, info in sips.items()}


def _of_patients(ids: Collection[int] | None, column: str = "patient_id"
                 ) -> tuple[str, list]:
    """A WHERE condition limiting rows to the patients ``ids`` (none for ``None``)."""
    if ids is None:
        return "", []
    return (f"{column} IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted({int(i) for i in ids}))])


def load_visits(db: Store, day: date, months: int, *, at_least: int = 1,
                ids: Collection[int] | None = None) -> dict[int, list[tuple[date, str]]]:
    """Visits in the longest frequent-attender window (12 months by default) up to ``day``,
    of the patients with at least ``at_least`` visits in it (fewer cannot make anyone a
    frequent attender, so a large register's single visits are not read); of the patients
    ``ids`` only, when given."""
    first = add_months(day, -max(1, months)).isoformat()
    where, params = _of_patients(ids)
    also = f" AND {where}" if where else ""
    visits: dict[int, list[tuple[date, str]]] = {}
    for patient_id, visit_date, place in db.execute(
        "SELECT patient_id, visit_date, place FROM visits WHERE visit_date >= ? "
        "AND visit_date <= ? AND patient_id IN (SELECT patient_id FROM visits "
        f"WHERE visit_date >= ? AND visit_date <= ?{also} GROUP BY patient_id "
        "HAVING count(*) >= ?) ORDER BY visit_date",
        [first, day.isoformat(), first, day.isoformat(), *params, max(1, int(at_least))]
    ).fetchall():
        visits.setdefault(patient_id, []).append((date.fromisoformat(visit_date), place))
    return visits


def load_scores(db: Store, day: date, ids: Collection[int] | None = None
                ) -> dict[int, CfsInfo]:
    """Each patient's latest CFS score up to ``day``, with the one before it (of the
    patients ``ids``, or everyone's)."""
    where, params = _of_patients(ids, "s.patient_id")
    return {r[0]: CfsInfo(r[0], r[1], _d(r[2]), r[3]) for r in db.execute(
        f"""
        SELECT patient_id, level, scored_on,
               (SELECT s2.level FROM cfs_scores s2
                 WHERE s2.patient_id = s.patient_id AND s2.scored_on < s.scored_on
                 ORDER BY s2.scored_on DESC, s2.id DESC LIMIT 1)
          FROM cfs_scores s
         WHERE s.id = (SELECT s3.id FROM cfs_scores s3
                        WHERE s3.patient_id = s.patient_id AND s3.scored_on <= ?
                        ORDER BY s3.scored_on DESC, s3.id DESC LIMIT 1)
               {'AND ' + where if where else ''}
        """,
        [day.isoformat(), *params],
    ).fetchall()}


class _FrailtyPart(NamedTuple):
    """What only the CFS lane reads: scores, SIPs, visits, and the patients they bring."""

    cfs: dict[int, CfsInfo]
    sips: dict[int, SipInfo]
    visits: dict[int, list[tuple[date, str]]]
    patient_ids: set[int]


def _frailty_part(db: Store, day: date, settings: Settings,
                  ids: Collection[int] | None) -> _FrailtyPart:
    if ids is not None and not ids:
        return _FrailtyPart({}, {}, {}, set())
    cfs = load_scores(db, day, ids)
    visits = load_visits(db, day, settings.frequent_er_months, ids=ids,
                         at_least=min(settings.frequent_vc_visits, settings.frequent_er_visits))
    # A scored patient is read when the score may give a finding by itself (the CFS lane's
    # own cheap condition) or something else brings them to the board; flagged patients
    # come with load_patients. Patients asked for by ``ids`` are read whatever their score.
    scored = set(cfs) if ids is not None else {
        pid for pid, score in cfs.items() if score_may_need_coordination(
            score.level, score.previous_level, score.scored_on, day, settings)}
    return _FrailtyPart(cfs, load_sips(db, day, ids), visits, scored | set(visits))


def load_board_input(db: Store, day: date, *,
                     frailty_of: Collection[int] | None = None) -> BoardInput:
    """What the board of ``day`` reads. ``frailty_of``: read the CFS lane's own data (scores,
    SIPs, visits) of these patients only — the day's kept verdicts stand for the rest (see
    :mod:`huddle.storage.cfs_verdicts`)."""
    settings = load_settings(db)
    end_of_day = datetime.combine(day, datetime.max.time()).isoformat(timespec="minutes")
    recent_from = (day - timedelta(days=max(settings.recent_discharge_days,
                                            settings.cfs_discharge_days))).isoformat()
    cases = [
        CaseInfo(r[0], r[1], r[2], r[3], _dt(r[4]), _d(r[5]), _dt(r[6]), _dt(r[7]), r[8],
                 _d(r[9]), r[10], r[11], r[12] is not None and r[12] <= end_of_day)
        for r in db.execute(
            """
            SELECT c.id, c.patient_id, c.hospital, c.ward, c.admitted_at, c.pud, c.ready_at,
                   c.discharged_at, c.status, c.sip_invited_on, c.needs,
                   (SELECT count(*) FROM case_events e
                     WHERE e.case_id = c.id AND e.kind = 'pud_moved' AND e.at <= ?),
                   c.gone_at
              FROM cases c
             WHERE c.admitted_at <= ?
               AND (c.discharged_at IS NULL OR c.discharged_at >= ?)
               AND (c.gone_at IS NULL OR c.discharged_at IS NOT NULL OR c.gone_at > ?)
            """,
            [end_of_day, end_of_day, recent_from, end_of_day],
        ).fetchall()
    ]
    frailty_part = _frailty_part(db, day, settings, frailty_of)
    followups = [
        FollowupInfo(*r)
        for r in db.execute(
            "SELECT id, patient_id, kind, reason, actor, due, case_id FROM followups "
            "WHERE status = 'open' AND created_at <= ? ORDER BY due",
            [end_of_day],
        ).fetchall()
    ]
    answers_since = last_huddle_started(db, day)
    decisions = [
        DecisionInfo(r[0], r[1], r[2], r[3], r[4], _d(r[5]), _dt(r[6]), _dt(r[7]), r[8], r[9],
                     r[10], _dt(r[11]), r[12], r[14], r[13])
        for r in db.execute(
            # Open decisions up to today (today's own marked new), plus the closed ones the
            # board still shows: reviewed at today's huddle, or an escalation answered since
            # the last huddle. Each kind is found by its index, not by reading every decision.
            """
            WITH today AS (
                SELECT r.decision_id, r.outcome, r.at, r.id FROM decision_reviews r
                  JOIN huddles h ON h.id = r.huddle_id WHERE h.day = ?),
            shown AS (
                SELECT id FROM decisions WHERE status = 'open'
                UNION SELECT decision_id FROM today
                UNION SELECT id FROM decisions WHERE answer_text IS NOT NULL AND answer_at > ?)
            SELECT d.id, d.patient_id, d.what, d.responsible_role, d.responsible_name, d.due_on,
                   d.created_at, d.escalated_at, d.escalated_to, d.answer_text, d.answer_by,
                   d.answer_at, d.status, d.escalation_question,
                   (SELECT t.outcome FROM today t WHERE t.decision_id = d.id
                     ORDER BY t.at DESC, t.id DESC LIMIT 1)
              FROM decisions d JOIN shown s ON s.id = d.id
             WHERE substr(d.created_at, 1, 10) <= ?
             ORDER BY d.due_on
            """,
            [day.isoformat(),
             answers_since.isoformat(timespec="seconds") if answers_since else "",
             day.isoformat()],
        ).fetchall()
    ]
    since = since_moment(db, day)
    events = [
        EventInfo(r[0], r[1], _dt(r[2]), r[3], r[4], r[5])
        for r in db.execute(
            "SELECT case_id, patient_id, at, kind, old_value, new_value FROM case_events "
            "WHERE at > ? AND at <= ? ORDER BY at DESC",
            [since.isoformat(timespec="minutes") if since else "", end_of_day],
        ).fetchall()
    ]
    room_numbers = load_room_numbers(db, day)
    patient_ids = ({c.patient_id for c in cases} | frailty_part.patient_ids
                   | {f.patient_id for f in followups} | {d.patient_id for d in decisions}
                   | {e.patient_id for e in events})
    return BoardInput(
        health_centre=settings.vc_name,
        last_import=last_import_at(db, datetime.fromisoformat(end_of_day)),
        since=since,
        patients=load_patients(db, patient_ids),
        cases=cases,
        cfs=frailty_part.cfs,
        sips=frailty_part.sips,
        followups=followups,
        decisions=decisions,
        events=events,
        answers_since=answers_since,
        visits=frailty_part.visits,
        room_numbers=room_numbers,
    )


def with_frailty_of(db: Store, inp: BoardInput, day: date, settings: Settings,
                    ids: Collection[int]) -> BoardInput:
    """``inp`` with the CFS lane's own data of the patients ``ids`` read as well."""
    part = _frailty_part(db, day, settings, ids)
    return replace(
        inp, cfs={**inp.cfs, **part.cfs}, sips={**inp.sips, **part.sips},
        visits={**inp.visits, **part.visits},
        patients={**inp.patients, **patients_with_ids(db, part.patient_ids - set(inp.patients))})


def load_board(db: Store, day: date, *, audience: str = AUDIENCE_OWN,
               now: datetime | None = None) -> Board:
    """The day's board for ``audience``. Today is judged at the present moment (a call due
    at 16:15 is not late at 08:15); another day as it ended."""
    return load_boards(db, day, (audience,), now=now)[audience]


def load_boards(db: Store, day: date, audiences: Sequence[str], *,
                now: datetime | None = None) -> dict[str, Board]:
    """The day's board for each of ``audiences`` from one read of the database: the nurse's
    window and the projector refresh together. Each audience's board is built by the domain,
    whose disclosure policy decides what it shows; the room's new neutral labels are the same
    on every board (the builder numbers patients whatever the audience) and kept once."""
    if now is None and day == date.today():
        now = datetime.now()
    settings = load_settings(db)
    wanted = tuple(dict.fromkeys(audiences))
    for _attempt in range(3):
        inp, order = current_verdicts(db, day, settings)
        boards = build_boards(inp, settings, day, wanted, now=now, order=order)
        new_numbers: dict[int, int] = {}
        for board in boards.values():
            new_numbers.update(board.new_room_numbers)
        if _keep_room_numbers(db, day, new_numbers):
            break
    return boards


def current_verdicts(db: Store, day: date, settings: Settings
                     ) -> tuple[BoardInput, VerdictOrder]:
    """The board's input for ``day`` and the day's CFS verdicts, current and placed: the
    kept verdicts with those of the patients changed since worked out again (or the whole
    day's, the first time), and the input holding the CFS data of every patient the lane
    shows."""
    key = rules_key(settings)
    kept = kept_verdicts(db, day, key)
    if kept.changed is None:
        inp = load_board_input(db, day)
        verdicts = cfs_verdicts(inp, settings, day)
        keep_verdicts(db, day, key, kept, verdicts, verdicts)
        return inp, _placed(db, verdicts, settings)
    inp = load_board_input(db, day, frailty_of=kept.changed)
    verdicts, fresh = kept.verdicts, {}
    if kept.changed:
        fresh = cfs_verdicts(inp, settings, day, only=kept.changed)
        verdicts = dict(verdicts)  # a copy: the kept dict is what the placed order was of
        for patient_id in kept.changed:
            verdicts.pop(patient_id, None)
        verdicts.update(fresh)
    keep_verdicts(db, day, key, kept, fresh, verdicts)
    order = _placed(db, verdicts, settings, before=kept.verdicts, changed=kept.changed,
                    fresh=fresh)
    unread = {v.patient_id for v in order.entries} - kept.changed
    if unread:
        inp = with_frailty_of(db, inp, day, settings, unread)
    return inp, order


class _Placed(NamedTuple):
    verdicts: dict[int, Verdict]   # the day's verdicts, as kept (compared by identity)
    places: VerdictPlaces          # the same, in the lane's order
    plan_max: int
    order: VerdictOrder


def _placed(db: Store, verdicts: dict[int, Verdict], settings: Settings, *,
            before: dict[int, Verdict] | None = None, changed: Collection[int] = (),
            fresh: Mapping[int, Verdict] | None = None) -> VerdictOrder:
    """The day's verdicts placed, once per connection (1,800 patients with a finding at a
    large centre): the same kept verdicts (the same dict: a refresh with nothing changed
    gets the one it had) are not placed again, and ``verdicts`` made from those placed last
    (``before``) with the patients ``changed`` redone (``fresh``) moves only those."""
    memo = db.derived.get("verdict_places")
    if memo is not None and memo.verdicts is verdicts and memo.plan_max == settings.cfs_plan_max:
        return memo.order
    if memo is not None and before is not None and memo.verdicts is before:
        places = memo.places
        places.update(changed, fresh or {})
    else:
        places = VerdictPlaces(verdicts)
    order = places.order(settings.cfs_plan_max)
    db.derived["verdict_places"] = _Placed(verdicts, places, settings.cfs_plan_max, order)
    return order


def prepare_board(db: Store, day: date) -> int:
    """Work out and keep the CFS verdicts of ``day`` ahead of its first board (the next
    huddle's, once today's has ended): that morning's start then redoes only the patients
    changed in between. Shows and logs nothing; returns how many patients have a finding."""
    return len(current_verdicts(db, day, load_settings(db))[1].met)


def log_boards_shown(db: Store, shown: Sequence[tuple[Board, str]]) -> int:
    """One access-log row per patient on each board shown, ``(board, place)`` each (the
    window's and the projector's of one refresh, or a single board), in one transaction:
    call once per display (when a board is shown or refreshed), never per repaint."""
    return log_displays(db, [(place, board.patient_ids()) for board, place in shown],
                        detail="board")
