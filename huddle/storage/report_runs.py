"""The key figures of each report made (table ``report_runs``, migration 0003)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from huddle.storage.rows import moment_of

if TYPE_CHECKING:
    from huddle.storage.store import Store

Figure = float | int | None


class ReportRun(NamedTuple):
    made_at: datetime
    complete: bool
    figures: dict[str, Figure]


def last_report_run(db: Store, kind: str, period: str, before: datetime) -> ReportRun | None:
    """The latest report of the same period made before ``before``."""
    row = db.execute(
        "SELECT made_at, complete, figures FROM report_runs WHERE kind = ? AND period = ? "
        "AND made_at < ? ORDER BY made_at DESC, id DESC LIMIT 1",
        [kind, period, before.isoformat(timespec="seconds")]).fetchone()
    if row is None:
        return None
    return ReportRun(moment_of(row[0]), bool(row[1]), json.loads(row[2]))


def save_report_run(db: Store, kind: str, period: str, made_at: datetime, complete: bool,
                    formats: str, figures: Mapping[str, Figure]) -> None:
    with db.atomic():
        db.insert("report_runs", {
            "kind": kind, "period": period, "made_at": made_at.isoformat(timespec="seconds"),
            "complete": int(complete), "formats": formats,
            "figures": json.dumps(dict(figures), ensure_ascii=False, sort_keys=True)})
