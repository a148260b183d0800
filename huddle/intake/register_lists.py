"""Two lists besides SAMSA that `huddle import` reads with the same readers and error report:

- a **CFS list** – ``Personnummer;Namn;CFS;Datum;Skattad av`` – scores made elsewhere (the
  journal, an annual check-up list) for the register;
- a **visits list** – ``Personnummer;Datum;Plats`` with Plats = VC or Akutmottagning (and an
  optional ``Namn``) – for the frequent-attender rule (mångsökare);
- a **consent list** – ``Personnummer;Samtycke;Datum;Registrerat av`` with Samtycke Ja or Nej –
  the patients' answers as the health centre recorded them (consent for the joint huddle).

The kind of file is recognised from its header. A row becomes a record or a
:class:`~huddle.intake.samsa.RowProblem` with its line and a Swedish reason that names the
column and what is wrong, never the cell's content.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from huddle.domain.cfs import SCALE_VERSION, SCORE_VERSIONS
from huddle.domain.frequent import normalise_place
from huddle.i18n import translate
from huddle.intake.layout import Column, ColumnMap, Layout
from huddle.intake.samsa import RowProblem
from huddle.intake.values import (
    ValueProblem,
    as_day,
    check_lengths,
    clean_text,
    parse_name,
    parse_person,
    parse_when,
)

_PERSONNUMMER = Column("personnummer", "Personnummer",
                       ("Pnr", "Personnr", "Person-nr", "Personnummer/reservnummer",
                        "Patientens personnummer", "Id-nummer"), required=True)

CFS_LAYOUT = Layout(
    kind="cfs",
    title="CFS-lista",
    columns=(
        _PERSONNUMMER,
        Column("name", "Namn", ("Patientnamn", "Patient", "Efternamn, förnamn")),
        Column("level", "CFS", ("CFS-nivå", "CFS nivå", "CFS-skattning", "CFS skattning",
                                "Skörhetsskattning", "Clinical Frailty Scale", "Nivå"),
               required=True),
        Column("scored_on", "Datum", ("Skattningsdatum", "Skattad datum", "Datum för skattning",
                                      "Bedömningsdatum", "CFS-datum"), required=True),
        Column("scored_by", "Skattad av", ("Skattare", "Bedömd av", "Utförd av",
                                           "Skattad av (namn, yrke)", "Signatur")),
        Column("version", "Version", ("Skalversion", "CFS-version")),
        Column("baseline_note", "Baslinje", ("Kommentar", "Anteckning", "Habitualtillstånd")),
    ),
)

VISITS_LAYOUT = Layout(
    kind="visits",
    title="Besökslista",
    columns=(
        _PERSONNUMMER,
        Column("name", "Namn", ("Patientnamn", "Patient")),
        Column("visit_date", "Datum", ("Besöksdatum", "Kontaktdatum", "Besöksdag",
                                       "Datum för besök"), required=True),
        Column("place", "Plats", ("Besöksplats", "Vårdenhet", "Mottagning", "Enhet",
                                  "Besökstyp"), required=True),
    ),
)

CONSENT_LAYOUT = Layout(
    kind="consent",
    title="Samtyckeslista",
    columns=(
        _PERSONNUMMER,
        Column("name", "Namn", ("Patientnamn", "Patient")),
        Column("consent", "Samtycke", ("Samtycke till samverkan", "Samtycke avstämning",
                                       "Samtycke huddle", "Svar", "Samtycker"),
               required=True),
        Column("consent_date", "Datum", ("Samtyckesdatum", "Datum för samtycke",
                                         "Svarsdatum", "Registrerat datum"), required=True),
        Column("recorded_by", "Registrerat av", ("Registrerad av", "Signatur", "Inhämtat av",
                                                 "Inhämtad av", "Antecknat av"),
               required=True),
    ),
)

_CONSENT_WORDS = {"ja": "given", "j": "given", "yes": "given", "nej": "declined", "n": "declined",
                  "no": "declined"}

_LEVEL = re.compile(r"^(?:cfs\s*)?(\d{1,2})(?:\s*[-–:.,].*|\s+\D.*)?$", re.IGNORECASE)



@dataclass(frozen=True)
class CfsRow:
    line: int
    personnummer: str
    id_kind: str
    birth_date: date | None
    name: str | None
    level: int
    scored_on: date
    scored_by: str | None
    version: str
    baseline_note: str | None


@dataclass(frozen=True)
class VisitRow:
    line: int
    personnummer: str
    id_kind: str
    birth_date: date | None
    visit_date: date
    place: str
    name: str | None = None


@dataclass(frozen=True)
class ConsentRow:
    line: int
    personnummer: str
    id_kind: str
    birth_date: date | None
    consent: str          # "given" | "declined" (huddle.domain.consent)
    consent_date: date
    recorded_by: str
    name: str | None = None


def parse_consent_answer(text: str | None) -> str:
    """'Ja' -> 'given', 'Nej' -> 'declined'; anything else is a problem."""
    value = (clean_text(text) or "").casefold().rstrip(".")
    if value not in _CONSENT_WORDS:
        raise ValueProblem(translate("intake", "Samtycke: skriv Ja eller Nej."))
    return _CONSENT_WORDS[value]


def parse_level(text: str | None) -> int:
    """'5', '5 – Lätt skörhet', 'CFS 5' -> 5; anything outside 1–9 is a problem."""
    value = clean_text(text)
    if value is None:
        raise ValueProblem(translate("intake", "CFS-nivå saknas."))
    match = _LEVEL.match(value)
    if match is None or not 1 <= int(match.group(1)) <= 9:
        raise ValueProblem(translate("intake", "CFS: ingen nivå; skriv en siffra 1–9."))
    return int(match.group(1))


class _Reader:
    layout: Layout

    def __init__(self, columns: ColumnMap, *, today: date, reserve_pattern: str | None) -> None:
        self.columns = columns
        self.today = today
        self.reserve_pattern = reserve_pattern
        self.width = len(columns.header)

    def _identity(self, cells: Sequence[str]):
        return parse_person(self.columns.value(cells, "personnummer"), today=self.today,
                            reserve_pattern=self.reserve_pattern)

    def _name(self, cells: Sequence[str]) -> str | None:
        return parse_name(self.columns.value(cells, "name"), self.layout.column("name").label)

    def _day(self, cells: Sequence[str], key: str, missing: str) -> date:
        value = as_day(parse_when(self.columns.value(cells, key),
                                  self.layout.column(key).label))
        if value is None:
            raise ValueProblem(missing)
        if value > self.today:
            raise ValueProblem(translate("intake", "{column}: ligger i framtiden.").format(
                column=self.layout.column(key).label))
        return value

    def _check_width(self, cells: Sequence[str]) -> None:
        if any(c.strip() for c in cells[self.width:]):
            raise ValueProblem(translate("intake", "Raden har fler fält än rubrikraden; troligen ett "
                                  "skiljetecken i ett fält utan citattecken. Rätta raden."))
        check_lengths(cells, lambda position: self.layout.label_at(self.columns, position))


class CfsRowReader(_Reader):
    layout = CFS_LAYOUT

    def read(self, line: int, cells: Sequence[str]) -> CfsRow | RowProblem:
        try:
            self._check_width(cells)
            identity = self._identity(cells)
            level = parse_level(self.columns.value(cells, "level"))
            scored_on = self._day(cells, "scored_on", translate("intake", "Skattningsdatum saknas."))
            if identity.birth_date is not None and scored_on < identity.birth_date:
                raise ValueProblem(translate("intake", "Skattningsdatumet ligger före födelsedatumet."))
            version = clean_text(self.columns.value(cells, "version")) or SCALE_VERSION
            if version not in SCORE_VERSIONS:
                raise ValueProblem(translate("intake", "Version: okänd skalversion; använd 2.0 "
                                             "eller 1.2."))
            name = self._name(cells)
        except ValueProblem as problem:
            return RowProblem(line, str(problem))
        return CfsRow(line, identity.number, identity.kind, identity.birth_date,
                      name, level, scored_on,
                      clean_text(self.columns.value(cells, "scored_by")), version,
                      clean_text(self.columns.value(cells, "baseline_note")))


class VisitRowReader(_Reader):
    layout = VISITS_LAYOUT

    def read(self, line: int, cells: Sequence[str]) -> VisitRow | RowProblem:
        try:
            self._check_width(cells)
            identity = self._identity(cells)
            visit_date = self._day(cells, "visit_date", translate("intake", "Besöksdatum saknas."))
            raw_place = clean_text(self.columns.value(cells, "place"))
            place = normalise_place(raw_place or "")
            if place is None:
                raise ValueProblem(translate("intake", "Plats: okänd; skriv VC eller "
                                             "Akutmottagning."))
            name = self._name(cells)
        except ValueProblem as problem:
            return RowProblem(line, str(problem))
        return VisitRow(line, identity.number, identity.kind, identity.birth_date, visit_date,
                        place, name)


class ConsentRowReader(_Reader):
    layout = CONSENT_LAYOUT

    def read(self, line: int, cells: Sequence[str]) -> ConsentRow | RowProblem:
        try:
            self._check_width(cells)
            identity = self._identity(cells)
            consent = parse_consent_answer(self.columns.value(cells, "consent"))
            on = self._day(cells, "consent_date", translate("intake", "Datum saknas."))
            if identity.birth_date is not None and on < identity.birth_date:
                raise ValueProblem(translate("intake", "Datum: ligger före födelsedatumet."))
            recorded_by = clean_text(self.columns.value(cells, "recorded_by"))
            if recorded_by is None:
                raise ValueProblem(translate("intake", "Registrerat av saknas."))
            name = self._name(cells)
        except ValueProblem as problem:
            return RowProblem(line, str(problem))
        return ConsentRow(line, identity.number, identity.kind, identity.birth_date, consent,
                          on, recorded_by, name)
