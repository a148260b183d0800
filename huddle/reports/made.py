"""A report was made: the one path the command line and the Rapporter dialog both take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huddle.reports.measures import kept_figures
from huddle.reports.summary import Summary
from huddle.storage.audit import log_report_made
from huddle.storage.report_runs import save_report_run

if TYPE_CHECKING:
    from huddle.storage.store import Store


def report_made(db: Store, summary: Summary, formats: str) -> None:
    """Log the export (access log, no patient) and keep the report's key figures, so the next
    report of the same period can say what changed."""
    period = summary.period
    log_report_made(db, f"{period.kind} {period.key} {formats}")
    save_report_run(db, period.kind, period.key, summary.made_at, summary.complete, formats,
                    kept_figures(summary.to_json()))
