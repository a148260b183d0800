"""The demo: Skene vårdcentral in Mark, about 120 invented patients and 90 days of history.

Everything is fictional and deterministic for a given seed. The story is told the way the
app would have written it, through its public storage functions and its import: one SAMSA
export file a morning read by ``import_file``; the register's patients, consent, CFS scores,
SIPs and flags through the functions the patient dialog calls; the visits as a visits list;
the huddles day by day (:mod:`huddle.demo.huddles`). No table is written directly and nothing
is patched afterwards (a test keeps it so).

Why one module over 400 lines: the scripted story — the patients, their hospital stays, the
frail-older-people story and the registers — is one deterministic sequence over one random
generator; the huddles are in ``huddles``, the files in ``exports``.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from huddle.demo.exports import VISITS_HEADER, import_list, import_samsa_export, samsa_row
from huddle.demo.huddles import HuddleStory
from huddle.demo.summary import counts_text
from huddle.domain.identity import PERSONNUMMER, with_check_digit
from huddle.domain.samsa import (
    STATUS_ADMITTED,
    STATUS_DISCHARGED,
    STATUS_READY,
    CaseRecord,
)
from huddle.storage.database import open_database
from huddle.storage.patients import (
    latest_cfs_levels,
    mark_fictional,
    patient_ids_by_number,
    sips_invited_by,
)
from huddle.storage.register import (
    add_patient,
    flag_patient,
    record_cfs_score,
    save_sip,
    set_consent,
)
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

    def write_snapshots(self, folder: Path) -> None:
        """One SAMSA export a morning, written as a file and read by the importer; then the
        patients SAMSA never listed are entered in the register, with the consent the health
        centre recorded."""
        day = self.start
        while day <= self.today:
            at = datetime.combine(day, time(6, 0))
            import_samsa_export(self.db, folder, at, [
                samsa_row(r) for e in self.episodes if (r := e.state_on(day, at)) is not None])
            day += timedelta(days=1)
        known = patient_ids_by_number(self.db)
        entered = datetime.combine(self.start, time(7, 0))
        for patient in self.patients:
            if patient.personnummer not in known:
                known[patient.personnummer] = add_patient(
                    self.db, number=patient.personnummer, name=patient.name, day=self.start,
                    protected=patient.protected, municipal_hsl=patient.municipal_hsl,
                    now=entered)
                if patient.consent is not None:
                    set_consent(self.db, known[patient.personnummer],
                                consent="given" if patient.consent else "declined",
                                on=self.start, by=NURSE, today=self.start, now=entered)
            patient.id = known[patient.personnummer]

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
        for sip in sips_invited_by(self.db, self.today - timedelta(days=14)):
            if rng.random() < 0.9:
                held = sip.invited_on + timedelta(days=rng.randint(5, 14))
                save_sip(self.db, sip.patient_id, sip_id=sip.id, state="genomford",
                         today=held, invited_on=sip.invited_on, held_on=held,
                         need_noted_on=sip.need_noted_on,
                         now=datetime.combine(held, time(12, 0)))

    def _worsened_story(self) -> None:
        """One patient re-scored last week after a fall (4 -> 6, no SIP); one newly judged
        terminally ill (7 -> 9); the 64-year-old, scored CFS 5 although the scale is only
        validated from 65, flagged by the home care staff."""
        latest = latest_cfs_levels(self.db)
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
        flag_patient(self.db, young.id, "Hemtjänsten oroliga: klarar inte trapporna längre",
                     now=datetime.combine(self.today - timedelta(days=1), time(15, 30)))
        self.story["fall"], self.story["terminal"], self.story["young"] = fall, terminal, young

    def _score(self, patient: DemoPatient, level: int, on: date, *,
               note: str = "Tillstånd två veckor före insjuknandet") -> None:
        record_cfs_score(self.db, patient.id, level=max(1, level), scored_on=on, today=on,
                         role="aldre_ssk", name=NURSE, baseline_note=note, source="demo",
                         now=datetime.combine(on, time(10, 0)))

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
        last = max(d for d in (noted, invited, held, followed, declined) if d)
        save_sip(self.db, patient.id, state=state, today=last, source="demo",
                 now=datetime.combine(last, time(12, 0)), need_noted_on=noted,
                 invited_on=invited, held_on=held, followed_up_on=followed,
                 declined_on=declined)

    # ------------------------------------------------------------ huddles
    def write_huddles(self) -> None:
        """The huddles, day by day (see :mod:`huddle.demo.huddles`)."""
        story = [self.patients[i].id for i in (0, 1, 2) if not self.patients[i].protected]
        calls = {self.story[r].id for r in ("call_open", "call_overdue") if r in self.story}
        HuddleStory(self.db, self.rng, start=self.start, today=self.today,
                    patient_ids=[p.id for p in self.patients if not p.protected],
                    story_patients=story, keep_calls_open=calls).run()

    def write_visits(self, folder: Path) -> None:
        """Visits for the frequent-attender rule, as a visits list from the journal: a few
        for many patients, and two frequent attenders – one with CFS 3 (for the preventive
        team), one never scored."""
        rng = random.Random(self.seed * 7919 + 30)
        rows: dict[tuple[str, str, str], list[str]] = {}

        def visit(patient: DemoPatient, days_ago: int, place: str) -> None:
            day = (self.today - timedelta(days=days_ago)).isoformat()
            rows[(patient.personnummer, day, place)] = [patient.personnummer, patient.name,
                                                        day, place]

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
        scored = set(latest_cfs_levels(self.db))
        unscored = next(p for i, p in enumerate(self.patients)
                        if p.id not in scored and i != 11)
        for days_ago in (12, 70, 150, 230, 320):
            visit(unscored, days_ago, "Akutmottagning")
        import_list(self.db, folder, "besokslista.csv", VISITS_HEADER, rows.values(),
                    as_of=datetime.combine(self.today, time(5, 30)))


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
    folder = Path(tempfile.mkdtemp(prefix="huddle-demo-"))
    try:
        with db.fast_bulk_writes():
            writer.write_snapshots(folder)
            with db.atomic():
                writer.write_cfs_and_sip()
                writer.write_huddles()
                writer.write_visits(folder)
            mark_fictional(db)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    db.checkpoint()
    counts = db.row_counts(("patients", "cases", "case_events", "huddles", "decisions",
                            "followups"))
    db.close()
    return counts_text(counts)
