"""A fictional health centre the size of the largest: the benchmarks' database.

About 20,000 listed patients (``patients``), a fifth of them 65 or older, 3,000 CFS-scored,
five years of SAMSA history (about 3,000 hospital stays), a huddle on most working days with
its decisions, reviews and follow-ups, the 72-hour calls made, and about 50 access-log rows
per patient.

The story is told day by day, the way the app would have written it: each working morning
a SAMSA export is written as a file and read by :func:`~huddle.storage.imports.import_file`
(the same path as ``huddle import``); the huddle is started, decided, reviewed and ended
through the storage functions the window calls; the registers come in as a visits list and
a CFS list. No table is written directly and nothing is patched up afterwards.

Everything is fictional and deterministic for a given seed.

Why one module over 400 lines: one story told in order — people, hospital stays, the days —
and every step reads the writer's state (who is listed, which decisions are open); the files
and the huddle words come from ``exports`` and ``huddles``.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from huddle.demo.exports import (
    CFS_HEADER,
    VISITS_HEADER,
    import_list,
    import_samsa_export,
    samsa_row,
)
from huddle.demo.huddles import (
    ACTORS,
    ANSWER_BY,
    ANSWER_TEXT,
    DECISION_TEXTS,
    ESCALATION_QUESTION,
    FOLLOWUP_REASONS,
    ROLES,
)
from huddle.demo.standard import NEEDS
from huddle.demo.summary import counts_text
from huddle.domain.access import PLACE_BOARD, PLACE_PROJECTOR, PLACE_REGISTER
from huddle.domain.calendar import is_working_day
from huddle.domain.huddle import REVIEW_DONE, REVIEW_ESCALATED, REVIEW_KEPT, REVIEW_NEW_DATE
from huddle.domain.identity import PERSONNUMMER, with_check_digit
from huddle.domain.samsa import STATUS_ADMITTED, STATUS_DISCHARGED, STATUS_READY, CaseRecord
from huddle.storage.audit import log_display
from huddle.storage.database import open_database
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
from huddle.storage.patients import mark_fictional, patient_ids_by_number
from huddle.storage.register import add_patient, record_call, save_sip
from huddle.storage.settings import save_settings

if TYPE_CHECKING:
    from huddle.storage.store import Store

VC_NAME = "Storstadens vårdcentral"
KOMMUN = "Borås"
NURSE = "Lena Ek"

FIRST = ["Margareta", "Ingrid", "Gunnel", "Karin", "Birgitta", "Elsa", "Astrid", "Ulla",
         "Sonja", "Agneta", "Signe", "Sara", "Emma", "Maja", "Linnea", "Sven-Åke", "Åke",
         "Bengt", "Lennart", "Stig", "Rolf", "Gösta", "Kjell", "Olle", "Bertil", "Göran",
         "Ture", "Nils", "Oskar", "Elias", "Hugo", "Ali", "Mohammed", "Fatima", "Leila"]
LAST = ["Ek", "Björk", "Öberg", "Andersson", "Lindqvist", "Persson", "Johansson", "Karlsson",
        "Nilsson", "Eriksson", "Larsson", "Olsson", "Svensson", "Gustafsson", "Pettersson",
        "Jonsson", "Holm", "Sjöberg", "Ström", "Åberg", "Lundgren", "Bergström", "Fransson",
        "Hägg", "Dahl", "Wallin", "Engström", "Sandberg", "Forsberg", "Törnqvist", "Yilmaz",
        "Hussein", "Nguyen", "Kowalski", "Haddad"]
HOSPITALS = [("Södra Älvsborgs sjukhus Borås", ["Medicin 2", "Medicin 4", "Geriatrik",
                                                "Ortopedi 2", "Kirurgi 3", "Kardiologi"]),
             ("Sahlgrenska Universitetssjukhuset", ["Medicin 7", "Strokeenhet"])]

@dataclass
class Person:
    personnummer: str
    name: str
    birth: date
    consent: bool | None  # SAMSA's Samtycke column: Ja, Nej or empty
    municipal_hsl: bool
    home_care: bool


@dataclass
class Stay:
    key: str
    person: Person
    hospital: str
    ward: str
    admitted: datetime
    ready: datetime
    discharged: datetime
    pud: date
    needs: str
    sip_invited: date | None

    def row(self, at: datetime) -> list[str] | None:
        """The stay as the export of ``at`` shows it, or None when it is not listed."""
        if self.admitted > at or (at - self.discharged).days > 3:
            return None
        ready = self.ready if self.ready <= at else None
        out = self.discharged if self.discharged <= at else None
        sip = self.sip_invited if self.sip_invited and self.sip_invited <= at.date() else None
        p = self.person
        return samsa_row(CaseRecord(
            personnummer=p.personnummer, id_kind=PERSONNUMMER, birth_date=p.birth,
            admitted_at=self.admitted, samsa_id=self.key, name=p.name, protected=False,
            hospital=self.hospital, ward=self.ward, pud=self.pud, ready_at=ready,
            discharged_at=out,
            status=STATUS_DISCHARGED if out else STATUS_READY if ready else STATUS_ADMITTED,
            municipality=KOMMUN, health_centre=VC_NAME, contact=f"{NURSE}, äldre-ssk",
            municipal_hsl=p.municipal_hsl, home_care=p.home_care, sip_invited_on=sip,
            consent=p.consent, needs=self.needs if ready else "",
            last_changed=max(m for m in (self.admitted, ready, out) if m)))


@dataclass(frozen=True)
class Size:
    patients: int
    years: int

    @property
    def older(self) -> int:       # aged 65 or more
        return self.patients // 5

    @property
    def scored(self) -> int:      # with a CFS score
        return self.patients * 3 // 20

    @property
    def stays(self) -> int:       # hospital stays in the whole history
        return self.patients * 3 // 20

    @property
    def views_per_day(self) -> int:  # register and record views a working day, besides the board
        return max(20, self.patients * 40 // 1000)


LARGE = Size(patients=20_000, years=5)


class LargeWriter:
    def __init__(self, db: Store, folder: Path, size: Size, seed: int, today: date,
                 progress: Callable[[str], None]) -> None:
        self.db, self.folder, self.size, self.today = db, folder, size, today
        self.rng = random.Random(seed)
        self.start = today - timedelta(days=365 * size.years)
        self.progress = progress
        self.people: list[Person] = []
        self.stays: list[Stay] = []
        self.ids: dict[str, int] = {}            # personnummer -> patients.id
        self.open_decisions: dict[int, tuple[date, int, bool]] = {}  # id -> due, patient, esc.
        self.escalated: list[tuple[date, int]] = []                  # (answer due, id)
        self.open_followups: list[tuple[date, int]] = []

    # ------------------------------------------------------------------ people
    def make_people(self) -> None:
        rng, used = self.rng, set()
        cutoff = self.today.year - 65
        for index in range(self.size.patients):
            old = index < self.size.older
            year = rng.randint(1922, cutoff - 1) if old else rng.randint(
                cutoff + 1, self.start.year - 1)
            birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
            while True:
                first_nine = birth.strftime("%y%m%d") + f"{rng.randrange(900, 1000):03d}"
                number = f"{year // 100}{with_check_digit(first_nine)}"
                if number not in used:
                    used.add(number)
                    break
            roll = rng.random()
            self.people.append(Person(
                personnummer=number, name=f"{rng.choice(LAST)}, {rng.choice(FIRST)}",
                birth=birth, consent=True if roll < 0.8 else None if roll < 0.93 else False,
                municipal_hsl=old and rng.random() < 0.3, home_care=old and rng.random() < 0.4))

    def make_stays(self) -> None:
        """Hospital stays, mostly of the older patients, the rest of adults (SAMSA's are
        rarely children's), none overlapping for one person."""
        rng = self.rng
        older = self.people[:self.size.older]
        adults = [p for p in self.people if self.today.year - p.birth.year >= 20]
        busy: dict[str, datetime] = {}
        span = (self.today - self.start).days
        counter = 200_000
        attempts = 0
        while len(self.stays) < self.size.stays and attempts < self.size.stays * 3:
            attempts += 1
            person = rng.choice(older) if rng.random() < 0.9 else rng.choice(adults)
            day = self.start + timedelta(days=rng.randint(0, span - 1))
            admitted = datetime.combine(day, time(rng.randint(0, 23), rng.choice([0, 15, 30])))
            if busy.get(person.personnummer, datetime.min) >= admitted - timedelta(days=5):
                continue
            stay_days = rng.randint(2, 9)
            ready = admitted + timedelta(days=stay_days, hours=rng.randint(-6, 6))
            discharged = ready + timedelta(days=rng.choice([0, 0, 1, 1, 2, 4]),
                                           hours=rng.randint(1, 6))
            counter += rng.randint(3, 40)
            hospital, wards = rng.choice(HOSPITALS)
            needs = ", ".join(sorted(rng.sample(NEEDS, rng.choice([0, 1, 1, 2]))))
            sip = (ready + timedelta(days=rng.randint(0, 3))).date() \
                if rng.random() < 0.5 else None
            self.stays.append(Stay(
                f"S-{day.year}-{counter}", person, hospital, rng.choice(wards), admitted, ready,
                discharged, (admitted + timedelta(days=stay_days)).date(), needs, sip))
            busy[person.personnummer] = discharged
        self.stays.sort(key=lambda s: s.admitted)

    # ------------------------------------------------------------------ files
    def list_patients(self) -> None:
        """The health centre's listed patients, entered in the register."""
        moment = datetime.combine(self.start, time(7, 0))
        with self.db.atomic():
            for person in self.people:
                add_patient(self.db, number=person.personnummer, name=person.name,
                            day=self.start, municipal_hsl=person.municipal_hsl or None,
                            now=moment)
        self.ids = patient_ids_by_number(self.db)

    def import_visits(self, first: date, last: date, *, everyone: bool) -> None:
        """A visits list for ``first``..``last``: with ``everyone``, a visit at the health
        centre for every listed patient; else the visits of some, and for some of the older
        an emergency visit."""
        rng, span = self.rng, (last - first).days
        rows = []
        for index, person in enumerate(self.people):
            if everyone or rng.random() < 0.5:
                day = first + timedelta(days=rng.randint(0, span))
                rows.append([person.personnummer, person.name, day.isoformat(), "VC"])
            if not everyone and index < self.size.older and rng.random() < 0.15:
                day = first + timedelta(days=rng.randint(0, span))
                rows.append([person.personnummer, person.name, day.isoformat(),
                             "Akutmottagning"])
        import_list(self.db, self.folder, f"besokslista-{last.isoformat()}.csv", VISITS_HEADER,
                    rows, as_of=datetime.combine(last, time(23, 0)))
        self.ids = patient_ids_by_number(self.db)

    def import_cfs(self) -> None:
        """The CFS list from the journal: the scores of the older patients, most within the
        last year, some overdue for a new one."""
        rng = self.rng
        rows = []
        for person in self.people[:self.size.scored]:
            level = rng.choice([2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8])
            scored = self.today - timedelta(days=rng.randint(10, 520))
            rows.append([person.personnummer, person.name, str(level), scored.isoformat(),
                         f"{NURSE}, äldre-ssk"])
        import_list(self.db, self.folder, "cfs-lista.csv", CFS_HEADER, rows,
                    as_of=datetime.combine(self.today, time(5, 30)))

    def import_samsa(self, day: date, active: list[Stay]) -> None:
        at = datetime.combine(day, time(6, 0))
        import_samsa_export(self.db, self.folder, at,
                            [row for stay in active if (row := stay.row(at)) is not None])

    # ------------------------------------------------------------------ days
    def run(self) -> None:
        self.make_people()
        self.make_stays()
        self.progress("Patienter och vårdtillfällen påhittade")
        self.list_patients()
        self.progress("Listade patienter registrerade")
        next_stay, active = 0, []
        day = self.start
        last_report = day
        while day <= self.today:
            if is_working_day(day):
                at = datetime.combine(day, time(6, 0))
                while next_stay < len(self.stays) and self.stays[next_stay].admitted <= at:
                    active.append(self.stays[next_stay])
                    next_stay += 1
                active = [s for s in active if (at - s.discharged).days <= 3]
                self.import_samsa(day, active)
                if day < self.today and self.rng.random() < 0.92:
                    self.huddle(day, active)
                self.calls(day)
            if (day - last_report).days >= 180:
                self.progress(f"Historik till och med {day.isoformat()}")
                last_report = day
            day += timedelta(days=1)
        self.import_visits(self.today - timedelta(days=365), self.today, everyone=False)
        self.import_cfs()
        mark_fictional(self.db)

    def huddle(self, day: date, active: list[Stay]) -> None:
        rng = self.rng
        started = datetime.combine(day, time(8, 15, rng.randint(0, 59)))
        attendance = [("aldre_ssk", NURSE)] + [(r, None) for r in ROLES[1:4]
                                               if rng.random() < 0.8]
        record = start_huddle(self.db, day, attendance, now=started)
        moment = started + timedelta(minutes=2)
        on_board = [self.ids[s.person.personnummer] for s in active
                    if s.person.personnummer in self.ids]
        # The board and the projector show the day's patients: one row per patient each.
        log_display(self.db, on_board, place=PLACE_BOARD, detail="board", at=_iso(started))
        log_display(self.db, on_board, place=PLACE_PROJECTOR, detail="board",
                    at=_iso(started))
        waiting = {decision_id for _, decision_id in self.escalated}
        for decision_id, (due, _patient, _esc) in list(self.open_decisions.items()):
            if due > day:
                continue
            roll = rng.random()
            outcome = REVIEW_DONE if roll < 0.8 else REVIEW_NEW_DATE if roll < 0.93 \
                else REVIEW_ESCALATED if roll < 0.96 else REVIEW_KEPT
            if outcome == REVIEW_DONE and decision_id in waiting:
                # The work waits for the managers' answer: it is closed after the answer
                # came (as in the standard demo), not left unanswered for ever.
                outcome = REVIEW_NEW_DATE
            moment += timedelta(seconds=20)
            review_decision(self.db, decision_id, outcome, huddle_id=record.id,
                            new_due_on=day + timedelta(days=rng.randint(2, 7)),
                            question=ESCALATION_QUESTION
                            if outcome == REVIEW_ESCALATED else None, now=moment)
            if outcome == REVIEW_DONE:
                del self.open_decisions[decision_id]
            elif outcome == REVIEW_ESCALATED:
                self.escalated.append((day + timedelta(days=rng.randint(7, 21)), decision_id))
                self.open_decisions[decision_id] = (day + timedelta(days=7), _patient, True)
            elif outcome == REVIEW_NEW_DATE:
                self.open_decisions[decision_id] = (day + timedelta(days=7), _patient, _esc)
            else:
                self.open_decisions[decision_id] = (day + timedelta(days=1), _patient, _esc)
        candidates = on_board or list(self.ids.values())[:50]
        for _ in range(rng.choice([1, 1, 2, 3])):
            moment += timedelta(seconds=40)
            patient = rng.choice(candidates)
            due = day + timedelta(days=rng.randint(1, 10))
            decision_id = create_decision(
                self.db, patient_id=patient, what=rng.choice(DECISION_TEXTS),
                responsible_role=rng.choice(ROLES), due_on=due, huddle_id=record.id,
                consent_confirmed=True, now=moment)
            self.open_decisions[decision_id] = (due, patient, False)
        for _ in range(rng.choice([0, 1, 1, 2])):
            moment += timedelta(seconds=30)
            due = day + timedelta(days=rng.randint(1, 7))
            followup_id = create_followup(
                self.db, patient_id=rng.choice(candidates), reason=rng.choice(FOLLOWUP_REASONS),
                actor=rng.choice(ACTORS), due=due, huddle_id=record.id,
                consent_confirmed=True, now=moment)
            self.open_followups.append((due, followup_id))
        ended = started + timedelta(minutes=rng.choice([12, 13, 14, 15, 15, 16, 18]))
        end_huddle(self.db, record.id, now=ended, patients_discussed=len(on_board),
                   patients_on_board=len(on_board))
        self.after_huddle(day)

    def after_huddle(self, day: date) -> None:
        """The day's work after the huddle: escalations answered, follow-ups done, the
        register searched and records read."""
        rng = self.rng
        noon = datetime.combine(day, time(13, 0))
        while self.escalated and self.escalated[0][0] <= day:
            _due, decision_id = self.escalated.pop(0)
            if decision_id in self.open_decisions:
                answer_escalation(self.db, decision_id, by=ANSWER_BY, now=noon, text=ANSWER_TEXT)
        still = []
        for due, followup_id in self.open_followups:
            if due <= day:
                close_followup(self.db, followup_id, by=NURSE, now=noon)
            else:
                still.append((due, followup_id))
        self.open_followups = still
        everyone = list(self.ids.values())
        views = rng.sample(everyone, min(len(everyone), self.size.views_per_day))
        log_display(self.db, views, place=PLACE_REGISTER, detail="register_search",
                    at=_iso(noon))
        if rng.random() < 0.1 and everyone:
            patient = rng.choice(everyone)
            save_sip(self.db, patient, state="genomford", today=day, now=noon,
                     invited_on=day - timedelta(days=10), held_on=day)

    def calls(self, day: date) -> None:
        """The 72-hour calls due by tomorrow morning are made today, a few late."""
        rng = self.rng
        evening = datetime.combine(day, time(16, 30))
        for call in open_calls(self.db, due_before=evening + timedelta(hours=16)):
            if rng.random() < 0.1 and call.due_at > evening:
                continue  # made tomorrow, late
            called = min(evening, max(call.discharged_at + timedelta(hours=2),
                                      datetime.combine(day, time(10, rng.randint(0, 59)))))
            record_call(self.db, call.id, called_at=called, by=NURSE,
                        outcome=rng.choice(["ok", "ok", "ok", "ok", "ej_nadd"]), now=evening)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def write_large_demo(path: Path, *, patients: int = LARGE.patients, years: int = LARGE.years,
                     seed: int = 1, today: date | None = None,
                     progress: Callable[[str], None] = lambda _text: None) -> str:
    """Write a fresh large demo database to ``path`` (replacing any file there)."""
    today = today or date.today()
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_database(path)
    save_settings(db, vc_name=VC_NAME, vc_aliases=["Storstadens VC"], kommun=KOMMUN)
    folder = Path(tempfile.mkdtemp(prefix="huddle-demo-exports-"))
    try:
        # The million access-log rows are written before their indexes are built.
        with db.fast_bulk_writes(), db.indexes_deferred("access_log"):
            LargeWriter(db, folder, Size(patients, years), seed, today, progress).run()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    db.checkpoint()
    counts = db.row_counts(("patients", "cases", "cfs_scores", "huddles", "decisions",
                            "followups", "access_log"))
    db.close()
    return counts_text(counts)
