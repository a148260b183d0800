"""Swedish identity numbers as SAMSA exports write them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.se import personnummer as stdnum_pnr

from huddle.domain.identity import (
    PERSONNUMMER,
    RESERVNUMMER,
    SAMORDNINGSNUMMER,
    IdentityError,
    age_on,
    parse_identity,
    with_check_digit,
)
from huddle.domain.settings import Settings

TODAY = date(2026, 11, 23)
RESERVE_PATTERN = Settings().reserve_number_pattern


def parse(text: str, today: date = TODAY, **kwargs):
    return parse_identity(text, today=today, **kwargs)


@pytest.mark.parametrize(
    "text",
    ["19121212-1212", "191212121212", "19121212 1212", " 19121212-1212 ", "121212+1212"],
)
def test_every_written_form_of_the_same_personnummer_is_stored_alike(text):
    identity = parse(text)
    assert identity.number == "191212121212"
    assert identity.kind == PERSONNUMMER
    assert identity.birth_date == date(1912, 12, 12)
    assert identity.display == "19121212-1212"


def test_ten_digits_without_separator_means_under_a_hundred():
    assert parse("1212121212").birth_date == date(2012, 12, 12)
    assert parse("121212-1212").birth_date == date(2012, 12, 12)


def test_a_known_valid_number_agrees_with_python_stdnum():
    assert stdnum_pnr.is_valid("811218-9876")
    assert parse("811218-9876").number == "198112189876"


@pytest.mark.parametrize("text", ["19121212-1213", "121212-1211", "811218-9875", "194508711234"])
def test_a_wrong_check_digit_is_refused_in_swedish(text):
    with pytest.raises(IdentityError, match="fel kontrollsiffra"):
        parse(text)


def test_samordningsnummer_is_accepted_with_the_real_birth_date():
    # Day 71 = the 11th + 60.
    assert not stdnum_pnr.is_valid("450871-1233")  # stdnum refuses it; we must not
    identity = parse("450871-1233")
    assert identity.kind == SAMORDNINGSNUMMER
    assert identity.birth_date == date(1945, 8, 11)
    assert identity.number == "194508711233"
    assert identity.display == "19450871-1233"


def test_samordningsnummer_with_an_impossible_day_is_refused():
    number = with_check_digit("450892123")  # day 92 - 60 = 32
    with pytest.raises(IdentityError, match="omöjligt datum"):
        parse(number)


@pytest.mark.parametrize("first_nine", ["191301123", "191232123", "191200123", "190631123"])
def test_impossible_dates_are_refused(first_nine):
    with pytest.raises(IdentityError, match="omöjligt datum"):
        parse(with_check_digit(first_nine))


def test_29_february_exists_only_in_leap_years():
    assert parse("20000229-1235").birth_date == date(2000, 2, 29)
    with pytest.raises(IdentityError, match="omöjligt datum"):
        parse("19000229-1235")
    # With a plus sign the same ten digits mean 1900, which had no 29 February.
    assert parse("000229-1235").birth_date == date(2000, 2, 29)
    with pytest.raises(IdentityError, match="omöjligt datum"):
        parse("000229+1235")


def test_plus_means_a_hundred_or_older():
    assert parse("260301+1236").birth_date == date(1926, 3, 1)


def test_plus_applies_from_the_year_of_the_hundredth_birthday_not_the_day():
    # Born 1 December 1926: from 1 January 2026 written with '+', before the birthday.
    identity = parse("261201+1235")
    assert identity.birth_date == date(1926, 12, 1)
    assert identity.number == "192612011235"
    assert age_on(identity.birth_date, TODAY) == 99


def test_minus_for_someone_born_earlier_this_century_and_today():
    assert parse("261123-1230").birth_date == date(2026, 11, 23)
    assert parse("281016-1238").birth_date == date(1928, 10, 16)


def test_a_birth_date_in_the_future_is_refused():
    with pytest.raises(IdentityError, match="framtiden"):
        parse("20261124-1239")


@pytest.mark.parametrize("text", ["", "   ", None])
def test_missing_number(text):
    with pytest.raises(IdentityError, match="Personnummer saknas"):
        parse(text)


@pytest.mark.parametrize("text", ["abc", "12345", "19121212-12", "1912-12-12-1212"])
def test_wrong_form_is_refused_with_the_expected_form(text):
    with pytest.raises(IdentityError, match="ÅÅÅÅMMDD-NNNN"):
        parse(text)


@pytest.mark.parametrize("text", ["RV123456", "rv 123456", "19500101XY12", "VG99887766"])
def test_reserve_numbers_are_kept_as_written_in_upper_case(text):
    identity = parse(text, reserve_pattern=RESERVE_PATTERN)
    assert identity.kind == RESERVNUMMER
    assert identity.birth_date is None
    assert identity.number == text.replace(" ", "").upper()
    assert identity.display == identity.number


def test_reserve_numbers_are_refused_without_a_pattern():
    with pytest.raises(IdentityError):
        parse("RV123456")


def test_an_invalid_personnummer_is_not_taken_for_a_reserve_number():
    with pytest.raises(IdentityError, match="kontrollsiffra"):
        parse("19121212-1213", reserve_pattern=RESERVE_PATTERN)


def test_ages_for_someone_born_29_february():
    born = date(1940, 2, 29)
    assert age_on(born, date(2026, 2, 28)) == 85
    assert age_on(born, date(2026, 3, 1)) == 86
    assert age_on(born, date(2028, 2, 28)) == 87
    assert age_on(born, date(2028, 2, 29)) == 88


def test_age_turns_on_the_birthday():
    born = date(1940, 11, 23)
    assert age_on(born, date(2026, 11, 22)) == 85
    assert age_on(born, date(2026, 11, 23)) == 86


@given(
    born=st.one_of(
        st.dates(min_value=date(1901, 1, 1), max_value=TODAY),
        # The year of the hundredth birthday, where '+' begins before the birthday.
        st.dates(min_value=date(TODAY.year - 100, 1, 1), max_value=date(TODAY.year - 100, 12, 31)),
    ),
    serial=st.integers(min_value=0, max_value=999),
    coordination=st.booleans(),
)
def test_every_form_of_a_generated_number_gives_the_same_identity(born, serial, coordination):
    day = born.day + 60 if coordination else born.day
    first_nine = f"{born:%y%m}{day:02d}{serial:03d}"
    ten = with_check_digit(first_nine)
    twelve = f"{born.year // 100}{ten}"
    separator = "+" if TODAY.year - born.year >= 100 else "-"
    for text in (twelve, f"{twelve[:8]}-{twelve[8:]}", f"{ten[:6]}{separator}{ten[6:]}"):
        identity = parse(text)
        assert identity.number == twelve
        assert identity.birth_date == born
        assert identity.kind == (SAMORDNINGSNUMMER if coordination else PERSONNUMMER)


def test_the_day_after_today_is_the_future_in_every_form():
    tomorrow = TODAY + timedelta(days=1)
    twelve = f"{tomorrow:%Y%m%d}" + with_check_digit(f"{tomorrow:%y%m%d}123")[6:]
    with pytest.raises(IdentityError, match="framtiden"):
        parse(twelve)


@pytest.mark.parametrize("text", ["19380412112", "3804121", "193804121"])
def test_a_truncated_personnummer_is_not_taken_for_a_reserve_number(text):
    with pytest.raises(IdentityError):
        parse(text, reserve_pattern=RESERVE_PATTERN)


def test_nine_digits_say_that_excel_dropped_the_leading_zero():
    # 050310-1107, born 2005: a number cell in Excel keeps 503101107.
    text = "503101107"
    assert parse("0" + text).birth_date == date(2005, 3, 10)
    with pytest.raises(IdentityError) as refused:
        parse(text)
    assert refused.value.kind == "lost_zero"
    assert "inledande nolla" in str(refused.value) and "Excel" in str(refused.value)


def test_nine_digits_that_no_zero_would_repair_are_only_the_wrong_form():
    with pytest.raises(IdentityError) as refused:
        parse("503101108")
    assert refused.value.kind == "form"


@pytest.mark.parametrize("text", ["1,94001E+11", "1.94001e+11", "1,9E11"])
def test_a_number_in_exponent_form_has_lost_its_digits(text):
    with pytest.raises(IdentityError) as refused:
        parse(text)
    assert refused.value.kind == "exponent" and "exponentform" in str(refused.value)


@pytest.mark.parametrize("text", ["19121212-1213", "19121312-1219", "20261124-1239", "abc-12",
                                  "503101107", "1,94001E+11", "191212121"])
def test_no_message_quotes_the_number(text):
    with pytest.raises(IdentityError) as refused:
        parse(text)
    message = str(refused.value)
    assert text not in message and not any(part in message for part in ("1912", "2026", "5031"))


@given(st.text(alphabet="0123456789", min_size=1, max_size=14))
def test_the_check_digit_agrees_with_python_stdnum(digits):
    from stdnum import luhn

    from huddle.domain.identity import _luhn_valid

    assert _luhn_valid(digits) == luhn.is_valid(digits)
    assert luhn.is_valid(with_check_digit(digits))


def test_digits_of_another_script_are_no_personnummer():
    arabic = "".join(chr(0x0660 + int(d)) for d in "8112189876")  # ٨١١٢١٨٩٨٧٦
    with pytest.raises(IdentityError):
        parse_identity(arabic, today=date(2026, 11, 22))
