"""The disclosure policy, audience by audience, against PRIVACY.md's matrix.

The same four fictional patients are asked about for every audience: one consented at the
health centre, one without any consent, one who declined at the health centre although SAMSA
says "Ja", and one with protected identity.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from huddle.domain.consent import (
    CATEGORY_CONSENTED,
    CATEGORY_NOT_CONSENTED,
    CATEGORY_PROTECTED,
    CONFLICT_DECLINED_HERE_YES_IN_SAMSA,
    CONFLICT_NEWER_NO_IN_SAMSA,
    CONFLICT_OLDER_NO_IN_SAMSA,
    ConsentFacts,
    consent_category,
    consent_conflict,
)
from huddle.domain.disclosure import (
    AUDIENCE_LOG,
    AUDIENCE_MANAGER,
    AUDIENCE_ORGANISATION,
    AUDIENCE_OWN,
    AUDIENCE_ROOM,
    PatientFacts,
    age_band,
    assign_room_numbers,
    disclose,
)

DAY = date(2026, 11, 23)
RECORDED = datetime(2026, 10, 1, 9, 0)
EXPORT = datetime(2026, 11, 20, 6, 0)


def facts(consent: ConsentFacts) -> PatientFacts:
    return PatientFacts("Ek, Margareta", "194203149807", "personnummer", date(1942, 3, 14),
                        consent)


CONSENTED = facts(ConsentFacts("given", RECORDED))
NO_CONSENT = facts(ConsentFacts())
DECLINED_BUT_SAMSA_YES = facts(ConsentFacts("declined", RECORDED, "given", EXPORT))
PROTECTED = facts(ConsentFacts("given", RECORDED, protected=True))


@pytest.mark.parametrize(("consent", "category"), [
    (ConsentFacts(), CATEGORY_NOT_CONSENTED),
    (ConsentFacts(samsa="given", samsa_at=EXPORT), CATEGORY_CONSENTED),
    (ConsentFacts(samsa="declined", samsa_at=EXPORT), CATEGORY_NOT_CONSENTED),
    (ConsentFacts("given", RECORDED), CATEGORY_CONSENTED),
    (ConsentFacts("declined", RECORDED, "given", EXPORT), CATEGORY_NOT_CONSENTED),
    # The health centre's Ja, then a newer SAMSA Nej: masked until the nurse confirms.
    (ConsentFacts("given", RECORDED, "declined", EXPORT), CATEGORY_NOT_CONSENTED),
    # ... and confirmed after the export: consented again.
    (ConsentFacts("given", datetime(2026, 11, 21, 8), "declined", EXPORT), CATEGORY_CONSENTED),
    (ConsentFacts("given", RECORDED, protected=True), CATEGORY_PROTECTED),
])
def test_consent_from_two_sources_gives_one_category(consent, category):
    assert consent_category(consent) == category


def test_the_two_sources_disagreeing_is_named():
    assert consent_conflict(ConsentFacts("declined", RECORDED, "given", EXPORT)) == \
        CONFLICT_DECLINED_HERE_YES_IN_SAMSA
    assert consent_conflict(ConsentFacts("given", RECORDED, "declined", EXPORT)) == \
        CONFLICT_NEWER_NO_IN_SAMSA
    assert consent_conflict(ConsentFacts("given", datetime(2026, 11, 21), "declined",
                                         EXPORT)) == CONFLICT_OLDER_NO_IN_SAMSA
    assert consent_conflict(ConsentFacts("given", RECORDED, "given", EXPORT)) is None
    assert consent_conflict(ConsentFacts(samsa="declined", samsa_at=EXPORT)) is None


def test_own_screen_sees_everything_but_a_protected_identity():
    own = disclose(CONSENTED, AUDIENCE_OWN, day=DAY)
    assert (own.name, own.personnummer, own.age, own.masked) == (
        "Ek, Margareta", "19420314-9807", 84, False)
    assert own.details and own.free_text and own.health
    for patient in (NO_CONSENT, DECLINED_BUT_SAMSA_YES):
        shown = disclose(patient, AUDIENCE_OWN, day=DAY)
        assert (shown.name, shown.personnummer) == ("Ek, Margareta", "19420314-9807")
    protected = disclose(PROTECTED, AUDIENCE_OWN, day=DAY)
    assert (protected.name, protected.personnummer, protected.masked) == (
        "Skyddad identitet", None, True)


def test_the_room_sees_a_consented_patient_by_name_and_age_without_personnummer():
    room = disclose(CONSENTED, AUDIENCE_ROOM, day=DAY)
    assert (room.name, room.personnummer, room.age, room.masked) == (
        "Ek, Margareta", None, 84, False)
    assert room.details and room.free_text
    assert room.label == "Ek, Margareta, 84 år"


@pytest.mark.parametrize("patient", [NO_CONSENT, DECLINED_BUT_SAMSA_YES])
def test_the_room_sees_a_patient_without_consent_only_as_a_neutral_label_and_age_band(patient):
    room = disclose(patient, AUDIENCE_ROOM, day=DAY, room_number=3)
    assert room.masked
    assert room.name == "Patient utan samtycke 3"
    assert (room.personnummer, room.age, room.age_band) == (None, None, "80–89 år")
    assert not room.details and not room.free_text and room.health
    assert "Ek" not in room.label and "M." not in room.label
    assert room.label == "Patient utan samtycke 3, 80–89 år"


def test_the_room_sees_nothing_of_a_protected_identity():
    room = disclose(PROTECTED, AUDIENCE_ROOM, day=DAY, room_number=4)
    assert room.label == "Skyddad identitet"
    assert (room.personnummer, room.age, room.age_band) == (None, None, None)
    assert not (room.details or room.health or room.free_text)


def test_an_organisations_list_adds_the_personnummer_of_a_consented_patient_only():
    shown = disclose(CONSENTED, AUDIENCE_ORGANISATION, day=DAY)
    assert (shown.name, shown.personnummer, shown.free_text) == (
        "Ek, Margareta", "19420314-9807", True)
    masked = disclose(NO_CONSENT, AUDIENCE_ORGANISATION, day=DAY, room_number=1)
    assert (masked.name, masked.personnummer, masked.free_text) == (
        "Patient utan samtycke 1", None, False)
    assert masked.identity_note == "identitet lämnas av äldre-ssk"
    assert disclose(PROTECTED, AUDIENCE_ORGANISATION, day=DAY).name == "Skyddad identitet"


@pytest.mark.parametrize("audience", [AUDIENCE_MANAGER, AUDIENCE_LOG])
@pytest.mark.parametrize("patient", [CONSENTED, NO_CONSENT, DECLINED_BUT_SAMSA_YES, PROTECTED])
def test_managers_and_logs_never_see_a_person(audience, patient):
    shown = disclose(patient, audience, day=DAY)
    assert shown.masked
    assert "Ek" not in shown.label and shown.personnummer is None and shown.age is None
    assert not (shown.details or shown.free_text)


@pytest.mark.parametrize(("age", "band"), [(64, "60–69 år"), (80, "80–89 år"), (89, "80–89 år"),
                                           (99, "90–99 år"), (101, "100 år eller äldre"),
                                           (45, "under 60 år")])
def test_age_bands(age, band):
    assert age_band(age) == band


def test_room_numbers_stay_with_a_patient_for_the_day_and_new_ones_take_the_next_free():
    existing = {7: 1, 9: 2}
    new = assign_room_numbers(existing, [9, 12, 7, 3])
    assert new == {3: 3, 12: 4}
    assert assign_room_numbers({**existing, **new}, [3, 12]) == {}
