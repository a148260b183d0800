"""The health centre's register: finding and adding patients, and every change the nurse makes
to a frail patient's record – CFS scores, SIP, consent, protected identity, a participant's flag
and the 72-hour call.

Every display of patients (a search, the planning list, a patient's frailty record) and every
change is written to the access log, one row per patient shown (Patient Data Act). What the
rows show of each patient is decided by the disclosure policy for the audience the caller names:
the nurse's own screen, or the room when her window is shared. A patient with protected identity
is never found by name; a search by the full personnummer finds them and shows
"Skyddad identitet".

Why one module over 400 lines: every read and write of the register (search, planning list,
CFS, SIP, consent, flags, the 72-hour call) writes its access-log row the same way, in one
transaction style; the reads are short and sit beside the writes they mirror.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from huddle.domain import cfs as cfs_rules
from huddle.domain import frailty
from huddle.domain import sip as sip_rules
from huddle.domain.access import (
    ACTION_CHANGE,
    PLACE_PATIENT,
    PLACE_PLANNING,
    PLACE_REGISTER,
)
from huddle.domain.consent import (
    CONSENT_UNKNOWN,
    consent_conflict,
    validate_consent,
)
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM, Disclosure, disclose
from huddle.domain.followup import CALL_OUTCOMES, call_state
from huddle.domain.identity import IdentityError, parse_identity
from huddle.domain.records import CfsScore, Patient, Sip
from huddle.domain.roles import SCORER_ROLES
from huddle.errors import InputError
from huddle.i18n import translate
from huddle.storage.audit import log_access, log_display
from huddle.storage.board_data import load_board_input, load_room_numbers, load_sips
from huddle.storage.rows import (
    CFS_COLUMNS,
    PATIENT_COLUMNS,
    SIP_COLUMNS,
    cfs_of,
    get_followup,
    get_patient,
    moment_of,
    patient_of,
    sip_of,
)
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _change(db: Store, what: str, patient_id: int, *, at: str,
            place: str = PLACE_PATIENT) -> None:
    log_access(db, ACTION_CHANGE, patient_id, what, place=place, at=at)


# --------------------------------------------------------------------------- finding


class RegisterRow(NamedTuple):
    """One patient as the register list shows it, as much as the audience may see."""

    id: int
    shown: Disclosure
    protected: bool
    consent: str
    cfs: int | None
    cfs_scored_on: date | None
    rescore_overdue: bool
    pathway: str | None
    sip: str                      # the SIP state's code
    sip_valid: bool
    sip_valid_until: date | None
    flag_reason: str | None       # None when the audience may not see free text
    source: str

    @property
    def name(self) -> str:
        return self.shown.name

    @property
    def personnummer(self) -> str | None:
        return self.shown.personnummer

    @property
    def age(self) -> int | None:
        return self.shown.age


_DIGITS = re.compile(r"\d")


def _is_number_query(query: str) -> bool:
    return len(_DIGITS.findall(query)) >= 6


def _patients(db: Store, where: str = "", params: list | None = None, *,
              limit: int = -1) -> list[Patient]:
    return [patient_of(row) for row in db.execute(
        f"SELECT {PATIENT_COLUMNS} FROM patients {where} ORDER BY name, id LIMIT ?",
        [*(params or []), limit]).fetchall()]


def _casefold(text: str | None) -> str:
    return text.casefold() if text else ""


def find_patients(db: Store, query: str, *, day: date, limit: int = 200,
                  audience: str = AUDIENCE_OWN, place: str = PLACE_REGISTER
                  ) -> list[RegisterRow]:
    """Patients whose personnummer contains the digits typed (six or more), or whose name
    contains every word typed. An empty query lists everyone (up to ``limit``)."""
    text = " ".join((query or "").split())
    # The register is filtered by SQLite, not read whole: a large health centre lists 20,000.
    if _is_number_query(text):
        digits = "".join(_DIGITS.findall(text))
        compact = re.sub(r"[\s-]", "", text).upper()
        exact = None
        with contextlib.suppress(IdentityError):
            exact = parse_identity(text, today=day,
                                   reserve_pattern=load_settings(db).reserve_number_pattern)
        # A protected identity is found by its whole number only.
        found = _patients(db, "WHERE (protected_identity = 0 AND (instr(personnummer, ?) > 0 "
                          "OR personnummer = ?)) OR (protected_identity = 1 AND personnummer = ?)",
                          [digits, compact, exact.number if exact else None], limit=limit)
    else:
        words = text.casefold().split()
        db.conn.create_function("huddle_casefold", 1, _casefold, deterministic=True)
        where = " ".join(["WHERE protected_identity = 0"] + [
            "AND instr(huddle_casefold(name), ?) > 0" for _ in words])
        found = _patients(db, where, words, limit=limit)
    result = register_rows(db, found, day=day, audience=audience)
    log_display(db, [row.id for row in result], place=place, detail="register_search")
    return result


def _room_numbers(db: Store, day: date, audience: str) -> dict[int, int]:
    """The day's neutral labels, so that a list shown to the room calls a patient what the
    room's board calls them ("Patient utan samtycke 3")."""
    return load_room_numbers(db, day) if audience == AUDIENCE_ROOM else {}


def register_rows(db: Store, patients: list[Patient], *, day: date,
                  audience: str = AUDIENCE_OWN) -> list[RegisterRow]:
    settings = load_settings(db)
    ids = [patient.id for patient in patients]
    latest: dict[int, tuple[int, date]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for pid, level, scored_on in db.execute(
            f"SELECT patient_id, level, scored_on FROM cfs_scores WHERE patient_id IN ({marks}) "
            "AND scored_on <= ? ORDER BY scored_on, id", [*ids, day.isoformat()]
        ).fetchall():
            latest[pid] = (level, date.fromisoformat(scored_on[:10]))
    sips = load_sips(db, day, ids)
    numbers = _room_numbers(db, day, audience)
    result = []
    for patient in patients:
        pid = patient.id
        shown = disclose(patient.facts, audience, day=day, room_number=numbers.get(pid))
        level, scored_on = latest.get(pid, (None, None))
        status = frailty.sip_status_from(sips.get(pid), day, settings)
        result.append(RegisterRow(
            id=pid,
            shown=shown,
            protected=patient.protected,
            consent=patient.consent,
            cfs=level if shown.health else None,
            cfs_scored_on=scored_on if shown.details else None,
            rescore_overdue=bool(scored_on and frailty.score_overdue(scored_on, day, settings)),
            pathway=cfs_rules.pathway_for(level, settings).label if level else None,
            sip=status.state,
            sip_valid=status.valid,
            sip_valid_until=status.valid_until if status.valid and shown.details else None,
            flag_reason=patient.flag_reason if shown.free_text else None,
            source=patient.source,
        ))
    return result


class PlanRow(NamedTuple):
    """One patient on the register's "Att planera" list: what the board would say."""

    patient: RegisterRow
    reason: str
    next_step: str
    tier: str
    on_board_today: bool


def planning_list(db: Store, *, day: date, audience: str = AUDIENCE_OWN) -> list[PlanRow]:
    """Every patient with a coordination finding, most pressing first – the daily board
    shows only ``cfs_plan_max`` of the planning items; this list shows them all."""
    settings = load_settings(db)
    inp = load_board_input(db, day)
    numbers = _room_numbers(db, day, audience)
    found = frailty.planning(inp, settings, day, shown=lambda pid: disclose(
        inp.patients[pid].facts, audience, day=day, room_number=numbers.get(pid)))
    # On the board today: in the CFS lane, or among the open decisions.
    shown, entries = found.on_board, found.entries
    wanted = [inp.patients[e.patient_id] for e in entries if e.patient_id in inp.patients]
    rows = {r.id: r for r in register_rows(db, wanted, day=day, audience=audience)}
    result = [PlanRow(rows[e.patient_id], e.reason, e.next_step, e.tier_name,
                      e.patient_id in shown)
              for e in entries if e.patient_id in rows]
    log_display(db, [row.patient.id for row in result], place=PLACE_PLANNING,
                detail="planning_list")
    return result


class ConsentCheck(NamedTuple):
    """A patient whose consent the health centre and SAMSA disagree about."""

    patient: RegisterRow
    conflict: str                 # huddle.domain.consent.CONFLICT_*
    recorded: str
    recorded_on: date | None
    samsa: str
    samsa_at: datetime | None


def consent_checks(db: Store, *, day: date, audience: str = AUDIENCE_OWN
                   ) -> list[ConsentCheck]:
    """The register's "Att kontrollera" list: every patient whose two consent sources differ,
    those masked until the nurse confirms first."""
    found: list[tuple[Patient, str]] = []
    for patient in _patients(db, "WHERE samsa_consent IS NOT NULL AND consent != 'unknown'"):
        conflict = consent_conflict(patient.consent_facts)
        if conflict is not None:
            found.append((patient, conflict))
    rows = {r.id: r for r in register_rows(db, [p for p, _ in found], day=day,
                                           audience=audience)}
    from huddle.domain.consent import CONFLICT_NEWER_NO_IN_SAMSA

    result = [ConsentCheck(rows[p.id], conflict, p.consent, p.consent_date, p.samsa_consent,
                           p.samsa_consent_at) for p, conflict in found]
    result.sort(key=lambda c: (c.conflict != CONFLICT_NEWER_NO_IN_SAMSA, c.patient.name))
    log_display(db, [c.patient.id for c in result], place=PLACE_REGISTER,
                detail="consent_checks")
    return result


# --------------------------------------------------------------------------- adding


def add_patient(db: Store, *, number: str, name: str | None, day: date,
                protected: bool = False, municipal_hsl: bool | None = None,
                now: datetime | None = None) -> int:
    """Add a patient by hand. The identity number is checked (Luhn, date, reserve pattern)."""
    from huddle.domain.text import plain_text

    settings = load_settings(db)
    try:
        identity = parse_identity(number, today=day,
                                  reserve_pattern=settings.reserve_number_pattern)
    except IdentityError as err:
        raise InputError(str(err)) from None
    clean_name = plain_text(name or "") or None
    if clean_name is None and not protected:
        raise InputError(translate("register", "Skriv patientens namn (Efternamn, Förnamn)."))
    if clean_name is not None and len(clean_name) > 200:
        raise InputError(translate("register", "Namnet är längre än 200 tecken. Skriv det kortare."))
    if db.execute("SELECT 1 FROM patients WHERE personnummer = ?", [identity.number]).fetchone():
        raise InputError(translate("register", "Patienten finns redan i registret; sök fram hen i stället."))
    moment = _iso(_now(now))
    with db.atomic():
        patient_id = db.insert("patients", {
            "personnummer": identity.number, "id_kind": identity.kind, "name": clean_name,
            "birth_date": identity.birth_date.isoformat() if identity.birth_date else None,
            "protected_identity": int(protected), "consent": CONSENT_UNKNOWN,
            "municipal_hsl": None if municipal_hsl is None else int(municipal_hsl),
            "source": "manual", "created_at": moment,
        })
        _change(db, "patient_added", patient_id, at=moment, place=PLACE_REGISTER)
    return patient_id


# --------------------------------------------------------------------------- reading


class CallRow(NamedTuple):
    id: int
    discharged_at: datetime
    deadline: datetime
    done_at: datetime | None
    done_by: str | None
    outcome: str | None
    state: str          # open | overdue | in_time | late


class ScoreEntry(NamedTuple):
    """A CFS score with its change from the one before."""

    score: CfsScore
    change: str          # 'first' | 'worse' | 'better' | 'same'
    arrow: str


class FrailtyRecord(NamedTuple):
    """What the CFS, SIP, consent and call dialogs show for one patient."""

    patient: Patient
    shown: Disclosure
    scores: list[ScoreEntry]               # newest first
    history: list[frailty.ScoreRow]        # oldest first
    trend: str
    rescore_due_on: date | None
    rescore_overdue: bool
    young: bool
    sip_episodes: list[Sip]                # newest first
    sip_status: sip_rules.SipStatus
    calls: list[CallRow]                   # newest first

    @property
    def age(self) -> int | None:
        return self.shown.age

    @property
    def shown_name(self) -> str:
        return self.shown.name

    @property
    def shown_number(self) -> str | None:
        return self.shown.personnummer

    @property
    def open_calls(self) -> list[CallRow]:
        return [c for c in self.calls if c.done_at is None]


def _calls(db: Store, patient_id: int, hours: int, now: datetime) -> list[CallRow]:
    result = []
    for row in db.execute(
        "SELECT f.id, f.due, f.done_at, f.done_by, f.outcome, c.discharged_at, f.status "
        "FROM followups f LEFT JOIN cases c ON c.id = f.case_id "
        "WHERE f.patient_id = ? AND f.kind = 'call_72h' AND f.status != 'cancelled' "
        "ORDER BY f.due DESC, f.id DESC", [patient_id]
    ).fetchall():
        deadline = datetime.fromisoformat(row[1])
        discharged = datetime.fromisoformat(row[5]) if row[5] else \
            deadline - timedelta(hours=hours)
        done = datetime.fromisoformat(row[2]) if row[2] and row[6] == "done" else None
        result.append(CallRow(row[0], discharged, deadline, done, row[3], row[4],
                              call_state(deadline, done, now)))
    return result


def load_frailty_record(db: Store, patient_id: int, *, day: date,
                        now: datetime | None = None, audience: str = AUDIENCE_OWN,
                        log: bool = True) -> FrailtyRecord:
    """Everything the frailty dialogs show; the read is written to the access log (``log``
    False only for a caller that has just logged the same view, as the patient dialog has)."""
    settings = load_settings(db)
    patient = get_patient(db, patient_id)
    scores = [cfs_of(r) for r in db.execute(
        f"SELECT {CFS_COLUMNS} FROM cfs_scores WHERE patient_id = ? ORDER BY scored_on, id",
        [patient_id]).fetchall()]
    rows = frailty.history((s.scored_on, s.level) for s in scores)
    # history() sorts by date and keeps the order of equal dates, as the query did.
    entries = [ScoreEntry(s, row.change, row.arrow) for s, row in zip(scores, rows, strict=True)]
    episodes = [sip_of(r) for r in db.execute(
        f"SELECT {SIP_COLUMNS} FROM sips WHERE patient_id = ? ORDER BY updated_at, id",
        [patient_id]).fetchall()]
    status = sip_rules.sip_status([e.episode for e in episodes], day, settings.sip_valid_months)
    last = rows[-1].scored_on if rows else None
    record = FrailtyRecord(
        patient=patient,
        shown=disclose(patient.facts, audience, day=day,
                       room_number=_room_numbers(db, day, audience).get(patient_id)),
        scores=list(reversed(entries)),
        history=rows,
        trend=frailty.trend_text(rows),
        rescore_due_on=frailty.rescore_due_on(last, settings) if last else None,
        rescore_overdue=bool(last and frailty.score_overdue(last, day, settings)),
        young=frailty.under_validated_age(patient.birth_date, day, settings),
        sip_episodes=list(reversed(episodes)),
        sip_status=status,
        calls=_calls(db, patient_id, settings.call_hours,
                     now or datetime.combine(day, datetime.max.time())),
    )
    if log:
        log_display(db, [patient_id], place=PLACE_PATIENT, detail="frailty_record")
    return record


# --------------------------------------------------------------------------- CFS


def record_cfs_score(db: Store, patient_id: int, *, level: int,
                     scored_on: date, today: date, version: str = cfs_rules.SCALE_VERSION,
                     role: str | None = None, name: str | None = None,
                     baseline_note: str | None = None, source: str = "manual",
                     import_id: int | None = None, now: datetime | None = None) -> int:
    patient = get_patient(db, patient_id)
    problems = frailty.validate_score(level=level, scored_on=scored_on, today=today,
                                      birth=patient.birth_date, version=version)
    if role is not None and role not in SCORER_ROLES:
        problems.append(translate("register", "Okänd yrkesroll."))
    if problems:
        raise InputError(" ".join(problems))
    moment = _iso(_now(now))
    with db.atomic():
        score_id = db.insert("cfs_scores", {
            "patient_id": patient_id, "level": level, "scale_version": version,
            "scored_on": scored_on.isoformat(), "scored_by_role": role,
            "scored_by_name": " ".join((name or "").split()) or None,
            "baseline_note": (baseline_note or "").strip() or None, "source": source,
            "import_id": import_id, "created_at": moment,
        })
        _change(db, f"cfs_recorded {score_id}: CFS {level}", patient_id, at=moment)
    return score_id


# --------------------------------------------------------------------------- SIP

SIP_DATE_FIELDS = ("need_noted_on", "invited_on", "held_on", "followed_up_on", "closed_on",
                   "declined_on")


def save_sip(db: Store, patient_id: int, *, state: str, today: date,
             sip_id: int | None = None, note: str | None = None, source: str = "manual",
             now: datetime | None = None, **dates: date | None) -> int:
    """Start a SIP episode (``sip_id`` None) or update one. ``dates`` are all the episode's
    dates by column name (``invited_on=...``); a date not given is empty."""
    get_patient(db, patient_id)
    unknown = set(dates) - set(SIP_DATE_FIELDS)
    if unknown:
        raise TypeError(f"unknown SIP dates: {sorted(unknown)}")
    problems = sip_rules.validate_episode({"state": state, **dates}, today)
    if problems:
        raise InputError(" ".join(problems))
    if sip_id is not None and not db.execute(
            "SELECT 1 FROM sips WHERE id = ? AND patient_id = ?", [sip_id, patient_id]
    ).fetchone():
        raise InputError(translate("register", "SIP:en finns inte längre; stäng fönstret och öppna det igen."))
    moment = _iso(_now(now))
    row = {"state": state, "note": (note or "").strip() or None, "updated_at": moment,
           **{key: dates[key].isoformat() if dates.get(key) else None
              for key in SIP_DATE_FIELDS}}
    with db.atomic():
        if sip_id is None:
            sip_id = db.insert("sips", {"patient_id": patient_id, "source": source, **row})
            action = "sip_created"
        else:
            db.update("sips", sip_id, row)
            action = "sip_updated"
        _change(db, f"{action} {sip_id}: {state}", patient_id, at=moment)
    return sip_id


# --------------------------------------------------------------------------- consent, flags


def set_consent(db: Store, patient_id: int, *, consent: str, on: date | None,
                by: str | None, today: date, now: datetime | None = None,
                place: str = PLACE_PATIENT) -> None:
    """Record the patient's answer as the health centre's consent for the joint huddle.

    Recording the same answer again confirms it: a newer SAMSA "Nej" that had masked the
    patient no longer does once the nurse has confirmed the health centre's "Ja".
    """
    old = get_patient(db, patient_id)
    unknown = consent == CONSENT_UNKNOWN
    clean_by = " ".join((by or "").split()) or None
    problems = validate_consent(consent, on, by, today)
    if problems:
        raise InputError(" ".join(problems))
    same = consent == old.consent and (unknown or (on, clean_by) == (old.consent_date,
                                                                       old.consent_by))
    if same and consent_conflict(old.consent_facts) is None:
        return  # nothing new
    moment = _iso(_now(now))
    change = {"consent": consent, "consent_date": None if unknown else on.isoformat(),
              "consent_by": None if unknown else clean_by,
              "consent_recorded_at": None if unknown else moment}
    with db.atomic():
        db.update("patients", patient_id, change)
        what = "consent_confirmed" if same else f"consent_changed {old.consent}->{consent}"
        _change(db, what, patient_id, at=moment, place=place)


def set_protected_identity(db: Store, patient_id: int, protected: bool, *,
                           now: datetime | None = None) -> None:
    old = get_patient(db, patient_id)
    if old.protected == protected:
        return
    moment = _iso(_now(now))
    with db.atomic():
        db.update("patients", patient_id, {"protected_identity": int(protected)})
        _change(db, "protected_set" if protected else "protected_lifted", patient_id,
                at=moment)


def set_municipal_hsl(db: Store, patient_id: int, enrolled: bool | None, *,
                      now: datetime | None = None) -> None:
    if get_patient(db, patient_id).municipal_hsl == enrolled:
        return
    moment = _iso(_now(now))
    with db.atomic():
        db.update("patients", patient_id,
                  {"municipal_hsl": None if enrolled is None else int(enrolled)})
        _change(db, f"municipal_hsl_changed {enrolled}", patient_id, at=moment)


def flag_patient(db: Store, patient_id: int, reason: str | None, *,
                 now: datetime | None = None) -> None:
    """Flag for coordination at the huddle (``reason``), or lift the flag (``None``)."""
    from huddle.domain.text import plain_text

    get_patient(db, patient_id)
    text = plain_text(reason or "") or None
    moment = _iso(_now(now))
    with db.atomic():
        db.update("patients", patient_id, {"flagged_at": moment if text else None,
                                           "flag_reason": text})
        # The reason is free text a participant wrote: it stays out of the log.
        _change(db, "flagged" if text else "flag_lifted", patient_id, at=moment)


# --------------------------------------------------------------------------- the call


class FollowupAfterCall(NamedTuple):
    """A need at home the call revealed (created with the call, in the same transaction)."""

    reason: str
    actor: str
    due: date
    note: str | None = None
    consent_confirmed: bool = False  # the nurse confirmed consent for a municipal actor


def record_call(db: Store, followup_id: int, *, called_at: datetime,
                by: str, outcome: str, note: str | None = None,
                then: FollowupAfterCall | None = None, now: datetime | None = None) -> str:
    """Record the 72-hour call and close it. Returns 'in_time' or 'late'."""
    try:
        row = get_followup(db, followup_id)
    except InputError:
        row = None
    if row is None or row.kind != "call_72h":
        raise InputError(translate("register", "Telefonuppföljningen finns inte längre. Uppdatera tavlan."))
    if row.status != "open":
        raise InputError(translate("register", "Samtalet är redan registrerat ({when}, {by}).").format(
            when=row.done_at.strftime("%Y-%m-%d %H:%M") if row.done_at else "–",
            by=row.done_by or "–"))
    if outcome not in CALL_OUTCOMES:
        raise InputError(translate("register", "Välj utfall: {choices}.").format(
            choices=", ".join(CALL_OUTCOMES.values())))
    who = " ".join((by or "").split())
    if not who:
        raise InputError(translate("register", "Skriv vem som ringde."))
    moment = _now(now)
    called = called_at.replace(second=0, microsecond=0)
    if called > moment + timedelta(minutes=5):
        raise InputError(translate("register", "Samtalstiden {when} ligger i framtiden.").format(
            when=called.strftime("%Y-%m-%d %H:%M")))
    hours = load_settings(db).call_hours
    deadline = row.due_at
    discharged = deadline - timedelta(hours=hours)
    if row.case_id is not None:
        case_discharged = moment_of(db.scalar("SELECT discharged_at FROM cases WHERE id = ?",
                                              [row.case_id]))
        if case_discharged is not None:
            discharged = case_discharged
    if called < discharged:
        raise InputError(translate("register", "Samtalet kan inte ha skett före utskrivningen ({when}).").format(
            when=discharged.strftime("%Y-%m-%d %H:%M")))
    state = call_state(deadline, called, moment)
    with db.atomic():
        db.update("followups", followup_id, {
            "status": "done", "done_at": called.isoformat(timespec="minutes"),
            "done_by": who, "outcome": outcome,
            "note": (note or "").strip() or row.note, "updated_at": _iso(moment)})
        _change(db, f"call_recorded {followup_id}: {outcome} {state}", row.patient_id,
                at=_iso(moment))
        if then is not None:
            from huddle.storage.huddles import create_followup

            create_followup(db, patient_id=row.patient_id, reason=then.reason,
                            actor=then.actor, due=then.due, note=then.note,
                            consent_confirmed=then.consent_confirmed, now=moment)
    return state


def save_patient_safeguards(db: Store, patient_id: int, *, consent: str, on: date | None,
                            by: str | None, protected: bool, municipal_hsl: bool | None,
                            today: date, record_consent: bool = True,
                            now: datetime | None = None) -> None:
    """What the consent dialog saves, all or nothing: the health centre's consent (when
    ``record_consent``; recording the same answer again confirms it), protected identity and
    enrolment in municipal home health care."""
    with db.atomic():
        if record_consent:
            set_consent(db, patient_id, consent=consent, on=on, by=by, today=today, now=now)
        set_protected_identity(db, patient_id, protected, now=now)
        set_municipal_hsl(db, patient_id, municipal_hsl, now=now)
