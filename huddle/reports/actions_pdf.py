"""The organisations' lists of actions as an A4 PDF: one page per organisation, optionally
after a page with the huddle's summary (reportlab; no queries here).

Written for the person who takes the page back to her organisation — a home-care lead, a
needs-assessment officer: what is to be done, for whom, by whom and by when, what is late
(said in words, not only by shading), and what waits for the managers' answer. The house
style of :mod:`huddle.reports.pdf` is reused: its fonts, stylesheet and page furniture
(header with the health centre, footer with "Sida X av Y"); the footer here says that the
page holds patient data.

Each patient is shown as :mod:`huddle.domain.actions` (the disclosure policy for a list
handed to an organisation) allows; nothing here decides masking.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from huddle import __version__
from huddle.domain.actions import (
    ACTION_KIND_LABELS,
    KIND_CALL,
    Action,
    ActionList,
    OrganisationActions,
)
from huddle.domain.dates import day_and_month, weekday_date
from huddle.domain.huddle import HuddleSummary
from huddle.domain.roles import ROLE_LABELS
from huddle.i18n import tr_label, translate
from huddle.reports.files import write_private_file
from huddle.reports.pdf import (
    CONTENT_WIDTH,
    FONT,
    MARGIN,
    PageFurniture,
    numbered_canvas,
    register_fonts,
    ruled_table,
    stylesheet,
)

OVERDUE_FILL = colors.Color(0.93, 0.93, 0.93)
# The frame keeps 6 pt of padding on each side inside the margins.
TABLE_WIDTH = CONTENT_WIDTH - 12
BOX = "\u2610"  # ☐, ticked by hand when done


def _styles() -> StyleSheet1:
    """The house stylesheet, with the table text a size up: the page is read at arm's length
    by someone who was not at the huddle, and no text is under 9 pt."""
    sheet = stylesheet()
    for name in ("Cell", "CellHead"):
        sheet[name].fontSize, sheet[name].leading = 9.5, 12.5
    sheet["Note"].fontSize, sheet["Note"].leading = 9, 12
    return sheet


def _ruled(data: list[list[Flowable]], widths: Sequence[float],
           extra: Sequence[tuple] = ()) -> Table:
    """A table ruled as the house's reports rule theirs; its header row repeats on every page
    it runs onto."""
    return ruled_table(data, widths, font_size=9.5, padding=4, extra=extra)


def actions_title(organisation_label: str, day: date) -> str:
    """'Åtgärder för Hemtjänst – måndag 23 november 2026'."""
    return translate("actions", "Åtgärder för {organisation} – {day}").format(
        organisation=organisation_label, day=weekday_date(day).lower())


def summary_title(day: date) -> str:
    return translate("actions", "Sammanfattning av avstämningen – {day}").format(
        day=weekday_date(day).lower())


def footer_text(made_at: datetime) -> str:
    """The footer's first line, beside "Sida X av Y"; ``footer_note`` is the second."""
    return translate("actions", "Utskriven {day} kl {time}").format(
        day=day_and_month(made_at), time=made_at.strftime("%H:%M"))


def footer_note() -> str:
    return translate(
        "actions", "Innehåller patientuppgifter (patientdatalagen) – förstörs efter användning")


def render_actions_pdf(actions: ActionList, *, made_at: datetime,
                       organisations: Iterable[str] | None = None,
                       summary: HuddleSummary | None = None) -> bytes:
    """The chosen organisations' pages (default: those present), after the huddle's summary
    when ``summary`` is given, as PDF bytes."""
    register_fonts()
    styles = _styles()
    pages = actions.pages(organisations)
    heading = translate("actions", "Åtgärder per organisation {day}").format(
        day=day_and_month(actions.day, made_at.date()))
    furniture = PageFurniture(
        health_centre=actions.health_centre or translate("actions", "Vårdcentral"),
        title=heading, made=footer_text(made_at), note=footer_note())
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
        bottomMargin=22 * mm, title=heading, author="Huddle",
        subject=translate("actions", "Daglig avstämning: åtgärder per organisation"),
        creator=f"Huddle {__version__}", lang="sv-SE", initialFontName=FONT)
    story = _Story(actions, styles)
    flow: list[Flowable] = []
    if summary is not None:
        flow += story.summary_page(summary, pages)
    for page in pages:
        if flow:
            flow.append(PageBreak())
        flow += story.organisation_page(page)
    if not flow:
        flow.append(story.p(escape(translate(
            "actions", "Ingen organisation har något öppet att göra i dag.")), "Title"))
    doc.build(flow, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()


class _Story:
    def __init__(self, actions: ActionList, styles: StyleSheet1) -> None:
        self.actions, self.st, self.day = actions, styles, actions.day

    def p(self, markup: str, style: str = "Body") -> Paragraph:
        return Paragraph(markup, self.st[style])

    def cell(self, markup: str, style: str = "Cell") -> Paragraph:
        return Paragraph(markup, self.st[style])

    # -- one organisation
    def organisation_page(self, page: OrganisationActions) -> list[Flowable]:
        flow: list[Flowable] = [
            self.p(escape(actions_title(page.label, self.day)), "Title"),
            self.p(escape(self._counts(page)), "Subtitle"),
        ]
        if not page.actions:
            flow.append(self.p(escape(translate(
                "actions", "{organisation} har inga öppna beslut eller uppföljningar i dag."
            ).format(organisation=page.label)), "Notice"))
            return flow
        if any(action.masked for action in page.actions):
            flow.append(self.p(escape(translate(
                "actions", "Patienter utan registrerat samtycke står med en neutral beteckning. "
                "Identiteten lämnas av äldre-sjuksköterskan, inte på listan.")), "Note"))
        flow.append(Spacer(1, 4))
        flow.append(self._table(page.actions))
        waiting = page.awaiting_answer
        if waiting:
            flow.append(KeepTogether([
                self.p(escape(translate("actions", "Lyfta till månadsmötet – väntar på svar")),
                       "Heading"),
                self._escalations(waiting)]))
        flow.append(self.p(escape(translate(
            "actions", "Kryssa i rutan när åtgärden är gjord och meddela äldre-sjuksköterskan, "
            "så stängs den vid nästa avstämning.")), "Note"))
        return flow

    def _counts(self, page: OrganisationActions) -> str:
        n, late = len(page.actions), page.overdue
        text = translate("actions", "{n} öppen åtgärd").format(n=n) if n == 1 else \
            translate("actions", "{n} öppna åtgärder").format(n=n)
        if late:
            text += ", " + (translate("actions", "varav {n} försenad") if late == 1 else
                            translate("actions", "varav {n} försenade")).format(n=late)
        return f"{self.actions.health_centre} · {text}"

    def _patient(self, action: Action) -> Paragraph:
        if action.shown is None:
            return self.cell(escape(translate("actions", "Ingen enskild patient")))
        lines = [f"<b>{escape(action.patient or '')}</b>"]
        if action.personnummer:
            lines.append(escape(action.personnummer))
        if action.identity_note:
            lines.append(f"<font size='9'>{escape(action.identity_note)}</font>")
        return self.cell("<br/>".join(lines))

    def _what(self, action: Action) -> Paragraph:
        lines = [escape(action.what)]
        if action.kind != KIND_CALL:  # the call's text says what it is
            kind = tr_label(ACTION_KIND_LABELS[action.kind])
            lines.insert(0, f"<font size='9' color='#444444'>{escape(kind.upper())}</font>")
        if action.awaiting_answer:
            lines.append("<b>" + escape(translate(
                "actions", "Lyft till månadsmötet – väntar på svar")) + "</b>")
        elif action.escalation_answer:
            # The answer carried back to whoever acts on it, not only the fact of one.
            lines.append(escape(translate("actions", "Lyft till månadsmötet – svar: {answer}")
                                .format(answer=action.escalation_answer)))
        elif action.escalated:
            lines.append(escape(translate("actions", "Lyft till månadsmötet – besvarad")))
        return self.cell("<br/>".join(lines))

    def _due(self, action: Action) -> Paragraph:
        if action.overdue:
            return self.cell("<b>" + escape(translate("actions", "FÖRSENAD")) + "</b><br/>"
                             + escape(translate("actions", "(senast {due})").format(
                                 due=action.due_text)))
        return self.cell(escape(action.due_text))

    def _table(self, actions: Sequence[Action]) -> Table:
        head = [translate("actions", "Patient"), translate("actions", "Vad ska göras"),
                translate("actions", "Ansvarig"), translate("actions", "Senast"),
                translate("actions", "Klart")]
        data: list[list[Flowable]] = [[self.cell(escape(text), "CellHead") for text in head]]
        for action in actions:
            data.append([self._patient(action), self._what(action),
                         # "Distriktsläkare/sjuksköterska/rehab" breaks at its slashes,
                         # not inside a word.
                         self.cell(escape(action.responsible.replace("/", " / "))),
                         self._due(action),
                         self.cell(f"<font size='14'>{BOX}</font>")])
        # "Biståndshandläggare", "FÖRSENAD", "torsdag 26 nov" and "Klart" each fit on one
        # line at 9.5 pt.
        widths = [36 * mm, TABLE_WIDTH - 122 * mm, 40 * mm, 32 * mm, 14 * mm]
        marks: list[tuple] = []
        for row, action in enumerate(actions, start=1):
            if action.overdue:
                # Shaded and framed on the left, besides the word: it survives a black-and-
                # white copy.
                marks += [("BACKGROUND", (0, row), (-1, row), OVERDUE_FILL),
                          ("LINEBEFORE", (0, row), (0, row), 2.5, colors.black)]
        return _ruled(data, widths, marks)

    def _escalations(self, waiting: Sequence[Action]) -> Table:
        head = [translate("actions", "Patient"), translate("actions", "Beslut"),
                translate("actions", "Frågan till cheferna"), translate("actions", "Lyft")]
        data: list[list[Flowable]] = [[self.cell(escape(text), "CellHead") for text in head]]
        for action in waiting:
            if action.escalation_question:
                question = action.escalation_question
            elif action.masked:
                # Why the column is empty, so that no one thinks the question was lost.
                question = translate("actions", "Frågan står inte på listan för en patient "
                                     "utan samtycke; äldre-sjuksköterskan har den.")
            else:
                question = translate("actions", "Ingen fråga skriven; äldre-sjuksköterskan "
                                     "vet vad som lyftes.")
            raised = day_and_month(action.escalated_on, self.day) if action.escalated_on \
                else "–"
            if action.escalated_to:
                raised += f"<br/><font size='9'>{escape(tr_label(action.escalated_to))}</font>"
            data.append([self._patient(action), self.cell(escape(action.what)),
                         self.cell(escape(question)), self.cell(raised)])
        return _ruled(data, [36 * mm, 45 * mm, TABLE_WIDTH - 113 * mm, 32 * mm])

    # -- the huddle's summary
    def summary_page(self, summary: HuddleSummary,
                     pages: Sequence[OrganisationActions]) -> list[Flowable]:
        flow: list[Flowable] = [
            self.p(escape(summary_title(self.day)), "Title"),
            self.p(escape(self.actions.health_centre), "Subtitle"),
            self._pairs([translate("actions", "Vad"), translate("actions", "Antal")],
                        summary.rows(), [TABLE_WIDTH - 70 * mm, 70 * mm]),
        ]
        named = [f"{tr_label(ROLE_LABELS.get(role, role))} ({name})"
                 for role, name in summary.attendance if name]
        if named:
            flow.append(self.p(escape(translate("actions", "Vid bordet")), "Heading"))
            flow.append(self.p(escape(", ".join(named))))
        if pages:
            flow.append(self.p(escape(translate("actions", "Åtgärder per organisation")),
                               "Heading"))
            rows = [(page.label, translate("actions", "{n} öppna, {late} försenade, {waiting} "
                                           "väntar på svar").format(
                n=len(page.actions), late=page.overdue, waiting=len(page.awaiting_answer)))
                    for page in pages]
            flow.append(self._pairs([translate("actions", "Organisation"),
                                     translate("actions", "På följande sidor")], rows,
                                    [TABLE_WIDTH - 90 * mm, 90 * mm]))
        flow.append(self.p(escape(translate(
            "actions", "Sammanfattningen innehåller inga patientuppgifter. Sidorna som följer "
            "gör det: lämna varje organisations sida bara till den organisationen.")), "Note"))
        return flow

    def _pairs(self, head: Sequence[str], rows: Sequence[tuple[str, str]],
               widths: Sequence[float]) -> Table:
        data = [[self.cell(escape(text), "CellHead") for text in head]]
        data += [[self.cell(escape(what)), self.cell(escape(value))] for what, value in rows]
        return _ruled(data, widths)


def write_action_list(path: Path | str, pdf: bytes) -> None:
    """Write the lists to ``path`` whole or not at all, readable by the owner only: unlike a
    report for managers, they name patients (``huddle.private_files``)."""
    write_private_file(path, pdf, translate(
        "actions", "Åtgärdslistan kunde inte sparas som {path} ({reason}). Stäng filen om "
        "den är öppen i ett annat program, eller välj en annan mapp."))


__all__ = ["actions_title", "footer_text", "render_actions_pdf", "summary_title",
           "write_action_list"]
