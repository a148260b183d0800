"""The area report as an A4 PDF for the managers' meeting (reportlab; no queries here).

The house style of :mod:`huddle.reports.pdf`: DejaVu Sans, the header with who the report is
about and its title, the footer with the time it was made and "Sida X av Y", tables that
repeat their header row. Each health centre gets a column, the area's total the last one;
with more than three health centres the columns are shared out over several tables (each
with the area's column), so the text stays at 9 pt on a portrait page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from huddle import __version__
from huddle.i18n import tr_label, tr_noop, translate
from huddle.reports.area import AreaCell, AreaMeasure, AreaReport
from huddle.reports.format import DASH, NBSP, fmt_long_day, fmt_made
from huddle.reports.pdf import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    FRAME_MARGIN,
    PageFurniture,
    numbered_canvas,
    register_fonts,
    ruled_table,
    stylesheet,
)
from huddle.reports.regional import UNIT_PERCENT, swedish_number

CENTRES_PER_TABLE = 3
MEASURE_WIDTH = 62 * mm
TOTAL_FILL = colors.Color(0.94, 0.94, 0.94)

SECTION_TITLES = {
    "huddles": tr_noop("Dagliga avstämningar"),
    "attendance": tr_noop("Närvaro per roll (andel av hållna avstämningar)"),
    "decisions": tr_noop("Beslut"),
    "escalations": tr_noop("Eskalationer"),
    "samsa": tr_noop("SAMSA – in- och utskrivning"),
    "calls_72h": tr_noop("Telefonuppföljning efter utskrivning"),
    "followups": tr_noop("Uppföljning i hemmet"),
    "cfs": "CFS",
    "sip": "SIP",
    "visits": tr_noop("Besök på akutmottagning"),
}


def area_title() -> str:
    return translate("area", "Områdesrapport")


def _styles() -> StyleSheet1:
    sheet = stylesheet()
    base = sheet["Body"]
    for name, font, align in (("AreaCell", FONT, 0), ("AreaHead", FONT_BOLD, 0),
                              ("AreaNumber", FONT, TA_RIGHT),
                              ("AreaHeadNumber", FONT_BOLD, TA_RIGHT)):
        sheet.add(ParagraphStyle(name, parent=base, fontName=font, fontSize=9, leading=11.5,
                                 alignment=align))
    sheet.add(ParagraphStyle("AreaParts", parent=base, fontSize=9, leading=11.5,
                             alignment=TA_RIGHT, textColor=colors.Color(0.3, 0.3, 0.3)))
    sheet.add(ParagraphStyle("AreaNote", parent=base, fontSize=9, leading=12))
    return sheet


def _number(value: Decimal | None) -> str:
    if value is None:
        return DASH
    text = swedish_number(value)
    whole, _, decimals = text.partition(",")
    grouped = f"{int(whole):,}".replace(",", NBSP) if whole.isdigit() else whole
    return f"{grouped},{decimals}" if decimals else grouped


def _value(measure: AreaMeasure, cell: AreaCell | None) -> str:
    if cell is None:
        return DASH
    text = _number(cell.value)
    if cell.value is not None and measure.unit == UNIT_PERCENT:
        text += f"{NBSP}%"
    return text


def _parts(cell: AreaCell | None) -> str:
    """'18 av 21' under a share or a mean: what it is made of."""
    if cell is None or cell.denominator is None:
        return ""
    of = translate("area", "av")
    return f"{_number(cell.numerator)} {of} {_number(cell.denominator)}"


class _Story:
    def __init__(self, report: AreaReport, styles: StyleSheet1) -> None:
        self.r, self.st = report, styles
        self.flow: list[Flowable] = []

    def p(self, text: str, style: str = "AreaNote") -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def build(self) -> list[Flowable]:
        r = self.r
        self.flow.append(self.p(area_title(), "Title"))
        self.flow.append(self.p(translate("area", "{period} · {n} vårdcentraler").format(
            period=r.label, n=len(r.centres)), "Subtitle"))
        self.flow.append(self.p(translate(
            "area", "Underlag för områdets månadsmöte: vårdcentralernas siffror sida vid sida. "
            "Områdets värde är räknat från summan av täljare och nämnare, inte som ett medel "
            "av vårdcentralernas värden. Under en andel eller ett medel står vad den är "
            "gjord av (täljare av nämnare).")))
        self.flow.append(Spacer(1, 4))
        self.flow.append(self.p(translate(
            "area", "Rapporten innehåller bara antal och andelar från varje vårdcentrals "
            "regionala export: inga namn, personnummer eller andra uppgifter som pekar ut en "
            "patient.")))
        for centre in r.incomplete:
            self.flow.append(self.p(translate(
                "area", "Perioden pågick när {name} gjorde sin export: siffrorna gäller till "
                "och med {day}.").format(name=centre.name, day=fmt_long_day(centre.as_of)),
                "Notice"))
        self.flow.append(Spacer(1, 4))
        self._centres()
        sections: dict[str, list[AreaMeasure]] = {}
        for measure in r.measures:
            sections.setdefault(measure.key.split(".")[0], []).append(measure)
        for section, measures in sections.items():
            self._section(tr_label(SECTION_TITLES.get(section, section)), measures)
        if any(cell is None for measure in r.measures for cell in measure.cells):
            self.flow.append(self.p(translate(
                "area", "– i en vårdcentrals kolumn: måttet finns inte i dess fil (en äldre "
                "version av Huddle eller en veckorapport). Områdets värde räknas då på de "
                "vårdcentraler som har måttet.")))
        return self.flow

    def _table(self, data: list[list[Flowable]], widths: Sequence[float],
               extra: Sequence[tuple] = ()) -> Table:
        return ruled_table(data, widths, font_size=9, padding=2.5, extra=extra)

    def _centres(self) -> None:
        head = [self.p(t, "AreaHead") for t in (
            translate("area", "Vårdcentral"), translate("area", "Kod"),
            translate("area", "Siffrorna gäller till och med"), translate("area", "Fil"))]
        rows = [[self.p(c.name, "AreaCell"), self.p(c.code or DASH, "AreaCell"),
                 self.p(fmt_long_day(c.as_of), "AreaCell"), self.p(c.file, "AreaCell")]
                for c in self.r.centres]
        self.flow.append(KeepTogether([
            self.p(translate("area", "Vårdcentraler i rapporten"), "Heading"),
            self._table([head, *rows], [44 * mm, 58 * mm, 32 * mm, CONTENT_WIDTH - 134 * mm])]))

    def _cell(self, measure: AreaMeasure, cell: AreaCell | None, bold: bool) -> list[Flowable]:
        style = "AreaHeadNumber" if bold else "AreaNumber"
        cells: list[Flowable] = [self.p(_value(measure, cell), style)]
        parts = _parts(cell)
        if parts:
            cells.append(self.p(parts, "AreaParts"))
        return cells

    def _section(self, title: str, measures: Sequence[AreaMeasure]) -> None:
        centres = self.r.centres
        count = -(-len(centres) // CENTRES_PER_TABLE)   # tables, each as full as the others
        size = -(-len(centres) // count)
        groups = [list(range(i, min(i + size, len(centres))))
                  for i in range(0, len(centres), size)]
        column = (CONTENT_WIDTH - MEASURE_WIDTH) / (size + 1)   # the same in every table
        tables: list[Flowable] = []
        for group in groups:
            head = [self.p(translate("area", "Mått"), "AreaHead"),
                    *(self.p(centres[i].name, "AreaHeadNumber") for i in group),
                    self.p(translate("area", "Området"), "AreaHeadNumber")]
            rows = [[self.p(m.label, "AreaCell"),
                     *(self._cell(m, m.cells[i], False) for i in group),
                     self._cell(m, m.total, True)] for m in measures]
            last = len(group) + 1
            tables += [self._table([head, *rows],
                                   [MEASURE_WIDTH, *([column] * (len(group) + 1))],
                                   [("BACKGROUND", (last, 1), (last, -1), TOTAL_FILL)]),
                       Spacer(1, 4)]
        heading = self.p(title, "Heading")
        if len(measures) <= 12:
            self.flow.append(KeepTogether([heading, *tables]))
        else:
            self.flow += [CondPageBreak(50 * mm), heading, *tables]


def render_area_pdf(report: AreaReport) -> bytes:
    register_fonts()
    styles = _styles()
    title = f"{area_title()} {report.label}"
    names = ", ".join(centre.name for centre in report.centres)
    who = names if len(names) <= 60 else translate("area", "{n} vårdcentraler").format(
        n=len(report.centres))
    furniture = PageFurniture(
        health_centre=who, title=title,
        made=translate("area", "Skapad {made} · Huddle {version}").format(
            made=fmt_made(report.made_at), version=__version__),
        note=translate("area", "Endast antal och andelar, inga patientuppgifter"))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=FRAME_MARGIN, rightMargin=FRAME_MARGIN,
        topMargin=22 * mm, bottomMargin=22 * mm, title=f"{title} – {who}", author="Huddle",
        subject=translate("area", "Områdesrapport för chefernas möte"),
        creator=f"Huddle {__version__}", lang="sv-SE", initialFontName=FONT)
    doc.build(_Story(report, styles).build(), canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()
