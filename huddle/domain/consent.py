"""Consent to discuss a patient at the joint huddle: two sources, one answer.

Region and municipality are separate principals: a named patient's health may be discussed at
the joint huddle only with the patient's consent (DOMAIN.md, "Privacy"). Consent is known from
two sources, kept apart:

- **the health centre's record** (made in the app or read from a consent list), with the date
  the patient answered, who recorded it and when it was recorded; and
- **SAMSA's "Samtycke"** column (consent to share information for the same discharge
  planning), with the moment the export said so. An export never overwrites the health
  centre's record.

:func:`consent_category` turns them into the one answer the disclosure policy uses. When in
doubt it masks: unknown consent is not consent, and a conflict masks until the nurse resolves
it (by recording the patient's answer again).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from huddle.i18n import tr_noop, translate

CONSENT_GIVEN = "given"
CONSENT_DECLINED = "declined"
CONSENT_UNKNOWN = "unknown"
CONSENT_STATES = (CONSENT_GIVEN, CONSENT_DECLINED, CONSENT_UNKNOWN)

CONSENT_LABELS = {
    CONSENT_GIVEN: tr_noop("Samtycke finns"),
    CONSENT_DECLINED: tr_noop("Samtycke saknas (nej)"),
    CONSENT_UNKNOWN: tr_noop("Samtycke ej registrerat"),
}

# What the disclosure policy needs to know.
CATEGORY_CONSENTED = "consented"
CATEGORY_NOT_CONSENTED = "not_consented"
CATEGORY_PROTECTED = "protected"

# Why two sources disagree (the register's "Att kontrollera" list).
CONFLICT_DECLINED_HERE_YES_IN_SAMSA = "declined_here_yes_in_samsa"
CONFLICT_NEWER_NO_IN_SAMSA = "newer_no_in_samsa"
CONFLICT_OLDER_NO_IN_SAMSA = "older_no_in_samsa"

CONFLICT_LABELS = {
    CONFLICT_DECLINED_HERE_YES_IN_SAMSA:
        tr_noop("Nej registrerat på vårdcentralen, men SAMSA säger Ja – vårdcentralens nej gäller"),
    CONFLICT_NEWER_NO_IN_SAMSA:
        tr_noop("SAMSA säger Nej efter vårdcentralens Ja – visas utan identitet tills du bekräftar"),
    CONFLICT_OLDER_NO_IN_SAMSA:
        tr_noop("SAMSA säger Nej, men vårdcentralen registrerade Ja senare – vårdcentralens ja gäller"),
}


class ConsentFacts(NamedTuple):
    """Everything known about one patient's consent."""

    recorded: str = CONSENT_UNKNOWN           # the health centre's record
    recorded_at: datetime | None = None       # when the record was made
    samsa: str | None = None                  # given | declined | None: what SAMSA last said
    samsa_at: datetime | None = None          # the export moment it said so
    protected: bool = False


def consent_category(facts: ConsentFacts) -> str:
    """consented, not consented or protected (PRIVACY.md, "Patients by what is recorded")."""
    if facts.protected:
        return CATEGORY_PROTECTED
    if facts.recorded == CONSENT_DECLINED:
        return CATEGORY_NOT_CONSENTED
    if facts.recorded == CONSENT_GIVEN:
        if facts.samsa == CONSENT_DECLINED and _samsa_is_newer(facts):
            return CATEGORY_NOT_CONSENTED  # until the nurse confirms
        return CATEGORY_CONSENTED
    return CATEGORY_CONSENTED if facts.samsa == CONSENT_GIVEN else CATEGORY_NOT_CONSENTED


def _samsa_is_newer(facts: ConsentFacts) -> bool:
    if facts.recorded_at is None:
        return True
    return facts.samsa_at is None or facts.samsa_at > facts.recorded_at


def consent_conflict(facts: ConsentFacts) -> str | None:
    """Why the health centre's record and SAMSA disagree, or None when they do not."""
    if facts.samsa is None or facts.recorded == CONSENT_UNKNOWN or facts.samsa == facts.recorded:
        return None
    if facts.recorded == CONSENT_DECLINED:
        return CONFLICT_DECLINED_HERE_YES_IN_SAMSA
    return CONFLICT_NEWER_NO_IN_SAMSA if _samsa_is_newer(facts) else CONFLICT_OLDER_NO_IN_SAMSA


def validate_consent(state: str, on: date | None, by: str | None, today: date) -> list[str]:
    """Swedish sentences for what stops a consent being recorded."""
    if state not in CONSENT_STATES:
        return [translate("consent", "Okänt samtyckesläge.")]
    if state == CONSENT_UNKNOWN:
        return []
    problems = []
    if on is None:
        problems.append(translate("consent", "Ange vilket datum patienten svarade."))
    elif on > today:
        problems.append(translate("consent", "Datumet {day} ligger i framtiden.").format(
            day=on.isoformat()))
    if not (by or "").strip():
        problems.append(translate("consent", "Ange vem som registrerar svaret."))
    return problems
