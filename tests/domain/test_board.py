"""The board's rules on a hand-built input: who shows where, how, and why (in Swedish)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from huddle.commands.board import board_json
from huddle.domain.board import (
    LANE_CFS,
    LANE_HOME,
    LANE_SAMSA,
    BoardInput,
    CaseInfo,
    CfsInfo,
    DecisionInfo,
    EventInfo,
    FollowupInfo,
    SipInfo,
    build_board,
    build_boards,
)
from huddle.domain.calendar import add_months
from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
from huddle.domain.records import Patient
from huddle.domain.settings import Settings

DAY = date(2026, 11, 23)
SETTINGS = Settings({"vc_name": "Skene vårdcentral"})

# id: (personnummer, name, birth, protected, consent)
PEOPLE = {
    1: ("194203149807", "Ek, Margareta", date(1942, 3, 14), True, "given"),
    2: ("193805229812", "Björk, Sven-Åke", date(1938, 5, 22), False, "unknown"),
    3: ("194511309824", "Öberg, Ingrid", date(1945, 11, 30), False, "declined"),
    4: ("195001019806", "Lind, Karin", date(1950, 1, 1), False, "given"),
}


def patients() -> dict[int, Patient]:
    return {pid: Patient(pid, pnr, "personnummer", name, born, protected, consent)
            for pid, (pnr, name, born, protected, consent) in PEOPLE.items()}


def at(day: date, hour: int = 6, minute: int = 0) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=hour, minute=minute)


def case(case_id: int, patient_id: int, *, admitted_days_ago: int = 5, ready_days_ago=None,
         discharged_days_ago=None, pud=None, sip=None, pud_moves=0, status=None) -> CaseInfo:
    ready = at(DAY - timedelta(days=ready_days_ago), 10) if ready_days_ago is not None else None
    discharged = (at(DAY - timedelta(days=discharged_days_ago), 13)
                  if discharged_days_ago is not None else None)
    if status is None:
        status = "Utskriven" if discharged else "Utskrivningsklar" if ready else "Inskriven"
    return CaseInfo(case_id, patient_id, "SÄS Borås", "Medicin 2",
                    at(DAY - timedelta(days=admitted_days_ago), 14, 30), pud, ready, discharged,
                    status, sip, None, pud_moves)


def decision(decision_id: int, patient_id: int | None, due: date | None, *,
             what: str = "Läkemedelsgenomgång", **extra) -> DecisionInfo:
    return DecisionInfo(decision_id, patient_id, what, "aldre_ssk", None, due,
                        at(DAY - timedelta(days=14), 8, 20), **extra)


def board_input(**changes) -> BoardInput:
    base = dict(
        health_centre="Skene vårdcentral",
        last_import=at(DAY),
        since=at(DAY - timedelta(days=1), 8, 30),
        patients=patients(),
        cases=[case(11, 1), case(12, 2), case(13, 3), case(14, 4)],
        # A recent worsening puts everyone on the CFS lane as well.
        cfs={pid: CfsInfo(pid, 6, DAY - timedelta(days=30), previous_level=5) for pid in PEOPLE},
        sips={},
        followups=[FollowupInfo(21, pid, "need", "fallrisk", "forebyggande_team",
                                (DAY + timedelta(days=2)).isoformat()) for pid in PEOPLE],
        decisions=[decision(30 + pid, pid, DAY + timedelta(days=3)) for pid in PEOPLE],
        events=[EventInfo(11 + pid - 1, pid, at(DAY), "admitted", None,
                          at(DAY - timedelta(days=1), 22).isoformat()) for pid in PEOPLE],
    )
    base.update(changes)
    return BoardInput(**base)


def all_items(board) -> list[dict]:
    data = board_json(board)
    items = [item for lane in data["lanes"].values() for item in lane]
    items += [d["patient"] for d in data["open_decisions"] if d["patient"]]
    items += [e["patient"] for e in data["since_last_huddle"]]
    return items


def items_for(board, patient_id: int) -> list[dict]:
    return [item for item in all_items(board) if item["patient_id"] == patient_id]


def test_every_patient_shows_in_every_part_of_the_board():
    board = build_board(board_input(), SETTINGS, DAY)
    for lane in (LANE_SAMSA, LANE_CFS, LANE_HOME):
        assert {item.patient_id for item in board.lanes[lane]} == set(PEOPLE)
    assert {d.patient.patient_id for d in board.open_decisions} == set(PEOPLE)
    assert {e.patient.patient_id for e in board.since_last_huddle} == set(PEOPLE)


@pytest.mark.parametrize("projector", [False, True])
def test_a_protected_patient_never_shows_name_or_personnummer(projector):
    board = build_board(board_input(), SETTINGS, DAY, audience=AUDIENCE_ROOM if projector else AUDIENCE_OWN)
    items = items_for(board, 1)
    assert len(items) == 5
    for item in items:
        assert item["name"] == "Skyddad identitet"
        assert item["personnummer"] is None
        assert item["masked"] is True
    text = json.dumps(board_json(board), ensure_ascii=False)
    for secret in ("Margareta", "Ek,", "M. E.", "194203149807", "19420314-9807", "420314"):
        assert secret not in text


@pytest.mark.parametrize("patient_id", [2, 3])
def test_without_consent_the_room_sees_a_numbered_neutral_label_and_an_age_band(patient_id):
    pnr, name, _, _, _ = PEOPLE[patient_id]
    age = {2: 88, 3: 80}[patient_id]  # Ingrid turns 81 on 30 November
    room = build_board(board_input(), SETTINGS, DAY, audience=AUDIENCE_ROOM)
    # Numbered in the order the board meets them, the same in every part of the board.
    label = {2: "Patient utan samtycke 1", 3: "Patient utan samtycke 2"}[patient_id]
    for item in items_for(room, patient_id):
        assert (item["name"], item["personnummer"], item["age"], item["age_band"],
                item["masked"]) == (label, None, None, "80–89 år", True)
    text = json.dumps(board_json(room), ensure_ascii=False)
    assert name not in text and pnr not in text and f"{pnr[:8]}-{pnr[8:]}" not in text
    for secret in ("S. B.", "I. Ö.", "Medicin 2", "SÄS", "19/11", "21/11"):
        for item in items_for(room, patient_id):
            assert secret not in json.dumps(item, ensure_ascii=False)

    nurse = build_board(board_input(), SETTINGS, DAY, audience=AUDIENCE_OWN)
    for item in items_for(nurse, patient_id):
        assert (item["name"], item["personnummer"], item["age"], item["masked"]) == (
            name, f"{pnr[:8]}-{pnr[8:]}", age, False)


@pytest.mark.parametrize("audiences", [(AUDIENCE_OWN, AUDIENCE_ROOM), (AUDIENCE_ROOM, AUDIENCE_OWN)])
def test_boards_built_together_are_the_boards_built_alone(audiences):
    # The window and the projector share one ranking of the CFS lane and one set of labels.
    together = build_boards(board_input(), SETTINGS, DAY, audiences)
    for audience in audiences:
        alone = build_board(board_input(), SETTINGS, DAY, audience=audience)
        assert board_json(together[audience]) == board_json(alone)
        assert together[audience].room_numbers == alone.room_numbers
        assert together[audience].new_room_numbers == alone.new_room_numbers


def test_the_room_sees_no_exact_dates_ward_or_hospital_of_a_masked_patient():
    room = board_json(build_board(board_input(), SETTINGS, DAY, audience=AUDIENCE_ROOM))
    masked = [item for item in room["lanes"]["samsa"] if item["masked"]]
    assert masked
    for item in masked:
        assert (item["hospital"], item["ward"], item["admitted"], item["pud"]) == (
            None, None, None, None)
    protected = [item for lane in room["lanes"].values() for item in lane
                 if item["patient_id"] == 1]
    assert protected and all(item["reason"] == "" for item in protected)


def test_with_consent_the_projector_shows_the_name_but_never_the_personnummer():
    board = build_board(board_input(), SETTINGS, DAY, audience=AUDIENCE_ROOM)
    for item in items_for(board, 4):
        assert (item["name"], item["personnummer"], item["age"], item["masked"]) == (
            "Lind, Karin", None, 76, False)


def test_board_json_has_the_promised_keys():
    data = board_json(build_board(board_input(), SETTINGS, DAY))
    assert {"date", "health_centre", "last_import", "open_decisions", "lanes",
            "since_last_huddle"} <= set(data)
    assert (data["date"], data["health_centre"], data["last_import"]) == (
        "2026-11-23", "Skene vårdcentral", "2026-11-23T06:00")
    assert set(data["lanes"]) == {"samsa", "cfs", "home_followup"}
    for item in all_items(build_board(board_input(), SETTINGS, DAY)):
        assert {"patient_id", "name", "personnummer", "age", "masked", "reason"} <= set(item)


def reasons(board, lane: str) -> dict[int, str]:
    return {item.patient_id: item.reason for item in board.lanes[lane]}


def test_samsa_reasons_are_short_swedish_sentences():
    inp = board_input(cases=[
        case(11, 4, admitted_days_ago=4, pud=DAY + timedelta(days=2), pud_moves=2),
        case(12, 2, admitted_days_ago=6, ready_days_ago=3, sip=None),
        case(13, 3, admitted_days_ago=9, ready_days_ago=5, discharged_days_ago=2),
        case(14, 1, admitted_days_ago=2),
    ])
    board = build_board(inp, SETTINGS, DAY)
    samsa = reasons(board, LANE_SAMSA)
    assert samsa[4] == "Inskriven 19/11 · planerad hemgång 25/11 · flyttat 2 ggr · Medicin 2"
    assert samsa[2] == "Utskrivningsklar sedan 3 d · SIP-kallelse saknas · Medicin 2"
    assert samsa[3] == "Utskriven 21/11 · Medicin 2"
    assert samsa[1] == "Inskriven 21/11 · inget planerat utskrivningsdatum · Medicin 2"
    urgent = {item.patient_id for item in board.lanes[LANE_SAMSA] if item.urgent}
    assert urgent == {4, 2}  # PUD moved twice; ready three days without a SIP invitation
    # Ready first, then in hospital, then recently discharged.
    assert [item.patient_id for item in board.lanes[LANE_SAMSA]][0] == 2
    assert [item.patient_id for item in board.lanes[LANE_SAMSA]][-1] == 3


def test_a_discharge_older_than_a_week_leaves_the_samsa_lane():
    inp = board_input(cases=[case(11, 4, admitted_days_ago=20, ready_days_ago=12,
                                  discharged_days_ago=8)])
    assert build_board(inp, SETTINGS, DAY).lanes[LANE_SAMSA] == []


def test_cfs_reasons_name_the_level_and_what_is_missing():
    inp = board_input(
        cfs={2: CfsInfo(2, 6, DAY - timedelta(days=30), previous_level=5),
             3: CfsInfo(3, 3, DAY - timedelta(days=400)),
             4: CfsInfo(4, 5, DAY - timedelta(days=30))},
        sips={4: SipInfo(4, "genomford", DAY - timedelta(days=60), DAY - timedelta(days=50))},
        cases=[case(12, 2)],
        decisions=[],
    )
    cfs = reasons(build_board(inp, SETTINGS, DAY), LANE_CFS)
    # In hospital for five days is the SAMSA lane's news; the worsening is the CFS lane's.
    assert cfs[2] == "CFS 6 · försämrad från CFS 5 (24/10) · saknar SIP"
    assert cfs[3] == "CFS 3 · skattad 19/10 2025, äldre än 12 mån"
    assert 4 not in cfs  # CFS 5 with a SIP held 50 days ago and nothing else: no coordination


def test_home_followups_say_what_who_and_when_and_late_ones_come_first():
    inp = board_input(followups=[
        FollowupInfo(21, 4, "need", "fallrisk", "forebyggande_team", "2026-11-25"),
        FollowupInfo(22, 2, "need", "lakemedel", "vc", "2026-11-20"),
        FollowupInfo(23, 3, "call_72h", "call_72h", "vc", "2026-11-23T09:30", case_id=13),
    ])
    board = build_board(inp, SETTINGS, DAY, now=at(DAY, 10))
    home = board.lanes[LANE_HOME]
    assert [item.patient_id for item in home][:2] == [2, 3]
    texts = {item.patient_id: item.reason for item in home}
    assert texts[4] == "Fallrisk · Förebyggande team · senast 25/11"
    assert texts[2] == "Läkemedel · Distriktsläkare/sjuksköterska/rehab · FÖRSENAD – senast 20/11"
    assert texts[3] == ("Telefonuppföljning inom 72 h · utskriven 20/11 kl 09:30 · "
                        "Distriktsläkare/sjuksköterska/rehab · FÖRSENAD – senast i dag kl 09:30")
    # Earlier the same morning the call is not late yet.
    early = build_board(inp, SETTINGS, DAY, now=at(DAY, 8))
    call = next(item for item in early.lanes[LANE_HOME] if item.patient_id == 3)
    assert not call.urgent and call.reason.endswith("senast i dag kl 09:30")


def test_overdue_decisions_come_first_then_by_due_date():
    inp = board_input(decisions=[
        decision(1, 4, DAY + timedelta(days=1), what="Boka SIP-möte"),
        decision(2, 2, None, what="Kontakta anhörig"),
        decision(3, 3, DAY - timedelta(days=1), what="Se över hjälpmedel"),
        decision(4, None, DAY - timedelta(days=5), what="Rutin för helger"),
        decision(5, 4, DAY, what="Utöka hemtjänst"),
    ])
    board = build_board(inp, SETTINGS, DAY)
    assert [d.id for d in board.open_decisions] == [4, 3, 5, 1, 2]
    assert [d.overdue for d in board.open_decisions] == [True, True, False, False, False]
    assert board.open_decisions[0].patient is None


def test_an_escalated_decision_carries_its_answer_in_swedish():
    inp = board_input(decisions=[decision(
        1, 4, DAY + timedelta(days=2), escalated_at=at(DAY - timedelta(days=10), 8),
        escalated_to="Månadsmöte", answer_text="Kommunen utökar bemanningen.",
        answer_by="Eva Strand", answer_at=at(DAY - timedelta(days=2), 13))])
    item = build_board(inp, SETTINGS, DAY).open_decisions[0]
    assert item.escalated
    assert item.answer == "Svar från Eva Strand 21/11: Kommunen utökar bemanningen."


def test_decisions_made_today_are_not_carried_over_yet():
    made_today = DecisionInfo(1, 4, "Ny", "aldre_ssk", None, DAY, at(DAY, 8, 30))
    later = DecisionInfo(2, 4, "Senare", "aldre_ssk", None, DAY, at(DAY + timedelta(days=1)))
    board = build_board(board_input(decisions=[made_today, later]), SETTINGS, DAY)
    assert [d.id for d in board.open_decisions] == [1]


def test_events_since_the_last_huddle_only_newest_first_in_swedish():
    since = at(DAY - timedelta(days=1), 8, 30)
    inp = board_input(since=since, events=[
        EventInfo(14, 4, since - timedelta(minutes=1), "admitted", None, "2026-11-20T10:00"),
        EventInfo(14, 4, at(DAY - timedelta(days=1), 6), "ready", None, "2026-11-21T10:00"),
        EventInfo(14, 4, at(DAY), "pud_moved", "2026-11-24", "2026-11-27"),
        EventInfo(12, 2, at(DAY - timedelta(days=1), 9), "readmission", "2026-11-01",
                  "2026-11-22"),
    ])
    events = build_board(inp, SETTINGS, DAY).since_last_huddle
    assert [e.text for e in events] == [
        "Planerat utskrivningsdatum flyttat 24/11 → 27/11",
        "Återinskriven inom 30 dagar",
    ]


def test_add_months_keeps_the_day_or_the_end_of_a_short_month():
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 23), 14) == date(2028, 1, 23)


def test_a_board_for_an_earlier_day_shows_the_cases_as_they_were_then():
    # Today's export says discharged, SIP invited, gone; four days ago none of that had happened.
    earlier = DAY - timedelta(days=4)
    inp = board_input(cases=[
        case(11, 4, admitted_days_ago=10, ready_days_ago=8, discharged_days_ago=2,
             sip=DAY - timedelta(days=3)),
        case(12, 2, admitted_days_ago=9, status="Avbruten"),
    ])
    samsa = build_board(inp, SETTINGS, earlier).lanes[LANE_SAMSA]
    assert [(item.patient_id, item.status) for item in samsa] == [
        (4, "Utskrivningsklar")]
    assert samsa[0].reason == "Utskrivningsklar sedan 4 d · SIP-kallelse saknas · Medicin 2"
    assert samsa[0].urgent


def test_a_flag_reason_in_free_text_stays_off_the_projector_for_a_masked_patient():
    from dataclasses import replace as dc_replace

    inp = board_input()
    flagged = {pid: p._replace(flag_reason="Hemtjänsten oroliga för Karin Lind")
               for pid, p in inp.patients.items()}
    inp = dc_replace(inp, patients=flagged)
    masked_flags = open_flags = 0
    for projector in (False, True):
        data = board_json(build_board(inp, SETTINGS, DAY, audience=AUDIENCE_ROOM if projector else AUDIENCE_OWN))
        for item in data["lanes"]["cfs"]:
            if projector and item["masked"]:
                assert "Karin" not in item["reason"] and "oroliga" not in item["reason"]
                if item["patient_id"] != 1:  # a protected identity shows no reason at all
                    assert "flaggad av en deltagare" in item["reason"]
                    masked_flags += 1
            else:
                assert "Hemtjänsten oroliga för Karin Lind" in item["reason"]
                open_flags += 1
    assert masked_flags and open_flags


def test_on_the_projector_a_masked_patients_decision_shows_only_the_usual_words():
    from dataclasses import replace as dc_replace

    from huddle.domain.board import COMMON_DECISIONS

    free_text = "Ring dottern Lisa om nyckeln"

    def boards(what: str):
        inp = board_input()
        decisions = [d._replace(what=what, answer_text="Lisa Ek hämtar nyckeln",
                                answer_by="Eva Strand", answer_at=at(DAY - timedelta(days=1)))
                     for d in inp.decisions]
        inp = dc_replace(inp, decisions=decisions)
        return (board_json(build_board(inp, SETTINGS, DAY))["open_decisions"],
                board_json(build_board(inp, SETTINGS, DAY, audience=AUDIENCE_ROOM))["open_decisions"])

    nurse, wall = boards(free_text)
    assert all(d["what"] == free_text and "Lisa Ek" in d["answer"] for d in nurse)
    masked = [d for d in wall if d["patient"]["masked"]]
    shown = [d for d in wall if not d["patient"]["masked"]]
    assert masked and shown
    for d in masked:
        assert "sköterskans skärm" in d["what"]
        assert "Lisa" not in d["what"] + d["answer"]
    assert all(d["what"] == free_text for d in shown)

    _nurse, wall = boards(COMMON_DECISIONS[0])
    assert all(d["what"] == COMMON_DECISIONS[0] for d in wall)
