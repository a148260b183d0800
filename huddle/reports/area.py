"""The area report: several health centres' regional CSVs of one period, side by side.

Each health centre's database stays where it is; what travels is its regional export
(:mod:`huddle.reports.regional`), numbers only. Here those files are read back, checked (one
period, each health centre once) and combined: the area's value of a measure is recomputed
from the summed numerators and denominators with the export's own rule, never averaged.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from huddle.errors import InputError
from huddle.i18n import translate
from huddle.reports.period import parse_month, parse_quarter, parse_week, parse_year
from huddle.reports.regional import REGIONAL_COLUMNS, combined_value

_NEUTRALISED = re.compile(r"^'[=+\-@\t\r]")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class AreaCentre:
    name: str
    code: str
    file: str
    as_of: date

    def to_json(self, last_day: date) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "file": self.file,
                "as_of": self.as_of.isoformat(), "complete": self.as_of >= last_day}


@dataclass(frozen=True)
class AreaCell:
    numerator: Decimal | None
    denominator: Decimal | None
    value: Decimal | None

    def to_json(self) -> dict[str, Any]:
        return {"numerator": _json_number(self.numerator),
                "denominator": _json_number(self.denominator),
                "value": _json_number(self.value)}


@dataclass(frozen=True)
class AreaMeasure:
    key: str
    label: str
    unit: str
    cells: tuple[AreaCell | None, ...]     # one per health centre; None: not in its file
    total: AreaCell

    @property
    def has_denominator(self) -> bool:
        return any(cell is not None and cell.denominator is not None for cell in self.cells)


@dataclass(frozen=True)
class AreaReport:
    period_key: str
    first: date
    last: date
    label: str
    made_at: datetime
    centres: tuple[AreaCentre, ...]
    measures: tuple[AreaMeasure, ...]

    @property
    def incomplete(self) -> tuple[AreaCentre, ...]:
        return tuple(centre for centre in self.centres if centre.as_of < self.last)

    def to_json(self) -> dict[str, Any]:
        return {
            "report": "area",
            "period": {"key": self.period_key, "first": self.first.isoformat(),
                       "last": self.last.isoformat(), "label": self.label},
            "made_at": self.made_at.isoformat(timespec="minutes"),
            "health_centres": [centre.to_json(self.last) for centre in self.centres],
            "measures": [{
                "measure": m.key, "label": m.label, "unit": m.unit,
                "health_centres": [cell.to_json() if cell else None for cell in m.cells],
                "total": m.total.to_json(),
            } for m in self.measures],
        }


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and "." not in str(value) \
        else float(value)


# ---------------------------------------------------------------- reading the files


@dataclass(frozen=True)
class _Row:
    measure: str
    label: str
    unit: str
    numerator: Decimal | None
    denominator: Decimal | None


@dataclass(frozen=True)
class _Export:
    centre: AreaCentre
    period: str
    first: date
    last: date
    rows: tuple[_Row, ...]


def _not_regional(path: Path, why: str) -> InputError:
    return InputError(translate(
        "area", "Filen {path} är ingen regional CSV från Huddle ({why}); den har inte "
        "ändrats. Varje vårdcentral skapar sin fil med 'huddle report monthly --csv "
        "vardcentral-manad.csv' (ett nytt filnamn)."
    ).format(path=path, why=why))


def _plain(text: str) -> str:
    """A text cell as it was before the export neutralised it for spreadsheets."""
    return text[1:] if _NEUTRALISED.match(text) else text


def _decimal(path: Path, line: int, column: str, text: str) -> Decimal | None:
    if text == "":
        return None
    if not _NUMBER.match(text):
        raise _not_regional(path, translate(
            "area", "rad {line}: {column} {text!r} är inget tal").format(
                line=line, column=column, text=text))
    return Decimal(text)


def _day(path: Path, line: int, column: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _not_regional(path, translate(
            "area", "rad {line}: {column} {text!r} är inget datum").format(
                line=line, column=column, text=text)) from None


def _one(path: Path, values: set[str], column: str) -> str:
    if len(values) != 1:
        raise _not_regional(path, translate(
            "area", "kolumnen {column} har flera olika värden: {values}").format(
                column=column, values=", ".join(sorted(values))))
    return next(iter(values))


def read_export(path: Path) -> _Export:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(translate("area", "Filen {path} finns inte.").format(path=path)) \
            from None
    except OSError as exc:
        raise InputError(translate("area", "Filen {path} går inte att läsa ({reason}).").format(
            path=path, reason=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:    # opened and saved again by Excel ("CSV (semikolonavgränsad)"): Windows-1252
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise _not_regional(path, translate(
                "area", "den är varken UTF-8 eller Windows-1252")) from None
    reader = csv.DictReader(text.splitlines(), delimiter=";")
    missing = [c for c in REGIONAL_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise _not_regional(path, translate("area", "kolumner saknas: {columns}").format(
            columns=", ".join(missing)))
    records = list(reader)
    if not records:
        raise _not_regional(path, translate("area", "den har inga mått"))
    rows = []
    for line, record in enumerate(records, start=2):
        if None in record or any(record[c] is None for c in REGIONAL_COLUMNS):
            raise _not_regional(path, translate(
                "area", "rad {line} har fel antal fält").format(line=line))
        rows.append(_Row(
            measure=_plain(record["measure"]), label=_plain(record["label"]),
            unit=_plain(record["unit"]),
            numerator=_decimal(path, line, "numerator", record["numerator"]),
            denominator=_decimal(path, line, "denominator", record["denominator"])))
    name = _plain(_one(path, {r["health_centre"] for r in records}, "health_centre"))
    code = _plain(_one(path, {r["health_centre_code"] for r in records}, "health_centre_code"))
    period = _plain(_one(path, {r["period"] for r in records}, "period"))
    first = _one(path, {r["first_day"] for r in records}, "first_day")
    last = _one(path, {r["last_day"] for r in records}, "last_day")
    as_of = _one(path, {r["as_of"] for r in records}, "as_of")
    return _Export(AreaCentre(name, code, path.name, _day(path, 2, "as_of", as_of)), period,
                   _day(path, 2, "first_day", first), _day(path, 2, "last_day", last),
                   tuple(rows))


def period_label(key: str) -> str:
    """'november 2026', 'vecka 47 2026', 'kvartal 4 2026'; other periods by their key."""
    try:
        if re.fullmatch(r"\d{4}-W\d{2}", key):
            return parse_week(key).label
        if re.fullmatch(r"\d{4}-\d{2}", key):
            return parse_month(key).label
        if re.fullmatch(r"\d{4}-Q\d", key):
            return parse_quarter(key).label
        if re.fullmatch(r"\d{4}", key):
            return parse_year(key).label
    except InputError:
        pass
    return key


# ---------------------------------------------------------------- combining


def _check_together(exports: Sequence[_Export]) -> None:
    periods = {(e.period, e.first, e.last) for e in exports}
    if len(periods) > 1:
        listed = ", ".join(f"{e.centre.file}: {e.period}" for e in exports)
        raise InputError(translate(
            "area", "Filerna gäller olika perioder ({listed}). En områdesrapport sammanställer "
            "en och samma period: skapa exporterna för samma vecka eller månad."
        ).format(listed=listed))
    seen: dict[str, str] = {}
    for export in exports:
        who = export.centre.code or export.centre.name
        if who in seen:
            raise InputError(translate(
                "area", "{name} finns i både {first} och {second}. Varje vårdcentral ska "
                "vara med en gång, annars räknas den dubbelt."
            ).format(name=export.centre.name, first=seen[who], second=export.centre.file))
        seen[who] = export.centre.file


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


def combine(paths: Sequence[Path], made_at: datetime) -> AreaReport:
    """The area report of the regional CSVs ``paths``."""
    if not paths:
        raise InputError(translate("area", "Ange minst en regional CSV-fil."))
    resolved = [Path(path).resolve() for path in paths]
    for index, path in enumerate(resolved):
        if path in resolved[:index]:
            raise InputError(translate(
                "area", "Filen {path} är angiven två gånger. Ange varje vårdcentrals fil en "
                "gång, annars räknas den dubbelt.").format(path=paths[index]))
    exports = [read_export(Path(path)) for path in paths]
    _check_together(exports)
    order: dict[str, _Row] = {}
    for export in exports:
        for row in export.rows:
            order.setdefault(row.measure, row)
    by_centre = [{row.measure: row for row in export.rows} for export in exports]
    measures = []
    for key, first_row in order.items():
        rows = [rows.get(key) for rows in by_centre]
        cells = tuple(None if row is None else AreaCell(
            row.numerator, row.denominator,
            combined_value(row.unit, row.numerator, row.denominator)) for row in rows)
        numerator = _sum([row.numerator for row in rows if row is not None])
        has_denominator = any(row is not None and row.denominator is not None for row in rows)
        denominator = _sum([row.denominator for row in rows if row is not None]) \
            if has_denominator else None
        if has_denominator and denominator is None:
            denominator = Decimal(0)
        total = AreaCell(numerator, denominator,
                         combined_value(first_row.unit, numerator, denominator))
        measures.append(AreaMeasure(key, first_row.label, first_row.unit, cells, total))
    head = exports[0]
    return AreaReport(head.period, head.first, head.last, period_label(head.period),
                      made_at, tuple(e.centre for e in exports), tuple(measures))
