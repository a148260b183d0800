"""The archive keeps only what this health centre needs: its own rows of an export, the
original's name, size and hash, and nothing older than the retention setting."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from huddle.errors import InputError
from huddle.paths import archive_dir_for
from huddle.storage.database import open_database
from huddle.storage.imports import import_file, remove_expired_archives
from huddle.storage.settings import save_settings
from tests.dbtools import table_count, table_row
from tests.intake.samsa_files import AS_OF, OTHER_VC, pnr, row, rows, write_csv

# Another health centre's patients: they must never reach this disk.
THEIRS = [row(900 + n, Vårdcentral=OTHER_VC, Namn=f"Karlsson, Gudrun{n}",
              Personnummer=pnr(f"19{40 + n}0203", f"{n:03d}")) for n in range(1, 40)]
PREAMBLE = ["Utskrivningsklara patienter – VGR", "Utdrag 2026-11-22 06:00"]
TRAILER = ["Summa: 42"]


def regional_export(folder: Path) -> Path:
    ours = rows(3)
    mixed = [*THEIRS[:20], *ours, *THEIRS[20:]]
    return write_csv(folder / "regionen.csv", mixed, encoding="cp1252", preamble=PREAMBLE,
                     trailer=TRAILER)


def every_byte_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def centre(tmp_path: Path):
    data = tmp_path / "data"
    db = open_database(data / "huddle.sqlite")
    save_settings(db, vc_name="Skene vårdcentral", kommun="Mark")
    yield db, data
    db.close()


def test_no_other_health_centres_patient_reaches_the_data_folder(centre, tmp_path):
    db, data = centre
    export = regional_export(tmp_path)

    result = import_file(db, export)
    db.close()  # the write-ahead log goes into the database file

    assert (result.accepted, result.other_vc) == (3, 39)
    stored = every_byte_under(data)
    for patient in THEIRS:
        for text in (patient["Personnummer"], patient["Personnummer"].replace("-", ""),
                     patient["Namn"], patient["Namn"].split(", ")[1]):
            for encoding in ("utf-8", "cp1252", "utf-16-le"):
                assert text.encode(encoding) not in stored, text
    # Our own patients are there, in the database and the archive.
    archive = next(archive_dir_for(data / "huddle.sqlite").glob("*.csv"))
    kept = archive.read_text(encoding="utf-8-sig")
    assert all(r["Personnummer"] in kept for r in rows(3))


def test_the_archive_keeps_preamble_header_our_rows_and_trailer_and_imports_again(
        centre, tmp_path):
    db, data = centre
    export = regional_export(tmp_path)
    result = import_file(db, export)
    stored = table_row(db, "imports", result.import_id)
    archive = Path(stored["archive_path"])

    lines = archive.read_text(encoding="utf-8-sig").splitlines()
    assert lines[:2] == PREAMBLE and lines[-1] == TRAILER[0]
    assert lines[2].startswith("Ärende-ID;Personnummer;Namn")
    assert len(lines) == 2 + 1 + 3 + 1
    assert (stored["file_name"], stored["file_size"]) == ("regionen.csv",
                                                         export.stat().st_size)

    # The original is still known as imported, by its own hash.
    again = import_file(db, export)
    assert again.already_imported and again.import_id == result.import_id

    # The archived part replays the same import into another database.
    other = open_database(tmp_path / "replay" / "huddle.sqlite")
    save_settings(other, vc_name="Skene vårdcentral", kommun="Mark")
    replay = import_file(other, archive)
    assert (replay.accepted, replay.new_cases, replay.as_of) == (3, 3, result.as_of)
    other.close()


def test_no_staging_copy_of_the_whole_file_is_written(centre, tmp_path, monkeypatch):
    db, data = centre
    export = regional_export(tmp_path)
    written: list[str] = []
    real_open = open

    def watching_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax"):
            written.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    import_file(db, export)
    monkeypatch.undo()
    assert not [name for name in written if str(data) in name]


def test_a_file_that_changes_while_it_is_read_is_refused(centre, tmp_path, monkeypatch):
    import huddle.storage.imports as imports

    db, data = centre
    export = write_csv(tmp_path / "samsa.csv", rows(3))
    real_sniff = imports.sniff_file

    def sniff_then_grow(path):
        facts = real_sniff(path)
        with open(path, "ab") as handle:  # the scheduled export is still writing
            handle.write(b"S-2026-1;19400101-0001;Ny, Rad\r\n")
        return facts

    monkeypatch.setattr(imports, "sniff_file", sniff_then_grow)
    with pytest.raises(InputError, match="ändrades medan den lästes in"):
        import_file(db, export, as_of=AS_OF)
    assert table_count(db, "imports") == 0
    assert table_count(db, "cases") == 0


def test_a_staging_file_left_by_a_killed_import_goes_at_the_next_import(centre, tmp_path):
    db, data = centre
    archive = archive_dir_for(data / "huddle.sqlite")
    archive.mkdir()
    leftover = archive / ".incoming-0123456789ab.csv"
    leftover.write_text("19400101-0001;Andersson, Sven")
    hour_ago = time.time() - 3600
    os.utime(leftover, (hour_ago, hour_ago))

    import_file(db, write_csv(tmp_path / "samsa.csv", rows(2)), as_of=AS_OF)

    assert not leftover.exists()
    assert [p.name for p in archive.iterdir() if p.name.startswith(".")] == []


def test_archived_files_older_than_the_retention_go_and_the_import_rows_stay(centre, tmp_path):
    db, data = centre
    first = import_file(db, write_csv(tmp_path / "a.csv", rows(2)), as_of=AS_OF)
    archive = Path(table_row(db, "imports", first.import_id)["archive_path"])
    today = date.today()

    assert remove_expired_archives(db, today=date(today.year + 1, today.month, 1)) == 0
    assert archive.exists()

    save_settings(db, archive_retention_months=6)
    later = date(today.year + 1, today.month, 1)
    assert remove_expired_archives(db, today=later) == 1
    assert not archive.exists()
    stored = table_row(db, "imports", first.import_id)
    assert stored["archive_removed_at"] is not None
    assert table_count(db, "imports") == 1
    # Still recognised as imported: the hash is in the row, not in the file.
    assert import_file(db, write_csv(tmp_path / "a.csv", rows(2))).already_imported


def test_a_whole_export_archived_by_an_earlier_version_is_trimmed_at_the_next_import(
        centre, tmp_path):
    db, data = centre
    export = regional_export(tmp_path)
    first = import_file(db, export)
    stored = table_row(db, "imports", first.import_id)
    # As an earlier version left it: the whole file, and no size noted.
    Path(stored["archive_path"]).write_bytes(export.read_bytes())
    db.execute("UPDATE imports SET file_size = NULL")
    assert THEIRS[0]["Personnummer"].encode() in every_byte_under(data)

    import_file(db, write_csv(tmp_path / "nästa.csv", rows(3), preamble=[
        "Utdrag 2026-11-23 06:00"]))

    db.close()
    stored_bytes = every_byte_under(data)
    assert not any(p["Personnummer"].encode("cp1252") in stored_bytes for p in THEIRS)
    db = open_database(data / "huddle.sqlite")
    trimmed = table_row(db, "imports", first.import_id)
    assert trimmed["file_size"] == export.stat().st_size
    kept = Path(trimmed["archive_path"]).read_text(encoding="utf-8-sig").splitlines()
    assert kept[:2] == PREAMBLE and len(kept) == 7
    db.close()
