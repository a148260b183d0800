"""The month's measures for the region's BI: one row per measure.

Plain and machine-first: UTF-8 without a byte-order mark, ``;`` between fields (the Swedish
spreadsheet default), ``.`` as decimal point, an empty field for "no value" (a share of
nothing). The measure names are the JSON keys of ``huddle report ... --json``, joined with
dots below their section (``attendance.aldre_ssk.percent``); see ``docs/reports.md``.
"""

from __future__ import annotations

import csv
import io

from huddle.reports.summary import Summary

CSV_COLUMNS = ("health_centre", "period", "first_day", "last_day", "as_of", "section",
               "measure", "value")


def _value(value: float | int | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def measures_csv(summary: Summary) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    period = summary.period
    for section, measure, value in summary.measures():
        writer.writerow((summary.health_centre, period.key, period.first.isoformat(),
                         period.last.isoformat(), summary.as_of.isoformat(), section,
                         measure, _value(value)))
    return out.getvalue()
