"""``huddle actions`` on the demo: every open decision, follow-up at home and 72-hour call
exactly once, under the organisation that holds it; patients as a list handed to that
organisation may show them; the PDF read back page by page; every output in the access log."""

from __future__ import annotations

import json
import os
import stat
from collections import Counter
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.domain.consent import CATEGORY_CONSENTED, consent_category
from huddle.domain.roles import ORGANISATION_OF_ACTOR, ORGANISATION_OF_ROLE, ORGANISATION_ORDER
from huddle.storage.database import open_database
from huddle.storage.rows import all_patients
from tests.conftest import DEMO_TODAY
from tests.dbtools import query, table_rows
from tests.reports.pdf_text import pages_text

DAY = DEMO_TODAY.isoformat()
ITEM_KEYS = {"kind", "id", "patient", "personnummer", "masked", "identity_note", "what",
             "responsible", "due", "due_text", "overdue", "escalated", "awaiting_answer",
             "escalation_question", "escalation_answer"}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def actions_json(capsys, db: Path, *extra) -> dict:
    code, out, err = run(capsys, "actions", "--db", db, "--date", DAY, "--json", *extra)
    assert (code, err) == (0, "")
    return json.loads(out)


def open_items(db_path: Path) -> dict[tuple[str, int], str]:
    """Every open item on the day, with the organisation that holds it, read straight from
    the tables."""
    db = open_database(db_path)
    try:
        held = {("decision", row["id"]): ORGANISATION_OF_ROLE[row["responsible_role"]]
                for row in table_rows(db, "decisions", "status = 'open' AND "
                                      "substr(created_at, 1, 10) <= ?", [DAY])}
        for row in table_rows(db, "followups", "status = 'open' AND created_at <= ?",
                              [DAY + "T23:59:59"]):
            if row["kind"] == "call_72h":
                held[("call_72h", row["id"])] = "vardcentral"
            else:
                held[("followup", row["id"])] = ORGANISATION_OF_ACTOR[row["actor"]]
    finally:
        db.close()
    return held


def patients(db_path: Path):
    db = open_database(db_path)
    try:
        return all_patients(db)
    finally:
        db.close()


def test_json_lists_every_open_item_once_under_the_organisation_that_holds_it(
        capsys, demo_db_path):
    data = actions_json(capsys, demo_db_path)
    assert set(data) >= {"date", "health_centre", "organisations"}
    assert (data["date"], data["health_centre"]) == (DAY, "Skene vårdcentral")
    assert list(data["organisations"]) == list(ORGANISATION_ORDER)
    listed = Counter()
    for org, items in data["organisations"].items():
        for item in items:
            assert set(item) == ITEM_KEYS
            assert item["kind"] in ("decision", "followup", "call_72h")
            listed[(item["kind"], item["id"], org)] += 1
    expected = open_items(demo_db_path)
    assert len(expected) > 10
    assert listed == Counter({(kind, item_id, org) for (kind, item_id), org in expected.items()})
    every = [item for items in data["organisations"].values() for item in items]
    assert any(item["overdue"] for item in every)
    assert any(item["awaiting_answer"] for item in every)


def test_json_names_a_patient_only_as_the_organisations_list_may(capsys, demo_db_path):
    data = actions_json(capsys, demo_db_path)
    people = patients(demo_db_path)
    names = {p.name: p for p in people.values()}
    db = open_database(demo_db_path)
    try:
        labels = {row["number"]: row["patient_id"] for row in query(
            db, "SELECT patient_id, number FROM room_labels WHERE day = ?", [DAY])}
    finally:
        db.close()
    masked = 0
    for item in (i for items in data["organisations"].values() for i in items):
        if item["patient"] is None:
            continue
        if item["masked"]:
            masked += 1
            assert item["personnummer"] is None
            if item["patient"] != "Skyddad identitet":
                assert item["patient"].startswith("Patient utan samtycke ")
                assert item["identity_note"] == "identitet lämnas av äldre-ssk"
                number = int(item["patient"].rsplit(" ", 1)[1])
                patient = people[labels[number]]
                assert consent_category(patient.consent_facts) != CATEGORY_CONSENTED
        else:
            patient = names[item["patient"]]
            assert consent_category(patient.consent_facts) == CATEGORY_CONSENTED
            assert item["personnummer"].replace("-", "") == patient.personnummer
    assert masked
    text = json.dumps(data, ensure_ascii=False)
    for patient in people.values():
        if consent_category(patient.consent_facts) != CATEGORY_CONSENTED:
            assert patient.name not in text
            assert patient.personnummer[2:8] not in text


def test_each_organisation_alone_and_the_access_log(capsys, demo_db_path):
    data = actions_json(capsys, demo_db_path, "--org", "hemtjanst")
    assert list(data["organisations"]) == ["hemtjanst"]
    db = open_database(demo_db_path)
    try:
        rows = table_rows(db, "access_log", "place = 'åtgärdslista'")
    finally:
        db.close()
    assert {(r["action"], r["detail"]) for r in rows} == {("exportera", "actions json")}
    everyone = actions_json(capsys, demo_db_path)
    listed_names = {i["patient"] for i in everyone["organisations"]["hemtjanst"]}
    assert len(rows) == len({r["patient_id"] for r in rows}) >= len(listed_names - {None})


def test_the_pdf_has_a_page_per_organisation_and_only_the_names_it_may_show(
        capsys, demo_db_path, tmp_path):
    data = actions_json(capsys, demo_db_path)
    out = tmp_path / "atgarder.pdf"
    code, printed, err = run(capsys, "actions", "--db", demo_db_path, "--date", DAY,
                             "--out", out)
    assert (code, err) == (0, "")
    assert str(out) in printed
    if os.name == "posix":  # patient data: readable by its owner only
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pages = pages_text(out.read_bytes())
    by_org: dict[str, str] = {}
    current = None
    labels = data["organisation_labels"]
    for text in pages:
        for org, label in labels.items():
            if f"Åtgärder för {label} – måndag 23 november 2026" in text:
                current = org
        assert current is not None
        by_org[current] = by_org.get(current, "") + " " + text
        assert "Innehåller patientuppgifter" in text
    # No huddle is held on the demo's today: a page for each organisation holding something.
    assert list(by_org) == [org for org, items in data["organisations"].items() if items]

    people = patients(demo_db_path)
    shown_anywhere = " ".join(pages)
    for org, text in by_org.items():
        items = data["organisations"][org]
        kinds = Counter(item["kind"] for item in items)
        assert text.count("BESLUT ") == kinds["decision"]
        assert text.count("UPPFÖLJNING I HEMMET ") == kinds["followup"]
        assert text.count("Telefonuppföljning inom 72 h · utskriven") == kinds["call_72h"]
        assert text.count("FÖRSENAD") == sum(item["overdue"] for item in items)
        # Each patient as often as the list names them (an escalation waiting for its
        # answer is named once more, under "väntar på svar").
        named = Counter()
        for item in items:
            if item["patient"]:
                named[item["patient"]] += 1 + item["awaiting_answer"]
                if item["personnummer"]:
                    assert item["personnummer"] in text
        for name, times in named.items():
            assert text.count(name) >= times, (org, name)
            if not name.startswith("Patient utan samtycke") and name != "Skyddad identitet":
                assert text.count(name) == times, (org, name)
        for other_org, other in data["organisations"].items():
            if other_org != org:
                for item in other:
                    if item["patient"] and not item["masked"] and \
                            item["patient"] not in named:
                        assert item["patient"] not in text
    allowed = {item["patient"] for items in data["organisations"].values() for item in items}
    for patient in people.values():
        if patient.name not in allowed:
            assert patient.name not in shown_anywhere
            assert patient.personnummer[:8] not in shown_anywhere.replace("-", "")

    db = open_database(demo_db_path)
    try:
        printed_rows = table_rows(db, "access_log", "place = 'åtgärdslista' AND "
                                  "action = 'skriv ut'")
    finally:
        db.close()
    listed_ids = {r["patient_id"] for r in printed_rows}
    assert len(printed_rows) == len(listed_ids) > 5


@pytest.mark.parametrize(("argv", "message"), [
    (("--org", "kommunen"), "Organisationen 'kommunen' finns inte. Välj en av: vardcentral, "
                            "bistand, kommunal_hsl, hemtjanst."),
    (("--out", "lista.txt"), "ska sluta på .pdf"),
    (("--date", "2026-13-01"), "Datumet '2026-13-01' finns inte."),
])
def test_bad_input_is_one_swedish_sentence_and_exit_2(capsys, demo_db_path, argv, message):
    code, out, err = run(capsys, "actions", "--db", demo_db_path, *argv)
    assert code == 2 and out == ""
    assert message in err


def test_text_output_is_logged_as_a_display(capsys, demo_db_path):
    code, out, _ = run(capsys, "actions", "--db", demo_db_path, "--date", DAY,
                       "--org", "bistand")
    assert code == 0
    assert out.startswith("Skene vårdcentral – måndag 23 november 2026\n\nBiståndshandläggare (")
    db = open_database(demo_db_path)
    try:
        actions = {r["action"] for r in table_rows(db, "access_log",
                                                   "place = 'åtgärdslista'")}
    finally:
        db.close()
    assert actions == {"visa"}
