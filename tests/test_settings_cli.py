"""``huddle settings list|get|set``: the command line IT scripts to tune a health centre."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from huddle.cli import main
from huddle.domain.settings import SPECS
from huddle.storage.database import open_database
from huddle.storage.settings import load_settings


@pytest.fixture(autouse=True)
def log_folder(tmp_path, monkeypatch, clean_huddle_logger) -> Path:
    """`settings set` writes to the app's log: here, a folder of the test's own."""
    import huddle.logs

    folder = tmp_path / "logg"
    monkeypatch.setattr(huddle.logs, "log_dir", lambda: folder)
    return folder


@pytest.fixture
def centre(tmp_path, capsys) -> Path:
    path = tmp_path / "skene.sqlite"
    assert main(["init", "--db", str(path), "--vc", "Skene vårdcentral", "--kommun", "Mark"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def stored(path: Path):
    db = open_database(path)
    try:
        return load_settings(db)
    finally:
        db.conn.close()


def test_list_json_gives_every_setting_with_its_promised_keys(capsys, centre):
    code, out, err = run(capsys, "settings", "list", "--json", "--db", centre)
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert [item["key"] for item in items] == [spec.key for spec in SPECS]
    for item in items:
        assert {"key", "type", "default", "value", "label"} <= set(item)
    by_key = {item["key"]: item for item in items}
    assert by_key["agenda_minutes"] == {
        "key": "agenda_minutes", "type": "int_list", "default": [3, 2, 4, 3, 3],
        "value": [3, 2, 4, 3, 3], "label": "Tidsrutor per del (minuter)",
        "group": "Avstämningen", "minimum": 0, "maximum": 60}
    assert by_key["vc_name"]["value"] == "Skene vårdcentral"
    assert by_key["eves_days_off"]["type"] == "bool"
    assert by_key["eves_days_off"]["value"] is True


def test_list_as_text_is_a_swedish_table_grouped_by_group(capsys, centre):
    run(capsys, "settings", "set", "payment_days", "5", "--db", centre)
    code, out, _ = run(capsys, "settings", "list", "--db", centre)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Vårdcentralen"
    assert "Utskrivning och SAMSA" in lines
    row = next(line for line in lines if "payment_days" in line)
    assert "Kommunens betalningsansvar efter utskrivningsklar (dagar): 5 (standard: 3)" in row
    assert lines.index("Utskrivning och SAMSA") < lines.index(row)


def test_get_prints_the_value_plainly_and_lists_as_json(capsys, centre):
    assert run(capsys, "settings", "get", "payment_days", "--db", centre) == (0, "3\n", "")
    assert run(capsys, "settings", "get", "vc_name", "--db", centre) == (
        0, "Skene vårdcentral\n", "")
    code, out, _ = run(capsys, "settings", "get", "agenda_minutes", "--db", centre)
    assert json.loads(out) == [3, 2, 4, 3, 3]
    code, out, _ = run(capsys, "settings", "get", "eves_days_off", "--db", centre, "--json")
    assert json.loads(out)["value"] is True


@pytest.mark.parametrize(("key", "text", "value"), [
    ("agenda_minutes", "5,2,3,3,2", [5, 2, 3, 3, 2]),
    ("eves_days_off", "nej", False),
    ("eves_days_off", "1", True),
    ("goal_sip_valid_percent", "72,5", 72.5),
    ("vc_aliases", "Skene VC, VC Skene", ["Skene VC", "VC Skene"]),
    ("reserve_number_pattern", r"^RV\d{6}$", r"^RV\d{6}$"),
])
def test_set_stores_the_value(capsys, centre, key, text, value):
    code, out, err = run(capsys, "settings", "set", key, text, "--db", centre)
    assert (code, err) == (0, "")
    assert "är nu" in out
    assert getattr(stored(centre), key) == value
    code, out, _ = run(capsys, "settings", "get", key, "--json", "--db", centre)
    assert json.loads(out)["value"] == value


@pytest.mark.parametrize(("argv", "words"), [
    (["set", "no_such_key", "1"], "Det finns ingen inställning som heter 'no_such_key'"),
    (["get", "no_such_key"], "Det finns ingen inställning som heter 'no_such_key'"),
    (["set", "agenda_minutes", "3,2,4"], "ska ha 5 värden"),
    (["set", "payment_days", "tre"], "inget heltal"),
    (["set", "payment_days", "61"], "mellan 0 och 60"),
    (["set", "eves_days_off", "kanske"], "ja eller nej"),
    (["set", "reserve_number_pattern", "[A-Z"], "inget giltigt reguljärt uttryck"),
    (["set", "vc_name", "  "], "Vårdcentralens namn får inte vara tomt."),
    (["set", "cfs_preventive_max", "6"], "måste vara lägre än"),
])
def test_a_bad_key_or_value_is_exit_2_with_one_swedish_sentence(capsys, centre, argv, words):
    before = stored(centre).values
    code, out, err = run(capsys, "settings", *argv, "--db", centre)
    assert code == 2
    assert out == ""
    assert words in err
    assert err.startswith("huddle: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert stored(centre).values == before


def test_every_change_is_written_to_the_apps_log(capsys, centre, log_folder):
    run(capsys, "settings", "set", "call_hours", "48", "--db", centre)
    run(capsys, "settings", "set", "call_hours", "x", "--db", centre)
    for handler in logging.getLogger("huddle").handlers:
        handler.flush()
    text = (log_folder / "huddle.log").read_text(encoding="utf-8")
    assert "huddle.storage.settings: Setting call_hours changed from 72 (default) to 48" in text
    assert text.count("Setting call_hours") == 1


def test_settings_on_a_missing_database_says_to_run_init(capsys, tmp_path):
    code, _, err = run(capsys, "settings", "list", "--db", tmp_path / "none.sqlite")
    assert code == 2
    assert "huddle init" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_a_decimal_setting_is_told_with_a_decimal_comma_and_got_as_a_number(capsys, centre):
    code, out, _ = run(capsys, "settings", "set", "shrink_ratio", "0,4", "--db", centre)
    assert code == 0 and "är nu 0,4 (var 0,5)" in out
    # `get` is for scripts: the number as a program reads it.
    assert run(capsys, "settings", "get", "shrink_ratio", "--db", centre)[1] == "0.4\n"
