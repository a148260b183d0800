"""The command line, run in-process: init, demo and the board as JSON."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.storage import database as database_module
from tests.conftest import DEMO_TODAY

ITEM_KEYS = {"patient_id", "name", "personnummer", "age", "masked", "reason"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def board_json(capsys, db: Path, *extra: str) -> dict:
    code, out, err = run(capsys, "board", "--db", db, "--json", "--date",
                         DEMO_TODAY.isoformat(), *extra)
    assert (code, err) == (0, "")
    return json.loads(out)


def patient_items(data: dict) -> list[dict]:
    items = [item for lane in data["lanes"].values() for item in lane]
    items += [d["patient"] for d in data["open_decisions"] if d["patient"]]
    items += [e["patient"] for e in data["since_last_huddle"]]
    return items


def test_init_then_board_json_on_a_new_database(capsys, tmp_path):
    db = tmp_path / "skene.sqlite"
    code, out, err = run(capsys, "init", "--db", db, "--vc", "  Skene   vårdcentral ",
                         "--alias", "Skene VC", "--alias", "VC Skene", "--kommun", "Mark")
    assert (code, err) == (0, "")
    assert "Skene vårdcentral är inställd" in out

    data = board_json(capsys, db)
    assert data["date"] == "2026-11-23"
    assert data["health_centre"] == "Skene vårdcentral"
    assert data["last_import"] is None
    assert data["open_decisions"] == [] and data["since_last_huddle"] == []
    assert data["lanes"] == {"samsa": [], "cfs": [], "home_followup": []}


def test_init_json_reports_the_settings(capsys, tmp_path):
    db = tmp_path / "skene.sqlite"
    code, out, _ = run(capsys, "init", "--db", db, "--vc", "Skene vårdcentral",
                       "--alias", "Skene VC", "--kommun", "Mark", "--json")
    assert code == 0
    assert json.loads(out) == {"vc_name": "Skene vårdcentral", "vc_aliases": ["Skene VC"],
                               "kommun": "Mark", "db": str(db)}


def test_init_again_changes_only_what_is_given(capsys, tmp_path):
    """Correcting the name must not drop the spellings that bring the health centre's rows
    in from SAMSA (an import would then count them as another health centre's)."""
    db = tmp_path / "skene.sqlite"
    run(capsys, "init", "--db", db, "--vc", "Skene vc", "--alias", "Skene VC", "--alias",
        "VC Skene", "--kommun", "Mark")
    code, out, _ = run(capsys, "init", "--db", db, "--vc", "Skene vårdcentral", "--json")
    assert code == 0
    assert json.loads(out) == {"vc_name": "Skene vårdcentral",
                               "vc_aliases": ["Skene VC", "VC Skene"], "kommun": "Mark",
                               "db": str(db)}
    code, out, _ = run(capsys, "init", "--db", db, "--vc", "Skene vårdcentral", "--alias",
                       "Skene", "--kommun", "", "--json")
    assert (json.loads(out)["vc_aliases"], json.loads(out)["kommun"]) == (["Skene"], "")


def test_board_json_on_the_demo_has_every_promised_key(capsys, demo_db_path):
    data = board_json(capsys, demo_db_path)
    assert {"date", "health_centre", "last_import", "open_decisions", "lanes",
            "since_last_huddle"} <= set(data)
    assert data["health_centre"] == "Skene vårdcentral"
    assert data["last_import"] == "2026-11-23T06:00"
    assert set(data["lanes"]) == {"samsa", "cfs", "home_followup"}
    assert all(data["lanes"].values())
    items = patient_items(data)
    assert items
    for item in items:
        assert set(item) >= ITEM_KEYS
        assert isinstance(item["patient_id"], int)
        assert isinstance(item["reason"], str) and item["reason"]


def test_db_may_also_be_given_before_the_subcommand(capsys, demo_db_path):
    code, out, _ = run(capsys, "--db", demo_db_path, "board", "--json", "--date",
                       DEMO_TODAY.isoformat())
    assert code == 0
    assert json.loads(out)["health_centre"] == "Skene vårdcentral"


def test_patient_ids_are_stable_between_runs(capsys, demo_db_path):
    first = [i["patient_id"] for i in patient_items(board_json(capsys, demo_db_path))]
    again = [i["patient_id"] for i in patient_items(board_json(capsys, demo_db_path))]
    assert first == again


def test_projector_masks_patients_without_consent_and_protected_identities(
        capsys, demo_db_path):
    from huddle.domain.consent import CATEGORY_CONSENTED, CATEGORY_PROTECTED, consent_category
    from huddle.storage.database import open_database
    from huddle.storage.rows import all_patients

    db = open_database(demo_db_path)
    people = all_patients(db)
    db.close()

    nurse = patient_items(board_json(capsys, demo_db_path))
    projector_data = board_json(capsys, demo_db_path, "--projector")
    projector = patient_items(projector_data)
    assert [i["patient_id"] for i in nurse] == [i["patient_id"] for i in projector]

    masked_on_projector = 0
    for shown_to_nurse, shown_on_wall in zip(nurse, projector, strict=True):
        patient = people[shown_on_wall["patient_id"]]
        category = consent_category(patient.consent_facts)
        if category == CATEGORY_PROTECTED:
            for item in (shown_to_nurse, shown_on_wall):
                assert (item["name"], item["personnummer"], item["masked"]) == (
                    "Skyddad identitet", None, True)
        elif category != CATEGORY_CONSENTED:
            masked_on_projector += 1
            assert shown_on_wall["masked"] is True
            assert shown_on_wall["personnummer"] is None and shown_on_wall["age"] is None
            assert shown_on_wall["name"].startswith("Patient utan samtycke ")
            assert shown_on_wall["age_band"] and shown_on_wall["age_band"].endswith("år")
            assert (shown_to_nurse["name"], shown_to_nurse["masked"]) == (patient.name, False)
            assert shown_to_nurse["personnummer"] == patient.personnummer_display
        else:
            assert shown_on_wall == {**shown_to_nurse, "personnummer": None}
    assert masked_on_projector > 0
    assert not any(item["personnummer"] for item in projector)
    # Nothing identifying of a masked patient anywhere in the projector's JSON.
    text = json.dumps(projector_data, ensure_ascii=False)
    for item in projector:
        patient = people[item["patient_id"]]
        if consent_category(patient.consent_facts) != CATEGORY_CONSENTED:
            assert patient.personnummer not in text
            assert patient.personnummer_display not in text
            assert patient.name not in text


def test_board_json_is_written_to_the_access_log_one_row_per_patient(capsys, demo_db_path):
    conn = sqlite3.connect(demo_db_path)
    before = conn.execute("SELECT max(id) FROM access_log").fetchone()[0]
    conn.close()
    board = board_json(capsys, demo_db_path, "--projector")
    shown = {item["patient_id"] for item in patient_items(board)}
    conn = sqlite3.connect(demo_db_path)
    rows = conn.execute("SELECT action, place, os_user, workstation, patient_id FROM access_log "
                        "WHERE id > ?", [before]).fetchall()
    conn.close()
    assert sorted(row[4] for row in rows) == sorted(shown)
    assert {(action, place) for action, place, *_ in rows} == {("visa", "kommandorad")}
    assert all(user and host for _, _, user, host, _ in rows)



def test_board_as_text_uses_the_swedish_lane_titles(capsys, demo_db_path):
    code, out, _ = run(capsys, "board", "--db", demo_db_path, "--date",
                       DEMO_TODAY.isoformat())
    assert code == 0
    assert out.startswith("Skene vårdcentral – 2026-11-23")
    for title in ("Patienter i SAMSA", "Sköra äldre (CFS) – samordning",
                  "Uppföljning i hemmet"):
        assert title in out


def demo_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM patients ORDER BY id")]
    finally:
        conn.close()


def test_demo_is_deterministic_for_a_seed(capsys, tmp_path):
    def demo(name: str, seed: int) -> tuple[str, list[str]]:
        out_path = tmp_path / name
        code, out, err = run(capsys, "demo", "--out", out_path, "--seed", seed, "--days", 20,
                             "--today", DEMO_TODAY.isoformat())
        assert (code, err) == (0, "")
        assert "Demodatabas skriven" in out
        return out.split(": ", 1)[1], demo_names(out_path)

    counts_a, names_a = demo("a.sqlite", 5)
    counts_b, names_b = demo("b.sqlite", 5)
    counts_c, names_c = demo("c.sqlite", 6)
    assert counts_a.startswith("120 patienter, ")
    assert "SAMSA-händelser" in counts_a and "case_events" not in counts_a  # no table names
    assert (counts_a, names_a) == (counts_b, names_b)
    assert names_c != names_a


@pytest.mark.parametrize("bad", ["2026-13-01", "23/11/2026", "igår"])
def test_a_bad_date_is_exit_code_2_with_a_swedish_message(capsys, demo_db_path, bad):
    code, out, err = run(capsys, "board", "--db", demo_db_path, "--json", "--date", bad)
    assert code == 2
    assert out == ""
    assert err.startswith("huddle: ")
    assert f"Datumet '{bad}' finns inte" in err
    assert "ÅÅÅÅ-MM-DD" in err


def test_board_on_a_missing_database_says_to_run_init(capsys, tmp_path):
    missing = tmp_path / "finns-inte.sqlite"
    code, out, err = run(capsys, "board", "--db", missing, "--json")
    assert code == 2
    assert out == ""
    assert "finns inte" in err
    assert f"huddle init --db {missing}" in err
    # The demo it suggests is a command that runs as written (--out is required).
    assert "'huddle demo --out demo.sqlite', sedan --db demo.sqlite." in err
    assert not missing.exists()


def test_board_on_a_database_without_a_health_centre_says_to_run_init(capsys, tmp_path):
    path = tmp_path / "tom.sqlite"
    database_module.open_database(path).conn.close()
    code, _, err = run(capsys, "board", "--db", path, "--json")
    assert code == 2
    assert "inte inställd" in err and "huddle init" in err


def test_board_on_a_database_from_a_newer_version_is_refused(capsys, demo_db_path):
    conn = sqlite3.connect(demo_db_path)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('huddle', '0999_future', '2030-01-01')")
    conn.close()
    code, out, err = run(capsys, "board", "--db", demo_db_path, "--json")
    assert (code, out) == (2, "")
    assert "nyare version av Huddle" in err


def test_init_refuses_an_empty_name(capsys, tmp_path):
    code, _, err = run(capsys, "init", "--db", tmp_path / "x.sqlite", "--vc", "   ")
    assert code == 2
    assert "Vårdcentralens namn får inte vara tomt" in err


@pytest.mark.parametrize("days", ["0", "4000"])
def test_demo_refuses_an_unreasonable_number_of_days(capsys, tmp_path, days):
    code, _, err = run(capsys, "demo", "--out", tmp_path / "d.sqlite", "--days", days)
    assert code == 2
    assert "--days" in err and "mellan 1 och 3650" in err


def test_version(capsys):
    from huddle import __version__

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"Huddle {__version__}"


def test_commands_close_the_database_they_open(capsys, tmp_path, monkeypatch):
    # An open handle keeps the file locked on Windows, and Python 3.13 warns about it.
    opened = []
    real_open = database_module.open_database
    real_current = database_module.open_current

    def tracking(opener):
        def tracking_open(*args, **kwargs):
            db = opener(*args, **kwargs)
            if db is not None:
                opened.append(db)
            return db
        return tracking_open

    tracking_open = tracking(real_open)
    monkeypatch.setattr("huddle.commands.common.open_database", tracking_open)
    monkeypatch.setattr("huddle.commands.common.open_current", tracking(real_current))
    monkeypatch.setattr("huddle.commands.setup.open_database", tracking_open)
    db = tmp_path / "skene.sqlite"
    assert run(capsys, "init", "--db", db, "--vc", "Skene vårdcentral")[0] == 0
    assert run(capsys, "board", "--db", db, "--json")[0] == 0
    assert run(capsys, "board", "--db", db)[0] == 0
    unconfigured = tmp_path / "tom.sqlite"
    real_open(unconfigured).conn.close()
    assert run(capsys, "board", "--db", unconfigured)[0] == 2
    assert len(opened) == 4
    # A date that cannot be read is refused before the file is even opened.
    assert run(capsys, "board", "--db", db, "--date", "fel")[0] == 2
    assert len(opened) == 4
    for database in opened:
        with pytest.raises(sqlite3.ProgrammingError):
            database.conn.execute("SELECT 1")


def test_demo_may_replace_an_earlier_demo(capsys, tmp_path):
    out_path = tmp_path / "demo.sqlite"
    for _ in range(2):
        code, _, err = run(capsys, "demo", "--out", out_path, "--days", 3, "--today",
                           DEMO_TODAY.isoformat())
        assert (code, err) == (0, "")


def test_demo_never_replaces_a_database_with_real_patients(capsys, tmp_path):
    real = tmp_path / "huddle.sqlite"
    assert run(capsys, "init", "--db", real, "--vc", "Skene vårdcentral")[0] == 0
    conn = sqlite3.connect(real)
    with conn:
        conn.execute("INSERT INTO patients (personnummer, name, created_at) "
                     "VALUES ('194203149807', 'Ek, Margareta', '2026-11-23T08:00')")
    conn.close()
    before = real.read_bytes()
    code, out, err = run(capsys, "demo", "--out", real, "--days", 3)
    assert (code, out) == (2, "")
    assert "1 riktiga patienter" in err and "Välj ett annat filnamn" in err
    assert real.read_bytes() == before


def test_demo_never_replaces_a_file_that_is_no_demo(capsys, tmp_path):
    letter = tmp_path / "brev.docx"
    letter.write_text("Hej!", encoding="utf-8")
    code, _, err = run(capsys, "demo", "--out", letter, "--days", 3)
    assert code == 2
    assert "ingen demodatabas" in err
    assert letter.read_text(encoding="utf-8") == "Hej!"


def test_a_reader_that_stops_early_gets_no_traceback(capsys, demo_db_path, monkeypatch):
    # 'huddle board --json | head -1': the pipe closes while the JSON is being written.
    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("sys.stdout", ClosedPipe())
    code = main(["board", "--db", str(demo_db_path), "--json"])
    assert code == 141
    assert capsys.readouterr().err == ""


def test_board_for_today_judges_overdue_at_the_present_moment(capsys, tmp_path):
    """A call due later today is not late yet; one due an hour ago is (not 'as the day
    ends', which made a call due at 16:15 read FÖRSENAD at 08:15)."""
    from datetime import date, datetime, timedelta

    from huddle.domain.identity import with_check_digit
    from huddle.storage.database import open_database
    from huddle.storage.register import add_patient
    from huddle.storage.settings import save_settings

    path = tmp_path / "vc.sqlite"
    db = open_database(path)
    save_settings(db, vc_name="Skene vårdcentral", vc_aliases=[], kommun="Mark")
    now = datetime.now().replace(second=0, microsecond=0)
    stamp = now.isoformat(timespec="minutes")
    for serial, due in (("998", now + timedelta(hours=3)), ("997", now - timedelta(hours=1))):
        pid = add_patient(db, number="19" + with_check_digit("400122" + serial),
                          name=f"Ek, Nr{serial}",
                          day=date.today(), now=now)
        db.insert("followups", {
            "patient_id": pid, "kind": "need", "reason": "fallrisk", "actor": "vc",
            "due": due.isoformat(timespec="minutes"), "status": "open", "created_at": stamp,
            "updated_at": stamp})
    db.conn.close()
    code, out, err = run(capsys, "board", "--db", path, "--json", "--date",
                         date.today().isoformat())
    assert (code, err) == (0, "")
    overdue = {item["name"]: item["overdue"] for item in json.loads(out)["lanes"]["home_followup"]}
    assert overdue == {"Ek, Nr998": False, "Ek, Nr997": True}


def test_the_program_starts_without_the_garbage_collector_and_runs_a_command_with_it(
        capsys, monkeypatch, demo_db_path):
    """huddle.start holds the collector off while modules load; a command, which may read a
    regional export of a million rows, runs with it on, and the program leaves it on."""
    import gc

    import huddle.commands.board as board_command
    from huddle.start import main as start

    states: dict[str, bool] = {}
    real = board_command.run_board

    def run_board(args):
        states["command"] = gc.isenabled()
        return real(args)

    monkeypatch.setattr(board_command, "run_board", run_board)
    monkeypatch.setattr("sys.argv", ["huddle", "board", "--db", str(demo_db_path), "--json",
                                     "--date", DEMO_TODAY.isoformat()])
    real_disable = gc.disable
    monkeypatch.setattr(gc, "disable", lambda: (states.setdefault("disabled", True),
                                                real_disable()))
    try:
        assert start() == 0
        states["after"] = gc.isenabled()
    finally:
        gc.enable()
    assert json.loads(capsys.readouterr().out)["lanes"]
    assert states == {"disabled": True, "command": True, "after": True}
