"""Consent to discuss a patient at the joint huddle, and who scored a CFS.

Region and municipality are separate principals: a named patient's health may be discussed at
the joint huddle only with the patient's consent (DOMAIN.md, "Privacy"). Without it the shared
screen shows initials and age only (``huddle.domain.privacy``).
"""

from __future__ import annotations

from datetime import date

CONSENT_GIVEN = "given"
CONSENT_DECLINED = "declined"
CONSENT_UNKNOWN = "unknown"
CONSENT_STATES = (CONSENT_GIVEN, CONSENT_DECLINED, CONSENT_UNKNOWN)

CONSENT_LABELS = {
    CONSENT_GIVEN: "Samtycke finns",
    CONSENT_DECLINED: "Samtycke saknas (nej)",
    CONSENT_UNKNOWN: "Samtycke ej registrerat",
}

# Who may score a CFS (stored in cfs_scores.scored_by_role).
SCORER_ROLES = {
    "aldre_ssk": "Äldre-sjuksköterska",
    "sjukskoterska": "Sjuksköterska",
    "lakare": "Läkare",
    "arbetsterapeut": "Arbetsterapeut",
    "fysioterapeut": "Fysioterapeut",
    "kommunal_hsl": "Kommunal hälso- och sjukvård",
    "annan": "Annan",
}


def validate_consent(state: str, on: date | None, by: str | None, today: date) -> list[str]:
    """Swedish sentences for what stops a consent change being saved."""
    if state not in CONSENT_STATES:
        return [f"Okänt samtyckesläge {state!r}."]
    if state == CONSENT_UNKNOWN:
        return []
    problems = []
    if on is None:
        problems.append("Ange vilket datum patienten svarade.")
    elif on > today:
        problems.append(f"Datumet {on.isoformat()} ligger i framtiden.")
    if not (by or "").strip():
        problems.append("Ange vem som registrerar svaret.")
    return problems
