"""A later export corrects or withdraws a discharge: the 72-hour call follows, and the board
and the monthly report agree about it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huddle.commands.board import board_json
from huddle.domain.board import LANE_HOME
from huddle.reports.compute import compute_summary
from huddle.reports.period import parse_month
from huddle.storage.board_data import load_board
from huddle.storage.followups import WITHDRAWN
from huddle.storage.imports import import_file
from tests.intake.samsa_files import row, write_csv

ADMITTED = {"Inskrivningsdatum": "2026-11-02 14:30", "Planerat utskrivningsdatum": "2026-11-09",
            "Utskrivningsklar": "2026-11-08 10:00", "Kommunal hälso- och sjukvård": "Nej",
            "Behov efter utskrivning": "hemtjänst"}


def ready(n: int) -> dict[str, str]:
    return row(n, Status="Utskrivningsklar", **ADMITTED)


def discharged(n: int, moment: str) -> dict[str, str]:
    return row(n, Status="Utskriven", Utskrivningsdatum=moment, **ADMITTED)


class Exports:
    """Imports one export per day, the way a scheduled job does."""

    def __init__(self, db, db_path, folder) -> None:
        self.db, self.db_path, self.folder = db, db_path, folder

    def __call__(self, day: int, *rows: dict[str, str]):
        path = write_csv(self.folder / f"samsa-{day:02d}.csv", rows,
                         preamble=[f"Utdrag 2026-11-{day:02d} 06:00"])
        return import_file(self.db, path, db_path=self.db_path)

    def calls(self) -> dict[str, tuple]:
        """{Ärende-ID: (status, due, outcome)} of every 72-hour call, cancelled ones too."""
        return {case_key: (status, due, outcome) for case_key, status, due, outcome in
                self.db.execute(
                    "SELECT c.case_key, f.status, f.due, f.outcome FROM followups f "
                    "JOIN cases c ON c.id = f.case_id WHERE f.kind = 'call_72h'").fetchall()}

    def board_calls(self, day: date) -> list[dict]:
        """The 72-hour calls on the day's board, seen at noon."""
        board = load_board(self.db, day, now=datetime(day.year, day.month, day.day, 12, 0))
        return [item for item in board_json(board)["lanes"][LANE_HOME]
                if item["kind"] == "call_72h"]

    def report_calls(self, now: datetime) -> dict:
        return compute_summary(self.db, parse_month("2026-11"), now).to_json()["calls_72h"]


@pytest.fixture
def exports(db, db_path, tmp_path) -> Exports:
    return Exports(db, db_path, tmp_path)


A, B = "S-2026-100001", "S-2026-100002"


def test_a_withdrawn_discharge_cancels_the_call_and_keeps_it(exports):
    exports(9, ready(1), ready(2))
    exports(10, discharged(1, "2026-11-09 13:00"), ready(2))
    assert exports.calls() == {A: ("open", "2026-11-12T13:00", None)}

    exports(11, ready(1), ready(2))  # SAMSA took the discharge back
    assert exports.calls() == {A: ("cancelled", "2026-11-12T13:00", WITHDRAWN)}
    case = exports.db.execute("SELECT status, discharged_at FROM cases WHERE case_key = ?",
                              [A]).fetchone()
    assert tuple(case) == ("Utskrivningsklar", None)
    # Past the old deadline, nothing is overdue on the board, and the report counts nothing.
    assert exports.board_calls(date(2026, 11, 13)) == []
    assert exports.report_calls(datetime(2026, 12, 1, 8, 0))["due"] == 0


def test_a_corrected_discharge_moves_the_deadline_on_the_board_and_in_the_report(exports):
    exports(9, ready(2))
    exports(10, discharged(2, "2026-11-09 13:00"))
    exports(11, discharged(2, "2026-11-10 18:45"))
    assert exports.calls() == {B: ("open", "2026-11-13T18:45", None)}
    events = exports.db.execute(
        "SELECT old_value, new_value FROM case_events WHERE kind = 'discharged' ORDER BY id"
    ).fetchall()
    assert [tuple(e) for e in events] == [(None, "2026-11-09T13:00"),
                                          ("2026-11-09T13:00", "2026-11-10T18:45")]

    # 13 November at noon: due tonight, not overdue (the old deadline was the 12th).
    [item] = exports.board_calls(date(2026, 11, 13))
    assert (item["due"], item["overdue"], item["due_today"]) == (
        "2026-11-13T18:45", False, True)
    assert item["discharged"] == "2026-11-10T18:45"
    # The report made on the 13th at noon: not due yet; on the 14th: due and not made.
    assert exports.report_calls(datetime(2026, 11, 13, 12, 0))["due"] == 0
    assert exports.report_calls(datetime(2026, 11, 14, 8, 0))["due"] == 1
    [item] = exports.board_calls(date(2026, 11, 14))
    assert item["overdue"] is True


def test_a_series_withdrawn_then_discharged_again(exports):
    """The board and the monthly report agree at every step."""
    exports(9, ready(1), ready(2))
    exports(10, discharged(1, "2026-11-09 13:00"), discharged(2, "2026-11-09 15:00"))
    exports(11, ready(1), discharged(2, "2026-11-10 18:45"))      # A withdrawn, B corrected
    assert len(exports.board_calls(date(2026, 11, 14))) == 1
    assert exports.report_calls(datetime(2026, 11, 14, 8, 0))["not_made"] == 1

    exports(16, discharged(1, "2026-11-15 10:00"), discharged(2, "2026-11-10 18:45"))
    assert exports.calls() == {A: ("open", "2026-11-18T10:00", None),
                               B: ("open", "2026-11-13T18:45", None)}
    board = exports.board_calls(date(2026, 11, 19))
    assert sorted(item["due"] for item in board) == ["2026-11-13T18:45", "2026-11-18T10:00"]
    assert all(item["overdue"] for item in board)
    month = exports.report_calls(datetime(2026, 12, 1, 8, 0))
    assert (month["due"], month["made"], month["not_made"]) == (2, 0, 2)
    assert exports.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 2


def test_a_made_call_stays_made_when_the_discharge_is_withdrawn(exports):
    from huddle.storage.register import record_call

    exports(9, ready(1))
    exports(10, discharged(1, "2026-11-09 13:00"))
    [call_id] = [r[0] for r in exports.db.execute("SELECT id FROM followups")]
    record_call(exports.db, call_id, called_at=datetime(2026, 11, 10, 9, 0), by="Anna",
                outcome="ok", now=datetime(2026, 11, 10, 9, 5))
    exports(11, ready(1))
    assert exports.calls()[A][0] == "done"


def test_a_discharge_only_missing_its_date_withdraws_nothing(exports):
    exports(9, ready(1))
    exports(10, discharged(1, "2026-11-09 13:00"))
    exports(11, row(1, Status="Utskriven", **ADMITTED))  # "Utskriven", date left out
    assert exports.calls()[A][0] == "open"
