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
from typing import TYPE_CHECKING

from huddle.domain.access import ACTION_CHANGE, PLACE_HUDDLE
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
from huddle.storage.register import sync_sip_invitations
from huddle.storage.settings import save_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store

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
ESCALATION_QUESTION = "Kan kommunen utöka hemtjänstens bemanning kvällstid?"
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
    def __init__(self, db: Store, seed: int, days: int, today: date) -> None:
        self.db, self.rng, self.days, self.today = db, random.Random(seed), days, today
        self.seed = seed
        self.story: dict[str, DemoPatient] = {}  # the frail-older-people story, by role
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
                import_id = self.db.insert("imports", {
                    "kind": "samsa", "file_name": f"demo-samsa-{day.isoformat()}.csv",
                    "sha256": digest, "archive_path": None,
                    "as_of": at.isoformat(timespec="minutes"),
                    "imported_at": (at + timedelta(minutes=3)).isoformat(timespec="seconds"),
                    "os_user": "demo",
                    "result": json.dumps({"rows_read": len(records), "accepted": len(records)}),
                })
                result = apply_snapshot(self.db, records, as_of=at, import_id=import_id,
                                        fictional=True)
                discharged = [e["case_id"] for e in result.events if e["kind"] == "discharged"]
                create_calls_for_discharges(self.db, discharged,
                                            at=at.isoformat(timespec="minutes"))
                sync_sip_invitations(self.db, [e["case_id"] for e in result.events
                                               if e["kind"] == "sip_invited"],
                                     at=at.isoformat(timespec="minutes"))
            day += timedelta(days=1)
        for patient in self.patients:
            row = next(iter(_rows(self.db, "SELECT id FROM patients WHERE personnummer = ?",
                                  [patient.personnummer])), None)
            if row is None:
                row_id = self.db.insert("patients", {
                    "personnummer": patient.personnummer, "id_kind": PERSONNUMMER,
                    "name": patient.name, "birth_date": patient.birth.isoformat(),
                    "protected_identity": int(patient.protected),
                    "consent": {True: "given", False: "declined", None: "unknown"}[
                        patient.consent],
                    "municipal_hsl": int(patient.municipal_hsl),
                    "home_care": int(patient.home_care), "fictional": 1, "source": "demo",
                    "created_at": self.start.isoformat() + "T07:00",
                })
            else:
                row_id = row["id"]
            patient.id = row_id
        self.db.execute("UPDATE patients SET fictional = 1")

    # ------------------------------------------------------------ CFS and SIP
    # Frail older people draw from their own random generator, so that changing this story
    # does not reshuffle the huddles, and the huddles do not reshuffle it.

    def add_frailty_story(self) -> None:
        """A few scripted hospital stays, so that whatever the seed the board shows every part
        of the frail-older-people story: a SIP invitation due today, a very frail patient
        admitted last night, one home since yesterday with the 72-hour call still open and one
        whose call is overdue. Call after :meth:`make_episodes`, before the snapshots."""
        today = self.today
        busy_from = datetime.combine(today - timedelta(days=20), time(0, 0))
        busy = {e.patient.personnummer for e in self.episodes
                if (e.discharged_at or datetime.max) >= busy_from}
        reserved = {3, 7, 11}  # the frequent attender, the 64-year-old, protected identity
        free = [p for i, p in enumerate(self.patients)
                if i not in reserved and p.personnummer not in busy]

        def stay(role: str, admitted: tuple[int, int, int], ready: tuple[int, int, int] | None,
                 home: tuple[int, int, int] | None, needs: str, *, enrolled: bool) -> None:
            patient = free.pop(0)
            patient.municipal_hsl = enrolled
            self.story[role] = patient

            def moment(spec: tuple[int, int, int] | None) -> datetime | None:
                if spec is None:
                    return None
                days_ago, hour, minute = spec
                return datetime.combine(today - timedelta(days=days_ago), time(hour, minute))

            admitted_at = moment(admitted)
            pud = (moment(ready) or admitted_at + timedelta(days=6)).date()
            self.episodes.append(Episode(
                patient, f"S-{today.year}-9{len(self.story):05d}", HOSPITALS[0][0],
                HOSPITALS[0][1][len(self.story) % len(HOSPITALS[0][1])], admitted_at,
                moment(ready), moment(home), [(admitted_at.date(), pud)], needs))

        # Ready three days ago, no SIP invitation yet: due today (CFS 6).
        stay("sip_due", (7, 9, 40), (3, 10, 0), None, "hemtjänst, hjälpmedel", enrolled=False)
        # Admitted last night, CFS 8: prepare trygg hemgång.
        stay("admitted_frail", (1, 22, 10), None, None, "hemsjukvård", enrolled=True)
        # Home since yesterday afternoon, not in municipal home health care: call open (CFS 6).
        stay("call_open", (6, 13, 5), (2, 11, 0), (1, 14, 20), "hemtjänst", enrolled=False)
        # Home four days ago: the call was due yesterday morning and has not been made.
        stay("call_overdue", (9, 8, 30), (5, 9, 15), (4, 10, 15), "", enrolled=False)

    def write_cfs_and_sip(self) -> None:
        """Scores and SIPs as at a health centre that works the pathways: most patients with
        CFS 5–6 have a valid SIP (the goal is 70 %), a few are under way or said no, a few
        wait; most scores are less than a year old. Plus the scripted story."""
        rng = random.Random(self.seed * 7919 + 5)
        self._hold_invited_sips(rng)
        story = {p.personnummer: role for role, p in self.story.items()}
        levels = [1, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 9]
        forced = {"sip_due": 6, "admitted_frail": 8, "call_open": 6, "call_overdue": 5}
        for index, patient in enumerate(self.patients):
            role = story.get(patient.personnummer)
            if index % 6 == 5 and role is None and index != 7:
                continue  # some patients have never been scored
            level = forced.get(role, levels[index % len(levels)])
            scored = self.today - timedelta(days=rng.randint(35, 330))
            if index % 13 == 0:
                scored = self.today - timedelta(days=rng.randint(380, 500))  # overdue
            if index % 9 == 0 and level > 2:
                earlier = scored - timedelta(days=rng.randint(150, 400))
                self._score(patient, level - rng.randint(1, 2), earlier)
            self._score(patient, level, scored)
            if role == "sip_due":
                self._sip(patient, "genomford", self.today - timedelta(days=450))  # expired
            elif role == "call_open":
                self._sip(patient, "uppfoljd", self.today - timedelta(days=160),
                          followed=self.today - timedelta(days=40))
            elif 5 <= level <= 6:
                self._random_sip(patient, rng)
            elif level >= 7 and rng.random() < 0.5:
                self._sip(patient, "genomford", self.today - timedelta(days=rng.randint(30, 330)))
        self._worsened_story()

    def _hold_invited_sips(self, rng: random.Random) -> None:
        """Most SIP invitations SAMSA showed led to a meeting one to two weeks later."""
        cutoff = (self.today - timedelta(days=14)).isoformat()
        for row in _rows(self.db, "SELECT id, invited_on FROM sips WHERE state = 'kallad' "
                         "AND invited_on <= ? ORDER BY id", [cutoff]):
            if rng.random() < 0.9:
                held = date.fromisoformat(row["invited_on"]) + timedelta(days=rng.randint(5, 14))
                self.db.update("sips", row["id"], {
                    "state": "genomford", "held_on": held.isoformat(),
                    "updated_at": held.isoformat() + "T12:00"})

    def _worsened_story(self) -> None:
        """One patient re-scored last week after a fall (4 -> 6, no SIP); one newly judged
        terminally ill (7 -> 9); the 64-year-old, scored CFS 5 although the scale is only
        validated from 65, flagged by the home care staff."""
        latest = dict(self.db.execute(
            "SELECT patient_id, level FROM cfs_scores s WHERE id = (SELECT max(id) FROM "
            "cfs_scores t WHERE t.patient_id = s.patient_id)").fetchall())
        story = set(map(id, self.story.values()))
        candidates = [p for i, p in enumerate(self.patients)
                      if i not in (3, 7, 11) and id(p) not in story]
        fall = next(p for p in candidates if latest.get(p.id) == 4)
        self._score(fall, 6, self.today - timedelta(days=6),
                    note="Efter fall i hemmet två veckor före bedömningen")
        terminal = next(p for p in candidates if latest.get(p.id) in (7, 8))
        self._score(terminal, 9, self.today - timedelta(days=3),
                    note="Spridd cancer; brytpunktssamtal hållet")
        young = self.patients[7]
        self.db.update("patients", young.id, {
            "flagged_at": datetime.combine(self.today - timedelta(days=1),
                                           time(15, 30)).isoformat(timespec="minutes"),
            "flag_reason": "Hemtjänsten oroliga: klarar inte trapporna längre"})
        self.story["fall"], self.story["terminal"], self.story["young"] = fall, terminal, young

    def _score(self, patient: DemoPatient, level: int, on: date, *,
               note: str = "Tillstånd två veckor före insjuknandet") -> None:
        self.db.insert("cfs_scores", {
            "patient_id": patient.id, "level": max(1, level), "scale_version": "2.0",
            "scored_on": on.isoformat(), "scored_by_role": "aldre_ssk",
            "scored_by_name": NURSE, "baseline_note": note,
            "source": "demo", "created_at": on.isoformat() + "T10:00",
        })

    def _random_sip(self, patient: DemoPatient, rng: random.Random) -> None:
        roll = rng.random()
        if roll < 0.62:      # held within the year
            self._sip(patient, "genomford", self.today - timedelta(days=rng.randint(20, 330)))
        elif roll < 0.78:    # held and followed up
            held = self.today - timedelta(days=rng.randint(120, 330))
            self._sip(patient, "uppfoljd", held,
                      followed=held + timedelta(days=rng.randint(60, 100)))
        elif roll < 0.84:    # invited, meeting to come
            self._sip(patient, "kallad", None,
                      invited=self.today - timedelta(days=rng.randint(3, 20)))
        elif roll < 0.89:    # said no this year
            self._sip(patient, "tackat_nej", None,
                      declined=self.today - timedelta(days=rng.randint(30, 200)))
        elif roll < 0.95:    # held long ago: no longer valid
            self._sip(patient, "genomford", self.today - timedelta(days=rng.randint(400, 600)))
        # else: never had one

    def _sip(self, patient: DemoPatient, state: str, held: date | None, *,
             followed: date | None = None, invited: date | None = None,
             declined: date | None = None) -> None:
        invited = invited or (held - timedelta(days=9) if held else None)
        noted = (invited or declined) - timedelta(days=4)
        row = {"patient_id": patient.id, "source": "demo", "state": state,
               "need_noted_on": noted.isoformat(),
               "invited_on": invited.isoformat() if invited else None,
               "held_on": held.isoformat() if held else None,
               "followed_up_on": followed.isoformat() if followed else None,
               "declined_on": declined.isoformat() if declined else None}
        last = max(d for d in (noted, invited, held, followed, declined) if d)
        row["updated_at"] = last.isoformat() + "T12:00"
        self.db.insert("sips", row)

    # ------------------------------------------------------------ huddles
    def write_huddles(self) -> None:
        rng = self.rng
        day = self.start
        patient_ids = [p.id for p in self.patients if not p.protected]
        # Whatever the dice say, one working day last week had no huddle: the board and the
        # reports must show a missed day.
        missed = self.today - timedelta(days=5)
        while not is_working_day(missed):
            missed -= timedelta(days=1)
        while day < self.today:
            if is_working_day(day) and rng.random() > 0.08 and day != missed:
                self._huddle(day, rng, patient_ids)
            day += timedelta(days=1)

    def _huddle(self, day: date, rng: random.Random, patient_ids: list[int]) -> None:
        started = datetime.combine(day, time(8, 15 + rng.randint(0, 4)))
        minutes = rng.choice([11, 12, 13, 14, 14, 15, 15, 16, 17, 19])
        ended = started + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
        overtime = max(0, int((ended - started).total_seconds()) - 15 * 60)
        roles = ["aldre_ssk"] + [r for r in ROLES[1:] if rng.random() < 0.7]
        huddle_id = self.db.insert("huddles", {
            "day": day.isoformat(), "started_at": started.isoformat(timespec="seconds"),
            "ended_at": ended.isoformat(timespec="seconds"), "planned_minutes": 15,
            "overtime_seconds": overtime,
        })
        self.db.executemany(
            "INSERT INTO huddle_attendance (huddle_id, role, name) VALUES (?, ?, ?)",
            [(huddle_id, role, NURSE if role == "aldre_ssk" else None) for role in roles])
        made = escalated = 0
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            escalated += self._decision(day, started, huddle_id, rng, rng.choice(patient_ids))
            made += 1
        for _ in range(rng.choice([0, 1, 1, 2])):
            self._followup(day, started, huddle_id, rng, rng.choice(patient_ids))
        summary = {"duration_seconds": int((ended - started).total_seconds()),
                   "roles": roles, "decisions_made": made, "escalated": escalated}
        self.db.update("huddles", huddle_id, {"summary": json.dumps(summary)})

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
            row["escalation_question"] = ESCALATION_QUESTION
            if age > 20:
                answered = day + timedelta(days=rng.randint(7, 20))
                row.update(answer_text=ANSWER_TEXT, answer_by=ANSWER_BY,
                           answer_at=datetime.combine(answered, time(13, 0)).isoformat())
        decision_id = self.db.insert("decisions", row)
        self.db.insert("decision_reviews", {
            "decision_id": decision_id, "huddle_id": huddle_id,
            "at": at.isoformat(timespec="seconds"), "outcome": "kept",
        }) if row["status"] == "open" and age > 1 else None
        log_access(self.db, ACTION_CHANGE, patient_id, f"decision_created {decision_id}",
                   place=PLACE_HUDDLE, at=at.isoformat(timespec="seconds"), user="demo")
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
        rows = _rows(db, "SELECT * FROM decisions ORDER BY created_at, id")
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
                self._reopen(row, escalated_at=last_start, escalated_to=ESCALATED_TO,
                             escalation_question=ESCALATION_QUESTION)
                db.insert("decision_reviews", {"decision_id": row["id"], "huddle_id": last_id,
                                               "at": last_start, "outcome": "escalated"})
                self._count_escalation(last_id)
        if not any(r["answer_at"] and r["answer_at"] > last_start for r in still_open):
            row = pick(lambda r: r["created_at"] < last_start)
            if row is not None:  # escalated when made, answered after the last huddle
                answered = f"{last_start[:10]}T13:00:00"
                self._reopen(row, escalated_at=row["created_at"], escalated_to=ESCALATED_TO,
                             escalation_question=ESCALATION_QUESTION,
                             answer_text=ANSWER_TEXT, answer_by=ANSWER_BY, answer_at=answered)
                self._count_escalation(row["huddle_id"])

    def complete_huddle_records(self) -> None:
        """Make the past huddles look like ones the app ran: a decision closed on a huddle day
        was closed by that huddle's review, and each summary carries every key the app saves
        (the counts already written are kept). Draws nothing from the random generator."""
        db = self.db
        huddles = db.execute("SELECT id, day, started_at, ended_at, planned_minutes, summary "
                             "FROM huddles").fetchall()
        by_day = {row[1]: row for row in huddles}
        reviewed = {(r[0], r[1]) for r in db.execute(
            "SELECT decision_id, huddle_id FROM decision_reviews").fetchall()}
        for decision_id, due_on, done_at in db.execute(
                "SELECT id, due_on, done_at FROM decisions WHERE status = 'done'").fetchall():
            huddle = by_day.get(done_at[:10]) if done_at else None
            if huddle is None or (decision_id, huddle[0]) in reviewed:
                continue
            db.insert("decision_reviews", {
                "decision_id": decision_id, "huddle_id": huddle[0], "at": done_at,
                "outcome": "done", "old_due_on": due_on, "new_due_on": due_on})
        for huddle_id, _day, started, ended, planned, summary_json in huddles:
            summary = json.loads(summary_json) if summary_json else {}
            outcomes = dict(db.execute(
                "SELECT outcome, count(DISTINCT decision_id) FROM decision_reviews "
                "WHERE huddle_id = ? GROUP BY outcome", [huddle_id]).fetchall())
            duration = summary.get("duration_seconds") or int(
                (datetime.fromisoformat(ended) - datetime.fromisoformat(started))
                .total_seconds())
            attendance = db.execute("SELECT role, name FROM huddle_attendance "
                                    "WHERE huddle_id = ? ORDER BY id", [huddle_id]).fetchall()
            summary.update({
                "duration_seconds": duration,
                "planned_minutes": planned,
                "overtime_seconds": max(0, duration - planned * 60),
                "attendance": [{"role": role, "name": name} for role, name in attendance],
                "decisions_closed": outcomes.get("done", 0),
                "decisions_new_date": outcomes.get("new_date", 0),
                "decisions_kept": outcomes.get("kept", 0),
                "followups_made": db.execute(
                    "SELECT count(*) FROM followups WHERE huddle_id = ? AND kind = 'need'",
                    [huddle_id]).fetchone()[0],
                "open_decisions_reviewed": db.execute(
                    "SELECT count(DISTINCT decision_id) FROM decision_reviews "
                    "WHERE huddle_id = ?", [huddle_id]).fetchone()[0],
            })
            summary.setdefault("escalated", 0)
            db.update("huddles", huddle_id, {"summary": json.dumps(summary,
                                                                   ensure_ascii=False)})

    def _reopen(self, row: dict, **changes: str | None) -> None:
        self.db.update("decisions", row["id"], {"status": "open", "done_at": None, **changes})

    def _count_escalation(self, huddle_id: int) -> None:
        summary = json.loads(self.db.scalar("SELECT summary FROM huddles WHERE id = ?",
                                            [huddle_id]))
        summary["escalated"] += 1
        self.db.update("huddles", huddle_id, {"summary": json.dumps(summary)})

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
        self.db.insert("followups", row)

    def close_calls(self) -> None:
        """Most 72-hour calls were made in time, a few late; the last days' are still open,
        and the story's two calls stay open (one due tomorrow, one overdue)."""
        rng = random.Random(self.seed * 7919 + 72)
        now = datetime.combine(self.today, time(8, 0))
        # The story's two calls (discharged in the last few days) stay open.
        story = {self.story[r].id for r in ("call_open", "call_overdue") if r in self.story}
        recent = (now - timedelta(days=5)).isoformat(timespec="minutes")
        calls = _rows(self.db, "SELECT * FROM followups WHERE kind = 'call_72h' ORDER BY due")
        for call in calls:
            due = datetime.fromisoformat(call["due"])
            discharged = due - timedelta(hours=72)
            if (call["patient_id"] in story and call["due"] > recent) or due > now:
                continue  # still open: due later today or after
            late = rng.random() < 0.1
            called = discharged + timedelta(hours=rng.randint(75, 100) if late
                                            else rng.randint(20, 70))
            if called > now:
                called = now - timedelta(minutes=rng.randint(10, 60))
            self.db.update("followups", call["id"], {
                "status": "done", "done_at": called.isoformat(timespec="minutes"),
                "done_by": NURSE, "outcome": rng.choice(["ok", "ok", "ok", "ok", "hembesok",
                                                         "vardplanering", "ej_nadd"]),
                "updated_at": called.isoformat(timespec="minutes")})

    def write_visits(self) -> None:
        """Visits for the frequent-attender rule: a few for many patients, and two frequent
        attenders – one with CFS 3 (for the preventive team), one never scored."""
        rng = random.Random(self.seed * 7919 + 30)
        rows: dict[tuple[int, str, str], dict] = {}

        def visit(patient: DemoPatient, days_ago: int, place: str) -> None:
            day = (self.today - timedelta(days=days_ago)).isoformat()
            rows[(patient.id, day, place)] = {"patient_id": patient.id, "visit_date": day,
                                              "place": place}

        for patient in self.patients:
            if rng.random() < 0.35:
                visit(patient, rng.randint(0, 300), "VC")
            if rng.random() < 0.15:
                visit(patient, rng.randint(0, 300), "Akutmottagning")
        frequent = self.patients[3]
        for days_ago in (2, 9, 17, 25):
            visit(frequent, days_ago, "VC")
        for days_ago in (40, 120, 200, 300):
            visit(frequent, days_ago, "Akutmottagning")
        scored = {row[0] for row in self.db.execute("SELECT patient_id FROM cfs_scores")}
        unscored = next(p for i, p in enumerate(self.patients)
                        if p.id not in scored and i != 11)
        for days_ago in (12, 70, 150, 230, 320):
            visit(unscored, days_ago, "Akutmottagning")
        self.db.executemany(
            "INSERT INTO visits (patient_id, visit_date, place) VALUES (?, ?, ?)",
            [(r["patient_id"], r["visit_date"], r["place"]) for r in rows.values()])

def _rows(db, sql: str, params: list | None = None) -> list[dict]:
    cursor = db.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


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
    writer.add_frailty_story()
    writer.write_snapshots()
    with db.atomic():
        writer.write_cfs_and_sip()
        writer.write_huddles()
        writer.ensure_decision_mix()
        writer.complete_huddle_records()
        writer.close_calls()
        writer.write_visits()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {table: db.scalar(f"SELECT count(*) FROM {table}") for table in
              ("patients", "cases", "case_events", "huddles", "decisions", "followups")}
    db.conn.close()
    return ", ".join(f"{n} {t}" for t, n in counts.items())
