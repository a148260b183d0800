"""Who may be identified where (Patient Data Act, secrecy between principals).

- Protected identity (skyddad identitet): never a name or personnummer, on any screen,
  printout or export; shown as "Skyddad identitet".
- No recorded consent: identifiable on the nurse's own screen, but on the shared screen
  (projector) only initials and age.
- The shared screen never shows a personnummer, consent or not.
"""

from __future__ import annotations

from typing import NamedTuple

from huddle.i18n import tr_label, translate

PROTECTED_LABEL = "Skyddad identitet"


class ShownIdentity(NamedTuple):
    name: str
    personnummer: str | None
    masked: bool


def initials(name: str | None) -> str:
    """'Ek, Margareta' -> 'M. E.'; 'Sven-Åke Björk' -> 'S. B.'."""
    if not name:
        return "?"
    if "," in name:
        last, first = (part.strip() for part in name.split(",", 1))
        parts = [first, last]
    else:
        parts = name.split()
        parts = [parts[0], parts[-1]] if len(parts) > 1 else parts
    return " ".join(f"{p[0].upper()}." for p in parts if p)


def shown_identity(
    *,
    name: str | None,
    personnummer_display: str | None,
    protected: bool,
    consent: str,
    projector: bool,
) -> ShownIdentity:
    if protected:
        return ShownIdentity(tr_label(PROTECTED_LABEL), None, True)
    if projector and consent != "given":
        return ShownIdentity(initials(name), None, True)
    # The room needs a name to talk about, never a personnummer (data minimisation).
    shown_number = None if projector else personnummer_display
    return ShownIdentity(name or translate("privacy", "Namn saknas"), shown_number, False)
