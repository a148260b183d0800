"""The health centre's register: finding and adding patients, and every change the nurse makes
to a frail patient's record – CFS scores, SIP, consent, protected identity, a participant's flag
and the 72-hour call.

Every read of a patient's details and every change is written to the access log in the same
transaction (Patient Data Act). A patient with protected identity never shows a name or
personnummer here: a name search does not find them, a search by the full personnummer does
and shows "Skyddad identitet".
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from huddle.domain import cfs as cfs_rules
from huddle.domain import frailty
from huddle.domain import sip as sip_rules
from huddle.domain.consent import CONSENT_UNKNOWN, SCORER_ROLES, validate_consent
from huddle.domain.followup import CALL_OUTCOMES, call_state
from huddle.domain.identity import IdentityError, age_on, parse_identity
from huddle.domain.privacy import PROTECTED_LABEL
from huddle.errors import InputError
from huddle.i18n import tr_label, translate
from huddle.storage.audit import log_access
from huddle.storage.board_data import load_board_input, load_sips
from huddle.storage.settings import load_settings

if TYPE_CHECKING:
    import sqlite_utils



def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _patient(db: sqlite_utils.Database, patient_id: int) -> dict:
    row = next(db["patients"].rows_where("id = ?", [patient_id], limit=1), None)
    if row is None:
        raise InputError(translate("register", "Patienten (id {id}) finns inte i registret. Uppdatera listan och "
                            "försök igen.").format(id=patient_id))
    return row


def _display_number(row: dict) -> str:
    number = row["personnummer"]
    return number if row["id_kind"] == "reservnummer" else f"{number[:8]}-{number[8:]}"


# --------------------------------------------------------------------------- finding


@dataclass(frozen=True)
class RegisterRow:
    """One patient as the register list shows it (identity already masked if protected)."""

    id: int
    name: str
    personnummer: str | None
    age: int | None
    protected: bool
    consent: str
    cfs: int | None
    cfs_scored_on: date | None
    rescore_overdue: bool
    pathway: str | None
    sip: str
    sip_valid: bool
    sip_valid_until: date | None
    flag_reason: str | None
    source: str


_DIGITS = re.compile(r"\d")


def _is_number_query(query: str) -> bool:
    return len(_DIGITS.findall(query)) >= 6


def find_patients(db: sqlite_utils.Database, query: str, *, day: date,
                  limit: int = 200) -> list[RegisterRow]:
    """Patients whose personnummer contains the digits typed (six or more), or whose name
    contains every word typed. An empty query lists everyone (up to ``limit``)."""
    text = " ".join((query or "").split())
    rows = []
    if _is_number_query(text):
        digits = "".join(_DIGITS.findall(text))
        compact = re.sub(r"[\s-]", "", text).upper()
        exact = None
        with contextlib.suppress(IdentityError):
            exact = parse_identity(text, today=day,
                                   reserve_pattern=load_settings(db).reserve_number_pattern)
        for row in db["patients"].rows_where(order_by="name, id"):
            if row["protected_identity"]:
                if exact is not None and row["personnummer"] == exact.number:
                    rows.append(row)
            elif digits in row["personnummer"] or compact == row["personnummer"]:
                rows.append(row)
    else:
        words = text.casefold().split()
        for row in db["patients"].rows_where(order_by="name, id"):
            if row["protected_identity"]:
                continue
            name = (row["name"] or "").casefold()
            if all(word in name for word in words):
                rows.append(row)
    rows = rows[:limit]
    result = register_rows(db, rows, day=day)
    with db.atomic():
        log_access(db, "register_search", None,
                   f"{'personnummer' if _is_number_query(text) else 'namn'}: "
                   f"{len(result)} träffar")
    return result


def register_rows(db: sqlite_utils.Database, rows: list[dict], *, day: date
                  ) -> list[RegisterRow]:
    settings = load_settings(db)
    ids = [row["id"] for row in rows]
    latest: dict[int, tuple[int, date]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for pid, level, scored_on in db.execute(
            f"SELECT patient_id, level, scored_on FROM cfs_scores WHERE patient_id IN ({marks}) "
            "AND scored_on <= ? ORDER BY scored_on, id", [*ids, day.isoformat()]
        ).fetchall():
            latest[pid] = (level, date.fromisoformat(scored_on[:10]))
    sips = load_sips(db, day)
    result = []
    for row in rows:
        pid = row["id"]
        protected = bool(row["protected_identity"])
        birth = _d(row["birth_date"])
        level, scored_on = latest.get(pid, (None, None))
        status = frailty.sip_status_from(sips.get(pid), day, settings)
        result.append(RegisterRow(
            id=pid,
            name=tr_label(PROTECTED_LABEL) if protected else (row["name"] or translate("register", "Namn saknas")),
            personnummer=None if protected else _display_number(row),
            age=age_on(birth, day) if birth else None,
            protected=protected,
            consent=row["consent"],
            cfs=level,
            cfs_scored_on=scored_on,
            rescore_overdue=bool(scored_on and frailty.score_overdue(scored_on, day, settings)),
            pathway=cfs_rules.pathway_for(level, settings).label if level else None,
            sip=tr_label(status.label),
            sip_valid=status.valid,
            sip_valid_until=status.valid_until if status.valid else None,
            flag_reason=row["flag_reason"],
            source=row["source"],
        ))
    return result


@dataclass(frozen=True)
class PlanRow:
    """One patient on the register's "Att planera" list: what the board would say."""

    patient: RegisterRow
    reason: str
    next_step: str
    tier: str
    on_board_today: bool


def planning_list(db: sqlite_utils.Database, *, day: date) -> list[PlanRow]:
    """Every patient with a coordination finding, most pressing first – the daily board
    shows only ``cfs_plan_max`` of the planning items; this list shows them all."""
    settings = load_settings(db)
    inp = load_board_input(db, day)
    # On the board today: in the CFS lane, or among the open decisions.
    shown = {e.patient_id for e in frailty.build_cfs_lane(inp, settings, day).entries}
    shown |= frailty.on_board_as_decision(inp, settings, day)
    entries = frailty.plan_list(inp, settings, day)
    wanted = {e.patient_id for e in entries}
    patients = [row for row in db["patients"].rows_where(order_by="id") if row["id"] in wanted]
    rows = {r.id: r for r in register_rows(db, patients, day=day)}
    result = [PlanRow(rows[e.patient_id], e.reason, e.next_step, e.extra["tier"],
                      e.patient_id in shown)
              for e in entries if e.patient_id in rows]
    with db.atomic():
        log_access(db, "register_planning_list", None, f"{len(result)} patienter")
    return result


# --------------------------------------------------------------------------- adding


def add_patient(db: sqlite_utils.Database, *, number: str, name: str | None, day: date,
                protected: bool = False, municipal_hsl: bool | None = None,
                now: datetime | None = None) -> int:
    """Add a patient by hand. The identity number is checked (Luhn, date, reserve pattern)."""
    settings = load_settings(db)
    try:
        identity = parse_identity(number, today=day,
                                  reserve_pattern=settings.reserve_number_pattern)
    except IdentityError as err:
        raise InputError(str(err)) from None
    clean_name = " ".join((name or "").split()) or None
    if clean_name is None and not protected:
        raise InputError(translate("register", "Skriv patientens namn (Efternamn, Förnamn)."))
    existing = next(db["patients"].rows_where("personnummer = ?", [identity.number], limit=1),
                    None)
    if existing is not None:
        raise InputError(translate("register", "Patienten finns redan i registret; sök fram hen i stället."))
    moment = _iso(_now(now))
    with db.atomic():
        patient_id = db["patients"].insert({
            "personnummer": identity.number, "id_kind": identity.kind, "name": clean_name,
            "birth_date": identity.birth_date.isoformat() if identity.birth_date else None,
            "protected_identity": int(protected), "consent": CONSENT_UNKNOWN,
            "municipal_hsl": None if municipal_hsl is None else int(municipal_hsl),
            "source": "manual", "created_at": moment,
        }).last_pk
        log_access(db, "patient_added", patient_id, "manuellt", at=moment)
    return patient_id


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class CallRow:
    id: int
    discharged_at: datetime
    deadline: datetime
    done_at: datetime | None
    done_by: str | None
    outcome: str | None
    state: str          # open | overdue | in_time | late


@dataclass(frozen=True)
class FrailtyRecord:
    """What the CFS, SIP, consent and call dialogs show for one patient."""

    patient: dict
    age: int | None
    scores: list[dict]                      # newest first, each with 'change' and 'arrow'
    history: list[frailty.ScoreRow]         # oldest first
    trend: str
    rescore_due_on: date | None
    rescore_overdue: bool
    young: bool
    sip_episodes: list[dict]                # newest first
    sip_status: sip_rules.SipStatus
    calls: list[CallRow]                    # newest first

    @property
    def shown_name(self) -> str:
        if self.patient["protected_identity"]:
            return tr_label(PROTECTED_LABEL)
        return self.patient["name"] or translate("register", "Namn saknas")

    @property
    def shown_number(self) -> str | None:
        return None if self.patient["protected_identity"] else _display_number(self.patient)

    @property
    def open_calls(self) -> list[CallRow]:
        return [c for c in self.calls if c.done_at is None]


def _calls(db: sqlite_utils.Database, patient_id: int, hours: int, now: datetime
           ) -> list[CallRow]:
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


def load_frailty_record(db: sqlite_utils.Database, patient_id: int, *, day: date,
                        now: datetime | None = None, purpose: str = "frailty_viewed",
                        log: bool = True) -> FrailtyRecord:
    """Everything the frailty dialogs show; the read is written to the access log (``log``
    False only for a caller that has just logged the same view, as the patient dialog has)."""
    settings = load_settings(db)
    patient = _patient(db, patient_id)
    scores = list(db["cfs_scores"].rows_where("patient_id = ?", [patient_id],
                                               order_by="scored_on, id"))
    rows = frailty.history((date.fromisoformat(s["scored_on"][:10]), s["level"])
                           for s in scores)
    # history() sorts by date and keeps the order of equal dates, as the query did.
    for score, row in zip(scores, rows, strict=True):
        score["change"] = row.change
        score["arrow"] = row.arrow
    episodes = list(db["sips"].rows_where("patient_id = ?", [patient_id],
                                           order_by="updated_at, id"))
    status = sip_rules.sip_status([_episode(e) for e in episodes], day,
                                  settings.sip_valid_months)
    birth = _d(patient["birth_date"])
    last = rows[-1].scored_on if rows else None
    record = FrailtyRecord(
        patient=patient,
        age=age_on(birth, day) if birth else None,
        scores=list(reversed(scores)),
        history=rows,
        trend=frailty.trend_text(rows),
        rescore_due_on=frailty.rescore_due_on(last, settings) if last else None,
        rescore_overdue=bool(last and frailty.score_overdue(last, day, settings)),
        young=frailty.under_validated_age(birth, day, settings),
        sip_episodes=list(reversed(episodes)),
        sip_status=status,
        calls=_calls(db, patient_id, settings.call_hours,
                     now or datetime.combine(day, datetime.max.time())),
    )
    if log:
        with db.atomic():
            log_access(db, purpose, patient_id)
    return record


def _episode(row: dict) -> sip_rules.SipEpisode:
    return sip_rules.SipEpisode(
        state=row["state"], need_noted_on=_d(row["need_noted_on"]),
        invited_on=_d(row["invited_on"]), held_on=_d(row["held_on"]),
        followed_up_on=_d(row["followed_up_on"]), closed_on=_d(row["closed_on"]),
        declined_on=_d(row["declined_on"]))


# --------------------------------------------------------------------------- CFS


def record_cfs_score(db: sqlite_utils.Database, patient_id: int, *, level: int,
                     scored_on: date, today: date, version: str = cfs_rules.SCALE_VERSION,
                     role: str | None = None, name: str | None = None,
                     baseline_note: str | None = None, source: str = "manual",
                     import_id: int | None = None, now: datetime | None = None) -> int:
    patient = _patient(db, patient_id)
    problems = frailty.validate_score(level=level, scored_on=scored_on, today=today,
                                      birth=_d(patient["birth_date"]), version=version)
    if role is not None and role not in SCORER_ROLES:
        problems.append(translate("register", "Okänd yrkesroll {role!r}.").format(role=role))
    if problems:
        raise InputError(" ".join(problems))
    moment = _iso(_now(now))
    with db.atomic():
        score_id = db["cfs_scores"].insert({
            "patient_id": patient_id, "level": level, "scale_version": version,
            "scored_on": scored_on.isoformat(), "scored_by_role": role,
            "scored_by_name": " ".join((name or "").split()) or None,
            "baseline_note": (baseline_note or "").strip() or None, "source": source,
            "import_id": import_id, "created_at": moment,
        }).last_pk
        log_access(db, "cfs_recorded", patient_id,
                   f"CFS {level} ({version}) skattad {scored_on.isoformat()}", at=moment)
    return score_id


# --------------------------------------------------------------------------- SIP

SIP_DATE_FIELDS = ("need_noted_on", "invited_on", "held_on", "followed_up_on", "closed_on",
                   "declined_on")


def save_sip(db: sqlite_utils.Database, patient_id: int, *, state: str, today: date,
             sip_id: int | None = None, note: str | None = None, source: str = "manual",
             now: datetime | None = None, **dates: date | None) -> int:
    """Start a SIP episode (``sip_id`` None) or update one. ``dates`` are all the episode's
    dates by column name (``invited_on=...``); a date not given is empty."""
    _patient(db, patient_id)
    unknown = set(dates) - set(SIP_DATE_FIELDS)
    if unknown:
        raise TypeError(f"unknown SIP dates: {sorted(unknown)}")
    problems = sip_rules.validate_episode({"state": state, **dates}, today)
    if problems:
        raise InputError(" ".join(problems))
    if sip_id is not None:
        old = next(db["sips"].rows_where("id = ? AND patient_id = ?", [sip_id, patient_id],
                                         limit=1), None)
        if old is None:
            raise InputError(translate("register", "SIP:en finns inte längre; stäng fönstret och öppna det igen."))
    moment = _iso(_now(now))
    row = {"state": state, "note": (note or "").strip() or None, "updated_at": moment,
           **{key: dates[key].isoformat() if dates.get(key) else None
              for key in SIP_DATE_FIELDS}}
    with db.atomic():
        if sip_id is None:
            sip_id = db["sips"].insert({"patient_id": patient_id, "source": source, **row}
                                       ).last_pk
            action = "sip_created"
        else:
            db["sips"].update(sip_id, row)
            action = "sip_updated"
        log_access(db, action, patient_id, f"SIP {sip_id}: {state}", at=moment)
    return sip_id


def sync_sip_invitations(db: sqlite_utils.Database, case_ids: list[int], *, at: str) -> int:
    """SAMSA's *SIP-kallelse* feeds the SIP register: an invitation SAMSA shows and the register
    does not know becomes (or moves an open need to) a 'kallad' episode. Call it inside the
    import's transaction with the cases whose invitation is new."""
    changed = 0
    for case_id in case_ids:
        case = next(db["cases"].rows_where("id = ?", [case_id], limit=1), None)
        if case is None or not case["sip_invited_on"]:
            continue
        invited = case["sip_invited_on"][:10]
        episodes = list(db["sips"].rows_where("patient_id = ?", [case["patient_id"]],
                                               order_by="updated_at, id"))
        if any(e["invited_on"] == invited for e in episodes):
            continue
        latest = episodes[-1] if episodes else None
        if latest is not None:
            newest = _episode(latest).latest_date
            if newest is not None and newest.isoformat() > invited:
                continue  # the register already knows of something later
        if latest is not None and latest["state"] == sip_rules.STATE_NEED:
            db["sips"].update(latest["id"], {"state": sip_rules.STATE_INVITED,
                                             "invited_on": invited, "updated_at": at})
        else:
            db["sips"].insert({"patient_id": case["patient_id"],
                               "state": sip_rules.STATE_INVITED, "invited_on": invited,
                               "source": "samsa", "updated_at": at})
        log_access(db, "sip_from_samsa", case["patient_id"], f"SIP-kallelse {invited}", at=at)
        changed += 1
    return changed


# --------------------------------------------------------------------------- consent, flags


def set_consent(db: sqlite_utils.Database, patient_id: int, *, consent: str,
                on: date | None, by: str | None, today: date,
                now: datetime | None = None) -> None:
    old = _patient(db, patient_id)
    unknown = consent == CONSENT_UNKNOWN
    clean_by = " ".join((by or "").split()) or None
    if consent == old["consent"] and (unknown or (
            (on.isoformat() if on else None, clean_by) == (old["consent_date"],
                                                           old["consent_by"]))):
        return  # nothing new
    problems = validate_consent(consent, on, by, today)
    if problems:
        raise InputError(" ".join(problems))
    moment = _iso(_now(now))
    change = {"consent": consent, "consent_date": None if unknown else on.isoformat(),
              "consent_by": None if unknown else clean_by}
    with db.atomic():
        db["patients"].update(patient_id, change)
        log_access(db, "consent_changed", patient_id, f"{old['consent']} -> {consent}",
                   at=moment)


def set_protected_identity(db: sqlite_utils.Database, patient_id: int, protected: bool, *,
                           now: datetime | None = None) -> None:
    old = _patient(db, patient_id)
    if bool(old["protected_identity"]) == protected:
        return
    moment = _iso(_now(now))
    with db.atomic():
        db["patients"].update(patient_id, {"protected_identity": int(protected)})
        log_access(db, "protected_changed", patient_id,
                   "satt för hand" if protected else "borttagen för hand", at=moment)


def set_municipal_hsl(db: sqlite_utils.Database, patient_id: int, enrolled: bool | None, *,
                      now: datetime | None = None) -> None:
    value = None if enrolled is None else int(enrolled)
    if _patient(db, patient_id)["municipal_hsl"] == value:
        return
    moment = _iso(_now(now))
    with db.atomic():
        db["patients"].update(patient_id, {"municipal_hsl": value})
        log_access(db, "municipal_hsl_changed", patient_id, str(enrolled), at=moment)


def flag_patient(db: sqlite_utils.Database, patient_id: int, reason: str | None, *,
                 now: datetime | None = None) -> None:
    """Flag for coordination at the huddle (``reason``), or lift the flag (``None``)."""
    _patient(db, patient_id)
    text = " ".join((reason or "").split()) or None
    moment = _iso(_now(now))
    with db.atomic():
        db["patients"].update(patient_id, {"flagged_at": moment if text else None,
                                           "flag_reason": text})
        log_access(db, "flagged" if text else "flag_lifted", patient_id, text, at=moment)


# --------------------------------------------------------------------------- the call


@dataclass(frozen=True)
class FollowupAfterCall:
    """A need at home the call revealed (created with the call, in the same transaction)."""

    reason: str
    actor: str
    due: date
    note: str | None = None


def record_call(db: sqlite_utils.Database, followup_id: int, *, called_at: datetime,
                by: str, outcome: str, note: str | None = None,
                then: FollowupAfterCall | None = None, now: datetime | None = None) -> str:
    """Record the 72-hour call and close it. Returns 'in_time' or 'late'."""
    row = next(db["followups"].rows_where("id = ?", [followup_id], limit=1), None)
    if row is None or row["kind"] != "call_72h":
        raise InputError(translate("register", "Telefonuppföljningen finns inte längre. Uppdatera tavlan."))
    if row["status"] != "open":
        raise InputError(translate("register", "Samtalet är redan registrerat ({when}, {by}).").format(
            when=(row["done_at"] or "–").replace("T", " "), by=row["done_by"] or "–"))
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
    deadline = datetime.fromisoformat(row["due"])
    discharged = deadline - timedelta(hours=hours)
    if row["case_id"] is not None:
        case = next(db["cases"].rows_where("id = ?", [row["case_id"]], limit=1), None)
        if case and case["discharged_at"]:
            discharged = datetime.fromisoformat(case["discharged_at"])
    if called < discharged:
        raise InputError(translate("register", "Samtalet kan inte ha skett före utskrivningen ({when}).").format(
            when=discharged.strftime("%Y-%m-%d %H:%M")))
    state = call_state(deadline, called, moment)
    with db.atomic():
        db["followups"].update(followup_id, {
            "status": "done", "done_at": called.isoformat(timespec="minutes"),
            "done_by": who, "outcome": outcome,
            "note": (note or "").strip() or row["note"], "updated_at": _iso(moment)})
        log_access(db, "call_recorded", row["patient_id"],
                   f"followup {followup_id}: {outcome}, {state}", at=_iso(moment))
        if then is not None:
            from huddle.storage.huddles import create_followup

            create_followup(db, patient_id=row["patient_id"], reason=then.reason,
                            actor=then.actor, due=then.due, note=then.note, now=moment)
    return state
