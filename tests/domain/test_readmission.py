"""The day a readmission is measured from: the same patient's latest earlier discharge."""

from datetime import date

from huddle.domain.samsa import previous_discharges


def test_previous_discharge_is_the_patients_latest_before_the_admission():
    stays = [
        (1, 10, date(2026, 9, 1), date(2026, 9, 10)),
        (2, 10, date(2026, 10, 1), date(2026, 10, 5)),
        (3, 10, date(2026, 10, 20), None),          # still in hospital
        (4, 11, date(2026, 10, 21), date(2026, 10, 22)),  # another patient
    ]
    found = previous_discharges(stays)
    assert found == {1: None, 2: date(2026, 9, 10), 3: date(2026, 10, 5), 4: None}


def test_a_discharge_on_the_admission_day_counts_and_a_later_one_does_not():
    stays = [(1, 10, date(2026, 10, 5), date(2026, 10, 20)),
             (2, 10, date(2026, 10, 20), date(2026, 10, 25))]
    assert previous_discharges(stays) == {1: None, 2: date(2026, 10, 20)}
