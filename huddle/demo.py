"""The demo: Skene vårdcentral in Mark, about 120 invented patients and 90 days of history.

Everything is fictional and deterministic for a given seed. SAMSA history is produced the
way real data arrives: one snapshot a day, each applied through the same storage code as a
real import, so the events on the board are the importer's own.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

import sqlite_utils

from huddle.domain.calendar import is_working_day
from huddle.domain.identity import PERSONNUMMER, with_check_digit
from huddle.domain.samsa import (
    STATUS_ADMITTED,
    STATUS_DISCHARGED,
    STATUS_READY,
    CaseRecord,
)
from huddle.storage.audit import log_access
from huddle.storage.cases import apply_snapshot
from huddle.storage.database import open_database
from huddle.storage.followups import create_calls_for_discharges
from huddle.storage.settings import save_settings

VC_NAME = "Skene vårdcentral"
KOMMUN = "Mark"
NURSE = "Anna Lund"

FIRST_NAMES_F = ["Margareta", "Ingrid", "Gunnel", "Karin", "Birgitta", "Elsa", "Maj-Britt",
                 "Astrid", "Gun", "Ulla", "Barbro", "Solveig", "Inga", "Märta", "Britt",
                 "Elisabet", "Sonja", "Agneta", "Rut", "Signe"]
FIRST_NAMES_M = ["Sven-Åke", "Åke", "Bengt", "Lennart", "Stig", "Rolf", "Gösta", "Kjell",
                 "Olle", "Bertil", "Göran", "Ture", "Evert", "Harald", "Leif", "Nils",
                 "Ragnar", "Sture", "Yngve", "Håkan"]
LAST_NAMES = ["Ek", "Björk", "Öberg", "Andersson", "Lindqvist", "Persson", "Johansson",
              "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Svensson", "Gustafsson",
              "Pettersson", "Jonsson", "Holm", "Sjöberg", "Ström", "Åberg", "Lundgren",
              "Bergström", "Fransson", "Hägg", "Dahl", "Wallin", "Engström", "Sandberg",
              "Forsberg", "Törnqvist"]
HOSPITALS = [("Södra Älvsborgs sjukhus Borås", ["Medicin 2", "Medicin 4", "Geriatrik",
                                                "Ortopedi 2", "Kirurgi 3", "Kardiologi"]),
             ("Skene närsjukhus", ["Vårdavdelning 1"]),
             ("Sahlgrenska Universitetssjukhuset", ["Medicin 7", "Strokeenhet"])]
NEEDS = ["hemtjänst", "hemsjukvård", "korttidsplats", "rehab", "hjälpmedel"]
DECISION_TEXTS = [
    "Läkemedelsgenomgång", "Hembesök av distriktssköterska", "Boka SIP-möte",
    "Kontakta anhörig", "Se över hjälpmedel", "Utöka hemtjänst", "Fallriskbedömning",
    "Nutritionsbedömning", "Uppdatera vårdplan", "Remiss till förebyggande team",
]
ROLES = ["aldre_ssk", "bistandshandlaggare", "kommunal_hsl", "hemtjanst", "lakare", "rehab"]
FOLLOWUP_REASONS = ["fallrisk", "lakemedel", "efter_utskrivning", "hemtjanst", "nutrition",
                    "ensamhet", "hjalpmedel", "annat"]
ACTORS = ["forebyggande_team", "vc", "kommunal_primarvard", "bistandshandlaggare", "digital"]
ESCALATED_TO = "Månadsmöte (första linjens chefer)"
ANSWER_TEXT = "Tas upp i samverkansgruppen; kommunen utökar bemanningen kvällstid."
ANSWER_BY = "Eva Strand, enhetschef"


@dataclass
class DemoPatient:
    personnummer: str
    name: str
    birth: date
    protected: bool
    consent: bool | None
    municipal_hsl: bool
    home_care: bool
    id: int = 0


@dataclass
class Episode:
    patient: DemoPatient
    key: str
    hospital: str
    ward: str
    admitted_at: datetime
    ready_at: datetime | None
    discharged_at: datetime | None
    pud_plan: list[tuple[date, date]]  # (from day, pud) — the PUD known from that day on
    needs: str
    sip_invited_on: date | None = None
    cancelled_on: date | None = None
    extra: dict = field(default_factory=dict)

    def state_on(self, day: date, at: datetime) -> CaseRecord | None:
        if self.admitted_at > at:
            return None
        discharged = self.discharged_at if self.discharged_at and self.discharged_at <= at \
            else None
        if discharged and (day - discharged.date()).days > 3:
            return None
        ready = self.ready_at if self.ready_at and self.ready_at <= at else None
        pud = None
        for since, value in self.pud_plan:
            if since <= day:
                pud = value
        status = STATUS_DISCHARGED if discharged else STATUS_READY if ready else STATUS_ADMITTED
        sip = self.sip_invited_on if self.sip_invited_on and self.sip_invited_on <= day else None
        p = self.patient
        return CaseRecord(
            personnummer=p.personnummer, id_kind=PERSONNUMMER, birth_date=p.birth,
            admitted_at=self.admitted_at, samsa_id=self.key, name=p.name,
            protected=p.protected, hospital=self.hospital, ward=self.ward, pud=pud,
            ready_at=ready, discharged_at=discharged, status=status, municipality=KOMMUN,
            health_centre=VC_NAME, contact=f"{NURSE}, äldre-ssk", municipal_hsl=p.municipal_hsl,
            home_care=p.home_care, sip_invited_on=sip, consent=p.consent,
            needs=self.needs if ready or discharged else None,
            last_changed=at - timedelta(hours=2), raw={"källa": "demo"},
        )


class DemoWriter:
    def __init__(self, db: sqlite_utils.Database, seed: int, days: int, today: date) -> None:
        self.db, self.rng, self.days, self.today = db, random.Random(seed), days, today
        self.start = today - timedelta(days=days)
        self.patients: list[DemoPatient] = []
        self.episodes: list[Episode] = []

    # ------------------------------------------------------------ people
    def make_patients(self, count: int = 120) -> None:
        used: set[str] = set()
        names: set[str] = set()
        rng = self.rng
        for index in range(count):
            female = rng.random() < 0.58
            while True:
                first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
                last = rng.choice(LAST_NAMES)
                if (last, first) not in names:
                    names.add((last, first))
                    break
            if index == 7:  # one patient just under 65: the CFS scale is not validated there
                birth = date(self.today.year - 64, 3, 14)
            else:
                year = int(rng.triangular(1927, 1959, 1942))
                birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
            while True:
                # Serial 9xx, odd for men and even for women in the ninth digit.
                serial = rng.randrange(900, 1000)
                if (serial % 2 == 0) != female:
                    serial = serial + 1 if serial < 999 else serial - 1
                first_nine = birth.strftime("%y%m%d") + f"{serial:03d}"
                number = birth.strftime("%Y")[:2] + with_check_digit(first_nine)
                if number not in used:
                    used.add(number)
                    break
            roll = rng.random()
            consent = True if roll < 0.8 else (None if roll < 0.93 else False)
            self.patients.append(DemoPatient(
                personnummer=number, name=f"{last}, {first}", birth=birth,
                protected=(index == 11), consent=consent,
                municipal_hsl=rng.random() < 0.4, home_care=rng.random() < 0.5,
            ))

    # ------------------------------------------------------------ SAMSA
    def make_episodes(self) -> None:
        rng = self.rng
        counter = 104000
        busy_until: dict[str, datetime] = {}
        day = self.start - timedelta(days=10)
        while day <= self.today:
            for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 2, 3])):
                patient = rng.choice(self.patients)
                admitted = datetime.combine(day, time(rng.randint(0, 23), rng.choice([0, 15, 30, 45])))
                if busy_until.get(patient.personnummer, datetime.min) >= admitted:
                    continue
                counter += rng.randint(3, 40)
                episode = self._episode(patient, f"S-{day.year}-{counter}", admitted)
                self.episodes.append(episode)
                end = episode.discharged_at or datetime.combine(self.today, time(23, 59))
                busy_until[patient.personnummer] = end
            day += timedelta(days=1)
        self._force_readmission()

    def _episode(self, patient: DemoPatient, key: str, admitted: datetime) -> Episode:
        rng = self.rng
        hospital, wards = rng.choice(HOSPITALS)
        stay = rng.randint(2, 9)
        ready = admitted + timedelta(days=stay, hours=rng.randint(-6, 6))
        wait = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 6])
        discharged = ready + timedelta(days=wait, hours=rng.randint(1, 6))
        pud = (admitted + timedelta(days=stay + rng.randint(-2, 2))).date()
        plan = [(admitted.date(), pud)]
        moves = rng.choice([0, 0, 0, 1, 1, 2, 3])
        for n in range(moves):
            when = admitted.date() + timedelta(days=1 + n)
            if when >= ready.date():
                break
            pud = pud + timedelta(days=rng.choice([-1, 1, 2, 3]))
            plan.append((when, pud))
        now = datetime.combine(self.today, time(6, 0))
        needs = ", ".join(sorted(rng.sample(NEEDS, rng.choice([0, 1, 1, 2]))))
        episode = Episode(patient, key, hospital, rng.choice(wards), admitted,
                          ready if ready <= now else None,
                          discharged if discharged <= now else None, plan, needs)
        if episode.ready_at and rng.random() < 0.75:
            episode.sip_invited_on = (episode.ready_at + timedelta(days=rng.randint(0, 2))).date()
        return episode

    def _force_readmission(self) -> None:
        """Make sure the demo shows a readmission within 30 days."""
        done = [e for e in self.episodes if e.discharged_at
                and (self.today - e.discharged_at.date()).days > 20]
        if not done:
            return
        first = done[-1]
        admitted = first.discharged_at + timedelta(days=9, hours=3)
        if admitted.date() >= self.today:
            return
        if any(e.patient is first.patient and e.admitted_at > first.admitted_at
               for e in self.episodes):
            return
        episode = self._episode(first.patient, first.key + "-R", admitted)
        self.episodes.append(episode)

    def write_snapshots(self) -> None:
        day = self.start
        while day <= self.today:
            at = datetime.combine(day, time(6, 0))
            records = [r for e in self.episodes if (r := e.state_on(day, at)) is not None]
            payload = json.dumps([r.case_key for r in records] + [day.isoformat()])
            digest = hashlib.sha256(payload.encode()).hexdigest()
            with self.db.atomic():
                import_id = self.db["imports"].insert({
                    "kind": "samsa", "file_name": f"demo-samsa-{day.isoformat()}.csv",
                    "sha256": digest, "archive_path": None,
                    "as_of": at.isoformat(timespec="minutes"),
                    "imported_at": (at + timedelta(minutes=3)).isoformat(timespec="seconds"),
                    "os_user": "demo",
                    "result": json.dumps({"rows_read": len(records), "accepted": len(records)}),
                }).last_pk
                result = apply_snapshot(self.db, records, as_of=at, import_id=import_id,
                                        fictional=True)
                discharged = [e["case_id"] for e in result.events if e["kind"] == "discharged"]
                create_calls_for_discharges(self.db, discharged,
                                            at=at.isoformat(timespec="minutes"))
            day += timedelta(days=1)
        for patient in self.patients:
            row = next(self.db["patients"].rows_where(
                "personnummer = ?", [patient.personnummer], limit=1), None)
            if row is None:
                row_id = self.db["patients"].insert({
                    "personnummer": patient.personnummer, "id_kind": PERSONNUMMER,
                    "name": patient.name, "birth_date": patient.birth.isoformat(),
                    "protected_identity": int(patient.protected),
                    "consent": {True: "given", False: "declined", None: "unknown"}[
                        patient.consent],
                    "municipal_hsl": int(patient.municipal_hsl),
                    "home_care": int(patient.home_care), "fictional": 1, "source": "demo",
                    "created_at": self.start.isoformat() + "T07:00",
                }).last_pk
            else:
                row_id = row["id"]
            patient.id = row_id
        self.db.execute("UPDATE patients SET fictional = 1")

    # ------------------------------------------------------------ CFS and SIP
    def write_cfs_and_sip(self) -> None:
        rng = self.rng
        levels = [1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 9]
        for index, patient in enumerate(self.patients):
            if index % 6 == 5:
                continue  # some patients have never been scored
            level = levels[index % len(levels)]
            scored = self.today - timedelta(days=rng.randint(5, 330))
            if index % 13 == 0:
                scored = self.today - timedelta(days=rng.randint(380, 500))  # overdue
            if index % 9 == 0 and level > 2:
                earlier = scored - timedelta(days=rng.randint(120, 300))
                self._score(patient, level - rng.randint(1, 2), earlier)
            self._score(patient, level, scored)
            if 5 <= level <= 6 or level >= 7 and rng.random() < 0.5:
                self._sip(patient, rng)

    def _score(self, patient: DemoPatient, level: int, on: date) -> None:
        self.db["cfs_scores"].insert({
            "patient_id": patient.id, "level": max(1, level), "scale_version": "2.0",
            "scored_on": on.isoformat(), "scored_by_role": "aldre_ssk",
            "scored_by_name": NURSE, "baseline_note": "Tillstånd två veckor före insjuknandet",
            "source": "demo", "created_at": on.isoformat() + "T10:00",
        })

    def _sip(self, patient: DemoPatient, rng: random.Random) -> None:
        roll = rng.random()
        invited = self.today - timedelta(days=rng.randint(20, 420))
        row = {"patient_id": patient.id, "source": "demo", "need_noted_on":
               (invited - timedelta(days=5)).isoformat(), "invited_on": invited.isoformat()}
        if roll < 0.72:
            held = invited + timedelta(days=rng.randint(5, 15))
            row.update(state="genomford", held_on=held.isoformat())
        elif roll < 0.8:
            row.update(state="kallad", invited_on=(self.today - timedelta(days=4)).isoformat())
        elif roll < 0.88:
            row.update(state="tackat_nej", declined_on=invited.isoformat())
        else:
            row.update(state="behov", invited_on=None)
        row["updated_at"] = self.today.isoformat() + "T07:00"
        self.db["sips"].insert(row)

    # ------------------------------------------------------------ huddles
    def write_huddles(self) -> None:
        rng = self.rng
        day = self.start
        patient_ids = [p.id for p in self.patients if not p.protected]
        while day < self.today:
            if is_working_day(day) and rng.random() > 0.08:
                self._huddle(day, rng, patient_ids)
            day += timedelta(days=1)

    def _huddle(self, day: date, rng: random.Random, patient_ids: list[int]) -> None:
        started = datetime.combine(day, time(8, 15 + rng.randint(0, 4)))
        minutes = rng.choice([11, 12, 13, 14, 14, 15, 15, 16, 17, 19])
        ended = started + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
        overtime = max(0, int((ended - started).total_seconds()) - 15 * 60)
        roles = ["aldre_ssk"] + [r for r in ROLES[1:] if rng.random() < 0.7]
        huddle_id = self.db["huddles"].insert({
            "day": day.isoformat(), "started_at": started.isoformat(timespec="seconds"),
            "ended_at": ended.isoformat(timespec="seconds"), "planned_minutes": 15,
            "overtime_seconds": overtime,
        }).last_pk
        self.db["huddle_attendance"].insert_all(
            [{"huddle_id": huddle_id, "role": role,
              "name": NURSE if role == "aldre_ssk" else None} for role in roles])
        made = escalated = 0
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            escalated += self._decision(day, started, huddle_id, rng, rng.choice(patient_ids))
            made += 1
        for _ in range(rng.choice([0, 1, 1, 2])):
            self._followup(day, started, huddle_id, rng, rng.choice(patient_ids))
        summary = {"duration_seconds": int((ended - started).total_seconds()),
                   "roles": roles, "decisions_made": made, "escalated": escalated}
        self.db["huddles"].update(huddle_id, {"summary": json.dumps(summary)})

    def _decision(self, day: date, at: datetime, huddle_id: int, rng: random.Random,
                  patient_id: int) -> bool:
        """Write one decision made at the huddle; True if it was escalated."""
        due = day + timedelta(days=rng.randint(1, 10))
        age = (self.today - day).days
        row = {
            "huddle_id": huddle_id, "patient_id": patient_id,
            "what": rng.choice(DECISION_TEXTS), "responsible_role": rng.choice(ROLES),
            "responsible_name": rng.choice([None, None, NURSE, "Per Holm"]),
            "due_on": due.isoformat(), "status": "open",
            "created_at": at.isoformat(timespec="seconds"),
            "updated_at": at.isoformat(timespec="seconds"),
        }
        if age > 12 or (age > 3 and rng.random() < 0.6):
            done = min(due + timedelta(days=rng.choice([-2, -1, 0, 0, 1, 3])),
                       self.today - timedelta(days=1))
            row.update(status="done", done_at=datetime.combine(done, time(8, 25)).isoformat())
        if rng.random() < 0.08:
            row["escalated_at"] = at.isoformat(timespec="seconds")
            row["escalated_to"] = ESCALATED_TO
            if age > 20:
                answered = day + timedelta(days=rng.randint(7, 20))
                row.update(answer_text=ANSWER_TEXT, answer_by=ANSWER_BY,
                           answer_at=datetime.combine(answered, time(13, 0)).isoformat())
        decision_id = self.db["decisions"].insert(row).last_pk
        self.db["decision_reviews"].insert({
            "decision_id": decision_id, "huddle_id": huddle_id,
            "at": at.isoformat(timespec="seconds"), "outcome": "kept",
        }) if row["status"] == "open" and age > 1 else None
        log_access(self.db, "decision_created", patient_id, f"decision {decision_id}",
                   at=at.isoformat(timespec="seconds"), user="demo")
        return "escalated_at" in row

    def ensure_decision_mix(self) -> None:
        """Whatever the seed and length, the board shows an overdue decision, an escalation
        still waiting for its answer and one whose answer came back after the last huddle.

        Draws nothing from the random generator, so the rest of the demo stays as it was.
        """
        db, today = self.db, self.today.isoformat()
        last = db.execute("SELECT id, started_at FROM huddles WHERE day < ? "
                          "ORDER BY day DESC LIMIT 1", [today]).fetchone()
        if last is None:
            return
        last_id, last_start = last
        rows = list(db["decisions"].rows_where(order_by="created_at, id"))
        still_open = [r for r in rows if r["status"] == "open"]
        # Open decisions first (oldest first), then closed ones (newest first).
        candidates = [r for r in still_open if r["escalated_at"] is None] + [
            r for r in reversed(rows) if r["status"] == "done" and r["escalated_at"] is None]
        used: set[int] = set()

        def pick(fits) -> dict | None:
            row = next((r for r in candidates if r["id"] not in used and fits(r)), None)
            if row is not None:
                used.add(row["id"])
            return row

        if not any(r["due_on"] and r["due_on"] < today for r in still_open):
            row = pick(lambda r: r["status"] == "done" and r["due_on"] and r["due_on"] < today)
            if row is not None:
                self._reopen(row)
        if not any(r["escalated_at"] and not r["answer_text"] for r in still_open):
            row = pick(lambda r: True)
            if row is not None:  # escalated when reviewed at the last huddle
                self._reopen(row, escalated_at=last_start, escalated_to=ESCALATED_TO)
                db["decision_reviews"].insert({"decision_id": row["id"], "huddle_id": last_id,
                                               "at": last_start, "outcome": "escalated"})
                self._count_escalation(last_id)
        if not any(r["answer_at"] and r["answer_at"] > last_start for r in still_open):
            row = pick(lambda r: r["created_at"] < last_start)
            if row is not None:  # escalated when made, answered after the last huddle
                answered = f"{last_start[:10]}T13:00:00"
                self._reopen(row, escalated_at=row["created_at"], escalated_to=ESCALATED_TO,
                             answer_text=ANSWER_TEXT, answer_by=ANSWER_BY, answer_at=answered)
                self._count_escalation(row["huddle_id"])

    def _reopen(self, row: dict, **changes: str | None) -> None:
        self.db["decisions"].update(row["id"], {"status": "open", "done_at": None, **changes})

    def _count_escalation(self, huddle_id: int) -> None:
        summary = json.loads(self.db["huddles"].get(huddle_id)["summary"])
        summary["escalated"] += 1
        self.db["huddles"].update(huddle_id, {"summary": json.dumps(summary)})

    def _followup(self, day: date, at: datetime, huddle_id: int, rng: random.Random,
                  patient_id: int) -> None:
        due = day + timedelta(days=rng.randint(1, 7))
        row = {"patient_id": patient_id, "huddle_id": huddle_id, "kind": "need",
               "reason": rng.choice(FOLLOWUP_REASONS), "actor": rng.choice(ACTORS),
               "due": due.isoformat(), "status": "open",
               "created_at": at.isoformat(timespec="seconds"),
               "updated_at": at.isoformat(timespec="seconds")}
        if (self.today - day).days > 12 or rng.random() < 0.3:
            done = min(due + timedelta(days=rng.choice([-1, 0, 0, 2])),
                       self.today - timedelta(days=1))
            row.update(status="done", done_at=datetime.combine(done, time(11, 0)).isoformat(),
                       done_by=rng.choice(["Anna Lund", "Kommunens hemsjukvård"]))
        self.db["followups"].insert(row)

    def close_calls(self) -> None:
        """Most 72-hour calls were made, a few late; the last few days' are still open."""
        rng = self.rng
        now = datetime.combine(self.today, time(8, 0))
        calls = list(self.db["followups"].rows_where("kind = 'call_72h'", order_by="due"))
        for call in calls:
            due = datetime.fromisoformat(call["due"])
            discharged = due - timedelta(hours=72)
            if due > now - timedelta(hours=30) and rng.random() < 0.85:
                continue  # still open: due soon, or (kept deliberately) overdue
            late = rng.random() < 0.12
            called = discharged + timedelta(hours=rng.randint(80, 110) if late
                                            else rng.randint(20, 70))
            if called > now:
                continue
            self.db["followups"].update(call["id"], {
                "status": "done", "done_at": called.isoformat(timespec="minutes"),
                "done_by": NURSE, "outcome": rng.choice(["ok", "ok", "ok", "hembesok",
                                                         "vardplanering", "ej_nadd"]),
                "updated_at": called.isoformat(timespec="minutes")})

    def flag_frequent_attender(self) -> None:
        """Visits that make one patient a frequent attender (mångsökare)."""
        patient = self.patients[3]
        rows = [{"patient_id": patient.id, "place": "VC",
                 "visit_date": (self.today - timedelta(days=d)).isoformat()}
                for d in (2, 9, 17, 25)]
        rows += [{"patient_id": patient.id, "place": "Akutmottagning",
                  "visit_date": (self.today - timedelta(days=d)).isoformat()}
                 for d in (40, 120, 200, 300)]
        self.db["visits"].insert_all(rows)


def write_demo(path: Path, *, seed: int = 1, days: int = 90, today: date | None = None) -> str:
    """Write a fresh demo database to ``path`` (replacing any file there)."""
    today = today or date.today()
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_database(path)
    save_settings(db, vc_name=VC_NAME, vc_aliases=["Skene VC", "VC Skene", "Skene vc"],
                  kommun=KOMMUN)
    writer = DemoWriter(db, seed, days, today)
    writer.make_patients()
    writer.make_episodes()
    writer.write_snapshots()
    with db.atomic():
        writer.write_cfs_and_sip()
        writer.write_huddles()
        writer.ensure_decision_mix()
        writer.close_calls()
        writer.flag_frequent_attender()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: db[table].count for table in
              ("patients", "cases", "case_events", "huddles", "decisions", "followups")}
    db.conn.close()
    return ", ".join(f"{n} {t}" for t, n in counts.items())
