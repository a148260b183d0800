"""Weeks and months as the user writes them."""

from __future__ import annotations

from datetime import date

import pytest

from huddle.errors import InputError
from huddle.reports.period import parse_month, parse_week


def test_iso_week_across_new_year():
    week = parse_week("2026-W53")
    assert (week.first, week.last) == (date(2026, 12, 28), date(2027, 1, 3))
    assert week.key == "2026-W53"
    assert week.span == "28 december 2026 – 3 januari 2027"
    assert parse_week("2027w1").first == date(2027, 1, 4)


def test_month_label_and_previous():
    month = parse_month("2026-01")
    assert month.label == "januari 2026"
    assert month.previous().key == "2025-12"
    assert parse_month("2026-11").span == "1–30 november 2026"


@pytest.mark.parametrize("text", ["", "W47", "2026-W0", "2025-W53", "0000-W01"])
def test_bad_weeks(text):
    with pytest.raises(InputError):
        parse_week(text)


@pytest.mark.parametrize("text", ["2026-00", "2026-13", "26-11", "2026/11"])
def test_bad_months(text):
    with pytest.raises(InputError):
        parse_month(text)
