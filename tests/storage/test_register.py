"""The register: find and add patients, CFS, SIP, consent, protection, flags and the 72-hour
call – each change stored, checked, and written to the access log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from huddle.commands.board import board_json
from huddle.domain.identity import with_check_digit
from huddle.errors import InputError
from huddle.storage.board_data import load_board
from huddle.storage.register import (
    FollowupAfterCall,
    add_patient,
    find_patients,
    flag_patient,
    load_frailty_record,
    planning_list,
    record_call,
    record_cfs_score,
    save_sip,
    set_consent,
    set_protected_identity,
)
from huddle.storage.register_imports import sync_sip_invitations
from tests.dbtools import log_codes, table_count, table_row, table_rows

DAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


def pnr(birth: str, serial: str = "998") -> str:
    """A valid 12-digit personnummer: birth 'YYYYMMDD' and a three-digit serial."""
    return birth[:2] + with_check_digit(birth[2:] + serial)


def actions(db) -> list[tuple]:
    return log_codes(db)


@pytest.fixture
def ek(db) -> int:
    return add_patient(db, number=pnr("19400122"), name="Ek, Margareta", day=DAY, now=NOW)


# ------------------------------------------------------------------ adding and finding


def test_add_by_hand_checks_the_number_and_refuses_a_second_copy(db, ek):
    row = table_row(db, "patients", ek)
    assert row["name"] == "Ek, Margareta" and row["birth_date"] == "1940-01-22"
    assert row["source"] == "manual" and row["consent"] == "unknown"
    assert actions(db) == [("patient_added", ek)]
    with pytest.raises(InputError, match="finns redan"):
        add_patient(db, number=pnr("19400122")[2:8] + "-" + pnr("19400122")[8:],
                    name="Ek, M", day=DAY)
    with pytest.raises(InputError, match="kontrollsiffra"):
        add_patient(db, number="19400122-9990", name="Fel, Nummer", day=DAY)
    with pytest.raises(InputError, match="namn"):
        add_patient(db, number=pnr("19451010"), name="  ", day=DAY)
    assert table_count(db, "patients") == 1


def test_find_by_name_words_or_by_personnummer_in_any_form(db, ek):
    other = add_patient(db, number=pnr("19380522", "997"), name="Björk, Sven-Åke", day=DAY)
    assert [r.id for r in find_patients(db, "ek marg", day=DAY)] == [ek]
    assert [r.id for r in find_patients(db, "BJÖRK", day=DAY)] == [other]
    number = pnr("19400122")
    assert [r.id for r in find_patients(db, number[2:8] + "-" + number[8:], day=DAY)] == [ek]
    assert [r.id for r in find_patients(db, number[:8], day=DAY)] == [ek]
    everyone = find_patients(db, "", day=DAY)
    assert [r.name for r in everyone] == ["Björk, Sven-Åke", "Ek, Margareta"]
    assert everyone[1].personnummer == f"{number[:8]}-{number[8:]}"
    assert everyone[1].age == 86
    # The search is in the access log, one row per patient it showed.
    assert sorted(actions(db)[-2:]) == sorted([("register_search", other), ("register_search", ek)])


def test_protected_identity_is_found_only_by_the_full_number_and_never_named(db, ek):
    set_protected_identity(db, ek, True, now=NOW)
    assert find_patients(db, "Ek", day=DAY) == []
    assert find_patients(db, pnr("19400122")[:8], day=DAY) == []
    hit = find_patients(db, pnr("19400122"), day=DAY)
    assert [(r.id, r.name, r.personnummer) for r in hit] == [(ek, "Skyddad identitet", None)]
    assert ("protected_set", ek) in actions(db)
    # Searches that showed nobody are logged too, without a patient.
    assert actions(db)[-3:] == [("register_search", None), ("register_search", None),
                                ("register_search", ek)]


# ------------------------------------------------------------------ CFS


def test_score_is_stored_with_who_and_baseline_and_logged(db, ek):
    record_cfs_score(db, ek, level=4, scored_on=date(2025, 11, 23), today=DAY,
                     role="aldre_ssk", name="Anna Lund", baseline_note="Före höftfrakturen",
                     now=NOW)
    record_cfs_score(db, ek, level=6, scored_on=date(2026, 11, 1), today=DAY, version="1.2",
                     role="lakare", name="Per Holm", now=NOW)
    rows = list(table_rows(db, "cfs_scores", order_by="id"))
    assert [(r["level"], r["scale_version"], r["scored_by_role"], r["scored_by_name"])
            for r in rows] == [(4, "2.0", "aldre_ssk", "Anna Lund"), (6, "1.2", "lakare",
                                                                      "Per Holm")]
    assert rows[0]["baseline_note"] == "Före höftfrakturen"
    assert actions(db)[-2:] == [("cfs_recorded", ek), ("cfs_recorded", ek)]
    record = load_frailty_record(db, ek, day=DAY)
    assert record.trend == "Försämrad från CFS 4 till 6 sedan 23/11 2025"
    assert [s.arrow for s in record.scores] == ["↑", "•"]
    assert not record.rescore_overdue and record.rescore_due_on == date(2027, 11, 1)
    assert actions(db)[-1] == ("frailty_record", ek)


def test_a_score_of_9_is_taken_and_10_or_a_future_date_is_not(db, ek):
    record_cfs_score(db, ek, level=9, scored_on=DAY, today=DAY)
    before = (table_count(db, "cfs_scores"), len(actions(db)))
    with pytest.raises(InputError, match="1–9"):
        record_cfs_score(db, ek, level=10, scored_on=DAY, today=DAY)
    with pytest.raises(InputError, match="framtiden"):
        record_cfs_score(db, ek, level=5, scored_on=DAY + timedelta(days=1), today=DAY)
    with pytest.raises(InputError, match="yrkesroll"):
        record_cfs_score(db, ek, level=5, scored_on=DAY, today=DAY, role="trollkarl")
    assert (table_count(db, "cfs_scores"), len(actions(db))) == before


def test_record_knows_age_64_and_a_score_exactly_12_months_old(db):
    young = add_patient(db, number=pnr("19611124"), name="Ung, Anna", day=DAY)
    record_cfs_score(db, young, level=5, scored_on=date(2025, 11, 23), today=DAY)
    record = load_frailty_record(db, young, day=DAY)
    assert record.young and record.age == 64
    assert not record.rescore_overdue
    assert load_frailty_record(db, young, day=DAY + timedelta(days=1)).rescore_overdue


# ------------------------------------------------------------------ SIP


def test_sip_episode_is_started_moved_on_and_checked(db, ek):
    sip_id = save_sip(db, ek, state="kallad", today=DAY, need_noted_on=date(2026, 11, 1),
                      invited_on=date(2026, 11, 3), now=NOW)
    save_sip(db, ek, sip_id=sip_id, state="genomford", today=DAY,
             need_noted_on=date(2026, 11, 1), invited_on=date(2026, 11, 3),
             held_on=date(2026, 11, 12), note="Hemtjänst utökas", now=NOW)
    row = table_row(db, "sips", sip_id)
    assert (row["state"], row["held_on"], row["note"]) == ("genomford", "2026-11-12",
                                                          "Hemtjänst utökas")
    assert actions(db)[-2:] == [("sip_created", ek), ("sip_updated", ek)]
    with pytest.raises(InputError, match="före"):
        save_sip(db, ek, sip_id=sip_id, state="genomford", today=DAY,
                 invited_on=date(2026, 11, 3), held_on=date(2026, 11, 2))
    assert table_row(db, "sips", sip_id)["held_on"] == "2026-11-12"
    record = load_frailty_record(db, ek, day=DAY)
    assert record.sip_status.valid and record.sip_status.valid_until == date(2027, 11, 12)


def add_case(db, patient_id: int, *, discharged: str | None = None,
             sip_invited_on: str | None = None) -> int:
    return db.insert("cases", {
        "case_key": f"S-{patient_id}-{discharged}", "patient_id": patient_id,
        "admitted_at": "2026-11-10T10:00", "discharged_at": discharged,
        "status": "Utskriven" if discharged else "Utskrivningsklar",
        "ready_at": "2026-11-15T09:00", "sip_invited_on": sip_invited_on, "raw": "{}",
        "last_seen_at": "2026-11-20T06:00",
    })


def test_samsa_sip_invitation_feeds_the_register_once(db, ek):
    save_sip(db, ek, state="behov", today=DAY, need_noted_on=date(2026, 11, 14))
    case_id = add_case(db, ek, sip_invited_on="2026-11-16")
    assert sync_sip_invitations(db, [case_id], at="2026-11-17T06:00") == 1
    assert sync_sip_invitations(db, [case_id], at="2026-11-18T06:00") == 0
    rows = list(table_rows(db, "sips"))
    assert [(r["state"], r["need_noted_on"], r["invited_on"]) for r in rows] == [
        ("kallad", "2026-11-14", "2026-11-16")]
    other = add_patient(db, number=pnr("19380522", "997"), name="Björk, Sven", day=DAY)
    assert sync_sip_invitations(db, [add_case(db, other, sip_invited_on="2026-11-20")],
                                at="2026-11-21T06:00") == 1
    assert table_count(db, "sips") == 2
    assert ("sip_from_samsa", other) in actions(db)


# ------------------------------------------------------------------ consent and flags


def test_consent_needs_date_and_who_and_unknown_clears_them(db, ek):
    set_consent(db, ek, consent="given", on=DAY, by=" Anna  Lund ", today=DAY, now=NOW)
    row = table_row(db, "patients", ek)
    assert (row["consent"], row["consent_date"], row["consent_by"]) == (
        "given", "2026-11-23", "Anna Lund")
    with pytest.raises(InputError, match="vem"):
        set_consent(db, ek, consent="declined", on=DAY, by="", today=DAY)
    set_consent(db, ek, consent="unknown", on=None, by=None, today=DAY)
    row = table_row(db, "patients", ek)
    assert (row["consent"], row["consent_date"], row["consent_by"]) == ("unknown", None, None)
    assert [a for a in actions(db) if a[0] == "consent_changed"] == [("consent_changed", ek)] * 2


def test_a_participant_flag_puts_the_patient_on_the_cfs_lane_until_lifted(db, ek):
    flag_patient(db, ek, "Oro från hemtjänsten", now=NOW)
    lane = load_board(db, DAY).lanes["cfs"]
    assert [(i.patient_id, i.reason) for i in lane] == [
        (ek, "ej CFS-skattad · flaggad: Oro från hemtjänsten")]
    flag_patient(db, ek, None, now=NOW)
    assert load_board(db, DAY).lanes["cfs"] == []
    assert actions(db)[-2:] == [("flagged", ek), ("flag_lifted", ek)]


# ------------------------------------------------------------------ the 72-hour call


def add_call(db, patient_id: int, discharged: str = "2026-11-20T09:30") -> int:
    case_id = add_case(db, patient_id, discharged=discharged)
    due = (datetime.fromisoformat(discharged) + timedelta(hours=72)).isoformat(
        timespec="minutes")
    return db.insert("followups", {
        "patient_id": patient_id, "case_id": case_id, "kind": "call_72h", "reason": "call_72h",
        "actor": "vc", "due": due, "status": "open", "created_at": "2026-11-21T06:00",
        "updated_at": "2026-11-21T06:00"})


def test_a_call_exactly_72_hours_after_discharge_is_in_time_and_closes_it(db, ek):
    call = add_call(db, ek)
    state = record_call(db, call, called_at=datetime(2026, 11, 23, 9, 30), by="Anna Lund",
                        outcome="ok", now=NOW)
    assert state == "in_time"
    row = table_row(db, "followups", call)
    assert (row["status"], row["done_at"], row["done_by"], row["outcome"]) == (
        "done", "2026-11-23T09:30", "Anna Lund", "ok")
    assert load_board(db, DAY, now=NOW).lanes["home_followup"] == []
    assert actions(db)[-1] == ("call_recorded", ek)
    with pytest.raises(InputError, match="redan registrerat"):
        record_call(db, call, called_at=NOW, by="Anna Lund", outcome="ok", now=NOW)
    record = load_frailty_record(db, ek, day=DAY, now=NOW)
    assert [c.state for c in record.calls] == ["in_time"]


def test_a_minute_later_is_late_and_a_need_found_is_created_with_the_call(db, ek):
    call = add_call(db, ek)
    state = record_call(db, call, called_at=datetime(2026, 11, 23, 9, 31), by="Anna Lund",
                        outcome="hembesok", now=NOW,
                        then=FollowupAfterCall("efter_utskrivning", "vc", DAY + timedelta(1)))
    assert state == "late"
    needs = list(table_rows(db, "followups", "kind = 'need'"))
    assert [(n["reason"], n["actor"], n["due"]) for n in needs] == [
        ("efter_utskrivning", "vc", "2026-11-24")]
    assert actions(db)[-2:] == [("call_recorded", ek), ("followup_created", ek)]


def test_call_checks_outcome_who_and_time(db, ek):
    call = add_call(db, ek)
    with pytest.raises(InputError, match="Välj utfall"):
        record_call(db, call, called_at=NOW, by="Anna", outcome="kanske", now=NOW)
    with pytest.raises(InputError, match="vem"):
        record_call(db, call, called_at=NOW, by=" ", outcome="ok", now=NOW)
    with pytest.raises(InputError, match="före utskrivningen"):
        record_call(db, call, called_at=datetime(2026, 11, 20, 9, 0), by="Anna",
                    outcome="ok", now=NOW)
    with pytest.raises(InputError, match="framtiden"):
        record_call(db, call, called_at=NOW + timedelta(hours=1), by="Anna", outcome="ok",
                    now=NOW)
    assert table_row(db, "followups", call)["status"] == "open"


def test_overdue_call_stands_out_on_the_home_lane(db, ek):
    add_call(db, ek, discharged="2026-11-19T18:45")
    item = board_json(load_board(db, DAY, now=NOW))["lanes"]["home_followup"][0]
    assert item["urgent"] and item["kind"] == "call_72h" and item["actor"] == "vc"
    assert item["due"] == "2026-11-22T18:45"
    assert item["reason"] == ("Telefonuppföljning inom 72 h · utskriven 19/11 kl 18:45 · "
                              "Distriktsläkare/sjuksköterska/rehab · FÖRSENAD 15 h – "
                              "senast 22/11 kl 18:45")


# ------------------------------------------------------------------ planning list


def test_planning_list_holds_what_the_daily_cap_leaves_out(db):
    ids = []
    for n in range(5):
        pid = add_patient(db, number=pnr(f"1940010{n + 1}", "998"), name=f"Ek, Nr{n}", day=DAY)
        record_cfs_score(db, pid, level=6, scored_on=date(2026, 10, 1), today=DAY)
        ids.append(pid)
    rows = planning_list(db, day=DAY)
    assert sorted(r.patient.id for r in rows) == sorted(ids)
    assert sum(r.on_board_today for r in rows) == 3
    assert {r.next_step for r in rows} == {"Erbjud SIP"}
    assert load_board(db, DAY).lane_notes["cfs"] == \
        "+ 2 till att planera – se Register › Att planera"
