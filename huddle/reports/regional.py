"""The regional export: one health centre's period as rows the region can add up.

``huddle report ... --csv FIL.csv`` writes these rows; ``huddle report area`` reads several
health centres' files back and recomputes the area's totals; the region's BI loads a folder
of them. The format is a contract, documented in ``docs/reports.md`` ("Den regionala
CSV-filen"):

- UTF-8 with a byte-order mark (so Excel reads å, ä, ö), ``;`` between fields, CRLF.
- One row per measure. Every measure the area can combine carries its parts: a count is its
  own numerator (no denominator); a share (``unit`` ``%``) is ``100 × numerator /
  denominator``, a rate (``per 1000``) ``1000 × numerator / denominator``; a mean (any other
  unit with a denominator) is ``numerator / denominator``.
  Medians and distinct counts cannot be added up across health centres and are left out.
- ``value`` is written with a decimal comma (Swedish Excel reads it as a number),
  ``value_machine`` with a decimal point (for BI tools reading with a fixed culture).
- No cell starts a formula: text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return is prefixed with ``'``.

The labels are Swedish whatever language the app runs in: the region compares files from
many health centres, so a measure's label must not depend on a user's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from huddle.domain.roles import ROLE_LABELS
from huddle.reports.summary import Summary, ratio

REGIONAL_COLUMNS = ("health_centre", "health_centre_code", "period", "measure", "label",
                    "numerator", "denominator", "value", "value_machine", "unit",
                    "first_day", "last_day", "as_of")

UNIT_COUNT = "antal"
UNIT_PERCENT = "%"
UNIT_DAYS = "dagar"
UNIT_PER_1000 = "per 1000"

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class RegionalMeasure(NamedTuple):
    """A measure of the regional export. ``numerator`` and ``denominator`` are paths into
    the report's JSON (``samsa.ready_days_total``); a count has no denominator."""

    key: str
    label: str
    unit: str
    numerator: str
    denominator: str | None = None


def _count(key: str, label: str) -> RegionalMeasure:
    return RegionalMeasure(key, label, UNIT_COUNT, key)


REGIONAL_MEASURES: tuple[RegionalMeasure, ...] = (
    _count("huddles.working_days", "Arbetsdagar (måndag–fredag utom helgdagar)"),
    _count("huddles.held", "Hållna avstämningar"),
    RegionalMeasure("huddles.held_percent", "Arbetsdagar med avstämning", UNIT_PERCENT,
                    "huddles.held_on_working_days", "huddles.working_days"),
    RegionalMeasure("huddles.within_time_percent", "Avstämningar avslutade inom planerad tid",
                    UNIT_PERCENT, "huddles.within_time", "huddles.timed"),
    # attendance.<role>.percent rows follow here, one per role (see _attendance)
    _count("decisions.made", "Beslut fattade under perioden"),
    _count("decisions.closed", "Beslut avslutade under perioden"),
    _count("decisions.open_at_end", "Beslut öppna vid periodens slut"),
    _count("decisions.overdue_at_end", "Beslut försenade vid periodens slut"),
    _count("escalations.raised", "Eskalationer lyfta till chefer"),
    _count("escalations.answered", "Eskalationer besvarade"),
    _count("escalations.unanswered_at_end", "Eskalationer obesvarade vid periodens slut"),
    _count("samsa.admissions", "Inskrivningar"),
    _count("samsa.discharges", "Utskrivningar"),
    _count("samsa.ready_days_episodes", "Vårdtillfällen med utskrivningsklara dagar"),
    _count("samsa.ready_days_total", "Utskrivningsklara dagar, totalt"),
    RegionalMeasure("samsa.ready_days_mean", "Utskrivningsklara dagar, medel per vårdtillfälle",
                    UNIT_DAYS, "samsa.ready_days_total", "samsa.ready_days_episodes"),
    _count("samsa.pud_moves", "Flyttade planerade utskrivningsdatum"),
    _count("samsa.readmissions_30d", "Återinskrivningar inom 30 dagar"),
    RegionalMeasure("samsa.readmissions_percent",
                    "Återinskrivningar inom 30 dagar, andel av utskrivningar", UNIT_PERCENT,
                    "samsa.readmissions_30d", "samsa.discharges"),
    # samsa.readmissions_percent.<band> rows follow here, one per age band (see _by_age)
    _count("samsa.ready_days_beyond_limit",
           "Utskrivningsklara dagar utöver kommunens betalningsansvarsgräns"),
    _count("samsa.episodes_beyond_limit", "Vårdtillfällen med dagar utöver gränsen"),
    RegionalMeasure("samsa.sip_invited_in_time_percent",
                    "Kallade till SIP i tid efter utskrivningsklar", UNIT_PERCENT,
                    "samsa.sip_invited_in_time", "samsa.ready_cases"),
    RegionalMeasure("samsa.contact_percent", "Utskrivna med namngiven fast vårdkontakt",
                    UNIT_PERCENT, "samsa.discharges_with_contact", "samsa.discharges"),
    _count("samsa.in_hospital_at_end", "Inskrivna på sjukhus vid periodens slut"),
    _count("samsa.ready_waiting_at_end", "Utskrivningsklara som väntar vid periodens slut"),
    _count("calls_72h.due", "Telefonuppföljningar som skulle ringas"),
    RegionalMeasure("calls_72h.in_time_percent", "Telefonuppföljningar ringda i tid",
                    UNIT_PERCENT, "calls_72h.in_time", "calls_72h.due"),
    _count("calls_72h.not_made", "Telefonuppföljningar inte ringda"),
    _count("followups.created", "Nya behov av uppföljning i hemmet"),
    RegionalMeasure("followups.done_by_due_percent",
                    "Uppföljning i hemmet klar senast sista datum", UNIT_PERCENT,
                    "followups.done_by_due", "followups.due"),
    _count("followups.open_overdue_at_end", "Uppföljningar försenade vid periodens slut"),
    _count("cfs.patients_scored", "Patienter med CFS-skattning"),
    _count("cfs.scores_registered", "CFS-skattningar registrerade"),
    _count("cfs.overdue", "Patienter vars CFS ska skattas om"),
    _count("sip.patients", "Patienter med CFS 5–6"),
    RegionalMeasure("sip.valid_percent", "Patienter med CFS 5–6 och giltig SIP",
                    UNIT_PERCENT, "sip.with_valid_sip", "sip.patients"),
    _count("sip.invited", "SIP kallade"),
    _count("sip.held", "SIP genomförda"),
    _count("sip.followed_up", "SIP uppföljda"),
    _count("sip.declined", "Tackat nej till SIP"),
    RegionalMeasure("sip.hsl_valid_percent",
                    "Patienter i kommunal hälso- och sjukvård med giltig SIP", UNIT_PERCENT,
                    "sip.hsl_with_valid_sip", "sip.hsl_patients"),
    RegionalMeasure("sip.hsl_followed_up_percent",
                    "Patienter i kommunal hälso- och sjukvård med uppföljd SIP", UNIT_PERCENT,
                    "sip.hsl_followed_up", "sip.hsl_patients"),
    _count("visits.ed_visits_80_plus", "Besök på akutmottagning, 80 år och äldre"),
    RegionalMeasure("visits.ed_visits_per_1000",
                    "Akutbesök per 1 000 patienter 80 år och äldre i registret", UNIT_PER_1000,
                    "visits.ed_visits_80_plus", "visits.patients_80_plus"),
)

_AGE_BANDS_SV = {"under_65": "under 65 år", "65_79": "65–79 år", "80_plus": "80 år och äldre"}


class RegionalRow(NamedTuple):
    """One row of the regional export, as numbers (not yet written)."""

    health_centre: str
    health_centre_code: str
    period: str
    measure: str
    label: str
    numerator: Decimal | None
    denominator: Decimal | None
    value: Decimal | None
    unit: str
    first_day: str
    last_day: str
    as_of: str


def combined_value(unit: str, numerator: Decimal | None,
                   denominator: Decimal | None) -> Decimal | None:
    """A measure's value from its parts, the one rule for a health centre and an area."""
    if numerator is None:
        return None
    if denominator is None:
        return numerator
    scale = {UNIT_PERCENT: 100, UNIT_PER_1000: 1000}.get(unit, 1)
    share = ratio(numerator * scale, denominator)
    return None if share is None else Decimal(str(share))


def _lookup(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return _MISSING
        value = value[part]
    return value


_MISSING = object()


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    return Decimal(str(value))


def _attendance(data: Mapping[str, Any]) -> Iterator[RegionalMeasure]:
    for role in data.get("attendance", {}):
        yield RegionalMeasure(f"attendance.{role}.percent",
                              f"Närvaro: {ROLE_LABELS.get(role, role)}", UNIT_PERCENT,
                              f"attendance.{role}.huddles", "huddles.held")


def _by_age(data: Mapping[str, Any]) -> Iterator[RegionalMeasure]:
    for band in data.get("samsa", {}).get("readmissions_by_age", {}):
        yield RegionalMeasure(
            f"samsa.readmissions_percent.{band}",
            f"Återinskrivningar inom 30 dagar, andel av utskrivningar, "
            f"{_AGE_BANDS_SV.get(band, band)}", UNIT_PERCENT,
            f"samsa.readmissions_by_age.{band}", f"samsa.discharges_by_age.{band}")


def measures_for(data: Mapping[str, Any]) -> Iterator[RegionalMeasure]:
    """The regional measures a report's JSON holds, in the export's order: a weekly report
    has no CFS or SIP section, so it has no such rows."""
    for measure in REGIONAL_MEASURES:
        yield measure
        if measure.key == "huddles.within_time_percent":
            yield from _attendance(data)
        if measure.key == "samsa.readmissions_percent":
            yield from _by_age(data)


def regional_rows(summary: Summary, health_centre_code: str = "") -> Iterator[RegionalRow]:
    data = summary.to_json()
    period = summary.period
    for measure in measures_for(data):
        numerator = _lookup(data, measure.numerator)
        denominator = _lookup(data, measure.denominator) if measure.denominator else None
        if numerator is _MISSING or denominator is _MISSING:
            continue
        top = _number(numerator)
        bottom = _number(denominator)
        yield RegionalRow(
            health_centre=summary.health_centre, health_centre_code=health_centre_code,
            period=period.key, measure=measure.key, label=measure.label,
            numerator=top, denominator=bottom if measure.denominator else None,
            value=combined_value(measure.unit, top, bottom if measure.denominator else None),
            unit=measure.unit, first_day=period.first.isoformat(),
            last_day=period.last.isoformat(), as_of=summary.as_of.isoformat())


# ---------------------------------------------------------------- writing


def neutralise(text: str) -> str:
    """Text a spreadsheet will not take for a formula: a leading ``=``, ``+``, ``-``, ``@``,
    tab or carriage return gets a ``'`` in front."""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def machine_number(value: Decimal | None) -> str:
    """'3.3', '100.0', '13'; '' for no value. Shares and means keep their one decimal."""
    if value is None:
        return ""
    return format(value, "f")


def swedish_number(value: Decimal | None) -> str:
    return machine_number(value).replace(".", ",")


def write_regional_csv(rows: Iterable[RegionalRow]) -> str:
    """The rows as the regional CSV text, byte-order mark first."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(REGIONAL_COLUMNS)
    for row in rows:
        writer.writerow((
            neutralise(row.health_centre), neutralise(row.health_centre_code),
            neutralise(row.period), neutralise(row.measure), neutralise(row.label),
            machine_number(row.numerator), machine_number(row.denominator),
            swedish_number(row.value), machine_number(row.value), neutralise(row.unit),
            row.first_day, row.last_day, row.as_of))
    return out.getvalue()


def regional_csv(summary: Summary, health_centre_code: str = "") -> str:
    """``huddle report ... --csv``: the summary's regional export."""
    return write_regional_csv(regional_rows(summary, health_centre_code))
