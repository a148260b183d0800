"""A small health centre whose November 2026 is known by heart.

Five fictional patients, seven SAMSA cases fed through daily snapshots (so PUD moves are the
importer's own events), huddles, decisions, escalations, follow-ups, 72-hour calls, CFS scores
and SIPs. The expected numbers are written out in the tests, worked out by hand from this file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from huddle.domain.identity import PERSONNUMMER, with_check_digit
from huddle.domain.samsa import CaseRecord
from huddle.storage.cases import apply_snapshot
from tests.dbtools import table_rows

NOW = datetime(2026, 12, 2, 9, 0)   # both periods below are complete

PEOPLE = {
    # key: (name, birth, protected)
    "A": ("Ek, Margareta", date(1938, 3, 12), False),
    "B": ("Björk, Sven-Åke", date(1941, 7, 2), False),
    "C": ("Öberg, Gunnel", date(1936, 1, 30), True),
    "D": ("Lindkvist, Karl", date(1944, 5, 19), False),
    "E": ("Sandberg, Ulla", date(1939, 11, 8), False),
}


def personnummer(key: str) -> str:
    _, birth, _ = PEOPLE[key]
    serial = {"A": "902", "B": "911", "C": "904", "D": "913", "E": "906"}[key]
    return birth.strftime("%Y")[:2] + with_check_digit(birth.strftime("%y%m%d") + serial)


@dataclass
class Case:
    key: str
    person: str
    admitted: datetime
    plan: list[tuple[date, date]]          # (from import day on, PUD)
    ready: datetime | None = None
    discharged: datetime | None = None

    def record(self, at: datetime) -> CaseRecord | None:
        if self.admitted > at:
            return None
        pud = None
        for since, value in self.plan:
            if since <= at.date():
                pud = value
        name, birth, protected = PEOPLE[self.person]
        ready = self.ready if self.ready and self.ready <= at else None
        discharged = self.discharged if self.discharged and self.discharged <= at else None
        return CaseRecord(
            personnummer=personnummer(self.person), id_kind=PERSONNUMMER, birth_date=birth,
            admitted_at=self.admitted, samsa_id=self.key, name=name, protected=protected,
            hospital="Södra Älvsborgs sjukhus Borås", ward="Medicin 2", pud=pud,
            ready_at=ready, discharged_at=discharged, health_centre="Skene vårdcentral",
            municipal_hsl=False, consent=True,
        )


def d(text: str) -> date:
    return date.fromisoformat(text)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


CASES = [
    # A: discharged 20 Oct, back 5 Nov (16 days: a readmission); two PUD moves; 4 ready days.
    Case("A1", "A", t("2026-10-10T09:00"), [(d("2026-10-11"), d("2026-10-16")),
                                            (d("2026-10-14"), d("2026-10-18"))],
         t("2026-10-15T09:00"), t("2026-10-20T12:00")),
    Case("A2", "A", t("2026-11-05T10:00"), [(d("2026-11-05"), d("2026-11-10")),
                                            (d("2026-11-07"), d("2026-11-12")),
                                            (d("2026-11-09"), d("2026-11-14"))],
         t("2026-11-12T09:00"), t("2026-11-16T11:00")),
    # B: ready and discharged the same day (0 ready days, not an episode), back 12 days later.
    Case("B1", "B", t("2026-11-02T09:00"), [(d("2026-11-03"), d("2026-11-06")),
                                            (d("2026-11-05"), d("2026-11-09"))],
         t("2026-11-08T08:00"), t("2026-11-08T15:00")),
    Case("B2", "B", t("2026-11-20T14:00"), [(d("2026-11-21"), d("2026-11-25")),
                                            (d("2026-11-23"), d("2026-11-27")),
                                            (d("2026-11-24"), d("2026-11-25"))],
         t("2026-11-26T10:00"), t("2026-11-30T10:00")),
    # C (protected identity): one move in week 47, 3 ready days.
    Case("C1", "C", t("2026-11-16T03:00"), [(d("2026-11-16"), d("2026-11-19")),
                                            (d("2026-11-18"), d("2026-11-21"))],
         t("2026-11-19T12:00"), t("2026-11-22T09:00")),
    # D: back after 64 days (no readmission); still in hospital at the end of November.
    Case("D0", "D", t("2026-09-10T10:00"), [(d("2026-09-11"), d("2026-09-14"))],
         t("2026-09-14T10:00"), t("2026-09-15T12:00")),
    Case("D1", "D", t("2026-11-18T08:00"), [(d("2026-11-19"), d("2026-11-26")),
                                            (d("2026-11-27"), d("2026-11-28"))],
         t("2026-11-27T09:00")),
    # E: admitted in October, PUD moved by the first November import, discharged 3 Nov.
    Case("E1", "E", t("2026-10-30T09:00"), [(d("2026-10-31"), d("2026-11-02")),
                                            (d("2026-11-01"), d("2026-11-03"))],
         t("2026-11-01T08:00"), t("2026-11-03T12:00")),
]

# Huddles in November 2026 (21 working days, no public holiday on a weekday).
# day -> (minutes:seconds or None for not ended, roles)
HUDDLES = {
    **{day: ("13:00", ["aldre_ssk", "kommunal_hsl"]) for day in (
        "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10",
        "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-14",  # 14 Nov is a Saturday
        "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26")},
    "2026-11-27": (None, ["aldre_ssk", "kommunal_hsl"]),
    # week 47: no huddle on Thursday 19 Nov
    "2026-11-16": ("12:00", ["aldre_ssk", "bistandshandlaggare", "hemtjanst", "hemtjanst",
                             "kommunal_hsl"]),
    "2026-11-17": ("15:00", ["aldre_ssk", "bistandshandlaggare", "kommunal_hsl"]),
    "2026-11-18": ("16:30", ["aldre_ssk", "kommunal_hsl"]),
    "2026-11-20": ("14:00", ["aldre_ssk"]),
}

DECISIONS = [
    # (created, what, due, done_at, escalated_at, answer_at, answer_text)
    ("2026-11-16T08:20", "Läkemedelsgenomgång", "2026-11-18", "2026-11-18T10:00", None, None,
     None),
    ("2026-11-17T08:20", "Boka SIP-möte", "2026-11-20", None, None, None, None),
    ("2026-11-18T08:20", "Se över hjälpmedel", "2026-11-25", "2026-11-24T09:00", None, None,
     None),
    ("2026-10-28T08:20", "Kontakta anhörig", "2026-11-05", "2026-11-17T09:00", None, None,
     None),
    ("2026-11-03T08:20", "Uppdatera vårdplan", "2026-12-10", None, None, None, None),
    ("2026-11-20T08:20", "Ring dottern till Margareta Ek om hemtjänst kvällstid", None, None,
     "2026-11-20T08:30", "2026-11-26T13:00", "Kommunen ordnar extra besök kvällstid."),
    ("2026-10-20T08:20", "Hemtjänsten hinner inte med kvällsbesöken", "2026-10-30", None,
     "2026-10-21T08:30", None, None),
    ("2026-11-05T08:20", "Korttidsplats saknas i kommunen", None, "2026-11-12T10:00",
     "2026-11-05T08:40", "2026-11-12T10:00", "Beviljat: två platser från december."),
]

FOLLOWUPS = [
    # (created, reason, actor, due, status, done_at)
    ("2026-11-16T08:30", "fallrisk", "forebyggande_team", "2026-11-20", "done",
     "2026-11-19T10:00"),
    ("2026-11-17T08:30", "lakemedel", "vc", "2026-11-18", "done", "2026-11-21T10:00"),
    ("2026-11-17T08:30", "fallrisk", "kommunal_primarvard", "2026-11-27", "open", None),
    ("2026-11-03T08:30", "nutrition", "vc", "2026-11-06", "done", "2026-11-06T15:00"),
    ("2026-11-10T08:30", "ensamhet", "digital", "2026-11-12", "cancelled", None),
    ("2026-10-25T08:30", "hjalpmedel", "bistandshandlaggare", "2026-11-02", "done",
     "2026-11-02T11:00"),
]

CALLS = [
    # (case key, done_at or None)
    ("A2", "2026-11-18T10:00"),   # in time
    ("C1", "2026-11-25T09:00"),   # exactly 72 h: in time
    ("B1", "2026-11-12T08:00"),   # late
    ("E1", None),                 # never made
    ("B2", None),                 # due in December
]

CFS = [("A", 5, "2026-03-01"), ("B", 6, "2025-10-15"), ("C", 7, "2026-11-10"),
       ("D", 4, "2026-06-01"), ("D", 5, "2026-11-20"), ("E", 6, "2026-12-01")]

SIPS = [
    # (person, state, invited, held, followed_up, declined)
    ("A", "genomford", "2026-01-10", "2026-01-20", None, None),
    ("B", "uppfoljd", "2025-08-20", "2025-09-01", "2025-11-15", None),
    ("D", "kallad", "2026-11-25", None, None, None),
    ("C", "genomford", "2026-11-05", "2026-11-12", None, None),
    ("E", "tackat_nej", None, None, None, "2026-11-18"),
]


def _seconds(text: str) -> int:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def build_scenario(db) -> None:
    day = date(2026, 9, 1)
    while day <= date(2026, 12, 1):
        at = datetime.combine(day, time(6, 0))
        with db.atomic():
            import_id = db.insert("imports", {
                "kind": "samsa", "file_name": f"samsa-{day}.csv", "sha256": f"x{day}",
                "as_of": at.isoformat(timespec="minutes"),
                "imported_at": at.isoformat(timespec="seconds"), "os_user": "test",
                "result": "{}",
            })
            records = [r for case in CASES if (r := case.record(at)) is not None]
            apply_snapshot(db, records, as_of=at, import_id=import_id, mark_gone=False)
        day += timedelta(days=1)
    patient_ids = {key: db.execute("SELECT id FROM patients WHERE personnummer = ?",
                                   [personnummer(key)]).fetchone()[0] for key in PEOPLE}
    with db.atomic():
        for day_text, (duration, roles) in HUDDLES.items():
            started = datetime.combine(d(day_text), time(8, 15))
            ended = started + timedelta(seconds=_seconds(duration)) if duration else None
            huddle_id = db.insert("huddles", {
                "day": day_text, "started_at": started.isoformat(timespec="seconds"),
                "ended_at": ended.isoformat(timespec="seconds") if ended else None,
                "planned_minutes": 15, "summary": json.dumps({}),
            })
            db.executemany("INSERT INTO huddle_attendance (huddle_id, role) VALUES (?, ?)",
                           [(huddle_id, role) for role in roles])
        for created, what, due, done_at, escalated, answer_at, answer in DECISIONS:
            db.insert("decisions", {
                "patient_id": patient_ids["A"], "what": what, "responsible_role": "aldre_ssk",
                "responsible_name": "Anna Lund", "due_on": due,
                "status": "done" if done_at else "open", "done_at": done_at,
                "escalated_at": escalated,
                "escalated_to": "Månadsmöte (första linjens chefer)" if escalated else None,
                # The managers' question, written (against the hint) with the patient's name.
                "escalation_question": f"Chefen: {what}" if escalated else None,
                "answer_text": answer, "answer_by": "Eva Strand, enhetschef" if answer else None,
                "answer_at": answer_at, "created_at": created, "updated_at": created,
            })
        for created, reason, actor, due, status, done_at in FOLLOWUPS:
            db.insert("followups", {
                "patient_id": patient_ids["B"], "kind": "need", "reason": reason,
                "actor": actor, "due": due, "status": status, "done_at": done_at,
                "created_at": created, "updated_at": created,
            })
        for case_key, done_at in CALLS:
            case = table_rows(db, "cases", "case_key = ?", [case_key])[0]
            due = (t(case["discharged_at"]) + timedelta(hours=72)).isoformat(timespec="minutes")
            db.insert("followups", {
                "patient_id": case["patient_id"], "case_id": case["id"], "kind": "call_72h",
                "reason": "call_72h", "actor": "vc", "due": due,
                "status": "done" if done_at else "open", "done_at": done_at,
                "created_at": case["discharged_at"], "updated_at": case["discharged_at"],
            })
        for person, level, scored_on in CFS:
            db.insert("cfs_scores", {
                "patient_id": patient_ids[person], "level": level, "scored_on": scored_on,
                "created_at": scored_on + "T10:00",
            })
        for person, state, invited, held, followed, declined in SIPS:
            db.insert("sips", {
                "patient_id": patient_ids[person], "state": state, "invited_on": invited,
                "held_on": held, "followed_up_on": followed, "declined_on": declined,
                "updated_at": "2026-11-30T10:00",
            })


@pytest.fixture(scope="session")
def scenario_db_file(tmp_path_factory: pytest.TempPathFactory):
    """Built once per session; tests only read it (reports never write)."""
    from huddle.storage.database import open_database
    from huddle.storage.settings import save_settings

    path = tmp_path_factory.mktemp("scenario") / "scenario.sqlite"
    db = open_database(path)
    save_settings(db, vc_name="Skene vårdcentral", vc_aliases=["Skene VC"], kommun="Mark")
    build_scenario(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def scenario_db(scenario_db_file):
    from huddle.storage.database import open_database

    db = open_database(scenario_db_file)
    yield db
    db.conn.close()


@pytest.fixture
def scenario_db_path(scenario_db_file, tmp_path):
    """A private copy, for tests that go through code which writes (the access log)."""
    import shutil

    target = tmp_path / "scenario.sqlite"
    shutil.copyfile(scenario_db_file, target)
    return target


@pytest.fixture
def identities() -> list[str]:
    """Every name, name part (of four letters or more: "Ek" is also a word) and
    personnummer form of the scenario's patients."""
    found = []
    for key, (name, _, _) in PEOPLE.items():
        number = personnummer(key)
        last, first = (part.strip() for part in name.split(","))
        found += [name, f"{first} {last}", number, f"{number[:8]}-{number[8:]}",
                  f"{number[2:8]}-{number[8:]}", number[2:]]
        found += [part for part in (first, last) if len(part) >= 4]
    return found
