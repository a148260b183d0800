"""Property tests: random bytes and random CSV never crash the importer and never leave a
half-done import behind, and a failure in the middle of writing rolls everything back."""

from __future__ import annotations

import csv
import io
import json
import string
from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from unittest import mock

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import huddle.storage.cases as cases_module
from huddle.errors import KnownError
from huddle.paths import archive_dir_for
from huddle.storage.imports import import_file
from tests.dbtools import table_count, table_row
from tests.intake.samsa_files import REFERENCE_HEADER, VC, pnr, row

TABLES = ("patients", "cases", "case_events", "imports", "followups", "access_log")
PROPERTY = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
_files = count()
_days = count()


def snapshot(db, db_path: Path) -> tuple[dict[str, int], list[str]]:
    folder = archive_dir_for(db_path)
    files = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    return {table: table_count(db, table) for table in TABLES}, files


def import_and_check(db, db_path: Path, path: Path, **options) -> None:
    """Run one import and check it is either complete or absent."""
    before = snapshot(db, db_path)
    as_of = datetime(2026, 11, 22, 6, 0) + timedelta(hours=next(_days))
    try:
        result = import_file(db, path, as_of=as_of, **options)
    except KnownError as err:
        event(f"refused: {type(err).__name__}")
        assert err.message.strip()
        assert snapshot(db, db_path) == before
        return
    assert not db.conn.in_transaction
    after = snapshot(db, db_path)
    assert not [name for name in after[1] if name.startswith(".incoming")]
    if result.already_imported:
        event("already imported")
        assert after == before
        return
    event("imported, some rows accepted" if result.accepted else "imported, nothing accepted")
    assert result.rows_read == (result.accepted + len(result.rejected) + result.other_vc
                                + result.duplicates)
    stored = table_row(db, "imports", result.import_id)
    assert json.loads(stored["result"]) == result.to_json()
    assert Path(stored["archive_path"]).is_file()
    assert stored["file_size"] == path.stat().st_size
    assert table_count(db, "cases", "last_import_id = ?", [result.import_id]) == result.accepted
    assert table_count(db, "cases", "first_import_id = ?", [result.import_id]) == (
        result.new_cases)
    assert after[0]["imports"] == before[0]["imports"] + 1
    for problem in result.rejected:
        assert problem.line >= 1 and problem.reason.endswith(".")


def write(tmp_path: Path, data: bytes, suffix: str = ".csv") -> Path:
    path = tmp_path / f"fil-{next(_files)}{suffix}"
    path.write_bytes(data)
    return path


@PROPERTY
@given(data=st.binary(max_size=3000))
def test_random_bytes_never_crash_or_half_import(db, db_path, tmp_path, data):
    import_and_check(db, db_path, write(tmp_path, data))


@PROPERTY
@given(data=st.binary(max_size=2000))
def test_random_bytes_named_xlsx_never_crash(db, db_path, tmp_path, data):
    import_and_check(db, db_path, write(tmp_path, b"PK\x03\x04" + data, ".xlsx"))


# Cells that are sometimes right and often wrong, with the characters that break parsers.
NASTY = st.text(alphabet=string.printable + "åäöÅÄÖ\"';,\t\r\n\x00é€", max_size=12)
# Mostly good dates in every form, now and then an impossible or unreadable one.
DATES = st.sampled_from(["2026-11-18", "2026-11-18 14:20", "20261118", "18/11/2026",
                         "18.11.2026", "2026-11-18 14:20:00", "", "", "", "2026-11-25",
                         "2026-11-21", "2026-11-20 10:00", "2026-11-19", "2026-11-22",
                         "2026-02-30", "igår", "2026-11-10"])
IDS = st.one_of(st.integers(1, 40).map(lambda n: row(n)["Personnummer"]),
                st.sampled_from([pnr("19380412"), "19380412-1122", "", "3804121121",
                                 "19380412TF01", "abc"]))
VCS = st.sampled_from([VC, VC.upper(), "  Skene  vårdcentral", "Skene VC", "Kinna vårdcentral",
                       ""])


@st.composite
def samsa_like_csv(draw) -> bytes:
    header = list(REFERENCE_HEADER)
    if draw(st.booleans()):
        header = draw(st.permutations(header))
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 3]))):
        header.pop(draw(st.integers(0, len(header) - 1)))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    out = io.StringIO()
    for line in draw(st.lists(st.sampled_from(["Rapport", "Utdrag 2026-11-22 06:00", ""]),
                              max_size=2)):
        out.write(line + "\r\n")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(
        st.sampled_from(["\r\n", "\n"])))
    writer.writerow(header)
    spoilers = {"Personnummer": IDS, "Vårdcentral": VCS, "Inskrivningsdatum": DATES,
                "Utskrivningsdatum": DATES, "Utskrivningsklar": DATES, "SIP-kallelse": DATES,
                "Planerat utskrivningsdatum": DATES, "Senast ändrad": DATES,
                "Ärende-ID": st.sampled_from(["S-1", "S-2", ""]),
                "Status": st.sampled_from(["Utskriven", "Avbruten", "", "?"]),
                "Samtycke": st.sampled_from(["Nej", "", "Kanske"]),
                "Skyddad identitet": st.sampled_from(["Ja", "", "Kanske"])}
    for _ in range(draw(st.integers(0, 12))):
        # A good row of one of 40 patients, with now and then a cell spoiled.
        values = row(draw(st.integers(1, 40)))
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2]))):
            name = draw(st.sampled_from(header))
            values[name] = draw(st.one_of(spoilers.get(name, NASTY), NASTY))
        cells = [values[name] for name in header]
        writer.writerow(cells)
    if draw(st.booleans()):
        out.write("Summa;3\r\n")
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


@PROPERTY
@given(data=samsa_like_csv())
def test_random_csv_never_crashes_or_half_imports(db, db_path, tmp_path, data):
    import_and_check(db, db_path, write(tmp_path, data))


@PROPERTY
@given(numbers=st.lists(st.integers(1, 60), min_size=1, max_size=25, unique=True),
       fail_at=st.integers(1, 25))
def test_failure_in_the_middle_of_writing_rolls_everything_back(db, db_path, tmp_path,
                                                                numbers, fail_at):
    from tests.intake.samsa_files import csv_text

    # A numbered preamble line makes every file new, so none is "already imported".
    text = csv_text([row(n) for n in numbers], preamble=[f"Utdrag nr {next(_files)}"])
    path = write(tmp_path, text.encode("utf-8"))
    before = snapshot(db, db_path)
    real = cases_module.upsert_patient
    calls = count(1)

    def flaky(*args, **kwargs):
        if next(calls) == fail_at:
            raise OSError("disk I/O error")
        return real(*args, **kwargs)

    with mock.patch.object(cases_module, "upsert_patient", flaky):
        try:
            import_file(db, path, as_of=datetime(2026, 11, 22, 6) + timedelta(
                hours=next(_days)), allow_shrink=True)
        except OSError:
            assert snapshot(db, db_path) == before
            return
    # Fewer rows than fail_at: the import went through whole.
    assert fail_at > len(numbers)
    assert snapshot(db, db_path)[0]["imports"] == before[0]["imports"] + 1

