"""Huddles in the database: one a day, decisions carried forward, answers that come back."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from huddle.errors import InputError
from huddle.storage.board_data import load_board
from huddle.storage.huddles import (
    Attendee,
    answer_escalation,
    close_followup,
    create_decision,
    create_followup,
    end_huddle,
    get_huddle,
    recent_missed_days,
    review_decision,
    reviewed_at_huddle,
    set_attendance,
    start_huddle,
    undo_review,
    update_decision,
    update_followup,
)
from tests.dbtools import log_codes, table_count, table_row

MON = date(2026, 11, 23)
TUE = date(2026, 11, 24)
WED = date(2026, 11, 25)


def at(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, ss)


def add_patient(db, number: str, name: str, *, consent: str = "given",
                protected: bool = False) -> int:
    return db.insert("patients", {
        "personnummer": number, "name": name, "birth_date": number[:4] + "-01-01",
        "consent": consent, "protected_identity": int(protected), "fictional": 1,
        "created_at": "2026-01-01T00:00",
    })


def log_actions(db) -> list[tuple]:
    return log_codes(db)


@pytest.fixture
def patient(db) -> int:
    return add_patient(db, "194001019999", "Ek, Margareta")


def test_start_records_roles_and_time_and_a_second_start_resumes(db):
    first = start_huddle(db, MON, [("aldre_ssk", "Anna Lund"), ("hemtjanst", None)],
                         now=at(MON, 8, 15))
    assert first.started_at == at(MON, 8, 15)
    assert first.planned_minutes == 15
    assert [a.label for a in first.attendance] == ["Äldre-sjuksköterska (Anna Lund)",
                                                   "Hemtjänst"]
    again = start_huddle(db, MON, [Attendee("aldre_ssk", " Anna  Lund "), Attendee("lakare")],
                         now=at(MON, 8, 20))
    assert again.id == first.id
    assert again.started_at == at(MON, 8, 15)  # resuming keeps the start
    assert again.roles == ("aldre_ssk", "lakare")
    assert again.attendance[0].name == "Anna Lund"
    assert table_count(db, "huddles") == 1
    assert [a for a, _ in log_actions(db)] == ["huddle_started", "huddle_resumed"]


def test_roles_are_required_and_must_be_known(db):
    with pytest.raises(InputError, match="minst en roll"):
        start_huddle(db, MON, [], now=at(MON, 8, 15))
    with pytest.raises(InputError, match="finns inte"):
        start_huddle(db, MON, [("chef", None)], now=at(MON, 8, 15))
    assert table_count(db, "huddles") == 0


def test_end_saves_summary_and_overtime_and_moves_since_last_huddle(db, patient):
    huddle = start_huddle(db, MON, [("aldre_ssk", None), ("bistandshandlaggare", None)],
                          now=at(MON, 8, 15))
    set_attendance(db, huddle.id, [("aldre_ssk", None), ("bistandshandlaggare", None),
                                   ("rehab", "Per Holm")], now=at(MON, 8, 18))
    create_decision(db, patient_id=patient, what="Boka SIP-möte", responsible_role="aldre_ssk",
                    due_on=WED, huddle_id=huddle.id, now=at(MON, 8, 20))
    create_decision(db, patient_id=patient, what="Utöka hemtjänst",
                    responsible_role="bistandshandlaggare", due_on=WED, huddle_id=huddle.id,
                    escalate_to="", question="Kan kommunen utöka hemtjänsten kvällstid?",
                    now=at(MON, 8, 21))
    create_followup(db, patient_id=patient, reason="fallrisk", actor="forebyggande_team",
                    due=WED, huddle_id=huddle.id, now=at(MON, 8, 22))
    summary = end_huddle(db, huddle.id, now=at(MON, 8, 32, 10), patients_discussed=4,
                         patients_on_board=9, parts_seconds={"samsa": 240})
    assert summary.duration_seconds == 17 * 60 + 10
    assert summary.overtime_seconds == 130
    assert summary.roles == ("aldre_ssk", "bistandshandlaggare", "rehab")
    assert (summary.decisions_made, summary.escalated, summary.followups_made) == (2, 1, 1)
    row = table_row(db, "huddles", huddle.id)
    assert row["ended_at"] == "2026-11-23T08:32:10"
    assert row["overtime_seconds"] == 130
    saved = json.loads(row["summary"])
    assert saved["decisions_made"] == 2
    assert saved["attendance"][2] == {"role": "rehab", "name": "Per Holm"}
    assert saved["patients_on_board"] == 9
    with pytest.raises(InputError, match="redan avslutad"):
        end_huddle(db, huddle.id, now=at(MON, 8, 40))
    # Tomorrow's "since last huddle" starts when this one ended.
    assert load_board(db, TUE).day == date(2026, 11, 24)
    from huddle.storage.board_data import since_moment
    assert since_moment(db, TUE) == at(MON, 8, 32, 10)


def test_reopening_an_ended_huddle_does_not_count_the_pause(db):
    huddle = start_huddle(db, MON, [("aldre_ssk", None)], now=at(MON, 8, 15))
    end_huddle(db, huddle.id, now=at(MON, 8, 25))
    reopened = start_huddle(db, MON, [("aldre_ssk", None)], now=at(MON, 13, 0))
    assert reopened.running
    assert reopened.elapsed_seconds(at(MON, 13, 2)) == 12 * 60
    summary = end_huddle(db, huddle.id, now=at(MON, 13, 3))
    assert summary.duration_seconds == 13 * 60
    assert summary.overtime_seconds == 0


def test_decision_needs_what_role_and_date(db, patient):
    with pytest.raises(InputError, match="vad som beslutades"):
        create_decision(db, patient_id=patient, what="  ", responsible_role="aldre_ssk",
                        due_on=WED)
    with pytest.raises(InputError, match="ansvarig"):
        create_decision(db, patient_id=patient, what="Hembesök", responsible_role="",
                        due_on=WED)
    with pytest.raises(InputError, match="datum"):
        create_decision(db, patient_id=patient, what="Hembesök", responsible_role="lakare",
                        due_on=None)
    assert table_count(db, "decisions") == 0
    assert table_count(db, "access_log") == 0


def test_every_change_to_a_decision_or_followup_is_access_logged(db, patient):
    huddle = start_huddle(db, MON, [("aldre_ssk", None)], now=at(MON, 8, 15))
    decision_id = create_decision(db, patient_id=patient, what="Hembesök",
                                  responsible_role="lakare", due_on=WED, huddle_id=huddle.id,
                                  now=at(MON, 8, 16))
    update_decision(db, decision_id, what="Hembesök av distriktsläkare",
                    responsible_role="lakare", responsible_name="Dr Ström", due_on=TUE,
                    now=at(MON, 8, 17))
    followup_id = create_followup(db, patient_id=patient, reason="lakemedel", actor="vc",
                                  due=WED, huddle_id=huddle.id, now=at(MON, 8, 18))
    update_followup(db, followup_id, reason="lakemedel", actor="digital", due=WED,
                    note="Via appen", now=at(MON, 8, 19))
    close_followup(db, followup_id, by="Anna Lund", now=at(TUE, 10, 0))
    patient_actions = [(a, p) for a, p in log_actions(db) if p is not None]
    assert patient_actions == [("decision_created", patient), ("decision_updated", patient),
                               ("followup_created", patient), ("followup_updated", patient),
                               ("followup_done", patient)]
    row = table_row(db, "decisions", decision_id)
    assert (row["what"], row["responsible_name"], row["due_on"]) == (
        "Hembesök av distriktsläkare", "Dr Ström", "2026-11-24")
    detail = db.execute("SELECT detail FROM access_log WHERE detail LIKE 'decision_updated%'"
                        ).fetchone()[0]
    assert "due_on" in detail and "responsible_name" in detail
    with pytest.raises(InputError, match="orsaken"):
        create_followup(db, patient_id=patient, reason="call_72h", actor="vc", due=WED)
    with pytest.raises(InputError, match="vem som följer upp"):
        create_followup(db, patient_id=patient, reason="fallrisk", actor="grannen", due=WED)


def test_review_done_new_date_escalated_and_undo(db, patient):
    ids = [create_decision(db, patient_id=patient, what=f"Beslut {n}",
                           responsible_role="aldre_ssk", due_on=date(2026, 11, 20),
                           now=at(date(2026, 11, 18), 8, 20)) for n in range(4)]
    huddle = start_huddle(db, MON, [("aldre_ssk", None)], now=at(MON, 8, 15))
    review_decision(db, ids[0], "done", huddle_id=huddle.id, now=at(MON, 8, 16))
    review_decision(db, ids[1], "new_date", huddle_id=huddle.id, new_due_on=WED,
                    now=at(MON, 8, 17))
    with pytest.raises(InputError, match="chefen"):  # an escalation asks the managers something
        review_decision(db, ids[2], "escalated", huddle_id=huddle.id, now=at(MON, 8, 18))
    review_decision(db, ids[2], "escalated", huddle_id=huddle.id, now=at(MON, 8, 18),
                    question="Räcker bemanningen i helgerna?")
    assert table_row(db, "decisions", ids[2])["escalation_question"] == \
        "Räcker bemanningen i helgerna?"
    with pytest.raises(InputError, match="passerat"):
        review_decision(db, ids[3], "new_date", huddle_id=huddle.id,
                        new_due_on=date(2026, 11, 22), now=at(MON, 8, 19))
    review_decision(db, ids[3], "done", huddle_id=huddle.id, now=at(MON, 8, 19))
    assert undo_review(db, ids[3], huddle.id, now=at(MON, 8, 19, 30)) == "done"
    assert table_row(db, "decisions", ids[3])["status"] == "open"
    assert reviewed_at_huddle(db, huddle.id) == {ids[0]: "done", ids[1]: "new_date",
                                                 ids[2]: "escalated"}
    reviews = db.execute("SELECT outcome, old_due_on, new_due_on FROM decision_reviews "
                         "WHERE decision_id = ?", [ids[1]]).fetchall()
    assert reviews == [("new_date", "2026-11-20", "2026-11-25")]
    escalated = table_row(db, "decisions", ids[2])
    assert escalated["escalated_to"] == "Månadsmöte (första linjens chefer)"
    assert escalated["escalated_at"] == "2026-11-23T08:18:00"

    # Today's board keeps the reviewed ones, marked, after the ones still to review.
    board = load_board(db, MON)
    order = [(d.id, d.reviewed) for d in board.open_decisions]
    assert order[0] == (ids[3], None)
    assert dict(order)[ids[0]] == "done"
    assert board.open_decisions[0].overdue

    summary = end_huddle(db, huddle.id, now=at(MON, 8, 29))
    assert (summary.decisions_closed, summary.decisions_new_date, summary.escalated) == (1, 1, 1)
    assert summary.open_decisions_reviewed == 3
    assert summary.open_decisions_unreviewed == 1

    # Tomorrow: the closed one is gone, the others carry their new state.
    tomorrow = {d.id: d for d in load_board(db, TUE).open_decisions}
    assert set(tomorrow) == {ids[1], ids[2], ids[3]}
    assert tomorrow[ids[1]].due_on == WED and not tomorrow[ids[1]].overdue
    assert tomorrow[ids[2]].escalated and tomorrow[ids[2]].overdue
    assert tomorrow[ids[3]].overdue
    assert all(d.reviewed is None for d in tomorrow.values())


def test_an_escalation_answer_comes_back_on_the_next_board_even_when_closed(db, patient):
    decision_id = create_decision(db, patient_id=patient, what="Bemanning kvällstid",
                                  responsible_role="hemtjanst", due_on=date(2026, 11, 30),
                                  escalate_to="Månadsmöte", question="Behövs fler hembesök?",
                                  now=at(date(2026, 11, 16), 8, 20))
    with pytest.raises(InputError, match="vem som svarade"):
        answer_escalation(db, decision_id, text="Ja", by=" ", now=at(MON, 14, 0))
    # Monday's huddle is held; the answer is recorded in the afternoon and the decision closed.
    huddle = start_huddle(db, MON, [("aldre_ssk", None)], now=at(MON, 8, 15))
    end_huddle(db, huddle.id, now=at(MON, 8, 30))
    answer_escalation(db, decision_id, text="Kommunen utökar bemanningen kvällstid.",
                      by="Eva Strand, enhetschef", now=at(MON, 14, 0))
    review_decision(db, decision_id, "done", huddle_id=None, now=at(MON, 14, 1))

    tuesday = load_board(db, TUE).open_decisions
    assert [d.id for d in tuesday] == [decision_id]
    assert tuesday[0].status == "done"
    assert tuesday[0].answer == ("Svar från Eva Strand, enhetschef 23/11: "
                                 "Kommunen utökar bemanningen kvällstid.")
    assert tuesday[0].escalated_to == "Månadsmöte"
    # Once a huddle has heard it, it leaves the board.
    huddle = start_huddle(db, TUE, [("aldre_ssk", None)], now=at(TUE, 8, 15))
    end_huddle(db, huddle.id, now=at(TUE, 8, 28))
    assert load_board(db, WED).open_decisions == []
    actions = [a for a, _ in log_actions(db)]
    assert "decision_answered" in actions


def test_answer_needs_an_escalated_decision(db, patient):
    decision_id = create_decision(db, patient_id=patient, what="Hembesök",
                                  responsible_role="lakare", due_on=WED, now=at(MON, 8, 16))
    with pytest.raises(InputError, match="inte lyft"):
        answer_escalation(db, decision_id, text="Ja", by="Chef", now=at(MON, 9, 0))


def test_missed_days_count_working_days_since_the_first_huddle(db):
    assert recent_missed_days(db, MON) == []
    # Huddles on Mon 9 and Wed 11 Nov; nothing after.
    for day in (date(2026, 11, 9), date(2026, 11, 11)):
        huddle = start_huddle(db, day, [("aldre_ssk", None)], now=at(day, 8, 15))
        end_huddle(db, huddle.id, now=at(day, 8, 30))
    missed = recent_missed_days(db, MON)
    assert missed[0] == date(2026, 11, 10)
    assert date(2026, 11, 11) not in missed
    assert date(2026, 11, 14) not in missed  # Saturday
    assert missed[-1] == date(2026, 11, 20)  # Friday; today (Monday) is not missed yet
    assert len(missed) == 8
    assert get_huddle(db, date(2026, 11, 10)) is None
