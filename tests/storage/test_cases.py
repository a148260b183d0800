"""Applying SAMSA snapshots: what changed between two exports becomes case events."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from huddle.domain.identity import PERSONNUMMER
from huddle.domain.samsa import CaseRecord
from huddle.storage.board_data import load_board_input
from huddle.storage.cases import apply_snapshot
from tests.dbtools import log_codes, table_count, table_rows

ANNA = "194203149807"   # fictional
BERTIL = "193805229812"  # fictional


def record(personnummer: str = ANNA, *, samsa_id: str | None = "S-1",
           admitted: datetime = datetime(2026, 11, 2, 14, 30), **fields) -> CaseRecord:
    fields.setdefault("name", "Ek, Anna" if personnummer == ANNA else "Björk, Bertil")
    return CaseRecord(personnummer=personnummer, id_kind=PERSONNUMMER,
                      birth_date=date(int(personnummer[:4]), int(personnummer[4:6]),
                                      int(personnummer[6:8])),
                      admitted_at=admitted, samsa_id=samsa_id, hospital="SÄS Borås",
                      ward="Medicin 2", raw={"Ärende-ID": samsa_id or ""}, **fields)


class Importer:
    """Applies snapshots the way an import does: one imports row, one transaction."""

    def __init__(self, db) -> None:
        self.db = db
        self.files = 0

    def __call__(self, records: list[CaseRecord], as_of: datetime, **kwargs):
        self.files += 1
        with self.db.atomic():
            import_id = self.db.insert("imports", {
                "kind": "samsa", "file_name": f"samsa-{as_of:%Y%m%d}.csv",
                "sha256": f"file-{self.files}", "as_of": as_of.isoformat(),
                "imported_at": as_of.isoformat(), "os_user": "test", "result": "{}",
            })
            result = apply_snapshot(self.db, records, as_of=as_of, import_id=import_id,
                                    **kwargs)
        return result

    def events(self, kind: str | None = None) -> list[dict]:
        where, params = ("kind = ?", [kind]) if kind else (None, None)
        return list(table_rows(self.db, "case_events", where, params, order_by="id"))

    def kinds(self) -> list[str]:
        return [event["kind"] for event in self.events()]

    def case(self, key: str = "S-1") -> dict:
        return table_rows(self.db, "cases", "case_key = ?", [key])[0]


@pytest.fixture
def imp(db) -> Importer:
    return Importer(db)


def day(d: int, hour: int = 6) -> datetime:
    return datetime(2026, 11, d, hour, 0)


def test_a_new_case_is_an_admission_with_its_planned_discharge_date(imp):
    result = imp([record(pud=date(2026, 11, 9))], day(3))
    assert (result.new_cases, result.updated_cases) == (1, 0)
    events = imp.events()
    assert [e["kind"] for e in events] == ["admitted", "pud_set"]
    assert events[0]["new_value"] == "2026-11-02T14:30"
    assert events[1]["new_value"] == "2026-11-09"
    assert all(e["at"] == "2026-11-03T06:00" and e["import_id"] for e in events)
    case = imp.case()
    assert case["status"] == "Inskriven"
    assert json.loads(case["raw"]) == {"Ärende-ID": "S-1"}


def test_a_new_case_with_consent_is_not_reported_as_a_consent_change(imp):
    imp([record(consent=True)], day(3))
    assert imp.kinds() == ["admitted"]
    patient = table_rows(imp.db, "patients")[0]
    # SAMSA's word is kept as SAMSA's, beside the health centre's own record (none yet).
    assert (patient["samsa_consent"], patient["consent"]) == ("given", "unknown")


def test_a_new_case_saying_otherwise_about_consent_is_a_change(imp):
    imp([record(consent=True, discharged_at=datetime(2026, 11, 4, 12))], day(5))
    imp([record(samsa_id="S-2", admitted=datetime(2026, 11, 20, 9), consent=False)], day(21))
    change = imp.events("consent_changed")
    assert [(e["old_value"], e["new_value"]) for e in change] == [("given", "declined")]


def test_the_same_snapshot_twice_changes_nothing(imp):
    first = record(pud=date(2026, 11, 9))
    imp([first], day(3))
    before = imp.kinds()
    result = imp([first], day(4))
    assert (result.new_cases, result.updated_cases, result.unchanged_cases) == (0, 0, 1)
    assert imp.kinds() == before


def test_a_planned_discharge_date_set_later(imp):
    imp([record()], day(3))
    imp([record(pud=date(2026, 11, 10))], day(4))
    pud = imp.events("pud_set")
    assert [(e["old_value"], e["new_value"], e["at"]) for e in pud] == [
        (None, "2026-11-10", "2026-11-04T06:00")]


def test_a_pud_moved_twice_keeps_its_whole_history(imp):
    imp([record(pud=date(2026, 11, 9))], day(3))
    imp([record(pud=date(2026, 11, 11))], day(4))
    imp([record(pud=date(2026, 11, 11))], day(5))
    imp([record(pud=date(2026, 11, 14))], day(6))
    moves = imp.events("pud_moved")
    assert [(e["old_value"], e["new_value"], e["at"][:10]) for e in moves] == [
        ("2026-11-09", "2026-11-11", "2026-11-04"),
        ("2026-11-11", "2026-11-14", "2026-11-06"),
    ]
    assert imp.case()["pud"] == "2026-11-14"
    # The board counts the moves from this history.
    board_case = load_board_input(imp.db, date(2026, 11, 6)).cases[0]
    assert board_case.pud_moves == 2
    assert board_case.pud == date(2026, 11, 14)


def test_a_pud_cleared_and_set_again_to_another_date_is_one_move(imp):
    imp([record(pud=date(2026, 11, 9))], day(3))
    imp([record()], day(4))                          # cleared: no event
    assert imp.kinds() == ["admitted", "pud_set"]
    imp([record(pud=date(2026, 11, 12))], day(5))    # set again: moved from the 9th
    moves = imp.events("pud_moved")
    assert [(e["old_value"], e["new_value"], e["at"][:10]) for e in moves] == [
        ("2026-11-09", "2026-11-12", "2026-11-05")]
    assert load_board_input(imp.db, date(2026, 11, 5)).cases[0].pud_moves == 1


def test_a_pud_cleared_and_set_again_to_the_same_date_is_no_move(imp):
    imp([record(pud=date(2026, 11, 9))], day(3))
    imp([record()], day(4))
    imp([record(pud=date(2026, 11, 9))], day(5))
    assert imp.kinds() == ["admitted", "pud_set"]


def test_a_pud_cleared_and_set_again_counts_once_in_the_monthly_report(imp):
    from huddle.reports.compute import compute_summary
    from huddle.reports.period import parse_month

    imp([record(pud=date(2026, 11, 9))], day(3))
    imp([record()], day(4))
    imp([record(pud=date(2026, 11, 12))], day(5))
    imp([record()], day(6))
    imp([record(pud=date(2026, 11, 12))], day(7))
    samsa = compute_summary(imp.db, parse_month("2026-11"),
                            datetime(2026, 12, 1, 8, 0)).to_json()["samsa"]
    assert (samsa["pud_moves"], samsa["pud_moved_cases"]) == (1, 1)


def test_ready_for_discharge_then_discharged(imp):
    imp([record(pud=date(2026, 11, 9))], day(3))
    ready = datetime(2026, 11, 8, 10, 15)
    imp([record(pud=date(2026, 11, 9), ready_at=ready)], day(9))
    assert imp.case()["status"] == "Utskrivningsklar"
    imp([record(pud=date(2026, 11, 9), ready_at=ready,
                discharged_at=datetime(2026, 11, 10, 13, 0))], day(11))
    assert imp.case()["status"] == "Utskriven"
    ready_events, discharged = imp.events("ready"), imp.events("discharged")
    assert [(e["new_value"], e["at"][:10]) for e in ready_events] == [
        ("2026-11-08T10:15", "2026-11-09")]
    assert [(e["new_value"], e["at"][:10]) for e in discharged] == [
        ("2026-11-10T13:00", "2026-11-11")]


def test_a_case_first_seen_already_discharged_reports_each_step(imp):
    imp([record(ready_at=datetime(2026, 11, 5, 9), discharged_at=datetime(2026, 11, 6, 11),
                sip_invited_on=date(2026, 11, 5))], day(7))
    assert imp.kinds() == ["admitted", "ready", "discharged", "sip_invited"]


def discharged_then_admitted(imp, gap_days: int) -> list[dict]:
    discharged = datetime(2026, 10, 1, 11, 0)
    imp([record(ready_at=discharged - timedelta(days=1), discharged_at=discharged)],
        datetime(2026, 10, 2, 6))
    again = datetime.combine(discharged.date() + timedelta(days=gap_days), datetime.min.time())
    again = again.replace(hour=22)
    imp([record(samsa_id="S-2", admitted=again)], again + timedelta(hours=8))
    return imp.events("readmission")


@pytest.mark.parametrize("gap_days", [0, 1, 30])
def test_readmission_within_30_days(imp, gap_days):
    events = discharged_then_admitted(imp, gap_days)
    assert len(events) == 1
    assert events[0]["old_value"] == "2026-10-01"
    assert events[0]["case_id"] == imp.case("S-2")["id"]


def test_no_readmission_after_31_days(imp):
    assert discharged_then_admitted(imp, 31) == []


def test_readmission_only_counts_the_same_patient(imp):
    imp([record(ready_at=datetime(2026, 11, 1, 9), discharged_at=datetime(2026, 11, 2, 9))],
        day(3))
    imp([record(BERTIL, samsa_id="S-9", admitted=datetime(2026, 11, 5, 9))], day(6))
    assert imp.events("readmission") == []


def test_an_admitted_case_missing_from_the_next_export_is_gone_not_deleted(imp):
    imp([record(), record(BERTIL, samsa_id="S-2")], day(3))
    result = imp([record(BERTIL, samsa_id="S-2")], day(4))
    assert result.gone_cases == 1
    gone = imp.events("gone")
    assert [(e["case_id"], e["old_value"]) for e in gone] == [(imp.case()["id"], "Inskriven")]
    assert imp.case()["gone_at"] == "2026-11-04T06:00"
    assert table_count(imp.db, "cases") == 2


def test_a_discharged_case_leaving_the_list_is_no_news(imp):
    imp([record(ready_at=day(3, 9), discharged_at=day(4, 12))], day(5))
    result = imp([], day(9))
    assert result.gone_cases == 1
    assert imp.case()["gone_at"] == "2026-11-09T06:00"
    assert imp.events("gone") == []


def test_a_partial_export_marks_nothing_gone(imp):
    imp([record(), record(BERTIL, samsa_id="S-2")], day(3))
    result = imp([record(BERTIL, samsa_id="S-2")], day(4), mark_gone=False)
    assert result.gone_cases == 0
    assert imp.case()["gone_at"] is None


def test_a_gone_case_that_comes_back_is_returned(imp):
    imp([record()], day(3))
    imp([], day(4))
    imp([record()], day(5))
    returned = imp.events("returned")
    assert [(e["old_value"], e["new_value"]) for e in returned] == [
        ("2026-11-04T06:00", "2026-11-05T06:00")]
    assert imp.case()["gone_at"] is None


def test_an_id_that_lost_its_leading_zeros_is_the_same_case(imp):
    imp([record(samsa_id="000123", pud=date(2026, 11, 9))], day(3))
    result = imp([record(samsa_id="123", pud=date(2026, 11, 10))], day(4))
    assert (result.new_cases, result.updated_cases, result.gone_cases) == (0, 1, 0)
    assert imp.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    assert imp.kinds() == ["admitted", "pud_set", "pud_moved"]


def test_a_key_stored_with_leading_zeros_by_an_earlier_release_still_matches(imp):
    imp([record(samsa_id="S-1")], day(3))
    imp.db.execute("UPDATE cases SET case_key = '000123', samsa_id = '000123'")
    result = imp([record(samsa_id="123")], day(4))
    assert (result.new_cases, result.gone_cases) == (0, 0)
    assert [r[0] for r in imp.db.execute("SELECT case_key FROM cases")] == ["123"]
    assert "gone" not in imp.kinds()


def test_cases_without_samsa_id_are_keyed_by_personnummer_and_admission(imp):
    imp([record(samsa_id=None)], day(3))
    imp([record(samsa_id=None, pud=date(2026, 11, 12))], day(4))
    assert table_count(imp.db, "cases") == 1
    assert imp.case(f"{ANNA}/2026-11-02")["pud"] == "2026-11-12"


def test_protection_from_samsa_is_never_lifted_by_a_later_export(imp):
    imp([record(protected=True)], day(3))
    imp([record(protected=False)], day(4))
    patient = table_rows(imp.db, "patients")[0]
    assert patient["protected_identity"] == 1


def test_a_consent_change_on_an_open_case_is_an_event(imp):
    imp([record(consent=None)], day(3))
    imp([record(consent=True)], day(4))
    imp([record(consent=True)], day(5))
    change = imp.events("consent_changed")
    assert [(e["old_value"], e["new_value"]) for e in change] == [(None, "given")]
    assert table_rows(imp.db, "patients")[0]["samsa_consent"] == "given"


def test_samsa_never_overwrites_the_health_centres_consent(imp):
    from huddle.domain.consent import CATEGORY_NOT_CONSENTED, consent_category
    from huddle.storage.register import consent_checks, set_consent
    from huddle.storage.rows import get_patient

    imp([record(consent=None)], day(3))
    patient_id = table_rows(imp.db, "patients")[0]["id"]
    set_consent(imp.db, patient_id, consent="declined", on=date(2026, 11, 3), by="Anna Lund",
                today=date(2026, 11, 3), now=datetime(2026, 11, 3, 9, 0))
    imp([record(consent=True)], day(4))
    patient = get_patient(imp.db, patient_id)
    assert (patient.consent, patient.samsa_consent) == ("declined", "given")
    assert consent_category(patient.consent_facts) == CATEGORY_NOT_CONSENTED
    checks = consent_checks(imp.db, day=date(2026, 11, 4))
    assert [c.patient.id for c in checks] == [patient_id]
    codes = [code for code, pid in log_codes(imp.db) if pid == patient_id]
    assert "consent_changed" in codes and "samsa_consent" in codes


def test_every_patient_in_a_snapshot_is_in_the_access_log(imp):
    imp([record(), record(BERTIL, samsa_id="S-2")], day(3))
    rows = list(table_rows(imp.db, "access_log", order_by="id"))
    patients = {p["personnummer"]: p["id"] for p in table_rows(imp.db, "patients")}
    assert sorted(r["patient_id"] for r in rows) == sorted(patients.values())
    assert all(r["action"] == "importera" and r["detail"].startswith("samsa_import")
               and r["os_user"] and r["at"] for r in rows)


def test_marking_a_case_gone_is_logged_for_its_patient(imp):
    imp([record(), record(BERTIL, samsa_id="S-2")], day(3))
    before = table_count(imp.db, "access_log")
    imp([record()], day(4))
    logged = {r["patient_id"] for r in table_rows(imp.db, "access_log", "id > ?", [before])}
    bertil = table_rows(imp.db, "patients", "personnummer = ?", [BERTIL])[0]["id"]
    assert bertil in logged


def test_a_failed_import_leaves_no_trace(imp):
    imp([record()], day(3))
    counts = {t: table_count(imp.db, t) for t in ("cases", "case_events", "patients", "access_log")}
    broken = replace(record(BERTIL, samsa_id="S-2"), id_kind="körkort")  # violates a CHECK
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
        imp([record(pud=date(2026, 11, 12)), broken], day(4))
    assert {t: table_count(imp.db, t) for t in counts} == counts
    assert imp.case()["pud"] is None


def test_the_board_for_an_earlier_day_shows_who_was_in_hospital_then(imp):
    from huddle.storage.board_data import load_board

    ready = datetime(2026, 11, 8, 10, 15)
    imp([record(pud=date(2026, 11, 9)), record(BERTIL, samsa_id="S-2")], day(3))
    imp([record(pud=date(2026, 11, 9), ready_at=ready)], day(9))  # Bertil's case is gone
    imp([record(pud=date(2026, 11, 9), ready_at=ready,
                discharged_at=datetime(2026, 11, 10, 13, 0))], day(11))

    def lane(on: date) -> dict[str, str]:
        items = load_board(imp.db, on).lanes["samsa"]
        return {item.name: item.status for item in items}

    assert lane(date(2026, 11, 5)) == {"Ek, Anna": "Inskriven", "Björk, Bertil": "Inskriven"}
    assert lane(date(2026, 11, 8)) == {"Ek, Anna": "Utskrivningsklar",
                                       "Björk, Bertil": "Inskriven"}
    assert lane(date(2026, 11, 9)) == {"Ek, Anna": "Utskrivningsklar"}
    assert lane(date(2026, 11, 11)) == {"Ek, Anna": "Utskriven"}


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_readmission_is_found_whatever_the_row_order_in_the_first_export(imp, newest_first):
    earlier = record(samsa_id="S-1", admitted=datetime(2026, 10, 20, 9),
                     ready_at=datetime(2026, 10, 24, 9), discharged_at=datetime(2026, 10, 25, 11))
    again = record(samsa_id="S-2", admitted=datetime(2026, 11, 10, 22))
    rows = [again, earlier] if newest_first else [earlier, again]
    imp(rows, day(11))
    readmissions = imp.events("readmission")
    assert [(e["case_id"], e["old_value"]) for e in readmissions] == [
        (imp.case("S-2")["id"], "2026-10-25")]
