"""Who may be identified where: protected identity and consent."""

from __future__ import annotations

import pytest

from huddle.domain.privacy import initials, shown_identity


@pytest.mark.parametrize(("name", "expected"), [
    ("Ek, Margareta", "M. E."),
    ("Björk, Sven-Åke", "S. B."),
    ("Sven-Åke Björk", "S. B."),
    ("Anna Maria von Essen", "A. E."),
    ("öberg, ingrid", "I. Ö."),
    ("Ek", "E."),
    ("", "?"),
    (None, "?"),
])
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize("projector", [False, True])
@pytest.mark.parametrize("consent", ["given", "declined", "unknown"])
def test_protected_identity_is_hidden_everywhere(projector, consent):
    shown = shown_identity(name="Ek, Margareta", personnummer_display="19420314-9807",
                           protected=True, consent=consent, projector=projector)
    assert (shown.name, shown.personnummer, shown.masked) == ("Skyddad identitet", None, True)


@pytest.mark.parametrize("consent", ["declined", "unknown"])
def test_without_consent_initials_on_the_projector_and_full_on_the_nurses_screen(consent):
    wall = shown_identity(name="Ek, Margareta", personnummer_display="19420314-9807",
                          protected=False, consent=consent, projector=True)
    assert (wall.name, wall.personnummer, wall.masked) == ("M. E.", None, True)
    desk = shown_identity(name="Ek, Margareta", personnummer_display="19420314-9807",
                          protected=False, consent=consent, projector=False)
    assert (desk.name, desk.personnummer, desk.masked) == (
        "Ek, Margareta", "19420314-9807", False)


def test_with_consent_the_projector_shows_the_name_but_no_personnummer():
    shown = shown_identity(name="Ek, Margareta", personnummer_display="19420314-9807",
                           protected=False, consent="given", projector=True)
    assert (shown.name, shown.personnummer, shown.masked) == ("Ek, Margareta", None, False)


def test_a_patient_without_a_name_is_said_so_in_swedish():
    shown = shown_identity(name=None, personnummer_display="19420314-9807",
                           protected=False, consent="given", projector=False)
    assert shown.name == "Namn saknas"
