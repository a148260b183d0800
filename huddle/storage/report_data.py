"""Everything the managers' reports read, fetched in one go as typed rows.

The reports (``huddle.reports.compute``) hold no SQL: they ask for a :class:`ReportData` once
per report and apply the domain's rules to it in memory, for the period and for every month
of the run charts alike. Dates arrive as ``date``, moments as ``datetime``.

A report looks back a year or two, not over the whole history: given ``since``, the first day
of the earliest window it counts, only the rows that can count in a window from that day on
are read (see :func:`load_report_data`), so that the reading grows with the period's work and
not with years of history. The conditions only leave out rows all of whose moments lie before
``since`` and that were closed by then; which row counts where stays with the reports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from huddle.storage.rows import day_of, iso_day, moment_of

if TYPE_CHECKING:
    from huddle.storage.store import Store


class HuddleRow(NamedTuple):
    id: int
    day: date
    started_at: datetime
    ended_at: datetime | None
    planned_minutes: int | None


class DecisionRow(NamedTuple):
    created_at: datetime
    status: str
    closed_at: datetime | None      # done_at, else the last update (for old rows)
    due_on: date | None
    escalated_at: datetime | None
    question: str | None            # the escalation's question for managers (never `what`,
    responsible_role: str           # the decision's free text, which reports do not read)
    escalated_to: str | None
    answer_at: datetime | None
    answer_text: str | None


class CaseRow(NamedTuple):
    id: int
    patient_id: int
    admitted_at: datetime
    ready_at: datetime | None
    discharged_at: datetime | None
    status: str
    contact: str | None             # fast vårdkontakt
    municipal_hsl: bool | None
    sip_invited_on: date | None
    birth_date: date | None


class PudMove(NamedTuple):
    case_id: int
    at: datetime
    old: date | None
    new: date | None


class CallRow(NamedTuple):
    due: datetime | None
    done_at: datetime | None
    status: str
    discharged_at: datetime | None


class NeedRow(NamedTuple):
    reason: str
    actor: str
    due: date | None
    status: str
    done_at: datetime | None
    created_at: datetime


class ScoreRow(NamedTuple):
    patient_id: int
    level: int
    scored_on: date


class SipRow(NamedTuple):
    patient_id: int
    invited_on: date | None
    held_on: date | None
    followed_up_on: date | None
    declined_on: date | None


class VisitRow(NamedTuple):
    patient_id: int
    day: date
    birth_date: date | None


class ImportRow(NamedTuple):
    as_of: datetime


class ReportData(NamedTuple):
    huddles: tuple[HuddleRow, ...]
    attendance: tuple[tuple[int, str], ...]     # (huddle id, role), each pair once
    decisions: tuple[DecisionRow, ...]
    cases: tuple[CaseRow, ...]
    pud_moves: tuple[PudMove, ...]
    calls: tuple[CallRow, ...]
    needs: tuple[NeedRow, ...]
    scores: tuple[ScoreRow, ...] | None         # by patient, then day, then entry order
    sips: tuple[SipRow, ...] | None             # (these and hsl_patients None when not
                                                # read: see frailty)
    visits: tuple[VisitRow, ...]                # at the emergency department only
    samsa_imports: tuple[ImportRow, ...]        # oldest first
    hsl_patients: frozenset[int] | None         # in municipal home health care now
    births: tuple[date, ...]                    # registered patients', oldest first (up to
                                                # born_by, see load_report_data)
    names: Callable[[], str]                    # the patients' names, one a line, read
                                                # when asked
    since: date | None                          # rows read for windows from this day on
                                                # (None: every row)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def load_report_data(db: Store, *, since: date | None = None, call_hours: int = 0,
                     frailty: bool = True, born_by: date | None = None) -> ReportData:
    """One read of the report's rows (fifteen statements at most, whatever the period).

    ``since`` leaves out the rows that cannot count in a window beginning on or after that
    day: huddles, moves, visits and imports before it; decisions, cases and follow-ups begun,
    ended and closed before it (an open one is read, whenever it began); the CFS scores before
    it but each patient's latest one (the state on that day); the SIPs invited or declined
    before it that never met (a SIP is valid from a meeting). Every case of a patient with a
    case read is read, so that a readmission finds the discharge before it, and the first
    huddle and SAMSA import are read, the day Huddle was taken into use. A 72-hour call counts
    by its deadline, ``call_hours`` after the discharge: calls discharged that long before
    ``since`` are read too.

    Without ``frailty`` the CFS scores, the SIPs and the patients in municipal home health care
    are not read (``None``): the weekly report has no CFS or SIP section.

    ``born_by`` leaves out the birth dates after that day: the reports count patients 80 or
    older, so they need no one younger than 80 at the moment the report is made."""
    q = db.execute
    # Stored moments are ISO text ('YYYY-MM-DD...'): ">= since" is a comparison of text.
    s = "" if since is None else iso_day(since)
    calls_since = "" if since is None else \
        (datetime.combine(since, datetime.min.time()) - timedelta(hours=call_hours)).isoformat()
    huddles = tuple(
        HuddleRow(r[0], date.fromisoformat(r[1]), moment_of(r[2]), moment_of(r[3]), r[4])
        for r in q("SELECT id, day, started_at, ended_at, planned_minutes FROM huddles "
                   "WHERE day >= :s OR day = (SELECT min(day) FROM huddles) "
                   "ORDER BY day", {"s": s}).fetchall())
    attendance = tuple(
        (r[0], r[1]) for r in
        q("SELECT huddle_id, role FROM huddle_attendance "
          "WHERE huddle_id IN (SELECT id FROM huddles WHERE day >= :s) "
          "GROUP BY huddle_id, role", {"s": s}).fetchall())
    decisions = tuple(
        DecisionRow(moment_of(r[0]), r[1], moment_of(r[2]), day_of(r[3]), moment_of(r[4]),
                    r[5], r[6], r[7], moment_of(r[8]), r[9])
        for r in q("SELECT created_at, status, coalesce(done_at, updated_at), due_on, "
                   "escalated_at, escalation_question, responsible_role, escalated_to, answer_at, "
                   "answer_text FROM decisions "
                   "WHERE created_at >= :s OR status = 'open' "
                   "OR coalesce(done_at, updated_at, :s) >= :s "
                   "OR escalated_at >= :s OR (escalated_at IS NOT NULL "
                   "AND coalesce(answer_at, :s) >= :s) "
                   "ORDER BY escalated_at, id", {"s": s}).fetchall())
    cases = tuple(
        CaseRow(r[0], r[1], moment_of(r[2]), moment_of(r[3]), moment_of(r[4]), r[5],
                r[6], _bool(r[7]), day_of(r[8]), day_of(r[9]))
        for r in q("SELECT c.id, c.patient_id, c.admitted_at, c.ready_at, c.discharged_at, "
                   "c.status, c.contact, c.municipal_hsl, c.sip_invited_on, p.birth_date "
                   "FROM cases c JOIN patients p ON p.id = c.patient_id "
                   "WHERE c.patient_id IN (SELECT patient_id FROM cases WHERE admitted_at >= :s "
                   "OR ready_at >= :s OR coalesce(discharged_at, :s) >= :s) "
                   "ORDER BY c.admitted_at, c.id", {"s": s}).fetchall())
    pud_moves = tuple(
        PudMove(r[0], moment_of(r[1]), day_of(r[2]), day_of(r[3]))
        for r in q("SELECT case_id, at, old_value, new_value FROM case_events "
                   "WHERE at >= :s AND kind = 'pud_moved'", {"s": s}).fetchall())
    calls = tuple(
        CallRow(moment_of(r[0]), moment_of(r[1]), r[2], moment_of(r[3]))
        for r in q("SELECT f.due, f.done_at, f.status, c.discharged_at FROM followups f "
                   "LEFT JOIN cases c ON c.id = f.case_id "
                   "WHERE f.kind = 'call_72h' AND f.status != 'cancelled' "
                   "AND coalesce(c.discharged_at, f.due, :s) >= :s",
                   {"s": calls_since}).fetchall())
    needs = tuple(
        NeedRow(r[0], r[1], day_of(r[2]), r[3], moment_of(r[4]), moment_of(r[5]))
        for r in q("SELECT reason, actor, due, status, done_at, created_at FROM followups "
                   "WHERE kind = 'need' AND (created_at >= :s OR due >= :s "
                   "OR status != 'done' OR coalesce(done_at, :s) >= :s)", {"s": s}).fetchall())
    # the scores from since on, and each patient's latest before it
    scores = None if not frailty else tuple(
        ScoreRow(r[0], r[1], date.fromisoformat(r[2][:10]))
        for r in q("SELECT patient_id, level, scored_on, id FROM cfs_scores WHERE scored_on >= :s "
                   "UNION ALL "
                   "SELECT patient_id, level, scored_on, id FROM cfs_scores s WHERE scored_on < :s "
                   "AND id = (SELECT id FROM cfs_scores t WHERE t.patient_id = s.patient_id "
                   "AND t.scored_on < :s ORDER BY t.scored_on DESC, t.id DESC LIMIT 1) "
                   "ORDER BY patient_id, scored_on, id", {"s": s}).fetchall())
    sips = None if not frailty else tuple(
        SipRow(r[0], day_of(r[1]), day_of(r[2]), day_of(r[3]), day_of(r[4]))
        for r in q("SELECT patient_id, invited_on, held_on, followed_up_on, declined_on "
                   "FROM sips WHERE held_on IS NOT NULL OR followed_up_on IS NOT NULL "
                   "OR coalesce(invited_on, '') >= :s OR coalesce(declined_on, '') >= :s",
                   {"s": s}).fetchall())
    visits = tuple(
        VisitRow(r[0], date.fromisoformat(r[1][:10]), day_of(r[2]))
        for r in q("SELECT v.patient_id, v.visit_date, p.birth_date FROM visits v "
                   "JOIN patients p ON p.id = v.patient_id "
                   "WHERE v.visit_date >= :s AND v.place = 'Akutmottagning'",
                   {"s": s}).fetchall())
    imports = tuple(
        ImportRow(moment_of(r[0]))
        for r in q("SELECT as_of FROM imports WHERE kind = 'samsa' AND (as_of >= :s "
                   "OR as_of = (SELECT min(as_of) FROM imports WHERE kind = 'samsa')) "
                   "ORDER BY as_of", {"s": s}).fetchall())
    hsl = None if not frailty else frozenset(
        r[0] for r in q("SELECT id FROM patients WHERE municipal_hsl = 1").fetchall())
    # stored as 'YYYY-MM-DD' (perhaps with more after it): before the day after born_by
    after = () if born_by is None else (iso_day(born_by + timedelta(days=1)),)
    births = tuple(date.fromisoformat(r[0][:10]) for r in q(
        "SELECT birth_date FROM patients WHERE birth_date IS NOT NULL"
        + (" AND birth_date < ?" if after else "") + " ORDER BY birth_date", after).fetchall())

    def names() -> str:
        # one string: 20,000 names as as many rows took twice as long (16 -> 8 ms)
        return q("SELECT group_concat(name, char(10)) FROM patients WHERE name IS NOT NULL"
                 ).fetchone()[0] or ""

    return ReportData(huddles, attendance, decisions, cases, pud_moves, calls, needs, scores,
                      sips, visits, imports, hsl, births, names, since)
