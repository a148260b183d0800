"""The parts of a report PDF that tell a manager where things stand: page 1 (key figures
against the previous period and last year, missed goals, missed huddle days, the imports the
figures rest on and what changed since the report was last made), the quarter's Nära vård
indicators and the year's months side by side. Rendering only; the numbers are the summary's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, TableStyle

from huddle.i18n import tr_label, tr_noop, translate
from huddle.reports.format import (
    DASH,
    fmt_dec,
    fmt_int,
    fmt_made,
    fmt_percent,
    month_abbreviation,
)
from huddle.reports.measures import MEASURE_LABELS, lookup
from huddle.reports.period import QUARTERLY, YEARLY, month_name

if TYPE_CHECKING:
    from huddle.reports.pdf import _Story

NO_DATA = tr_noop("inga uppgifter")
MISSED_MARK = "✗"


def fmt_measure(key: str, value: float | int | None) -> str:
    """A figure the way its kind is written: shares in per cent, means with one decimal."""
    if value is None:
        return DASH
    if key.endswith("_percent"):
        return fmt_percent(value)
    if isinstance(value, float):
        return fmt_dec(value)
    return fmt_int(value)


def measure_label(key: str) -> str:
    return tr_label(MEASURE_LABELS.get(key, key))


def _short_day(day) -> str:
    return f"{day.day} {month_abbreviation(day.month)}"


def overview(story: _Story) -> None:
    """Page 1 below the title."""
    s = story.s
    if not s.has_data:
        story.flow.append(story.p(escape(translate(
            "reports", "Inga uppgifter för {label}: ingen avstämning, ingen SAMSA-import och "
            "inga beslut under perioden. Siffrorna nedan är därför inte nollor utan saknas."
        ).format(label=s.period.label)), "Notice"))
    _key_figures(story)
    _missed_days(story)
    _basis(story)


def _key_figures(story: _Story) -> None:
    s = story.s
    if not s.key_figures:
        return
    p = story.st["CellNumber"]  # right-aligned like the other figures
    # For a year the previous period is the same period last year: one column, not two alike.
    yearly = s.period.kind == YEARLY
    rows = []
    for figure in s.key_figures:
        value = fmt_measure(figure.key, figure.value) if s.has_data else tr_label(NO_DATA)
        if figure.goal_missed:
            missed = translate("reports", "under målet")
            value = Paragraph(f"<b>{escape(value)} {MISSED_MARK} {escape(missed)}</b>", p)
        row = [measure_label(figure.key), value,
               fmt_measure(figure.key, figure.previous) if figure.previous is not None
               else tr_label(NO_DATA)]
        if not yearly:
            row.append(fmt_measure(figure.key, figure.year_before)
                       if figure.year_before is not None else tr_label(NO_DATA))
        row.append(f"≥ {fmt_percent(figure.goal)}" if figure.goal is not None else "")
        rows.append(row)
    header = [translate("reports", "Mått"), s.period.label, translate("reports", "Föregående")]
    # A label such as 'Uppföljning i hemmet klar i tid (%)' keeps its '(%)' on its line;
    # 'inga uppgifter' fits the comparison columns.
    widths = [89 * mm, 32 * mm, 30 * mm] if yearly else [71 * mm, 28 * mm, 27 * mm]
    if yearly:
        compared = translate("reports", "Föregående: {previous}.").format(
            previous=s.period.previous().label)
    else:
        header.append(translate("reports", "Samma period i fjol"))
        widths.append(27 * mm)
        compared = translate("reports", "Föregående: {previous}. Samma period i fjol: "
                             "{before}.").format(previous=s.period.previous().label,
                                                 before=s.period.year_before().label)
    header.append(translate("reports", "Mål"))
    widths.append(story.width - sum(widths))
    story.section(translate("reports", "Läget i korthet"), story.table(
        header, rows, widths, numeric=tuple(range(1, len(header)))),
        story.note(compared + " " + translate(
            "reports", "{mark} = målet nås inte. Målen är inställningar (Inställningar → Mål "
            "i rapporterna); 'inga uppgifter' betyder att Huddle inte har data för hela den "
            "perioden (en period som började innan Huddle togs i bruk jämförs inte)."
        ).format(mark=MISSED_MARK)))


def _missed_days(story: _Story) -> None:
    s = story.s
    if not s.has_data:
        return
    if not s.missed_days:
        text = translate("reports", "Avstämning hölls varje arbetsdag under perioden.")
    else:
        days = ", ".join(_short_day(day) for day in s.missed_days)
        text = translate("reports", "Arbetsdagar utan avstämning ({n}): {days}.").format(
            n=len(s.missed_days), days=days)
    story.flow.append(Spacer(1, 4))
    story.flow.append(story.p(escape(text)))


def _basis(story: _Story) -> None:
    s = story.s
    i = s.imports
    if i is not None:
        if i.count:
            text = translate(
                "reports", "Underlag: {n} SAMSA-importer under perioden, den första med "
                "exporttid {first} och den senaste {last}. Arbetsdagar utan import: {gaps}."
            ).format(n=i.count, first=fmt_made(i.first), last=fmt_made(i.last),
                     gaps=i.days_without)
        else:
            text = translate("reports", "Underlag: ingen SAMSA-import under perioden, så "
                             "siffrorna för in- och utskrivning saknas.")
        story.flow.append(story.p(escape(text)))
    if s.last_made is None:
        return
    if not s.changes:
        story.flow.append(story.note(translate(
            "reports", "Rapporten för perioden gjordes senast {made}; nyckeltalen är "
            "desamma.").format(made=fmt_made(s.last_made))))
        return
    parts = []
    for change in s.changes[:8]:
        delta = ""
        if isinstance(change.before, int | float) and isinstance(change.now, int | float):
            difference = change.now - change.before
            sign = "+" if difference > 0 else "−"
            delta = f" ({sign}{fmt_measure(change.key, abs(difference))})"
        parts.append(f"{measure_label(change.key)} {fmt_measure(change.key, change.before)} → "
                     f"{fmt_measure(change.key, change.now)}{delta}")
    more = len(s.changes) - len(parts)
    text = translate("reports", "Siffrorna har ändrats sedan rapporten för perioden gjordes "
                     "{made} (en senare export har kommit): {changes}.").format(
        made=fmt_made(s.last_made), changes="; ".join(parts))
    if more > 0:
        text += " " + translate("reports", "Ytterligare {n} mått har ändrats.").format(n=more)
    story.flow.append(story.p(escape(text), "Notice"))


# ---------------------------------------------------------------- quarter and year

# Socialstyrelsen's Nära vård indicators (the source document's Bilaga 4, "Kvartal") that the
# health centre's own data allows, each as a local approximation with its definition.
NARA_VARD_LABELS: dict[str, str] = {
    "samsa.readmissions_percent": tr_noop("Oplanerad återinskrivning inom 30 dagar"),
    "visits.ed_visits_per_1000": tr_noop("Besök på akutmottagning, 80 år och äldre, per 1 000"),
    "sip.hsl_valid_percent": tr_noop("Samverkande hälso- och sjukvård i hemmet med SIP"),
    "sip.hsl_followed_up_percent": tr_noop("… och med uppföljd SIP"),
    "samsa.contact_percent": tr_noop("Andel med fast vårdkontakt"),
}

NARA_VARD_DESCRIPTIONS: dict[str, str] = {
    "samsa.readmissions_percent": tr_noop("Inskrivningar under kvartalet 0–30 dagar efter samma "
    "patients förra utskrivning, per utskrivning under kvartalet. SAMSA skiljer inte "
    "planerade från oplanerade: alla räknas."),
    "visits.ed_visits_per_1000": tr_noop("Akutbesök under kvartalet av patienter som var 80 år eller "
    "äldre, per 1 000 patienter 80+ i Huddles register vid kvartalets slut (inte alla "
    "listade invånare)."),
    "sip.hsl_valid_percent": tr_noop("Patienter inskrivna i kommunal hälso- och sjukvård med SIP "
    "genomförd eller uppföljd inom giltighetstiden, vid kvartalets slut."),
    "sip.hsl_followed_up_percent": tr_noop("Av samma patienter: de vars senaste SIP har följts upp "
    "inom giltighetstiden, vid kvartalets slut."),
    "samsa.contact_percent": tr_noop("Utskrivningar under kvartalet där SAMSA-ärendet anger en fast "
    "vårdkontakt."),
}

NOT_IN_DATA_LINES = (
    tr_noop("Tillgång till läkare på särskilt boende"),
    tr_noop("Läkarkontinuitet"),
    tr_noop("Andelen med fast läkarkontakt"),
    tr_noop("Andel patienter med dokumenterad medicinsk vårdplan"),
    tr_noop("Olämpliga läkemedel bland patienter med hälso- och sjukvård i hemmet"),
)


def nara_vard(story: _Story) -> None:
    s = story.s
    if s.period.kind != QUARTERLY:
        return
    data = s.to_json()
    cell = story.st["Cell"]
    rows = [(tr_label(label), fmt_measure(key, lookup(data, key)),
             Paragraph(escape(tr_label(NARA_VARD_DESCRIPTIONS[key])), cell))
            for key, label in NARA_VARD_LABELS.items()]
    story.section(translate("reports", "Nära vård – Socialstyrelsens indikatorer, lokal "
                            "uppskattning"), story.table(
        [translate("reports", "Indikator"), translate("reports", "Värde"),
         translate("reports", "Så räknar Huddle (lokal uppskattning)")], rows,
        [48 * mm, 24 * mm, story.width - 72 * mm], numeric=(1,)),
        story.note(translate(
            "reports", "Värdena är vårdcentralens egen uppskattning ur Huddles data, inte "
            "Socialstyrelsens officiella siffror. Saknas i data: {missing}."
        ).format(missing="; ".join(tr_label(line) for line in NOT_IN_DATA_LINES))),
        keep=False)


YEAR_ROWS: tuple[tuple[str, str], ...] = (
    ("held_percent", "huddles.held_percent"),
    ("calls_in_time_percent", "calls_72h.in_time_percent"),
    ("sip_valid_percent", "sip.valid_percent"),
    ("ready_days_mean", "samsa.ready_days_mean"),
    ("readmissions_30d", "samsa.readmissions_30d"),
    ("followups_done_by_due_percent", "followups.done_by_due_percent"),
)


def months_side_by_side(story: _Story) -> None:
    """The year's twelve months, one column each, with the goals met counted."""
    s = story.s
    if len(s.trend) != 12 or s.period.kind != YEARLY:
        return
    goals = {figure.key: figure.goal for figure in s.key_figures if figure.goal is not None}
    header = [translate("reports", "Mått")] + [
        month_abbreviation(point.month.first.month) for point in s.trend] + [
        translate("reports", "Mål nått")]
    rows = []
    for trend_key, key in YEAR_ROWS:
        values = [point.values.get(trend_key) for point in s.trend]
        goal = goals.get(key)
        cells = []
        for value in values:
            text = DASH if value is None else f"{value:.0f}" if trend_key.endswith(
                "_percent") else fmt_dec(value) if isinstance(value, float) else fmt_int(value)
            if goal is not None and value is not None and value < goal:
                text = f"{text}{MISSED_MARK}"
            cells.append(text)
        met = ""
        if goal is not None:
            known = [v for v in values if v is not None]
            met = translate("reports", "{n} av {m}").format(
                n=sum(1 for v in known if v >= goal), m=len(known))
        rows.append([measure_label(key)] + cells + [met])
    width = 9.6 * mm
    table = story.table(header, rows,
                        [story.width - 12 * width - 16 * mm] + [width] * 12 + [16 * mm],
                        numeric=tuple(range(1, 14)))
    table.setStyle(TableStyle([("LEFTPADDING", (1, 0), (-1, -1), 1),
                               ("RIGHTPADDING", (1, 0), (-1, -1), 2)]))
    note = translate(
        "reports", "Andelar i hela procent. {mark} = målet nås inte den månaden. – = inga "
        "uppgifter (månaden före Huddle togs i bruk eller ännu inte börjad)."
    ).format(mark=MISSED_MARK)
    today = s.made_at.date()
    ongoing = next((point.month for point in s.trend
                    if point.month.first <= today <= point.month.last), None)
    if ongoing is not None:
        # A month of a few days is not a month: its shares can miss a goal by one call.
        note += " " + translate(
            "reports", "{month} pågår: siffrorna gäller till och med {day}.").format(
            month=month_name(ongoing.first.month).capitalize(), day=_short_day(today))
    story.section(translate("reports", "Årets månader"), table, story.note(note), keep=False)
