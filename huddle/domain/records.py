"""What storage hands the rest of the app: one typed row per stored thing, with real dates.

Rows are NamedTuples (immutable, cheap to define on the start-up path) whose date fields are
``date``/``datetime`` objects, never ISO text; nothing outside ``huddle.storage`` sees a
database row as a dict. Display text is made from them by the UI or a presenter.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
from datetime import date, datetime
from typing import NamedTuple

from huddle.domain.consent import ConsentFacts
from huddle.domain.disclosure import PatientFacts
from huddle.domain.identity import display_number
from huddle.domain.sip import SipEpisode


class Patient(NamedTuple):
    id: int
    personnummer: str            # 12 digits with century, or a reserve number as written
    id_kind: str
    name: str | None
    birth_date: date | None
    protected: bool
    consent: str                 # as the health centre recorded it: given | declined | unknown
    consent_date: date | None = None
    consent_by: str | None = None
    consent_recorded_at: datetime | None = None
    samsa_consent: str | None = None   # what SAMSA last said: given | declined | None
    samsa_consent_at: datetime | None = None
    municipal_hsl: bool | None = None
    home_care: bool | None = None
    flagged_at: datetime | None = None
    flag_reason: str | None = None
    fictional: bool = False
    source: str = "manual"

    @property
    def personnummer_display(self) -> str:
        return display_number(self.personnummer, self.id_kind)

    @property
    def consent_facts(self) -> ConsentFacts:
        return ConsentFacts(recorded=self.consent, recorded_at=self.consent_recorded_at,
                            samsa=self.samsa_consent, samsa_at=self.samsa_consent_at,
                            protected=self.protected)

    @property
    def facts(self) -> PatientFacts:
        """What the disclosure policy needs to know of the patient."""
        return PatientFacts(name=self.name, personnummer=self.personnummer,
                            id_kind=self.id_kind, birth_date=self.birth_date,
                            consent=self.consent_facts)


class Case(NamedTuple):
    """A SAMSA case (ärende) as last exported."""

    id: int
    patient_id: int
    case_key: str
    hospital: str | None
    ward: str | None
    admitted_at: datetime
    pud: date | None
    ready_at: datetime | None
    discharged_at: datetime | None
    status: str
    contact: str | None = None
    needs: str | None = None
    sip_invited_on: date | None = None
    gone_at: datetime | None = None


class CaseEvent(NamedTuple):
    id: int
    case_id: int
    patient_id: int
    at: datetime
    kind: str
    old_value: str | None
    new_value: str | None


class CfsScore(NamedTuple):
    id: int
    patient_id: int
    level: int
    scale_version: str
    scored_on: date
    scored_by_role: str | None
    scored_by_name: str | None
    baseline_note: str | None
    source: str


class Sip(NamedTuple):
    """One SIP episode as stored."""

    id: int
    patient_id: int
    episode: SipEpisode
    note: str | None
    source: str
    updated_at: datetime

    @property
    def state(self) -> str:
        return self.episode.state


class Followup(NamedTuple):
    """A need for follow-up at home, or the 72-hour call (``kind == 'call_72h'``)."""

    id: int
    patient_id: int
    case_id: int | None
    huddle_id: int | None
    kind: str
    reason: str
    actor: str
    due_on: date | None          # the day it is due
    due_at: datetime | None      # the moment, for the 72-hour call
    note: str | None
    status: str                  # open | done | cancelled
    done_at: datetime | None
    done_by: str | None
    outcome: str | None
    created_at: datetime


class Decision(NamedTuple):
    id: int
    huddle_id: int | None
    patient_id: int | None
    what: str
    responsible_role: str
    responsible_name: str | None
    due_on: date | None
    status: str                  # open | done
    done_at: datetime | None
    escalated_at: datetime | None
    escalated_to: str | None
    escalation_question: str | None
    answer_text: str | None
    answer_by: str | None
    answer_at: datetime | None
    created_at: datetime

