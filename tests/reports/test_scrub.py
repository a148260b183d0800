"""The scrubber: the second line of defence before a report quotes an escalation's question
or answer. Each case is something a nurse in a hurry could write."""

from __future__ import annotations

import pytest

from huddle.reports.scrub import Scrubber

scrub = Scrubber(["Lindqvist, Karin", "Ek, Sven-Åke", "Åberg, Märta"])


@pytest.mark.parametrize(("text", "gone"), [
    ("Karins dotter vill ha ett möte", "Karin"),
    ("Eks granne har ringt", "Ek"),
    ("Sven Åke och Sven-Åke", "Sven"),
    ("Åbergs hemtjänst", "Åberg"),
    ("Ring dottern på 070-123 45 67", "123 45 67"),
    ("ring +46 70 123 45 67 före tolv", "123 45 67"),
    ("växeln 0320-12 34 56", "12 34 56"),
    ("Bor på Storgatan 4 B i Kinna", "Storgatan"),
    ("flyttar till Kyrkvägen 12", "Kyrkvägen"),
    ("född 1942-03-12", "1942-03-12"),
    ("född 12/3 1942", "1942"),
    ("född 12 mars 1942", "1942"),
    ("pnr 19420312-1234", "1234"),
    ("ärende 4200123", "4200123"),
])
def test_what_identifies_a_person_is_blanked(text, gone):
    out = scrub(text)
    assert gone.casefold() not in out.casefold(), out


@pytest.mark.parametrize("text", [
    "Kan kommunen utöka hemtjänstens bemanning kvällstid?",
    "Vi behöver 3 platser på korttids inom 14 dagar",
    "Svar: ja, från vecka 50",
])
def test_a_question_for_managers_keeps_its_words_and_small_numbers(text):
    assert scrub(text) == text


def test_no_names_known_still_blanks_numbers_and_addresses():
    out = Scrubber([])("Ring 070-123 45 67, Storgatan 4")
    assert "070" not in out and "Storgatan" not in out


@pytest.mark.parametrize("text", ["Uppdatera vårdplan och boka SIP", "Hemma på vägen hem",
                                  "Gatan är hal, fallrisk"])
def test_words_that_only_end_like_a_street_stay(text):
    assert "[adress]" not in scrub(text)
