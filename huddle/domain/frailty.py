"""Frail older people: who needs coordination *now*, why, and the next step of their pathway.

The CFS lane is the second part of the daily huddle and has about three minutes, so it must
not list every frail patient every day. Each patient gets a list of findings, in three tiers:

1. **Today** (shown in red): a deadline falls today or has passed – the SIP invitation due
   ``sip_invite_days`` after *utskrivningsklar* has not been sent.
2. **Events** (always shown): with CFS above the preventive range, admitted within
   ``cfs_admitted_days``, ready for discharge, or home within ``cfs_discharge_days``; a recent
   worsening into that range; flagged by a participant.
3. **Planning** (a queue): CFS in the SIP range without a valid SIP and nothing under way, a
   score older than ``cfs_rescore_months``, a frequent attender. These are standing states, not
   news: a patient whose only findings are of this tier is left out while an open decision
   about them exists (it is on the board already), and at most ``cfs_plan_max`` of them are
   shown a day, frailest first; the rest wait in the register ("Att planera").

Findings of a lower tier are still named on the card of a patient shown for a higher one.
The thresholds are settings (``huddle.domain.settings``); the labels live in ``cfs``.

Why one module over 400 lines: the CFS lane's rules — findings, tiers, pathway steps and the
planning queue — are one rule set read together by the nurse's board and the register's
planning list; each rule is a short function beside the others it ranks against.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
import bisect
import heapq
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain import cfs as cfs_rules
from huddle.domain import sip as sip_rules
from huddle.domain.calendar import add_months
from huddle.domain.cfs import SCORE_VERSIONS
from huddle.domain.dates import DateWords
from huddle.domain.disclosure import AUDIENCE_OWN, Disclosure, disclose, needs_room_label
from huddle.domain.frequent import FrequentAttendance, frequent_attendance
from huddle.domain.frequent import describe as describe_frequent
from huddle.domain.identity import age_on
from huddle.domain.settings import Settings
from huddle.i18n import tr_label, tr_noop, translate

if TYPE_CHECKING:
    from huddle.domain.board import BoardInput, CaseInfo, CfsInfo, SipInfo

# Raise when a change to the rules below can change any patient's verdict (tier, order,
# open decision, label): the verdicts storage kept for the day are then worked out again.
VERDICT_REVISION = 1

TIER_TODAY = 0
TIER_EVENT = 1
TIER_PLAN = 2

# Order of findings within a tier (and of the next step they lead to).
_RANK = {
    "sip_invite_late": 0, "sip_invite_today": 1, "ready": 2, "admitted": 3, "discharged": 4,
    "worsened": 5, "flagged": 6, "frequent": 7, "sip_missing": 8, "sip_meeting": 8,
    "sip_need": 8, "sip_expired": 8, "rescore": 9,
}




# ---------------------------------------------------------------- single rules


def rescore_due_on(scored_on: date, settings: Settings) -> date:
    """The last day the score counts as current."""
    return add_months(scored_on, settings.cfs_rescore_months)


def score_overdue(scored_on: date, day: date, settings: Settings) -> bool:
    """Older than ``cfs_rescore_months``: exactly 12 months old is still current."""
    return rescore_due_on(scored_on, settings) < day


def under_validated_age(birth: date | None, day: date, settings: Settings) -> bool:
    """CFS is validated for people 65 and older; a 64-year-old gets a warning."""
    return birth is not None and age_on(birth, day) < settings.cfs_min_age


def worsened(level: int, previous: int | None) -> bool:
    return previous is not None and level > previous


def recently_worsened(level: int, previous: int | None, scored_on: date, day: date,
                      settings: Settings) -> bool:
    """A new, higher score within ``cfs_worsened_days`` that lands above the preventive
    range (a change from 1 to 3 needs no coordination; from 4 to 5 it does)."""
    return (worsened(level, previous) and level > settings.cfs_preventive_max
            and 0 <= (day - scored_on).days <= settings.cfs_worsened_days)


def score_may_need_coordination(level: int, previous: int | None, scored_on: date, day: date,
                                settings: Settings) -> bool:
    """Whether a score alone can give a finding (in the SIP range, recently worsened or due
    for re-scoring). A necessary condition only, for skipping cheaply the many patients with
    a current, stable score outside the SIP range and nothing else going on: the findings
    themselves are :meth:`_LaneBuilder.findings`'s."""
    return (settings.cfs_preventive_max < level <= settings.cfs_sip_max
            or recently_worsened(level, previous, scored_on, day, settings)
            or score_overdue(scored_on, day, settings))


class ScoreRow(NamedTuple):
    """One score in a patient's history, with its change from the one before."""

    level: int
    scored_on: date
    change: str          # 'first' | 'worse' | 'better' | 'same'
    previous: int | None

    @property
    def arrow(self) -> str:
        return {"first": "•", "worse": "↑", "better": "↓", "same": "="}[self.change]


def history(scores: Iterable[tuple[date, int]]) -> list[ScoreRow]:
    """Scores ``(scored_on, level)`` in any order -> rows oldest first, each with its change."""
    rows: list[ScoreRow] = []
    previous: int | None = None
    for scored_on, level in sorted(scores, key=lambda pair: pair[0]):
        if previous is None:
            change = "first"
        elif level > previous:
            change = "worse"
        elif level < previous:
            change = "better"
        else:
            change = "same"
        rows.append(ScoreRow(level, scored_on, change, previous))
        previous = level
    return rows


def trend_text(rows: list[ScoreRow]) -> str:
    """'Försämrad från CFS 4 till 6 sedan 3/2 2025' over the whole history."""
    if not rows:
        return translate("frailty", "Ingen skattning")
    if len(rows) == 1:
        return translate("frailty", "En skattning: CFS {level}").format(level=rows[0].level)
    first, last = rows[0], rows[-1]
    since = f"{first.scored_on.day}/{first.scored_on.month} {first.scored_on.year}"
    if last.level > first.level:
        text = translate("frailty", "Försämrad från CFS {a} till {b} sedan {since}")
    elif last.level < first.level:
        text = translate("frailty", "Förbättrad från CFS {a} till {b} sedan {since}")
    else:
        text = translate("frailty", "Oförändrad CFS {b} sedan {since}")
    return text.format(a=first.level, b=last.level, since=since)


def validate_score(*, level: int, scored_on: date, today: date, birth: date | None,
                   version: str) -> list[str]:
    """Swedish sentences for what stops a score being saved (warnings are not here)."""
    problems = []
    if not 1 <= level <= 9:
        problems.append(translate("frailty", "CFS-nivån måste vara 1–9."))
    if scored_on > today:
        problems.append(translate("frailty", "Skattningsdatumet {day} ligger i framtiden.").format(
            day=scored_on.isoformat()))
    if birth is not None and scored_on < birth:
        problems.append(translate("frailty", "Skattningsdatumet ligger före patientens födelse."))
    if version not in SCORE_VERSIONS:
        problems.append(translate("frailty", "Okänd skalversion {v!r}; använd 2.0 eller 1.2.").format(v=version))
    return problems


def pathway_step(level: int | None, status: sip_rules.SipStatus | None, day: date,
                 settings: Settings, words: DateWords | None = None) -> str:
    """The next step of the patient's pathway when nothing more pressing is due."""
    if level is None:
        return translate("frailty", "Skatta CFS")
    pathway = cfs_rules.pathway_for(level, settings)
    if pathway.key == cfs_rules.PATHWAY_PREVENTIVE:
        return translate("frailty", "Föreslå förebyggande team (hälsosamtal, fallprevention)")
    if pathway.key == cfs_rules.PATHWAY_SAFE_HOME:
        return translate("frailty", "Trygg hemgång: uppdatera vårdplan, läkemedelslista och hjälpmedel")
    if status is not None and status.valid:
        return translate("frailty", "Följ upp SIP")
    if status is not None and status.invited_on is not None:
        return translate("frailty", "Genomför SIP-mötet (kallad {day})").format(
            day=(words or DateWords(day)).when(status.invited_on))
    if status is not None and status.need_noted_on is not None:
        return translate("frailty", "Skicka SIP-kallelse")
    return translate("frailty", "Erbjud SIP")


# ---------------------------------------------------------------- the lane


class Finding(NamedTuple):
    code: str
    tier: int
    text: str
    step: str | None = None

    @property
    def rank(self) -> tuple[int, int]:
        return self.tier, _RANK.get(self.code, 99)


TIER_NAMES = (tr_noop("today"), tr_noop("event"), tr_noop("plan"))


class CfsEntry(NamedTuple):
    """One patient on the CFS lane (the board turns it into a card)."""

    patient_id: int
    level: int | None
    tier: int
    reason: str
    next_step: str
    urgent: bool
    cfs_label: str | None
    scored_on: date | None
    pathway: str | None
    pathway_label: str | None
    findings: tuple[str, ...]
    sip: str
    sip_valid: bool

    @property
    def tier_name(self) -> str:
        return TIER_NAMES[self.tier]


class CfsLane(NamedTuple):
    entries: list[CfsEntry]
    waiting: tuple[int, ...]      # planning items left for another day (see the register)

    @property
    def note(self) -> str | None:
        if not self.waiting:
            return None
        return translate("frailty", "+ {n} till att planera – se Register › Att planera").format(
            n=len(self.waiting))


class _Context(NamedTuple):
    patient_id: int
    age: int | None
    young: bool
    score: "CfsInfo | None"
    sip: sip_rules.SipStatus
    stay: "CaseInfo | None"
    home_since: datetime | None
    call_due: datetime | None
    flag_reason: str | None
    frequent: FrequentAttendance | None
    open_decision: bool


def sip_status_from(info: "SipInfo | None", day: date, settings: Settings
                    ) -> sip_rules.SipStatus:
    """The board's per-patient SIP row as a :class:`SipStatus`."""
    if info is None:
        return sip_rules.sip_status([], day, settings.sip_valid_months)
    episode = sip_rules.SipEpisode(
        state=info.state, need_noted_on=info.need_noted_on, invited_on=info.invited_on,
        held_on=info.held_on, followed_up_on=info.followed_up_on, closed_on=info.closed_on,
        declined_on=info.declined_on,
    )
    status = sip_rules.sip_status([episode], day, settings.sip_valid_months)
    last = info.last_meeting or status.last_meeting
    if last is not None and last > day:
        last = None
    return sip_rules.SipStatus(
        state=status.state,
        valid=sip_rules.is_valid(last, day, settings.sip_valid_months),
        valid_until=add_months(last, settings.sip_valid_months) if last else None,
        last_meeting=last, invited_on=status.invited_on,
        need_noted_on=status.need_noted_on, declined_on=status.declined_on,
    )


ShownFor = Callable[[int], Disclosure]


class Ranked(NamedTuple):
    """A patient with findings, placed on the lane whatever the audience (the findings'
    codes, tiers and order do not depend on what an audience may see; their text does)."""

    patient_id: int
    tier: int
    context: _Context


class Verdict(NamedTuple):
    """What the rules decided of one patient with a finding on a day, whatever the audience:
    enough to place them on the lane or in the planning queue without reading their data
    again (storage keeps the day's verdicts and redoes only those of changed patients)."""

    patient_id: int
    tier: int
    place: int                    # the top finding's order within its tier
    level: int                    # the CFS level, 0 when not scored
    open_decision: bool
    needs_label: bool             # shown to the room under a neutral label


class CfsRanking(NamedTuple):
    """The audience-independent part of the lane, worked out once per read of the database:
    each audience's board renders the text of ``entries`` only."""

    met: tuple[int, ...]          # every patient with a finding (listed), in id order
    entries: list[Ranked]         # on the lane today, in order
    waiting: tuple[int, ...]      # planning items left for another day, in id order
    labelled: frozenset[int] = frozenset()  # those of ``met`` the room sees by a label


class _LaneBuilder:
    def __init__(self, inp: "BoardInput", settings: Settings, day: date, *,
                 shown: ShownFor | None = None, plain: bool = False) -> None:
        self.inp, self.s, self.day = inp, settings, day
        self.shown: ShownFor = shown or (
            lambda pid: disclose(inp.patients[pid].facts, AUDIENCE_OWN, day=day))
        # Ranking only: no audience, the text is thrown away (see rank_cfs_lane).
        self.plain = plain
        self._plain_words = DateWords(day, exact=False)

    def words(self, c: _Context) -> DateWords:
        """Exact dates where the audience may see them of this patient, else relative."""
        if self.plain:
            return self._plain_words
        return DateWords(self.day, exact=self.shown(c.patient_id).details)

    def free_text(self, c: _Context) -> bool:
        return not self.plain and self.shown(c.patient_id).free_text

    # -- gathering
    def contexts(self, *, everyone: bool = False,
                 only: Collection[int] | None = None) -> list[_Context]:
        """The patients who may have a finding (``everyone``: every scored, flagged or
        frequently visiting patient, unfiltered; ``only``: of these patients alone)."""
        inp, day, s = self.inp, self.day, self.s

        def wanted(pid: int) -> bool:
            return only is None or pid in only
        stays: dict[int, CaseInfo] = {}
        home: dict[int, datetime] = {}
        for case in inp.cases:
            if case.admitted_at.date() > day:
                continue
            if case.discharged_at is not None and case.discharged_at.date() <= day:
                if 0 <= (day - case.discharged_at.date()).days <= s.cfs_discharge_days:
                    home[case.patient_id] = max(case.discharged_at,
                                                home.get(case.patient_id, case.discharged_at))
            elif not case.gone and case.status in ("Inskriven", "Utskrivningsklar"):
                stays[case.patient_id] = case
        calls: dict[int, datetime] = {}
        for followup in inp.followups:
            if followup.kind == "call_72h" and followup.due and "T" in followup.due:
                due = datetime.fromisoformat(followup.due)
                calls[followup.patient_id] = min(due, calls.get(followup.patient_id, due))
        decided = {d.patient_id for d in inp.decisions
                   if d.patient_id is not None and getattr(d, "status", "open") == "open"}
        visits = getattr(inp, "visits", {}) or {}
        frequent = {pid: att for pid, rows in visits.items()
                    if wanted(pid) and (att := frequent_attendance(rows, day, s)).flagged}
        # Besides a flag or frequent visits, a finding needs a score with a stay or a recent
        # discharge, or a score that gives one by itself.
        candidates = set(frequent) | {
            pid for pid, p in inp.patients.items() if p.flag_reason and wanted(pid)} | {
            pid for pid, score in inp.cfs.items()
            if wanted(pid) and (everyone or pid in stays or pid in home
                                or score_may_need_coordination(score.level, score.previous_level,
                                                               score.scored_on, day, s))}
        contexts = []
        no_sip = sip_status_from(None, day, s)  # the same for everyone without one
        for pid in sorted(candidates):
            patient = inp.patients.get(pid)
            if patient is None:
                continue
            score = inp.cfs.get(pid)
            stay = stays.get(pid)
            contexts.append(_Context(
                patient_id=pid,
                age=age_on(patient.birth_date, day) if patient.birth_date else None,
                young=under_validated_age(patient.birth_date, day, s),
                score=score,
                sip=sip_status_from(info, day, s) if (info := inp.sips.get(pid)) else no_sip,
                stay=stay,
                home_since=None if stay else home.get(pid),
                call_due=calls.get(pid),
                flag_reason=patient.flag_reason,
                frequent=frequent.get(pid),
                open_decision=pid in decided,
            ))
        return contexts

    # -- rules
    def findings(self, c: _Context) -> list[Finding]:
        s, day = self.s, self.day
        level = c.score.level if c.score else None
        frail = level is not None and level > s.cfs_preventive_max
        sip_range = level is not None and s.cfs_preventive_max < level <= s.cfs_sip_max
        words = self.words(c)
        step = pathway_step(level, c.sip, day, s, words)
        found: list[Finding] = []
        if frail and c.stay is not None:
            found.extend(self._stay_findings(c, level, step))
        if frail and c.home_since is not None:
            home = self._home_finding(c, level, step)
            if home is not None:
                found.append(home)
        if c.score and recently_worsened(c.score.level, c.score.previous_level,
                                         c.score.scored_on, day, s):
            previous = c.score.previous_level
            if c.score.level == 9:
                text = translate("frailty", "ny skattning: terminalt sjuk (var CFS {old})").format(old=previous)
            else:
                text = translate("frailty", "försämrad från CFS {old} ({day})").format(
                    old=previous, day=words.when(c.score.scored_on))
            found.append(Finding("worsened", TIER_EVENT, text, step))
        if c.flag_reason:
            if not self.free_text(c):
                # A participant's free text may name the person.
                text = translate("frailty", "flaggad av en deltagare")
            else:
                text = translate("frailty", "flaggad: {reason}").format(reason=c.flag_reason)
            found.append(Finding("flagged", TIER_EVENT, text, step))
        if c.frequent is not None:
            if level is None:
                frequent_step = translate("frailty", "Skatta CFS och föreslå förebyggande team")
            elif level <= s.cfs_preventive_max:
                frequent_step = translate("frailty", "Föreslå förebyggande team")
            else:
                frequent_step = step
            found.append(Finding("frequent", TIER_PLAN, describe_frequent(c.frequent, s),
                                 frequent_step))
        if sip_range:
            sip_finding = self._sip_finding(c)
            if sip_finding is not None:
                found.append(sip_finding)
        if c.score and score_overdue(c.score.scored_on, day, s):
            found.append(Finding("rescore", TIER_PLAN, translate("frailty",
                "skattad {day}, äldre än {n} mån").format(
                    day=words.when_with_year(c.score.scored_on),
                    n=s.cfs_rescore_months), translate("frailty", "Skatta CFS på nytt")))
        return sorted(found, key=lambda f: f.rank)

    def _stay_findings(self, c: _Context, level: int, step: str) -> list[Finding]:
        s, day, stay = self.s, self.day, c.stay
        assert stay is not None
        words = self.words(c)
        where = (stay.ward or stay.hospital or "") if words.exact else ""
        if stay.ready_at is None or stay.ready_at.date() > day:
            if (day - stay.admitted_at.date()).days > s.cfs_admitted_days:
                return []  # mid-stay the SAMSA lane follows them; back here when ready
            text = translate("frailty", "inlagd {since}").format(since=words.since(stay.admitted_at))
            if where:
                text += f" ({where})"
            if cfs_rules.pathway_for(level, s).key == cfs_rules.PATHWAY_SAFE_HOME:
                prepare = translate("frailty", "Förbered trygg hemgång: vårdplan, läkemedelslista, hjälpmedel")
            elif c.sip.valid:
                prepare = translate("frailty", "Meddela avdelningen att SIP finns")
            else:
                prepare = translate("frailty", "Förbered SIP inför utskrivning")
            return [Finding("admitted", TIER_EVENT, text, prepare)]
        ready_text = translate("frailty", "utskrivningsklar {day}").format(day=words.when(stay.ready_at))
        if where:
            ready_text += f" ({where})"
        admitted = stay.admitted_at.date()
        invited = stay.sip_invited_on is not None or any(
            d is not None and d >= admitted for d in (c.sip.invited_on, c.sip.last_meeting))
        due = sip_rules.invitation_due_on(stay.ready_at, s.sip_invite_days)
        findings = []
        if not invited and day > due:
            findings.append(Finding("sip_invite_late", TIER_TODAY, translate("frailty",
                "SIP-kallelse saknas (senast {day})").format(day=words.when(due)),
                translate("frailty", "Skicka SIP-kallelse i dag")))
        elif not invited and day == due:
            findings.append(Finding("sip_invite_today", TIER_TODAY,
                                    translate("frailty", "SIP-kallelse senast i dag"),
                                    translate("frailty", "Skicka SIP-kallelse i dag")))
        if not invited and day < due:
            ready_step = translate("frailty", "Skicka SIP-kallelse senast {day}").format(day=words.when(due))
        elif cfs_rules.pathway_for(level, s).key == cfs_rules.PATHWAY_SAFE_HOME:
            ready_step = translate("frailty", "Trygg hemgång: vårdplan, läkemedelslista och hjälpmedel klara "
                            "före hemgång")
        else:
            ready_step = translate("frailty", "Planera trygg hemgång och telefonuppföljning")
        findings.append(Finding("ready", TIER_EVENT, ready_text, ready_step))
        return findings

    def _home_finding(self, c: _Context, level: int, step: str) -> Finding | None:
        assert c.home_since is not None
        text = translate("frailty", "hemma {since}").format(since=self.words(c).since(c.home_since))
        if cfs_rules.pathway_for(level, self.s).key == cfs_rules.PATHWAY_SAFE_HOME:
            home_step = translate("frailty", "Trygg hemgång: uppdaterad vårdplan, läkemedelslista, hjälpmedel")
        elif not c.sip.valid:
            home_step = step
        elif c.call_due is not None:
            return None  # the call stands on the home lane; with a valid SIP nothing more
        else:
            home_step = translate("frailty", "Följ upp SIP efter vårdtillfället")
        return Finding("discharged", TIER_EVENT, text, home_step)

    def _sip_finding(self, c: _Context) -> Finding | None:
        s, day, status = self.s, self.day, c.sip
        words = self.words(c)
        if status.valid:
            return None
        if sip_rules.declined_recently(status, day, s.sip_valid_months):
            return None
        if status.invited_on is not None:
            if not sip_rules.meeting_overdue(status, day, s.sip_meeting_days):
                return None  # invited, meeting still to come: under way
            return Finding("sip_meeting", TIER_PLAN, translate("frailty",
                "SIP kallad {day}, mötet inte hållet").format(
                    day=words.when(status.invited_on)), translate("frailty", "Genomför SIP-mötet"))
        if status.need_noted_on is not None:
            return Finding("sip_need", TIER_PLAN, translate("frailty", "SIP-behov noterat {day}").format(
                day=words.when(status.need_noted_on)), translate("frailty", "Skicka SIP-kallelse"))
        if status.last_meeting is not None:
            return Finding("sip_expired", TIER_PLAN, translate("frailty", "SIP inaktuell (senast {day})").format(
                day=words.when_with_year(status.last_meeting)),
                translate("frailty", "Följ upp SIP"))
        return Finding("sip_missing", TIER_PLAN, translate("frailty", "saknar SIP"), translate("frailty", "Erbjud SIP"))

    # -- the lane
    def entry(self, c: _Context, found: list[Finding]) -> CfsEntry:
        s = self.s
        level = c.score.level if c.score else None
        top = found[0]
        parts = [f"CFS {level}" if level is not None else translate("frailty", "ej CFS-skattad")]
        # A card shown for something pressing leaves the re-scoring reminder to the register.
        parts += [f.text for f in found if f.code != "rescore" or top.tier == TIER_PLAN]
        if c.young:
            parts.append(translate("frailty", "under {age} år – CFS ej validerad").format(age=s.cfs_min_age))
        if level is not None:
            pathway = cfs_rules.pathway_for(level, s)
            pathway_key, pathway_label = pathway.key, pathway.label
        elif c.frequent is not None:  # a candidate for the preventive team
            pathway_key = cfs_rules.PATHWAY_PREVENTIVE
            pathway_label = cfs_rules.PATHWAY_LABELS[pathway_key]
        else:
            pathway_key = pathway_label = None
        next_step = top.step or pathway_step(level, c.sip, self.day, s, self.words(c))
        return CfsEntry(
            patient_id=c.patient_id, level=level, tier=top.tier, reason=" · ".join(parts),
            next_step=next_step, urgent=top.tier == TIER_TODAY,
            cfs_label=cfs_rules.label(level) if level is not None else None,
            scored_on=c.score.scored_on if c.score else None,
            pathway=pathway_key,
            pathway_label=tr_label(pathway_label) if pathway_label else None,
            findings=tuple(f.code for f in found), sip=c.sip.state, sip_valid=c.sip.valid)

    def verdicts(self, only: Collection[int] | None = None) -> dict[int, Verdict]:
        """Each patient with a finding (of ``only``, or everyone): the rules' verdict, the
        same for every audience."""
        verdicts = {}
        for c in self.contexts(only=only):
            found = self.findings(c)
            if found:
                verdicts[c.patient_id] = self.verdict(c, found)
        return verdicts

    def verdict(self, c: _Context, found: list[Finding]) -> Verdict:
        return Verdict(c.patient_id, found[0].tier, found[0].rank[1],
                       c.score.level if c.score else 0, c.open_decision,
                       needs_room_label(self.inp.patients[c.patient_id].facts))

    def ranking(self, order: "VerdictOrder | None" = None) -> CfsRanking:
        """Who is on the lane, in which order, and which planning items wait. From the
        day's ``order`` when given (the input then needs only the lane's patients' data)."""
        if order is None:
            order = order_verdicts(self.verdicts(), self.s)
        contexts = {c.patient_id: c
                    for c in self.contexts(only={v.patient_id for v in order.entries})}
        return CfsRanking(
            order.met,
            [Ranked(v.patient_id, v.tier, contexts[v.patient_id]) for v in order.entries],
            order.waiting, order.labelled)

    def lane(self, ranking: CfsRanking) -> CfsLane:
        """The ranked lane with each entry's text as this builder's audience may see it."""
        entries = [self.entry(r.context, self.findings(r.context)) for r in ranking.entries]
        return CfsLane(entries, ranking.waiting)


class VerdictOrder(NamedTuple):
    """The day's verdicts placed: what the lane needs of every patient with a finding."""

    entries: list[Verdict]        # on the lane today, in order
    waiting: tuple[int, ...]      # planning items left for another day, in id order
    met: tuple[int, ...]          # every patient with a finding, in id order
    labelled: frozenset[int]      # those of them the room sees under a neutral label


def order_verdicts(verdicts: Mapping[int, Verdict], settings: Settings) -> VerdictOrder:
    """The lane of the day and the planning queue left waiting: every pressing or new
    finding, and at most ``cfs_plan_max`` planning items, frailest first (none of a patient
    whose open decision is on the board already)."""
    return VerdictPlaces(verdicts).order(settings.cfs_plan_max)


def _verdict_order(verdict: Verdict) -> tuple[int, int, int, int]:
    """Most pressing first (the top finding's tier, then its order in the tier), then
    frailest, then by id: the one order of the lane, its queue and the planning list."""
    return verdict.tier, verdict.place, -verdict.level, verdict.patient_id


class VerdictPlaces:
    """The day's verdicts kept in the lane's order (:func:`_verdict_order`, unique: it ends
    with the id), so that a refresh after a change places the changed patients again
    instead of every patient with a finding (1,800 at a large centre)."""

    def __init__(self, verdicts: Mapping[int, Verdict]) -> None:
        self._verdicts = dict(verdicts)
        self._met = sorted(self._verdicts)
        self._pressing: list[tuple[int, int, int, int]] = []
        self._planning: list[tuple[int, int, int, int]] = []
        self._labelled: set[int] = set()
        for verdict in self._verdicts.values():
            queue = self._queue(verdict)
            if queue is not None:
                queue.append(_verdict_order(verdict))
            if verdict.needs_label:
                self._labelled.add(verdict.patient_id)
        self._pressing.sort()
        self._planning.sort()

    def _queue(self, verdict: Verdict) -> list[tuple[int, int, int, int]] | None:
        if verdict.tier != TIER_PLAN:
            return self._pressing
        return None if verdict.open_decision else self._planning

    def update(self, changed: Iterable[int], fresh: Mapping[int, Verdict]) -> None:
        """The patients ``changed`` now have the verdicts ``fresh`` (none: no finding)."""
        for patient_id in changed:
            old = self._verdicts.pop(patient_id, None)
            if old is not None:
                queue = self._queue(old)
                if queue is not None:
                    del queue[bisect.bisect_left(queue, _verdict_order(old))]
                del self._met[bisect.bisect_left(self._met, patient_id)]
                self._labelled.discard(patient_id)
            verdict = fresh.get(patient_id)
            if verdict is not None:
                self._verdicts[patient_id] = verdict
                queue = self._queue(verdict)
                if queue is not None:
                    bisect.insort(queue, _verdict_order(verdict))
                bisect.insort(self._met, patient_id)
                if verdict.needs_label:
                    self._labelled.add(patient_id)

    def order(self, plan_max: int) -> VerdictOrder:
        """The lane and the queue with at most ``plan_max`` planning items on the lane."""
        limit = max(0, int(plan_max))
        today = self._planning[:limit]
        taken = {key[3] for key in today}
        return VerdictOrder(
            [self._verdicts[key[3]] for key in heapq.merge(self._pressing, today)],
            tuple(sorted(key[3] for key in self._planning if key[3] not in taken)),
            tuple(self._met), frozenset(self._labelled))


def cfs_verdicts(inp: "BoardInput", settings: Settings, day: date, *,
                 only: Collection[int] | None = None) -> dict[int, Verdict]:
    """The verdict of each patient with a finding on ``day`` (of ``only``, when given: the
    input must then hold those patients' data)."""
    return _LaneBuilder(inp, settings, day, plain=True).verdicts(only)


def rank_cfs_lane(inp: "BoardInput", settings: Settings, day: date, *,
                  order: VerdictOrder | None = None) -> CfsRanking:
    """The CFS lane's audience-independent verdict for ``day``: compute it once per read and
    pass it to :func:`build_cfs_lane` for each audience. With the day's kept verdicts placed
    (``order``, see :func:`cfs_verdicts` and :func:`order_verdicts`) only the lane's own
    patients are looked at again."""
    return _LaneBuilder(inp, settings, day, plain=True).ranking(order)


def build_cfs_lane(inp: "BoardInput", settings: Settings, day: date, *,
                   shown: ShownFor | None = None,
                   ranking: CfsRanking | None = None) -> CfsLane:
    """The CFS lane of the board for ``day``; ``shown`` says what the board's audience may
    see of each patient (default: the nurse's own screen); ``ranking`` is
    :func:`rank_cfs_lane`'s answer for the same input, when already at hand."""
    if ranking is None:
        ranking = rank_cfs_lane(inp, settings, day)
    return _LaneBuilder(inp, settings, day, shown=shown).lane(ranking)


class Planning(NamedTuple):
    entries: list[CfsEntry]       # every patient with a finding, most pressing first
    on_board: frozenset[int]      # of them, those the day's board shows: on the CFS lane,
                                  # or by an open decision about them


def planning(inp: "BoardInput", settings: Settings, day: date, *,
             shown: ShownFor | None = None) -> Planning:
    """Every patient with a finding, frailest and most pressing first (the register's
    "Att planera" list: nothing left out by the daily limit), and which of them the day's
    board shows, from one look at each patient. ``shown`` as for :func:`build_cfs_lane`:
    the reasons say only what the list's audience may see."""
    builder = _LaneBuilder(inp, settings, day, shown=shown)
    entries: dict[int, CfsEntry] = {}
    verdicts = {}
    decided = set()
    for c in builder.contexts():
        if c.open_decision:
            decided.add(c.patient_id)
        found = builder.findings(c)
        if found:
            entries[c.patient_id] = builder.entry(c, found)
            verdicts[c.patient_id] = builder.verdict(c, found)
    lane = order_verdicts(verdicts, settings).entries
    ordered = sorted(verdicts.values(), key=_verdict_order)
    return Planning([entries[v.patient_id] for v in ordered],
                    frozenset({v.patient_id for v in lane} | decided))
