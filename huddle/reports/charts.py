"""Run charts that survive a black-and-white printer.

One measure per chart, twelve months along the bottom. The series is a solid black line with
round markers, the median (the centre line of a run chart) is dashed, a goal is dotted: three
line styles, so nothing depends on colour. Months the database does not cover leave a gap.
A run chart's median means something only from six points on (Provost & Murray), so with
fewer the dashed line is left out. Text is 9 pt; the numbers (latest value, median, goal) are
written in a line under the title, never among the points, so no label can cover the data.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from huddle.i18n import translate
from huddle.reports.format import NBSP, fmt_dec

GRID = colors.Color(0.72, 0.72, 0.72)
INK = colors.black
TEXT_PT = 9
MEDIAN_FROM = 6   # points needed before a median line is drawn



@dataclass(frozen=True)
class ChartPoint:
    label: str            # 'nov'
    year_label: str       # '2026' under January and the first month, else ''
    value: float | None


def _nice_max(value: float) -> float:
    """A top for the y axis whose four gridline steps are round whole numbers:
    4 × (1, 2 or 5 × 10^k, or 25 × 10^k)."""
    quarter = max(value, 4) / 4
    exponent = math.floor(math.log10(quarter))
    for step in (1, 2, 2.5, 5, 10):
        candidate = step * 10 ** exponent
        if candidate >= quarter and float(candidate).is_integer():
            return 4 * candidate
    return 4 * 10 ** (exponent + 1)


def _value_text(value: float, percent: bool) -> str:
    if percent:
        return f"{fmt_dec(value)}{NBSP}%"
    return fmt_dec(value).removesuffix(",0")


def run_chart(title: str, points: Sequence[ChartPoint], *, percent: bool,
              goal: float | None = None, width: float = 240, height: float = 150,
              font: str = "Helvetica", bold_font: str = "Helvetica-Bold") -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = font   # the state every string starts from (not Helvetica)
    drawing.add(String(0, height - 10, title, fontName=bold_font, fontSize=TEXT_PT,
                       fillColor=INK))
    left, right, bottom, top = 30, width - 6, 26, height - 30
    values = [p.value for p in points if p.value is not None]
    drawing.add(Rect(left, bottom, right - left, top - bottom, strokeColor=GRID,
                     strokeWidth=0.5, fillColor=None))
    if not values:
        drawing.add(String((left + right) / 2, (bottom + top) / 2,
                           translate("reports", "Inga uppgifter ännu"), fontName=font,
                           fontSize=TEXT_PT,
                           textAnchor="middle", fillColor=INK))
        _x_labels(drawing, points, left, right, bottom, font)
        return drawing
    top_value = 100.0 if percent else _nice_max(max(values + [goal or 0]))

    def y_of(value: float) -> float:
        return bottom + (top - bottom) * value / top_value

    step = (right - left) / len(points)

    def x_of(index: int) -> float:
        return left + step * (index + 0.5)

    for tick in range(5):
        value = top_value * tick / 4
        y = y_of(value)
        if 0 < tick < 4:
            drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(String(left - 3, y - 3, _value_text(value, False), fontName=font,
                           fontSize=TEXT_PT, textAnchor="end", fillColor=INK))
    _x_labels(drawing, points, left, right, bottom, font)

    # The numbers are named under the title, where no point can cover them.
    last_value = next(p.value for p in reversed(points) if p.value is not None)
    legend = [translate("reports", "senast") + " " + _value_text(last_value, percent)]
    if goal is not None:
        legend.append(translate("reports", "mål") + " " + _value_text(goal, percent))
        y = y_of(goal)
        drawing.add(Line(left, y, right, y, strokeColor=INK, strokeWidth=0.8,
                         strokeDashArray=[0.8, 1.6]))
    if len(values) >= MEDIAN_FROM:
        median = statistics.median(values)
        legend.append(translate("reports", "median") + " " + _value_text(median, percent))
        y = y_of(median)
        drawing.add(Line(left, y, right, y, strokeColor=INK, strokeWidth=0.7,
                         strokeDashArray=[4, 2.5]))
    drawing.add(String(0, height - 21, " · ".join(legend), fontName=font, fontSize=TEXT_PT,
                       fillColor=INK))

    run: list[float] = []
    for index, point in enumerate(points):
        if point.value is None:
            _flush(drawing, run)
            run = []
            continue
        run += [x_of(index), y_of(point.value)]
    _flush(drawing, run)
    for index, point in enumerate(points):
        if point.value is not None:
            drawing.add(Circle(x_of(index), y_of(point.value), 1.9, fillColor=INK,
                               strokeColor=INK, strokeWidth=0.5))
    return drawing


def _flush(drawing: Drawing, run: list[float]) -> None:
    if len(run) >= 4:
        drawing.add(PolyLine(run, strokeColor=INK, strokeWidth=1.2))


def _x_labels(drawing: Drawing, points: Sequence[ChartPoint], left: float, right: float,
              bottom: float, font: str) -> None:
    step = (right - left) / max(len(points), 1)
    for index, point in enumerate(points):
        x = left + step * (index + 0.5)
        drawing.add(String(x, bottom - 10, point.label, fontName=font, fontSize=TEXT_PT,
                           textAnchor="middle", fillColor=INK))
        if point.year_label:
            drawing.add(String(x, bottom - 20, point.year_label, fontName=font,
                            fontSize=TEXT_PT, textAnchor="middle", fillColor=INK))
