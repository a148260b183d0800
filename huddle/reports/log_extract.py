"""A patient's log extract (loggutdrag) as an A4 PDF (reportlab; no queries here).

The extract answers the patient's question under the Patient Data Act: who has accessed my
data, when, from which workstation, how and where in Huddle. It is written for the patient
(and the nurse handing it over), in the house style of :mod:`huddle.reports.pdf`: its fonts,
stylesheet and page furniture, the footer saying that the pages hold patient data.
"""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huddle import __version__
from huddle.domain.access import RETENTION_YEARS, action_label, place_label
from huddle.domain.dates import day_and_month, long_date
from huddle.i18n import translate
from huddle.reports.pdf import (
    CONTENT_WIDTH,
    FONT,
    HEADER_FILL,
    MARGIN,
    RULE,
    PageFurniture,
    numbered_canvas,
    register_fonts,
    stylesheet,
)
from huddle.storage.access_review import LogEntry, LogPatient, LogReview

TABLE_WIDTH = CONTENT_WIDTH - 12


def period_text(first: date | None, last: date | None) -> str:
    if first and last:
        return f"{long_date(first)} – {long_date(last)}"
    if first:
        return translate("log_review", "från {day}").format(day=long_date(first))
    if last:
        return translate("log_review", "till och med {day}").format(day=long_date(last))
    return translate("log_review", "hela loggen")


def extract_title() -> str:
    return translate("log_review", "Loggutdrag")


def footer_text(made_at: datetime) -> str:
    return translate(
        "log_review", "Innehåller patientuppgifter (patientdatalagen) · Utdraget gjort {day} "
        "kl {time} · Huddle {version}").format(
        day=day_and_month(made_at), time=made_at.strftime("%H:%M"), version=__version__)


def render_log_extract(review: LogReview, *, health_centre: str, made_at: datetime,
                       made_by: str) -> bytes:
    """The log extract of the one patient ``review`` searched for, as PDF bytes."""
    patient = review.patient
    if patient is None:
        raise ValueError("a log extract is for exactly one patient")
    register_fonts()
    styles = stylesheet()
    for name in ("Cell", "CellHead"):
        styles[name].fontSize, styles[name].leading = 9, 11.5
    furniture = PageFurniture(health_centre=health_centre or translate(
        "log_review", "Vårdcentral"), title=extract_title(), made=footer_text(made_at))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
        bottomMargin=22 * mm, title=extract_title(), author="Huddle",
        subject=translate("log_review", "Utdrag ur Huddles åtkomstlogg för en patient"),
        creator=f"Huddle {__version__}", lang="sv-SE", initialFontName=FONT)

    def p(markup: str, style: str = "Body") -> Paragraph:
        return Paragraph(markup, styles[style])

    query = review.query
    flow: list[Flowable] = [
        p(escape(translate("log_review", "Loggutdrag – vem har tagit del av uppgifterna")),
          "Title"),
        p(escape(translate("log_review", "Ur Huddles åtkomstlogg, {centre}").format(
            centre=health_centre)), "Subtitle"),
        _facts_table(p, patient, [
            (translate("log_review", "Period"), period_text(query.first, query.last)),
            (translate("log_review", "Åtgärd"), action_label(query.action) if query.action
             else translate("log_review", "alla")),
            (translate("log_review", "Utdraget gjort"), translate(
                "log_review", "{day} kl {time} av {user}").format(
                day=long_date(made_at), time=made_at.strftime("%H:%M"), user=made_by)),
        ]),
        p(escape(translate("log_review", "Sammanfattning")), "Heading"),
        p(escape(summary_sentence(review))),
    ]
    if review.entries:
        flow.append(_totals_table(p, review))
        flow.append(p(escape(translate("log_review", "Varje åtkomst")), "Heading"))
        flow.append(_entries_table(p, review.entries))
    else:
        flow.append(p(escape(translate(
            "log_review", "Ingen har tagit del av patientens uppgifter i Huddle under "
                          "perioden.")), "Notice"))
    flow.append(Spacer(1, 6))
    flow.append(p(escape(translate(
        "log_review", "Vem är den användare som loggades in på datorn; arbetsstation är datorns "
        "namn. Visa betyder att uppgifterna visades på skärmen, Ändra att något registrerades, "
        "Skriv ut och Exportera att de skrevs ut eller sparades till fil. Loggen kan inte "
        "ändras i efterhand och sparas i minst {years} år.").format(years=RETENTION_YEARS)),
        "Note"))
    doc.build(flow, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


def summary_sentence(review: LogReview) -> str:
    totals = review.totals
    if not totals.rows:
        return translate("log_review", "Inga åtkomster under perioden.")
    workstations = len({entry.workstation for entry in review.entries if entry.workstation})
    return translate(
        "log_review", "{rows} av {users} från {stations}, den första {first} och den senaste "
                      "{last}.").format(
        rows=_count(totals.rows, translate("log_review", "åtkomst"),
                    translate("log_review", "åtkomster")),
        users=_count(totals.users, translate("log_review", "användare"),
                     translate("log_review", "användare")),
        stations=_count(workstations, translate("log_review", "arbetsstation"),
                        translate("log_review", "arbetsstationer")),
        first=_when(totals.first), last=_when(totals.last))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return translate("log_review", "{day} kl {time}").format(
        day=long_date(moment), time=moment.strftime("%H:%M"))


def _ruled(data: list[list[Flowable]], widths: list[float], *, header: bool = True) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def _facts_table(p, patient: LogPatient, rows: list[tuple[str, str]]) -> Table:
    facts = [(translate("log_review", "Patient"), patient.name),
             (translate("log_review", "Personnummer"), patient.shown_number or "–"), *rows]
    data = [[p(f"<b>{escape(what)}</b>", "Cell"), p(escape(value), "Cell")]
            for what, value in facts]
    return _ruled(data, [40 * mm, TABLE_WIDTH - 40 * mm], header=False)


def _totals_table(p, review: LogReview) -> Table:
    data = [[p(escape(translate("log_review", "Åtgärd")), "CellHead"),
             p(escape(translate("log_review", "Antal")), "CellHeadNumber"),
             p(escape(translate("log_review", "Var i Huddle")), "CellHead")]]
    places: dict[str, Counter[str]] = {}
    for entry in review.entries:
        places.setdefault(entry.action, Counter())[place_label(entry.place)] += 1
    for action, n in review.totals.by_action:
        where = ", ".join(f"{place} ({count})" for place, count in
                          places.get(action, Counter()).most_common())
        data.append([p(escape(action_label(action)), "Cell"), p(str(n), "CellNumber"),
                     p(escape(where), "Cell")])
    return _ruled(data, [40 * mm, 20 * mm, TABLE_WIDTH - 60 * mm])


def _entries_table(p, entries: list[LogEntry]) -> Table:
    head = [translate("log_review", "När"), translate("log_review", "Vem (användare)"),
            translate("log_review", "Arbetsstation"), translate("log_review", "Åtgärd"),
            translate("log_review", "Var i Huddle")]
    data = [[p(escape(text), "CellHead") for text in head]]
    for entry in entries:
        data.append([p(entry.at.strftime("%Y-%m-%d %H:%M"), "Cell"),
                     p(escape(entry.user), "Cell"), p(escape(entry.workstation or "–"), "Cell"),
                     p(escape(action_label(entry.action)), "Cell"),
                     p(escape(place_label(entry.place)), "Cell")])
    return _ruled(data, [36 * mm, 36 * mm, TABLE_WIDTH - 130 * mm, 24 * mm, 34 * mm])


__all__ = ["extract_title", "period_text", "render_log_extract", "summary_sentence"]
