"""The SAMSA export: its reference layout with the usual synonyms, and reading one row.

Rows of other health centres are recognised first and cheaply, and dropped unread (data
minimisation: their identities are never parsed, stored or named in a message). The rows of
this health centre become a :class:`CaseRecord` or a :class:`RowProblem` with a Swedish reason.
A reason names the column and what is wrong, never the cell: the line number says which row it
is, and a value in the wrong column may be a personnummer or a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from huddle.domain.samsa import (
    STATUS_ADMITTED,
    STATUS_CANCELLED,
    STATUS_DISCHARGED,
    STATUS_READY,
    CaseRecord,
)
from huddle.domain.settings import normalise_vc
from huddle.i18n import translate
from huddle.intake.layout import Column, ColumnMap, Layout
from huddle.intake.values import (
    ValueProblem,
    as_day,
    as_moment,
    check_lengths,
    clean_text,
    is_before,
    parse_case_id,
    parse_name,
    parse_person,
    parse_when,
    parse_yes_no,
)

SAMSA_LAYOUT = Layout(
    kind="samsa",
    title="SAMSA-export",
    columns=(
        Column("samsa_id", "Ärende-ID", ("Ärendeid", "Ärende", "Ärendenummer", "Ärendenr",
                                         "Ärende nr", "SAMSA-ID", "SAMSA-ärende", "Ärende-nr")),
        Column("personnummer", "Personnummer",
               ("Pnr", "Personnr", "Person-nr", "Personnummer/reservnummer", "Personid",
                "Personidentitet", "Patientens personnummer", "Id-nummer", "PersonNummer"),
               required=True),
        Column("name", "Namn", ("Patientnamn", "Patient", "Namn patient", "Fullständigt namn",
                                "Efternamn, förnamn", "Patientens namn")),
        Column("first_name", "Förnamn", ("Tilltalsnamn",)),
        Column("last_name", "Efternamn"),
        Column("protected", "Skyddad identitet", ("Skyddad", "Skyddade personuppgifter",
                                                  "Sekretessmarkering", "Sekretess",
                                                  "Skyddad ID")),
        Column("hospital", "Sjukhus", ("Sjukhusnamn", "Slutenvård", "Slutenvårdsenhet")),
        Column("ward", "Avdelning", ("Vårdavdelning", "Avd", "Avd.")),
        Column("admitted_at", "Inskrivningsdatum",
               ("Inskriven", "Inskriven datum", "Inskrivning", "Inskrivningstid",
                "Inskrivningsdatum och tid", "Datum inskrivning", "Inläggningsdatum",
                "Inlagd", "Inskrivningsdag"), required=True),
        Column("pud", "Planerat utskrivningsdatum",
               ("PUD", "Beräknat utskrivningsdatum", "Planerad utskrivning",
                "Beräknad utskrivning", "Preliminärt utskrivningsdatum",
                "Prel. utskrivningsdatum", "Planerat utskr.datum", "Planerat utskrivningsdag")),
        Column("ready_at", "Utskrivningsklar",
               ("Utskrivningsklar datum", "Utskrivningsklardatum", "Datum utskrivningsklar",
                "Utskrivningsklar från", "Utskrivningsklar sedan", "Medicinskt utskrivningsklar",
                "Färdigbehandlad")),
        Column("discharged_at", "Utskrivningsdatum",
               ("Utskriven", "Utskriven datum", "Datum utskriven", "Utskrivning",
                "Faktiskt utskrivningsdatum", "Utskrivningsdag", "Utskrivningstid")),
        Column("status", "Status", ("Ärendestatus", "Ärendets status", "Läge")),
        Column("municipality", "Hemkommun", ("Kommun", "Folkbokföringskommun",
                                             "Patientens kommun")),
        Column("health_centre", "Vårdcentral",
               ("VC", "Listad vårdcentral", "Listad VC", "Listning", "Listad på",
                "Listad på vårdcentral", "Vårdcentral (listning)", "Hälsocentral",
                "Listad hälsocentral", "Vårdenhet listning", "Listningsenhet"),
               required=True),
        Column("contact", "Fast vårdkontakt", ("Vårdkontakt", "Fast vårdkontakt primärvård",
                                               "Fast vårdkontakt VC")),
        Column("municipal_hsl", "Kommunal hälso- och sjukvård",
               ("Kommunal HSL", "HSL", "Kommunal HSV", "Hemsjukvård",
                "Inskriven i hemsjukvård", "Kommunal primärvård",
                "Inskriven i kommunal hälso- och sjukvård", "Inskriven i kommunal primärvård")),
        Column("home_care", "Hemtjänst", ("Har hemtjänst", "Hemtjänst beviljad")),
        Column("sip_invited_on", "SIP-kallelse",
               ("SIP kallelse", "Kallelse SIP", "Kallelse till SIP", "SIP kallad",
                "Kallad till SIP", "SIP-kallelse skickad", "Datum SIP-kallelse", "SIP")),
        Column("consent", "Samtycke", ("Samtycke informationsöverföring",
                                       "Samtycke registrerat", "Samtycke till informationsöverföring")),
        Column("needs", "Behov efter utskrivning",
               ("Behov", "Insatser efter utskrivning", "Behov av insatser",
                "Behov vid utskrivning", "Planerade insatser")),
        Column("last_changed", "Senast ändrad",
               ("Ändrad", "Senast uppdaterad", "Uppdaterad", "Ändringsdatum",
                "Senaste ändring", "Senast ändrat", "Ändrad datum")),
    ),
)

_STATUSES = {
    "inskriven": STATUS_ADMITTED,
    "utskrivningsklar": STATUS_READY,
    "utskriven": STATUS_DISCHARGED,
    "avbruten": STATUS_CANCELLED,
    "avbrutet": STATUS_CANCELLED,
    "makulerad": STATUS_CANCELLED,
}



@dataclass(frozen=True)
class RowProblem:
    """A rejected row: where it starts in the file and why, in Swedish."""

    line: int
    reason: str

    def to_json(self) -> dict:
        return {"line": self.line, "reason": self.reason}


class VcFilter:
    """Is this row's health centre ours? Compares ignoring case and surplus spaces."""

    def __init__(self, names: Iterable[str]) -> None:
        self._ours = {normalise_vc(n) for n in names if n and n.strip()}
        self._seen: dict[str, bool] = {}  # a region has a few hundred spellings at most

    def matches(self, value: str) -> bool:
        known = self._seen.get(value)
        if known is None:
            known = normalise_vc(value) in self._ours
            if len(self._seen) < 10_000:
                self._seen[value] = known
        return known

    def named_in(self, cells: Sequence[str], delimiter: str | None) -> str | None:
        """Where a row that is not as wide as the header names this health centre anyway:
        ``"cell"`` in a cell of its own (its columns slipped), ``"merged"`` inside a cell
        that holds separators or line breaks (a quotation mark left open ran the row's
        cells, and perhaps the next rows, together), else None."""
        if any(self.matches(cell) for cell in cells):
            return "cell"
        breaks = re.compile(f"{re.escape(delimiter)}|[\r\n]" if delimiter else "[\r\n]")
        for cell in cells:
            if breaks.search(cell) and any(self.matches(piece) for piece in breaks.split(cell)):
                return "merged"
        return None


def _status(text: str | None) -> str | None:
    if text is None:
        return None
    return _STATUSES.get(text.casefold())


def _name(columns: ColumnMap, cells: Sequence[str]) -> str | None:
    label = SAMSA_LAYOUT.column
    name = parse_name(columns.value(cells, "name"), label("name").label)
    if name:
        return name
    first = parse_name(columns.value(cells, "first_name"), label("first_name").label)
    last = parse_name(columns.value(cells, "last_name"), label("last_name").label)
    if first and last:
        return f"{last}, {first}"
    return last or first


class SamsaRowReader:
    """Turns rows of this health centre into case records or row problems."""

    def __init__(self, columns: ColumnMap, *, today: date,
                 reserve_pattern: str | None) -> None:
        self.columns = columns
        self.today = today
        self.reserve_pattern = reserve_pattern
        self.width = len(columns.header)

    def health_centre(self, cells: Sequence[str]) -> str:
        return self.columns.value(cells, "health_centre")

    def raw(self, cells: Sequence[str]) -> dict[str, str]:
        """Every column of the row, unknown ones included, by header name."""
        raw = dict(zip(self.columns.header, cells, strict=False))
        for position, extra in enumerate(cells[self.width:], self.width + 1):
            if extra.strip():
                raw[translate("intake", "Kolumn {n}").format(n=position)] = extra
        return raw

    def read(self, line: int, cells: Sequence[str]) -> CaseRecord | RowProblem:
        try:
            return self._record(line, cells)
        except ValueProblem as problem:
            return RowProblem(line, str(problem))

    def _when(self, cells: Sequence[str], key: str) -> date | datetime | None:
        if not self.columns.has(key):
            return None
        return parse_when(self.columns.value(cells, key), SAMSA_LAYOUT.column(key).label)

    def _flag(self, cells: Sequence[str], key: str) -> bool | None:
        if not self.columns.has(key):
            return None
        return parse_yes_no(self.columns.value(cells, key), SAMSA_LAYOUT.column(key).label)

    def _text(self, cells: Sequence[str], key: str) -> str | None:
        return clean_text(self.columns.value(cells, key))

    def _record(self, line: int, cells: Sequence[str]) -> CaseRecord:
        extra = [c for c in cells[self.width:] if c.strip()]
        if extra:
            raise ValueProblem(translate("intake",
                "Raden har {n} fält men rubrikraden bara {m}; troligen ett skiljetecken i ett "
                "fält utan citattecken. Rätta raden eller ta en ny export."
            ).format(n=self.width + len(extra), m=self.width))
        check_lengths(cells, lambda position: SAMSA_LAYOUT.label_at(self.columns, position))
        identity = parse_person(self.columns.value(cells, "personnummer"), today=self.today,
                                reserve_pattern=self.reserve_pattern)
        name = _name(self.columns, cells)
        admitted = self._when(cells, "admitted_at")
        if admitted is None:
            raise ValueProblem(translate("intake", "Inskrivningsdatum saknas."))
        pud = self._when(cells, "pud")
        ready = self._when(cells, "ready_at")
        discharged = self._when(cells, "discharged_at")
        for key, value in (("ready_at", ready), ("discharged_at", discharged)):
            if value is not None and is_before(value, admitted):
                raise ValueProblem(translate("intake", "{column}: före inskrivningsdatumet.")
                                   .format(column=SAMSA_LAYOUT.column(key).label))
        sip = self._when(cells, "sip_invited_on")
        last_changed = self._when(cells, "last_changed")
        protected = self._flag(cells, "protected")
        return CaseRecord(
            personnummer=identity.number,
            id_kind=identity.kind,
            birth_date=identity.birth_date,
            admitted_at=as_moment(admitted),
            samsa_id=parse_case_id(self.columns.value(cells, "samsa_id"),
                                   SAMSA_LAYOUT.column("samsa_id").label),
            name=name,
            protected=protected,
            hospital=self._text(cells, "hospital"),
            ward=self._text(cells, "ward"),
            pud=as_day(pud),
            ready_at=as_moment(ready),
            discharged_at=as_moment(discharged),
            status=_status(self._text(cells, "status")),
            municipality=self._text(cells, "municipality"),
            health_centre=self._text(cells, "health_centre"),
            contact=self._text(cells, "contact"),
            municipal_hsl=self._flag(cells, "municipal_hsl"),
            home_care=self._flag(cells, "home_care"),
            sip_invited_on=as_day(sip),
            consent=self._flag(cells, "consent"),
            needs=self._text(cells, "needs"),
            last_changed=as_moment(last_changed),
            raw=self.raw(cells),
            line=line,
        )


def newer(candidate: CaseRecord, kept: CaseRecord) -> bool:
    """Of two rows of one case, does ``candidate`` win? The newest *Senast ändrad* wins; with
    no difference to go by, the row further down the file (written last) wins."""
    if candidate.last_changed is None and kept.last_changed is None:
        return True
    if candidate.last_changed is None:
        return False
    if kept.last_changed is None:
        return True
    return candidate.last_changed >= kept.last_changed
