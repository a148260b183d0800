"""`huddle board --json --projector`: the room's rules on the demo, from the command line."""

from __future__ import annotations

import json
import re

from huddle.cli import main
from huddle.domain.consent import CATEGORY_CONSENTED, CATEGORY_PROTECTED, consent_category
from huddle.storage.database import open_database
from huddle.storage.rows import all_patients
from tests.conftest import DEMO_TODAY

NEUTRAL = re.compile(r"^Patient utan samtycke \d+$")


def all_items(board: dict) -> list[dict]:
    items = [item for lane in board["lanes"].values() for item in lane]
    items += [d["patient"] for d in board["open_decisions"] if d["patient"]]
    items += [e["patient"] for e in board["since_last_huddle"]]
    return items


def board_json(capsys, path, *extra: str) -> dict:
    assert main(["board", "--db", str(path), "--date", DEMO_TODAY.isoformat(), "--json",
                 *extra]) == 0
    return json.loads(capsys.readouterr().out)


def patients(path):
    db = open_database(path)
    try:
        return all_patients(db)
    finally:
        db.close()


def test_projector_json_masks_without_consent_and_protected(capsys, demo_db_path):
    people = patients(demo_db_path)
    projector = board_json(capsys, demo_db_path, "--projector")
    assert projector["projector"] is True
    items = all_items(projector)
    seen = {"masked": 0, "protected": 0, "open": 0}
    labels: dict[int, str] = {}
    for item in items:
        patient = people[item["patient_id"]]
        category = consent_category(patient.consent_facts)
        assert item["personnummer"] is None
        if category == CATEGORY_PROTECTED:
            assert (item["name"], item["masked"], item["age"], item["age_band"]) == (
                "Skyddad identitet", True, None, None)
            seen["protected"] += 1
        elif category != CATEGORY_CONSENTED:
            assert item["masked"] is True and item["age"] is None
            assert NEUTRAL.match(item["name"]), item["name"]
            assert item["age_band"].endswith("år")
            # One label a patient, the same in every part of the board.
            assert labels.setdefault(item["patient_id"], item["name"]) == item["name"]
            seen["masked"] += 1
        else:
            assert item["masked"] is False
            assert item["name"] == patient.name
            assert item["age"] is not None
            seen["open"] += 1
    # The demo has all three kinds on the board, or this test would prove nothing.
    assert seen["masked"] and seen["open"] and seen["protected"]
    assert len(set(labels.values())) == len(labels)
    # Nothing of a masked patient's identity anywhere in the output, in any field.
    text = json.dumps(projector, ensure_ascii=False)
    for item in items:
        patient = people[item["patient_id"]]
        if consent_category(patient.consent_facts) != CATEGORY_CONSENTED:
            number = patient.personnummer
            assert number not in text
            assert f"{number[:8]}-{number[8:]}" not in text
            assert patient.name not in text


def test_the_labels_hold_for_the_day_in_every_later_view(capsys, demo_db_path):
    first = board_json(capsys, demo_db_path, "--projector")
    again = board_json(capsys, demo_db_path, "--projector")
    labels = {i["patient_id"]: i["name"] for i in all_items(first) if i["masked"]}
    assert labels == {i["patient_id"]: i["name"] for i in all_items(again) if i["masked"]}


def test_nurse_json_shows_names_but_never_a_protected_identity(capsys, demo_db_path):
    protected = [p for p in patients(demo_db_path).values() if p.protected]
    assert protected
    nurse = board_json(capsys, demo_db_path)
    assert nurse["projector"] is False
    text = json.dumps(nurse, ensure_ascii=False)
    for patient in protected:
        assert patient.name not in text
        assert patient.personnummer[:8] not in text
    masked = [item for item in all_items(nurse) if item["masked"]]
    assert all(item["name"] == "Skyddad identitet" for item in masked)


def test_one_read_gives_the_nurse_and_the_room_the_same_boards_as_two_reads(demo_db_path):
    from dataclasses import replace

    from huddle.domain.disclosure import AUDIENCE_OWN, AUDIENCE_ROOM
    from huddle.storage.board_data import load_board, load_boards

    db = open_database(demo_db_path)
    try:
        boards = load_boards(db, DEMO_TODAY, [AUDIENCE_OWN, AUDIENCE_ROOM])
        own, room = boards[AUDIENCE_OWN], boards[AUDIENCE_ROOM]
        assert not own.room and room.room
        # The room's neutral labels are the same on both boards and kept for the day: a
        # board read afterwards, alone, gives every patient the same label.
        assert own.room_numbers == room.room_numbers and room.room_numbers
        for audience, board in boards.items():
            again = load_board(db, DEMO_TODAY, audience=audience)
            assert again.new_room_numbers == {}
            assert replace(board, new_room_numbers={}) == again
    finally:
        db.close()


def test_a_masked_patients_decisions_and_events_carry_no_exact_date(capsys, demo_db_path):
    """The room sees days relative to today ('senast om 2 d', 'i går'), as the window writes
    them; the JSON's exact dates of such a patient are null."""
    projector = board_json(capsys, demo_db_path, "--projector")
    decisions = [d for d in projector["open_decisions"] if d["patient"]]
    events = projector["since_last_huddle"]
    masked_decisions = [d for d in decisions if d["patient"]["masked"]]
    masked_events = [e for e in events if e["patient"]["masked"]]
    assert masked_decisions and masked_events, "the demo must have both, or this proves nothing"
    assert all(d["due_on"] is None for d in masked_decisions)
    assert all(e["at"] is None for e in masked_events)
    assert all(d["due_on"] for d in decisions if not d["patient"]["masked"])
    assert all(e["at"] for e in events if not e["patient"]["masked"])
    for decision in masked_decisions:
        assert not re.search(r"\d{1,2}/\d{1,2}", decision["answer"] or "")
