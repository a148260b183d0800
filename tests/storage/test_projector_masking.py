"""`huddle board --json --projector`: nothing identifying for patients without consent."""

from __future__ import annotations

import json

from huddle.cli import main
from huddle.domain.privacy import initials
from huddle.storage.database import open_database
from tests.conftest import DEMO_TODAY


def all_items(board: dict) -> list[dict]:
    items = [item for lane in board["lanes"].values() for item in lane]
    items += [d["patient"] for d in board["open_decisions"] if d["patient"]]
    items += [e["patient"] for e in board["since_last_huddle"]]
    return items


def board_json(capsys, path, *extra: str) -> dict:
    assert main(["board", "--db", str(path), "--date", DEMO_TODAY.isoformat(), "--json",
                 *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_projector_json_masks_without_consent_and_protected(capsys, demo_db_path):
    db = open_database(demo_db_path)
    patients = {row["id"]: row for row in db["patients"].rows}
    db.conn.close()
    projector = board_json(capsys, demo_db_path, "--projector")
    assert projector["projector"] is True
    items = all_items(projector)
    seen = {"masked": 0, "protected": 0, "open": 0}
    for item in items:
        patient = patients[item["patient_id"]]
        if patient["protected_identity"]:
            assert item == {**item, "name": "Skyddad identitet", "personnummer": None,
                            "masked": True}
            seen["protected"] += 1
        elif patient["consent"] != "given":
            assert item["masked"] is True
            assert item["personnummer"] is None
            assert item["name"] == initials(patient["name"])
            assert patient["name"].split(",")[0] not in item["name"]
            seen["masked"] += 1
        else:
            assert item["masked"] is False
            assert item["name"] == patient["name"]
            seen["open"] += 1
        assert item["age"] is not None
    # The demo has all three kinds on the board, or this test would prove nothing.
    assert seen["masked"] and seen["open"] and seen["protected"]
    # No personnummer of a masked patient anywhere in the output, in any field.
    text = json.dumps(projector, ensure_ascii=False)
    for item in items:
        patient = patients[item["patient_id"]]
        if patient["protected_identity"] or patient["consent"] != "given":
            number = patient["personnummer"]
            assert number not in text
            assert f"{number[:8]}-{number[8:]}" not in text
            assert patient["name"] not in text


def test_nurse_json_shows_names_but_never_a_protected_identity(capsys, demo_db_path):
    db = open_database(demo_db_path)
    protected = [row for row in db["patients"].rows_where("protected_identity = 1")]
    db.conn.close()
    nurse = board_json(capsys, demo_db_path)
    assert nurse["projector"] is False
    text = json.dumps(nurse, ensure_ascii=False)
    for row in protected:
        assert row["name"] not in text
        assert row["personnummer"][:8] not in text
    masked = [item for item in all_items(nurse) if item["masked"]]
    assert all(item["name"] == "Skyddad identitet" for item in masked)
