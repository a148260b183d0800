"""The import tells how far it has come, and stopping it from the progress callback (the
window's Cancel) leaves the database and the archive exactly as they were, at every stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from huddle.errors import Cancelled
from huddle.paths import archive_dir_for
from huddle.storage.imports import (
    READ_STEP,
    STAGE_HASH,
    STAGE_READ,
    STAGE_WRITE,
    ImportProgress,
    import_file,
)
from tests.dbtools import table_count
from tests.intake.samsa_files import AS_OF, rows, write_csv

TABLES = ("patients", "cases", "case_events", "imports", "followups", "access_log")


def counts(db) -> dict[str, int]:
    return {table: table_count(db, table) for table in TABLES}


def archive_files(db_path: Path) -> list[str]:
    folder = archive_dir_for(db_path)
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() \
        else []


def test_progress_counts_the_rows_read_and_ends_with_the_write(db, tmp_path):
    path = write_csv(tmp_path / "lista.csv", rows(READ_STEP + 5))
    seen: list[ImportProgress] = []

    result = import_file(db, path, as_of=AS_OF, progress=seen.append)

    stages = [step.stage for step in seen]
    assert stages[0] == STAGE_HASH and stages[-2:] == [STAGE_WRITE, STAGE_WRITE]
    reads = [step for step in seen if step.stage == STAGE_READ]
    assert [step.done for step in reads] == [0, READ_STEP, READ_STEP + 5]
    # The file's lines bound the rows from above: the header and the rows.
    assert reads[0].total == READ_STEP + 6
    assert result.rows_read == READ_STEP + 5


@pytest.mark.parametrize("stop_at", [(STAGE_HASH, None), (STAGE_READ, READ_STEP),
                                     (STAGE_WRITE, 0), (STAGE_WRITE, 1)])
def test_cancel_at_any_stage_leaves_nothing_half_done(db, db_path, tmp_path, stop_at):
    write_first = write_csv(tmp_path / "forsta.csv", rows(12))
    import_file(db, write_first, as_of=AS_OF)
    before, archive_before = counts(db), archive_files(db_path)
    path = write_csv(tmp_path / "lista.csv", rows(READ_STEP + 40))

    def progress(step: ImportProgress) -> None:
        stage, done = stop_at
        if step.stage == stage and done in (None, step.done):
            raise Cancelled

    with pytest.raises(Cancelled):
        import_file(db, path, as_of=AS_OF.replace(hour=7), progress=progress)

    assert counts(db) == before
    assert archive_files(db_path) == archive_before
    # And the same file imports afterwards as if nothing had happened.
    assert import_file(db, path, as_of=AS_OF.replace(hour=7)).new_cases == READ_STEP + 28
