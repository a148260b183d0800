"""A log review as CSV for the reviewer's spreadsheet, and writing log extracts to disk.

``;`` between fields, UTF-8 with a byte-order mark so that a Swedish Excel reads å, ä and ö;
the columns are the keys of ``huddle log --json``. No reportlab here: the window exports CSV
without loading it.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from huddle.i18n import translate
from huddle.reports.files import write_private_file
from huddle.storage.access_review import LogReview

CSV_COLUMNS = ("at", "user", "workstation", "action", "where", "patient", "name", "detail")


def log_csv(review: LogReview) -> str:
    """Every row of the review, one line each, in the JSON's keys."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in review.entries:
        writer.writerow((entry.at.isoformat(timespec="seconds"), entry.user,
                         entry.workstation or "", entry.action, entry.place or "",
                         entry.personnummer or "", entry.patient or "", entry.detail or ""))
    return out.getvalue()


def write_log_file(path: Path | str, data: bytes | str) -> None:
    """A log extract or export names patients: the owner's alone (``huddle.private_files``)."""
    write_private_file(path, data, translate(
        "log_review", "Loggutdraget kunde inte sparas som {path} ({reason}). Stäng filen "
        "om den är öppen i ett annat program, eller välj en annan mapp."))


__all__ = ["CSV_COLUMNS", "log_csv", "write_log_file"]
