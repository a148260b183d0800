"""Importing files end to end: results, this health centre only, duplicates, snapshots as
events, the archive, already-imported files, the shrink guard, mappings, all or nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from unittest import mock

import pytest

from huddle.errors import InputError
from huddle.paths import archive_dir_for
from huddle.storage.imports import (
    RESULT_KEYS,
    ShrinkRefused,
    UnrecognisedLayout,
    import_file,
    load_column_mappings,
    save_column_mapping,
)
from tests.dbtools import table_count, table_row, table_rows
from tests.intake.samsa_files import (
    AS_OF,
    OTHER_VC,
    REFERENCE_HEADER,
    csv_text,
    row,
    rows,
    write_csv,
    write_sample,
)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """The reference sample of SAMSA-EXPORT.md, written by the test."""
    return write_sample(tmp_path)


TABLES = ("patients", "cases", "case_events", "imports", "followups", "access_log",
          "column_mappings")


def counts(db) -> dict[str, int]:
    return {table: table_count(db, table) for table in TABLES}


def archived(db_path: Path) -> list[str]:
    folder = archive_dir_for(db_path)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def events(db, kind: str) -> list[dict]:
    return list(table_rows(db, "case_events", "kind = ?", [kind], order_by="id"))


def test_sample_export_result_has_exactly_the_documented_keys(db, db_path, sample):
    result = import_file(db, sample, as_of=AS_OF)

    data = result.to_json()
    assert tuple(data) == RESULT_KEYS
    assert data == {"rows_read": 6, "accepted": 6, "rejected": [], "other_vc": 0,
                    "duplicates": 0, "new_cases": 6, "updated_cases": 0, "unchanged_cases": 0,
                    "gone_cases": 0, "already_imported": False}
    stored = table_row(db, "imports", result.import_id)
    assert json.loads(stored["result"]) == data
    assert stored["as_of"] == "2026-11-22T06:00"
    assert stored["kind"] == "samsa" and stored["file_name"] == "samsa-exempel.csv"


def test_only_this_health_centre_is_stored_and_the_rest_counted(db, db_path, tmp_path):
    records = [row(1), row(2, Vårdcentral="  SKENE   vårdcentral "), row(3, Vårdcentral="Skene VC"),
               row(4, Vårdcentral=OTHER_VC), row(5, Vårdcentral=OTHER_VC, Personnummer="fel"),
               row(6, Vårdcentral="")]
    path = write_csv(tmp_path / "region.csv", records)

    result = import_file(db, path, as_of=AS_OF)

    assert (result.rows_read, result.accepted, result.other_vc) == (6, 3, 3)
    assert result.rejected == ()  # other centres' bad rows are none of our business
    names = {r["name"] for r in table_rows(db, "patients")}
    assert names == {"Åberg, Märta 1", "Åberg, Märta 2", "Åberg, Märta 3"}


def test_bad_rows_are_rejected_and_the_rest_imported(db, db_path, tmp_path):
    records = [row(1), row(2, Personnummer="19380412-1122"), row(3, Inskrivningsdatum=""),
               row(4, Utskrivningsdatum="2026-11-01"), row(5, Utskrivningsklar="2026-02-30"),
               row(6)]
    path = write_csv(tmp_path / "bad.csv", records, preamble=["Utdrag 2026-11-22 06:00", ""])

    result = import_file(db, path, as_of=AS_OF)

    assert result.accepted == 2
    assert [(p.line, p.reason.split(" ")[0].rstrip(":")) for p in result.rejected] == [
        (5, "Personnumret"), (6, "Inskrivningsdatum"), (7, "Utskrivningsdatum"),
        (8, "Utskrivningsklar")]
    assert result.rows_read == (result.accepted + len(result.rejected) + result.other_vc
                                + result.duplicates)
    assert table_count(db, "cases") == 2


def test_a_row_of_ours_with_a_quotation_mark_left_open_is_rejected_not_counted_away(
        db, db_path, tmp_path):
    """An open quotation mark makes the csv reader run the row's cells, and the rows after
    it, into one field: the row is no longer as wide as the header and its health centre's
    cell is gone. It names this health centre inside the merged field, so it is rejected
    with a reason the nurse can act on, not counted as another centre's and dropped."""
    records = [row(1), row(2, Vårdcentral=OTHER_VC), row(3), row(4, Vårdcentral=OTHER_VC)]
    text = csv_text(records).replace(";Åberg, Märta 3;", ';"Åberg, Märta 3;')
    path = tmp_path / "open-quote.csv"
    path.write_text(text, encoding="utf-8")

    result = import_file(db, path, as_of=AS_OF)

    assert (result.accepted, result.other_vc) == (1, 1)
    [problem] = result.rejected
    assert problem.line == 4
    assert problem.reason.startswith("Ett citattecken (\") i raden stängs aldrig")
    assert {r["name"] for r in table_rows(db, "patients")} == {"Åberg, Märta 1"}
    # The merged field holds the next row, another centre's: it never reaches the archive.
    [kept] = archive_dir_for(db_path).glob("*.csv")
    assert OTHER_VC not in kept.read_text(encoding="utf-8-sig")


def test_another_centres_row_with_a_quotation_mark_left_open_is_only_counted(
        db, db_path, tmp_path):
    records = [row(1), row(2, Vårdcentral=OTHER_VC)]
    text = csv_text(records).replace(";Åberg, Märta 2;", ';"Åberg, Märta 2;')
    path = tmp_path / "open-quote.csv"
    path.write_text(text, encoding="utf-8")

    result = import_file(db, path, as_of=AS_OF)

    assert (result.accepted, result.other_vc, result.rejected) == (1, 1, ())


def test_duplicates_keep_the_newest_by_last_changed(db, db_path, tmp_path):
    records = [row(1, **{"Senast ändrad": "2026-11-21 09:00", "Planerat utskrivningsdatum":
                         "2026-11-25"}),
               row(1, **{"Senast ändrad": "2026-11-21 15:00", "Planerat utskrivningsdatum":
                         "2026-11-27"}),
               row(1, **{"Senast ändrad": "2026-11-20 08:00", "Planerat utskrivningsdatum":
                         "2026-11-24"}),
               row(2)]
    path = write_csv(tmp_path / "dups.csv", records)

    result = import_file(db, path, as_of=AS_OF)

    assert (result.rows_read, result.accepted, result.duplicates) == (4, 2, 2)
    case = table_rows(db, "cases", "samsa_id = ?", ["S-2026-100001"])[0]
    assert case["pud"] == "2026-11-27"
    assert case["last_changed"] == "2026-11-21T15:00"


def test_same_file_twice_is_recognised_and_changes_nothing(db, db_path, sample):
    import_file(db, sample, as_of=AS_OF)
    before = counts(db)

    again = import_file(db, sample, as_of=datetime(2026, 11, 23, 6, 0))

    assert again.already_imported is True
    assert again.to_json()["new_cases"] == 0
    assert counts(db) == before
    assert len(archived(db_path)) == 1


def test_file_is_archived_by_hash_and_each_case_keeps_its_raw_row(db, db_path, tmp_path):
    path = write_csv(tmp_path / "extra.csv", [row(1) | {"Rum": "12B"}],
                     header=[*REFERENCE_HEADER, "Rum"])

    result = import_file(db, path, as_of=AS_OF)

    stored = table_row(db, "imports", result.import_id)
    archive = Path(stored["archive_path"])
    assert archive.name == f"{stored['sha256']}.csv"
    assert stored["file_size"] == path.stat().st_size
    assert archive.read_text(encoding="utf-8-sig") == path.read_text(encoding="utf-8")
    assert archived(db_path) == [archive.name]  # no leftovers from staging
    raw = json.loads(table_rows(db, "cases")[0]["raw"])
    assert raw["Rum"] == "12B" and raw["Namn"] == "Åberg, Märta 1"


def test_snapshots_become_events_stamped_with_the_import_time(db, db_path, tmp_path):
    day1 = [row(1, **{"Planerat utskrivningsdatum": "2026-11-23"}), row(2), row(3),
            row(4, Utskrivningsklar="2026-11-19 10:00", Utskrivningsdatum="2026-11-20 13:00",
                Status="Utskriven", **{"Kommunal hälso- och sjukvård": "Nej"})]
    import_file(db, write_csv(tmp_path / "d1.csv", day1), as_of=AS_OF)

    day2 = [row(1, **{"Planerat utskrivningsdatum": "2026-11-26"}),
            row(2, Utskrivningsklar="2026-11-22 07:00", Samtycke="Nej",
                **{"SIP-kallelse": "2026-11-22"}),
            row(3, Utskrivningsdatum="2026-11-22 11:00", Status="Utskriven"),
            # Patient 4 comes back nine days after the discharge: a readmission.
            row(40, Personnummer=day1[3]["Personnummer"], Inskrivningsdatum="2026-11-29 08:00",
                **{"Ärende-ID": "S-2026-200004"})]
    second = datetime(2026, 11, 29, 9, 0)
    result = import_file(db, write_csv(tmp_path / "d2.csv", day2), as_of=second)

    assert (result.new_cases, result.updated_cases, result.gone_cases) == (1, 3, 1)
    moved = events(db, "pud_moved")
    assert [(e["old_value"], e["new_value"], e["at"]) for e in moved] == [
        ("2026-11-23", "2026-11-26", "2026-11-29T09:00")]
    assert [e["new_value"] for e in events(db, "pud_set")][:1] == ["2026-11-23"]
    assert len(events(db, "ready")) == 2 and len(events(db, "sip_invited")) == 1
    assert [e["new_value"] for e in events(db, "consent_changed")] == ["declined"]
    assert len(events(db, "readmission")) == 1
    # The discharged case 4 left the list: gone, but that is its normal end (no event).
    assert events(db, "gone") == []
    assert {e["at"] for e in events(db, "discharged")} == {"2026-11-22T06:00",
                                                         "2026-11-29T09:00"}
    # Discharged without municipal home health care: the 72-hour call is created.
    assert table_count(db, "followups", "kind = 'call_72h'") == 2


def shrink_setup(db, tmp_path) -> None:
    import_file(db, write_csv(tmp_path / "full.csv", rows(12)), as_of=AS_OF)


def test_shrink_guard_refuses_a_cut_off_export(db, db_path, tmp_path):
    shrink_setup(db, tmp_path)
    before, files = counts(db), archived(db_path)

    with pytest.raises(ShrinkRefused) as refused:
        import_file(db, write_csv(tmp_path / "cut.csv", rows(5)),
                    as_of=datetime(2026, 11, 23, 6, 0))

    assert (refused.value.previous, refused.value.now, refused.value.missing) == (12, 5, 7)
    assert "--allow-shrink" in refused.value.message
    assert counts(db) == before and archived(db_path) == files


def test_shrink_guard_lets_a_confirmed_import_mark_cases_gone(db, db_path, tmp_path):
    shrink_setup(db, tmp_path)

    result = import_file(db, write_csv(tmp_path / "cut.csv", rows(5)),
                         as_of=datetime(2026, 11, 23, 6, 0), allow_shrink=True)

    assert result.gone_cases == 7
    assert len(events(db, "gone")) == 7


def test_shrink_guard_is_quiet_for_small_lists_and_half_size(db, db_path, tmp_path):
    import_file(db, write_csv(tmp_path / "nine.csv", rows(9)), as_of=AS_OF)
    result = import_file(db, write_csv(tmp_path / "one.csv", rows(1)),
                         as_of=datetime(2026, 11, 23, 6, 0))
    assert result.gone_cases == 8

    import_file(db, write_csv(tmp_path / "twelve.csv", rows(12)),
                as_of=datetime(2026, 11, 24, 6, 0))
    half = import_file(db, write_csv(tmp_path / "six.csv", rows(6)),
                       as_of=datetime(2026, 11, 25, 6, 0))
    assert half.gone_cases == 6


def test_unknown_layout_is_mapped_once_and_remembered(db, db_path, tmp_path):
    header = ["Pat-id", "Patient", "Ankomst", "Enhet", "PlanHem", "Ändrad"]
    mapping_rows = [{"Pat-id": row(n)["Personnummer"], "Patient": f"Ek, Eva {n}",
                     "Ankomst": "2026-11-18 10:00", "Enhet": "Skene vårdcentral",
                     "PlanHem": "2026-11-24", "Ändrad": "2026-11-21 10:00"} for n in (1, 2)]
    first = write_csv(tmp_path / "okänd.csv", mapping_rows, header=header,
                      preamble=["Egen rapport"])

    with pytest.raises(UnrecognisedLayout) as unknown:
        import_file(db, first, as_of=AS_OF)
    error = unknown.value
    assert error.header == header and error.header_line == 2
    assert error.preview[0][1] == "Ek, Eva 1"
    assert error.suggestion == {"Namn": "Patient", "Senast ändrad": "Ändrad"}
    assert "Personnummer" in error.message and "Vårdcentral" in error.message
    assert table_count(db, "cases") == 0 and archived(db_path) == []

    save_column_mapping(db, "samsa", header, {
        "Pat-id": "Personnummer", "Patient": "Namn", "Ankomst": "Inskrivningsdatum",
        "Enhet": "Vårdcentral", "PlanHem": "Planerat utskrivningsdatum",
        "Ändrad": "Senast ändrad"})
    assert len(load_column_mappings(db)) == 1
    result = import_file(db, first, as_of=AS_OF)
    assert result.accepted == 2
    case = table_rows(db, "cases", order_by="id")[0]
    assert case["pud"] == "2026-11-24"

    # Another file with the same header (spelled a little differently) needs no mapping.
    later = write_csv(tmp_path / "okänd-2.csv", [mapping_rows[0] | {"PlanHem": "2026-11-28"}],
                      header=header, rename={"Pat-id": "PAT ID"})
    assert import_file(db, later, as_of=datetime(2026, 11, 23, 6, 0)).updated_cases == 1


def test_a_mapping_without_required_columns_is_refused(db):
    with pytest.raises(InputError, match="Vårdcentral"):
        save_column_mapping(db, "samsa", ["A", "B"], {"A": "Personnummer",
                                                      "B": "Inskrivningsdatum"})


def test_a_failure_while_writing_leaves_nothing_behind(db, db_path, tmp_path, sample):
    import_file(db, sample, as_of=AS_OF)
    before, files = counts(db), archived(db_path)
    day2 = [row(1, Utskrivningsdatum="2026-11-22 11:00")]

    with mock.patch("huddle.storage.imports.create_calls_for_discharges",
                    side_effect=RuntimeError("disk gone")), pytest.raises(RuntimeError):
        import_file(db, write_csv(tmp_path / "d2.csv", day2), as_of=datetime(2026, 11, 23))

    assert counts(db) == before
    assert archived(db_path) == files


def test_unreadable_file_is_an_input_error_and_nothing_changes(db, db_path, tmp_path):
    before = counts(db)
    with pytest.raises(InputError, match="finns inte"):
        import_file(db, tmp_path / "saknas.csv", as_of=AS_OF)
    one_column = tmp_path / "one.csv"
    one_column.write_text("hej\nhopp\n", encoding="utf-8")
    with pytest.raises(InputError, match="bara en kolumn"):
        import_file(db, one_column, as_of=AS_OF)
    assert counts(db) == before and archived(db_path) == []


def test_workbook_import_with_sheet_choice(db, db_path, tmp_path):
    from tests.intake.samsa_files import as_table, write_xlsx

    path = write_xlsx(tmp_path / "samsa.xlsx", {
        "Info": [["Utdrag ur SAMSA 2026-11-22"]],
        "Lista": [["Utdrag 2026-11-22 06:00"], *as_table(rows(3)), ["Summa", 3]]})

    with pytest.raises(InputError):  # the first sheet holds no list
        import_file(db, path, as_of=AS_OF)
    result = import_file(db, path, as_of=AS_OF, sheet="Lista")

    assert (result.rows_read, result.accepted) == (3, 3)
    assert "Lista" in result.read_as
    # The archive keeps the sheet's part as CSV: the lines above the header, the rows, "Summa".
    archive = Path(table_row(db, "imports", result.import_id)["archive_path"])
    lines = archive.read_text(encoding="utf-8-sig").splitlines()
    assert archive.suffix == ".csv" and len(lines) == 6
    assert lines[0] == "Utdrag 2026-11-22 06:00" and lines[-1] == "Summa;3"
