"""The disclosure policy: what each audience may see of a patient. The one place that decides.

Every output that shows, prints or exports a patient — the nurse's window, the room (projector,
room mode, ``board --json --projector``), an organisation's action list, a manager's report,
logs and messages — asks :func:`disclose` and shows only what the answer allows. The matrix it
implements is PRIVACY.md's; where Huddle decides otherwise, docs/privacy.md says why.

=================== ========= ================ ==================== ==============
field               own        room: consented  room: not consented  room: protected
=================== ========= ================ ==================== ==============
name                yes (1)    yes              neutral label        "Skyddad identitet"
personnummer        yes (1)    no               no                   no
age                 exact      exact            band ("80–89 år")    nothing
hospital/ward/dates yes        yes              relative only        no
reason, CFS level   yes        yes              yes (standard words) no
free text           yes        yes              standard words only  no
=================== ========= ================ ==================== ==============

(1) a protected identity is "Skyddad identitet" with no personnummer on every screen.

An organisation's list sees what the room sees, and the personnummer and free text of a
consented patient; a patient without consent there is the neutral label with "identitet lämnas
av äldre-ssk". Managers and logs see no patient at all.
"""

# Annotations evaluated, no `from __future__ import annotations`: typing would compile the
# text of every NamedTuple field's annotation at import, on the app's start-up path.
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import NamedTuple

from huddle.domain.consent import (
    CATEGORY_CONSENTED,
    CATEGORY_PROTECTED,
    ConsentFacts,
    consent_category,
)
from huddle.domain.identity import age_on, display_number
from huddle.i18n import tr_label, tr_noop, translate

AUDIENCE_OWN = "own"                    # the nurse (or another health-centre user) alone
AUDIENCE_ROOM = "room"                  # everyone at the huddle, region and municipality
AUDIENCE_ORGANISATION = "organisation"  # one organisation's list after the huddle
AUDIENCE_MANAGER = "manager"            # reports, the regional CSV, the area report
AUDIENCE_LOG = "log"                    # log files, error messages, import results

AUDIENCES = (AUDIENCE_OWN, AUDIENCE_ROOM, AUDIENCE_ORGANISATION, AUDIENCE_MANAGER,
             AUDIENCE_LOG)

PROTECTED_LABEL = tr_noop("Skyddad identitet")


class PatientFacts(NamedTuple):
    """What the policy needs to know of one patient."""

    name: str | None
    personnummer: str
    id_kind: str
    birth_date: date | None
    consent: ConsentFacts


class Disclosure(NamedTuple):
    """What one audience may see of one patient. Fields the audience may not see are None."""

    audience: str
    category: str
    masked: bool              # shown without identity
    name: str                 # the name, the neutral label or "Skyddad identitet"
    personnummer: str | None
    age: int | None
    age_band: str | None      # for a masked patient in the room: "80–89 år"
    details: bool             # hospital, ward and exact dates may be shown
    health: bool              # the lane's reason in standard words, the CFS level
    free_text: bool           # decision text, flag reason, notes, escalation answers
    identity_note: str | None = None  # on an organisation's list: where the identity is

    @property
    def label(self) -> str:
        """The name as a screen or a list shows it, with the age (band) where allowed."""
        if self.age is not None:
            return translate("privacy", "{name}, {age} år").format(name=self.name, age=self.age)
        if self.age_band is not None:
            return f"{self.name}, {self.age_band}"
        return self.name


def age_band(age: int) -> str:
    """Ten-year bands: '80–89 år'; the youngest and the oldest are grouped further."""
    if age < 60:
        return translate("privacy", "under 60 år")
    if age >= 100:
        return translate("privacy", "100 år eller äldre")
    low = age // 10 * 10
    return translate("privacy", "{low}–{high} år").format(low=low, high=low + 9)


def neutral_label(number: int | None) -> str:
    if number is None:
        return translate("privacy", "Patient utan samtycke")
    return translate("privacy", "Patient utan samtycke {n}").format(n=number)


def needs_room_label(facts: PatientFacts) -> bool:
    """Shown to the room only under a neutral, numbered label."""
    return consent_category(facts.consent) not in (CATEGORY_CONSENTED, CATEGORY_PROTECTED)


def disclose(facts: PatientFacts, audience: str, *, day: date,
             room_number: int | None = None) -> Disclosure:
    """What ``audience`` may see of the patient on ``day``.

    ``room_number`` is the patient's neutral label number for the day (see
    :func:`assign_room_numbers`); it only matters when the patient is masked.
    """
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    category = consent_category(facts.consent)
    age = age_on(facts.birth_date, day) if facts.birth_date else None
    name = facts.name or translate("privacy", "Namn saknas")
    number = display_number(facts.personnummer, facts.id_kind)
    protected = tr_label(PROTECTED_LABEL)
    if audience in (AUDIENCE_MANAGER, AUDIENCE_LOG):
        # No person at all: aggregate reports and messages never name or identify a patient.
        return Disclosure(audience, category, True, translate("privacy", "patient"), None,
                          None, None, False, False, False)
    if category == CATEGORY_PROTECTED:
        shown_age = age if audience == AUDIENCE_OWN else None
        return Disclosure(audience, category, True, protected, None, shown_age, None,
                          audience == AUDIENCE_OWN, audience == AUDIENCE_OWN,
                          audience == AUDIENCE_OWN)
    if audience == AUDIENCE_OWN:
        return Disclosure(audience, category, False, name, number, age, None, True, True, True)
    if category == CATEGORY_CONSENTED:
        shown_number = number if audience == AUDIENCE_ORGANISATION else None
        return Disclosure(audience, category, False, name, shown_number, age, None, True, True,
                          True)
    note = translate("privacy", "identitet lämnas av äldre-ssk") \
        if audience == AUDIENCE_ORGANISATION else None
    return Disclosure(audience, category, True, neutral_label(room_number), None, None,
                      age_band(age) if age is not None else None, False, True, False, note)


def assign_room_numbers(existing: Mapping[int, int], needed: Iterable[int]) -> dict[int, int]:
    """Numbers for the day's neutral labels: a patient keeps the number first given that day,
    and a newly masked patient gets the next free one. Returns only the new assignments."""
    taken = set(existing.values())
    new: dict[int, int] = {}
    following = 1
    for patient_id in sorted(set(needed)):
        if patient_id in existing:
            continue
        while following in taken:
            following += 1
        new[patient_id] = following
        taken.add(following)
    return new


# --------------------------------------------------------------------------- logs
# The log audience sees no patient. Code that logs passes ids and counts, but an error's text
# (a traceback, SQLite's or a library's message) may quote a cell: every line written to the
# log goes through mask_for_log first.
_LOG_ID = re.compile(r"(?<![0-9A-Za-z])(?:\d{2})?\d{6}\s?[-+]?\s?\d{4}(?![0-9A-Za-z])")
# A run of 6+ digits standing alone (not part of a file name, path, hash or time stamp).
_LOG_DIGITS = re.compile(r"(?<![\w./\\:-])\d{6,}(?![\w./\\:-])")
LOG_MASK = "######"


def mask_for_log(text: str) -> str:
    """``text`` with anything shaped like an identity number, and any run of six or more
    digits standing alone, replaced by ``######``."""
    return _LOG_DIGITS.sub(LOG_MASK, _LOG_ID.sub(LOG_MASK, text))
