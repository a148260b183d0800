"""Rendering a summary as an A4 PDF for print (reportlab; no queries here).

The renderer owns a stylesheet of named paragraph styles, an embedded TTF (DejaVu Sans from
``resources/fonts``, so å ä ö print everywhere), a header with the health centre and the
period and a footer with the time the report was made and "Sida X av Y" on every page, tables
that repeat their header row when they run onto a new page, and run charts drawn in black
line styles only.

Over 400 lines on purpose: one document whose sections are short methods sharing the story's
table, note and section helpers; page 1 and the quarter's and year's own pages are in
``pdf_overview.py``.

Why one module over 400 lines: one renderer — its stylesheet, page template and each section
of the weekly, monthly, quarterly and yearly report — drawing one summary; charts are in
``charts``, tables' style in ``ruled_table``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from huddle import __version__
from huddle.domain import cfs as cfs_rules
from huddle.domain.board import FOLLOWUP_REASONS
from huddle.domain.roles import ACTOR_LABELS, ROLE_LABELS
from huddle.errors import KnownError
from huddle.i18n import tr_label, tr_noop, translate
from huddle.paths import resources_dir
from huddle.reports.charts import ChartPoint, run_chart
from huddle.reports.format import (
    DASH,
    NBSP,
    fmt_day,
    fmt_dec,
    fmt_int,
    fmt_long_day,
    fmt_made,
    fmt_minutes,
    fmt_part,
    fmt_percent,
    month_abbreviation,
)
from huddle.reports.pdf_overview import months_side_by_side, nara_vard, overview
from huddle.reports.period import MONTHLY, QUARTERLY, YEARLY
from huddle.reports.summary import AGE_BANDS, Summary, percent

AGE_BAND_LABELS: dict[str, str] = {"under_65": tr_noop("yngre än 65 år"), "65_79": tr_noop("65–79 år"),
                                   "80_plus": tr_noop("80 år och äldre")}

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
# reportlab's frame keeps 6 pt of padding inside the document's margins; a report whose tables
# are CONTENT_WIDTH wide sets its margins that much narrower, so that text and tables line up
# with the header's and footer's rules instead of running 6 pt past the right one.
FRAME_PADDING = 6
FRAME_MARGIN = MARGIN - FRAME_PADDING
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
RULE = colors.Color(0.45, 0.45, 0.45)



# ---------------------------------------------------------------- fonts and styles


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except OSError as exc:
        raise KnownError(translate("reports",
            "Typsnittet för rapporterna saknas i {folder}. Installera om Huddle."
        ).format(folder=folder)) from exc
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


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


def stylesheet() -> StyleSheet1:
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=FONT, fontSize=9.5, leading=12.5,
                          textColor=colors.black, alignment=TA_LEFT)
    sheet.add(base)
    sheet.add(ParagraphStyle("Title", parent=base, fontName=FONT_BOLD, fontSize=17,
                             leading=21, spaceAfter=2))
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontSize=10.5, leading=14,
                             spaceAfter=6))
    sheet.add(ParagraphStyle("Heading", parent=base, fontName=FONT_BOLD, fontSize=11.5,
                             leading=15, spaceBefore=10, spaceAfter=4))
    sheet.add(ParagraphStyle("Subheading", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                             leading=12.5, spaceBefore=6, spaceAfter=3))
    sheet.add(ParagraphStyle("Note", parent=base, fontSize=9, leading=11.5, spaceBefore=3,
                             textColor=colors.Color(0.2, 0.2, 0.2)))
    sheet.add(ParagraphStyle("Notice", parent=base, fontName=FONT_BOLD, fontSize=9.5,
                             leading=12.5, borderColor=colors.black, borderWidth=0.8,
                             borderPadding=5, spaceBefore=6, spaceAfter=10))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=11))
    sheet.add(ParagraphStyle("CellHead", parent=base, fontName=FONT_BOLD, fontSize=9,
                             leading=10.5))
    sheet.add(ParagraphStyle("CellNumber", parent=base, fontSize=9, leading=11,
                             alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellHeadNumber", parent=base, fontName=FONT_BOLD,
                             fontSize=9, leading=11, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("CellSmall", parent=base, fontSize=9, leading=11))
    return sheet


# ---------------------------------------------------------------- page furniture


@dataclass(frozen=True)
class _Furniture:
    health_centre: str
    title: str
    made: str
    note: str = ""        # a second footer line


FOOTER_GAP = 5 * mm


def footer_size(made: str, page_label: str, size: float = 9) -> float:
    """The font size at which the footer's line ``made`` fits beside "Sida X av Y" with a gap:
    ``size`` when it does, else smaller (never below 6), so the two never run into each other
    (a longer language, a longer note)."""
    room = PAGE_WIDTH - 2 * MARGIN - pdfmetrics.stringWidth(page_label, FONT, size) - FOOTER_GAP
    width = pdfmetrics.stringWidth(made, FONT, size)
    return size if width <= room else max(6.0, size * room / width)


def _canvas_class(furniture: _Furniture) -> type[pdf_canvas.Canvas]:
    """A canvas that holds its pages back until the end, so each can say "Sida X av Y"."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furnish(number, total)
                super().showPage()
            super().save()

        def _furnish(self, number: int, total: int) -> None:
            top = PAGE_HEIGHT - 12 * mm
            self.setFillColor(colors.black)
            self.setFont(FONT_BOLD, 9.5)
            self.drawString(MARGIN, top, furniture.health_centre)
            self.setFont(FONT, 9.5)
            self.drawRightString(PAGE_WIDTH - MARGIN, top, furniture.title)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 3 * mm, PAGE_WIDTH - MARGIN, top - 3 * mm)
            bottom = 11 * mm
            self.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
            page_label = translate("reports", "Sida {page} av {pages}").format(
                page=number, pages=total)
            self.setFont(FONT, 9)
            self.drawRightString(PAGE_WIDTH - MARGIN, bottom, page_label)
            self.setFont(FONT, footer_size(furniture.made, page_label))
            self.drawString(MARGIN, bottom, furniture.made)
            self.setFont(FONT, 9)
            if furniture.note:
                self.drawString(MARGIN, bottom - 4.5 * mm, furniture.note)

    return NumberedCanvas


# ---------------------------------------------------------------- the document


def report_title(summary: Summary) -> str:
    kind = summary.period.kind
    if kind == QUARTERLY:
        return translate("reports", "Kvartalssammanställning")
    if kind == YEARLY:
        return translate("reports", "Årssammanställning")
    if kind == MONTHLY:
        return translate("reports", "Månadssammanställning")
    return translate("reports", "Veckosammanställning")


def render_pdf(summary: Summary) -> bytes:
    """The summary as PDF bytes."""
    register_fonts()
    styles = stylesheet()
    title = f"{report_title(summary)} {summary.period.label}"
    furniture = _Furniture(
        health_centre=summary.health_centre or translate("reports", "Vårdcentral (namn saknas)"),
        title=title,
        made=translate("reports", "Skapad {made} · Huddle {version}").format(
            made=fmt_made(summary.made_at), version=__version__),
        note=translate("reports", "Endast antal och andelar, inga patientuppgifter"),
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=FRAME_MARGIN, rightMargin=FRAME_MARGIN,
        topMargin=22 * mm, bottomMargin=22 * mm, title=f"{title} – {furniture.health_centre}",
        author="Huddle", subject=translate("reports", "Daglig avstämning: sammanställning för chefer"),
        creator=f"Huddle {__version__}", lang="sv-SE",
        # Otherwise every page declares Helvetica, a font the PDF does not carry.
        initialFontName=FONT,
    )
    doc.build(_Story(summary, styles).build(), canvasmaker=_canvas_class(furniture))
    return buffer.getvalue()


class _Story:
    width = CONTENT_WIDTH

    def __init__(self, summary: Summary, styles: StyleSheet1) -> None:
        self.s, self.st = summary, styles
        self.flow: list[Flowable] = []

    # -- building blocks
    def p(self, text: str, style: str = "Body") -> Paragraph:
        return Paragraph(text, self.st[style])

    def heading(self, text: str) -> Paragraph:
        return self.p(escape(text), "Heading")

    def note(self, text: str) -> Paragraph:
        return self.p(escape(text), "Note")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str | Flowable]],
              widths: Sequence[float], numeric: Sequence[int] = ()) -> Table:
        """A ruled table whose header row repeats on every page it runs onto."""
        def cell(value: str | Flowable, column: int, head: bool) -> Flowable:
            if not isinstance(value, str):
                return value
            style = ("CellHead" if head else "Cell") if column not in numeric else \
                ("CellHeadNumber" if head else "CellNumber")
            return Paragraph(escape(value), self.st[style])

        data = [[cell(v, i, True) for i, v in enumerate(header)]]
        data += [[cell(v, i, False) for i, v in enumerate(row)] for row in rows]
        return ruled_table(data, widths, font_size=9, padding=2.5)

    def goal(self, key: str) -> str:
        """'≥ 85,0 %': the goal the settings hold for a page-1 figure (the same as page 1
        shows), or nothing."""
        goal = next((f.goal for f in self.s.key_figures if f.key == key), None)
        return f"≥{NBSP}{fmt_percent(goal)}" if goal is not None else ""

    def measures(self, rows: Sequence[tuple[str, str] | tuple[str, str, str]]) -> Table:
        with_goal = any(len(row) == 3 and row[2] for row in rows)
        if with_goal:
            return self.table(
                [translate("reports", "Mått"), translate("reports", "Värde"), translate("reports", "Mål")],
                [(r[0], r[1], r[2] if len(r) == 3 else "") for r in rows],
                [CONTENT_WIDTH - 70 * mm, 46 * mm, 24 * mm], numeric=(1, 2))
        return self.table([translate("reports", "Mått"), translate("reports", "Värde")], [(r[0], r[1]) for r in rows],
                          [CONTENT_WIDTH - 46 * mm, 46 * mm], numeric=(1,))

    def section(self, title: str, *flowables: Flowable, keep: bool = True) -> None:
        if keep:
            self.flow.append(KeepTogether([self.heading(title), *flowables]))
        else:
            self.flow += [CondPageBreak(40 * mm), self.heading(title), *flowables]

    # -- the story
    def build(self) -> list[Flowable]:
        s = self.s
        self.flow.append(self.p(escape(report_title(s)), "Title"))
        self.flow.append(self.p(escape(
            f"{s.health_centre} · {s.period.label} ({s.period.span})"), "Subtitle"))
        if s.period.kind == QUARTERLY:
            purpose = translate("reports", "Kvartalets uppföljning: månaderna sammanlagda, "
                                "Nära vårds indikatorer som lokal uppskattning och läget vid "
                                "kvartalets slut.")
        elif s.period.kind == YEARLY:
            purpose = translate("reports", "Årets sammanställning av samverkan kring de "
                                "sköra äldre: årets månader sida vid sida, mål som nåtts, "
                                "eskalationer och svaren på dem.")
        elif s.monthly:
            purpose = translate("reports", "Underlag för månadsmötet mellan första linjens chefer: samverkan, "
                         "följsamhet till CFS och SIP, processtatistik för in- och "
                         "utskrivning och behov av uppföljning i hemmet.")
        else:
            purpose = translate("reports", "Veckans dagliga avstämningar sammanfattade. Det som behöver "
                         "chefernas beslut står under Eskalationer och lyfts till "
                         "månadsmötet.")
        self.flow.append(self.p(escape(purpose)))
        self.flow.append(self.note(translate("reports",
            "Rapporten innehåller bara antal och andelar: inga namn, personnummer eller "
            "andra uppgifter som pekar ut en patient.")))
        if not s.complete:
            self.flow.append(self.p(escape(translate("reports",
                "Perioden pågår: siffrorna gäller till och med {day}."
            ).format(day=fmt_long_day(s.as_of))), "Notice"))
        overview(self)
        if not s.has_data:
            return self.flow
        months_side_by_side(self)
        nara_vard(self)
        if s.period.kind in (QUARTERLY, YEARLY):
            self.flow.append(self.note(translate(
                "reports", "Antal under perioden är summan av månaderna; andelar och medel "
                "är räknade om från de summerade delarna; medianer och antal olika ärenden "
                "gäller hela perioden; det som står 'vid periodens slut' gäller sista dagen.")))
        self._huddles()
        self._attendance()
        self._decisions()
        self._escalations()
        self._samsa()
        self._calls()
        self._followups()
        self._visits()
        if s.cfs is not None and s.sip is not None:
            self._cfs_sip()
        if s.trend:
            self._trend()
        return self.flow

    def _huddles(self) -> None:
        h = self.s.huddles
        self.section(translate("reports", "Dagliga avstämningar"), self.measures([
            (translate("reports", "Arbetsdagar (måndag–fredag utom helgdagar)"), fmt_int(h.working_days)),
            (translate("reports", "Hållna avstämningar"), fmt_int(h.held)),
            (translate("reports", "Arbetsdagar med avstämning"),
             fmt_part(h.held_on_working_days, h.working_days, h.held_percent)),
            (translate("reports", "Längd, median"), fmt_minutes(h.duration_median_minutes)),
            (translate("reports", "Längd, längsta"), fmt_minutes(h.duration_longest_minutes)),
            (translate("reports", "Avslutade inom {n} minuter").format(n=h.planned_minutes),
             fmt_part(h.within_time, h.timed, h.within_time_percent)),
        ]))

    def _attendance(self) -> None:
        # "Annan" is a catch-all, not a party to the huddle: a row of zeros for it says nothing.
        rows = [(tr_label(ROLE_LABELS.get(a.role, a.role)), fmt_int(a.huddles),
                 fmt_percent(a.percent)) for a in self.s.attendance
                if a.role != "annan" or a.huddles]
        self.section(translate("reports", "Närvaro per roll"), self.table(
            [translate("reports", "Roll"), translate("reports", "Avstämningar"), translate("reports", "Andel av hållna")], rows,
            [CONTENT_WIDTH - 70 * mm, 35 * mm, 35 * mm], numeric=(1, 2)))

    def _decisions(self) -> None:
        d = self.s.decisions
        self.section(translate("reports", "Beslut"), self.measures([
            (translate("reports", "Fattade under perioden"), fmt_int(d.made)),
            (translate("reports", "Avslutade under perioden"), fmt_int(d.closed)),
            (translate("reports", "Öppna vid periodens slut"), fmt_int(d.open_at_end)),
            (translate("reports", "varav försenade (passerat sista datum)"), fmt_int(d.overdue_at_end)),
        ]))

    def _escalations(self) -> None:
        e = self.s.escalations
        flow: list[Flowable] = [self.measures([
            (translate("reports", "Lyfta till chefer under perioden"), fmt_int(e.raised)),
            (translate("reports", "Besvarade under perioden"), fmt_int(e.answered)),
            (translate("reports", "Obesvarade vid periodens slut"), fmt_int(e.unanswered_at_end)),
            (translate("reports", "Dagar från eskalering till svar, median"), fmt_dec(e.answer_days_median)),
        ])]
        self.section(translate("reports", "Eskalationer"), *flow)
        if not e.items:
            return
        rows = []
        for item in e.items:
            what = escape(item.question or translate(
                "reports", "(ingen fråga angiven till cheferna)"))
            if item.escalated_to:
                to = translate("reports", "Till:")
                what += f"<br/>{escape(to)} {escape(tr_label(item.escalated_to))}"
            if item.answered_on:
                answer = f"<b>{escape(fmt_day(item.answered_on))}</b>: " \
                         f"{escape(item.answer or '')}"
            else:
                unanswered = translate("reports", "Obesvarad")
                answer = f"<b>{escape(unanswered)}</b>"
            rows.append((fmt_day(item.raised_on), Paragraph(what, self.st["Cell"]),
                         tr_label(ROLE_LABELS.get(item.responsible_role, item.responsible_role)),
                         Paragraph(answer, self.st["Cell"])))
        self.flow.append(Spacer(1, 4))
        self.flow.append(self.p(escape(translate("reports", "Eskalationer med svar")), "Subheading"))
        self.flow.append(self.table(
            [translate("reports", "Lyft"), translate("reports", "Fråga till cheferna"), translate("reports", "Ansvarig"), translate("reports", "Svar")], rows,
            [26 * mm, 60 * mm, 38 * mm, CONTENT_WIDTH - 124 * mm]))
        self.flow.append(self.note(translate("reports",
            "Listan tar med det som lyfts under perioden, det som besvarats under perioden "
            "och allt som ännu är obesvarat. Namn i fritext är ersatta med [namn].")))

    def _samsa(self) -> None:
        m = self.s.samsa
        self.section(translate("reports", "SAMSA – in- och utskrivning"), self.measures([
            (translate("reports", "Inskrivningar"), fmt_int(m.admissions)),
            (translate("reports", "Utskrivningar"), fmt_int(m.discharges)),
            (translate("reports", "Vårdtillfällen med utskrivningsklara dagar"), fmt_int(m.ready_days_episodes)),
            (translate("reports", "Utskrivningsklara dagar, totalt"), fmt_int(m.ready_days_total)),
            (translate("reports", "Utskrivningsklara dagar, medel per vårdtillfälle"), fmt_dec(m.ready_days_mean)),
            (translate("reports", "Flyttade planerade utskrivningsdatum"), fmt_int(m.pud_moves)),
            (translate("reports", "Ärenden med flyttat datum"), fmt_int(m.pud_moved_cases)),
            (translate("reports", "Återinskrivningar inom 30 dagar"), fmt_int(m.readmissions_30d)),
            (translate("reports", "… per utskrivning"),
             fmt_part(m.readmissions_30d, m.discharges, m.readmissions_percent)),
            *[(translate("reports", "… bland {band}").format(band=tr_label(AGE_BAND_LABELS[band])),
               fmt_part(m.readmissions_by_age[band], m.discharges_by_age[band],
                        percent(m.readmissions_by_age[band], m.discharges_by_age[band])))
              for band in AGE_BANDS if m.readmissions_by_age and m.discharges_by_age],
            (translate("reports", "Utskrivningsklara dagar utöver kommunens betalningsansvar "
                       "({n} dagar)").format(n=m.payment_days), fmt_int(m.ready_days_beyond_limit)),
            (translate("reports", "Vårdtillfällen med dagar utöver betalningsansvaret"),
             fmt_int(m.episodes_beyond_limit)),
            (translate("reports", "Utskrivningsklara med SIP-kallelse inom {n} dagar").format(
                n=m.sip_invite_days),
             fmt_part(m.sip_invited_in_time, m.ready_cases, m.sip_invited_in_time_percent)),
            (translate("reports", "Utskrivningar med fast vårdkontakt"),
             fmt_part(m.discharges_with_contact, m.discharges, m.contact_percent)),
            (translate("reports", "Inneliggande vid periodens slut"), fmt_int(m.in_hospital_at_end)),
            (translate("reports", "… varav utskrivningsklara och väntar"),
             fmt_int(m.ready_waiting_at_end)),
        ]), self.note(translate("reports",
            "Utskrivningsklara dagar räknas över vårdtillfällen som avslutats under perioden, "
            "kalenderdagar från utskrivningsklar till utskriven, och bara vårdtillfällen med "
            "minst en dag (det nationella måttet). Ett flyttat datum är en ändring från ett "
            "datum till ett annat mellan två importer; ett datum som sätts för första gången "
            "räknas inte.")))

    def _calls(self) -> None:
        c = self.s.calls_72h
        self.section(translate("reports", "Telefonuppföljning inom {hours} timmar efter utskrivning").format(
            hours=c.hours), self.measures([
                (translate("reports", "Samtal som skulle ringas under perioden"), fmt_int(c.due)),
                (translate("reports", "Ringda"), fmt_int(c.made)),
                (translate("reports", "Ringda i tid"), fmt_part(c.in_time, c.due, c.in_time_percent),
                 self.goal("calls_72h.in_time_percent")),
                (translate("reports", "Inte ringda"), fmt_int(c.not_made)),
            ]))

    def _followups(self) -> None:
        f = self.s.followups
        reasons = [(tr_label(FOLLOWUP_REASONS.get(code, code)), fmt_int(n))
                   for code, n in f.by_reason.items()]
        # "Distriktsläkare/sjuksköterska/rehab" breaks at its slashes, not inside "rehab".
        actors = [(tr_label(ACTOR_LABELS.get(code, code)).replace("/", " / "), fmt_int(n))
                  for code, n in f.by_actor.items()]
        half = (CONTENT_WIDTH - 6 * mm) / 2
        side_by_side = Table(
            [[self.table([translate("reports", "Orsak"), translate("reports", "Nya behov")], reasons,
                         [half - 24 * mm, 24 * mm], numeric=(1,)),
              self.table([translate("reports", "Vem följer upp"), translate("reports", "Nya behov")], actors,
                         [half - 24 * mm, 24 * mm], numeric=(1,))]],
            colWidths=[half + 6 * mm, half], hAlign="LEFT")
        side_by_side.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                          ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        self.section(translate("reports", "Uppföljning i hemmet"), self.measures([
            (translate("reports", "Nya behov under perioden"), fmt_int(f.created)),
            (translate("reports", "Behov med sista datum under perioden"), fmt_int(f.due)),
            (translate("reports", "Klara senast sista datum"), fmt_part(f.done_by_due, f.due,
                                                       f.done_by_due_percent)),
            (translate("reports", "Försenade och ej klara vid periodens slut"), fmt_int(f.open_overdue_at_end)),
        ]), Spacer(1, 6), side_by_side)

    def _visits(self) -> None:
        v = self.s.visits
        if v is None:
            return
        self.section(translate("reports", "Akutbesök, 80 år och äldre"), self.measures([
            (translate("reports", "Besök på akutmottagning"), fmt_int(v.ed_visits_80_plus)),
            (translate("reports", "Olika personer"), fmt_int(v.ed_patients_80_plus)),
            (translate("reports", "Patienter 80+ i registret vid periodens slut"),
             fmt_int(v.patients_80_plus)),
            (translate("reports", "Besök per 1 000 patienter 80+"), fmt_dec(v.ed_visits_per_1000)),
        ]), self.note(translate("reports", "Besök enligt den senaste besöksimporten; åldern "
                                "räknas på besöksdagen.")))

    def _cfs_sip(self) -> None:
        c, s = self.s.cfs, self.s.sip
        assert c is not None and s is not None
        levels = [(str(level), tr_label(cfs_rules.label(level)), fmt_int(n))
                  for level, n in c.by_level.items()]
        low, high = s.cfs_levels
        self.section(translate("reports", "CFS och SIP"), self.measures([
            (translate("reports", "Patienter med CFS-skattning vid periodens slut"),
             fmt_int(c.patients_scored)),
            (translate("reports", "Skattningar registrerade under perioden"), fmt_int(c.scores_registered)),
            (translate("reports", "Senaste skattning äldre än {n} månader").format(n=c.rescore_months),
             fmt_int(c.overdue)),
            (translate("reports", "Patienter med CFS {low}–{high} vid periodens slut").format(
                low=low, high=high),
             fmt_int(s.patients)),
            (translate("reports", "… med giltig SIP (genomförd eller uppföljd inom {n} månader)").format(
                n=s.valid_months), fmt_part(s.with_valid_sip, s.patients, s.valid_percent),
             self.goal("sip.valid_percent")),
            (translate("reports", "SIP kallade under perioden"), fmt_int(s.invited)),
            (translate("reports", "SIP genomförda under perioden"), fmt_int(s.held)),
            (translate("reports", "SIP uppföljda under perioden"), fmt_int(s.followed_up)),
            (translate("reports", "Tackat nej till SIP under perioden"), fmt_int(s.declined)),
            (translate("reports", "Patienter i kommunal hälso- och sjukvård (nu)"),
             fmt_int(s.hsl_patients)),
            (translate("reports", "… med giltig SIP vid periodens slut"),
             fmt_part(s.hsl_with_valid_sip, s.hsl_patients, s.hsl_valid_percent)),
            (translate("reports", "… med uppföljd SIP vid periodens slut"),
             fmt_part(s.hsl_followed_up, s.hsl_patients, s.hsl_followed_up_percent)),
        ]), Spacer(1, 6), self.p(escape(translate("reports", "Patienter per CFS-nivå (senaste skattningen)")),
                                 "Subheading"),
            self.table([translate("reports", "Nivå"), translate("reports", "Benämning"), translate("reports", "Patienter")], levels,
                       [16 * mm, CONTENT_WIDTH - 46 * mm, 30 * mm], numeric=(0, 2)))

    def _trend(self) -> None:
        s = self.s
        today = s.made_at.date()
        points_by_key: dict[str, list[ChartPoint]] = {}
        for index, point in enumerate(s.trend):
            month = point.month
            label = month_abbreviation(month.first.month)
            if month.last >= today:
                label += "*"
            # The year under January, and under the first month unless January is next.
            first_alone = index == 0 and month.first.month != 12
            year = str(month.first.year) if first_alone or month.first.month == 1 else ""
            for key, value in point.values.items():
                points_by_key.setdefault(key, []).append(ChartPoint(label, year, value))
        goals = {f.key: f.goal for f in s.key_figures if f.goal is not None}
        charts = [
            ("held_percent", translate("reports", "Arbetsdagar med avstämning (%)"), True, None),
            ("within_time_percent", translate(
                "reports", "Avstämningar avslutade inom {n} minuter (%)").format(
                n=s.huddles.planned_minutes), True, None),
            ("ready_days_mean", translate("reports", "Utskrivningsklara dagar, medel per vårdtillfälle"),
             False, None),
            ("pud_moves", translate("reports", "Flyttade planerade utskrivningsdatum"), False, None),
            ("readmissions_30d", translate("reports", "Återinskrivningar inom 30 dagar"), False, None),
            ("calls_in_time_percent", translate("reports", "Telefonuppföljning i tid (%)"), True,
             goals.get("calls_72h.in_time_percent")),
            ("sip_valid_percent", translate("reports", "CFS {low}–{high} med giltig SIP (%)").format(
                low=s.sip.cfs_levels[0], high=s.sip.cfs_levels[1]) if s.sip else "SIP",
             True, goals.get("sip.valid_percent")),
            ("followups_done_by_due_percent", translate("reports", "Uppföljning i hemmet klar i tid (%)"),
             True, None),
        ]
        # One chart per row: twelve month names at 9 pt need the page's width.
        drawings = [run_chart(title, points_by_key.get(key, []), percent=percent, goal=goal,
                              width=CONTENT_WIDTH, height=50 * mm, font=FONT,
                              bold_font=FONT_BOLD)
                    for key, title, percent, goal in charts]
        grid = Table([[drawing] for drawing in drawings], colWidths=[CONTENT_WIDTH],
                     hAlign="LEFT")
        grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 4),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.flow.append(PageBreak())
        self.flow.append(self.heading(translate("reports", "Trender – de senaste 12 månaderna")))
        self.flow.append(self.note(translate("reports",
            "Heldragen linje med punkter: månadens värde. Streckad linje: medianen för "
            "månaderna i diagrammet, från sex månader med värden. Prickad linje: mål. "
            "* = månaden pågår. Månader innan Huddle togs i bruk saknar punkt.")))
        self.flow.append(Spacer(1, 4))
        self.flow.append(grid)


# The house's page furniture, shared with the other PDFs (reports/actions_pdf.py).
PageFurniture = _Furniture
numbered_canvas = _canvas_class

__all__ = ["DASH", "PageFurniture", "numbered_canvas", "register_fonts", "render_pdf",
           "report_title", "ruled_table", "stylesheet"]
