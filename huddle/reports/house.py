"""The house's ruled table, shared by the PDFs that build their own cells (actions, area)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from huddle.reports.pdf import FONT, HEADER_FILL, RULE


def ruled_table(data: list[list[Flowable]], widths: Sequence[float], *, font_size: float,
                padding: float, extra: Sequence[tuple] = ()) -> Table:
    """A table ruled as the house's reports rule theirs: a shaded header row that repeats on
    every page the table runs onto, hairlines between rows, a firm line at the end."""
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, font_size),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        *extra,
    ]))
    return table
