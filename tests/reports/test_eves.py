"""The reports count working days by the same calendar as the board: the eves are days off
unless the setting eves_days_off is turned off (issue 14)."""

from __future__ import annotations

import shutil
from datetime import datetime

from huddle.reports.compute import compute_summary
from huddle.reports.period import parse_month
from huddle.storage.database import open_database
from huddle.storage.settings import save_settings


def test_december_has_20_working_days_with_the_eves_off_and_22_without(
        scenario_db_file, tmp_path):
    path = tmp_path / "december.sqlite"
    shutil.copyfile(scenario_db_file, path)
    db = open_database(path)
    try:
        december, after = parse_month("2026-12"), datetime(2027, 1, 4, 12, 0)
        # 23 weekdays; Juldagen is a public holiday, julafton and nyårsafton are eves.
        assert compute_summary(db, december, after).huddles.working_days == 20
        save_settings(db, eves_days_off=False)
        assert compute_summary(db, december, after).huddles.working_days == 22
    finally:
        db.conn.close()
