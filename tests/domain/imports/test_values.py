"""Cells read as dates, numbers and choices; hypothesis round-trips every format."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imh_desktop.domain.enums import Sex
from imh_desktop.domain.imports.fields import SEX_WORDS
from imh_desktop.domain.imports.values import (
    DateOrder,
    ambiguous,
    clean_text,
    detect_order,
    parse_choice,
    parse_date,
    parse_gestation,
    parse_whole,
    to_serial,
)

DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31))
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip


@given(DAYS, st.sampled_from(["/", "-", ".", " "]))
def test_numeric_dates_round_trip_in_each_order(day, sep):
    dmy = f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"
    mdy = f"{day.month}{sep}{day.day}{sep}{day.year}"
    assert parse_date(dmy, DateOrder.DMY) == day
    assert parse_date(mdy, DateOrder.MDY) == day
    assert parse_date(day.isoformat()) == day  # year first reads alone
    assert parse_date(f"{day.year}/{day.month}/{day.day}", DateOrder.YMD) == day


@given(DAYS)
def test_excel_serials_and_datetimes_round_trip(day):
    assert parse_date(to_serial(day)) == day
    assert parse_date(float(to_serial(day)) + 0.5) == day  # a time of day is dropped
    assert parse_date(dt.datetime.combine(day, dt.time(13, 5))) == day
    assert parse_date(f"{day.isoformat()} 00:00:00") == day


@given(DAYS, st.booleans())
def test_month_names_in_english_and_spanish(day, spanish):
    months = MONTHS_ES if spanish else MONTHS_EN
    name = months[day.month - 1]
    assert parse_date(f"{day.day} {name} {day.year}") == day
    assert parse_date(f"{name} {day.day}, {day.year}") == day
    assert parse_date(f"{day.day}-{name[:3]}-{day.year}") == day
    if spanish:
        assert parse_date(f"{day.day} de {name} de {day.year}") == day


@given(DAYS)
def test_ambiguity_is_detected_and_asked(day):
    text = f"{day.day}/{day.month}/{day.year}"
    if ambiguous(text):
        with pytest.raises(ValueError, match="choose the date order"):
            parse_date(text)
    else:  # the larger of day and month tells which is which, or they are equal
        assert parse_date(text, None) == day


def test_the_order_is_found_from_an_unambiguous_date():
    assert detect_order(["03/04/2026", "25/04/2026"]) is DateOrder.DMY
    assert detect_order(["03/04/2026", "04/25/2026"]) is DateOrder.MDY
    assert detect_order(["03/04/2026", "2026-12-31", None, 45000]) is None
    assert parse_date("4/3/26", DateOrder.MDY) == dt.date(2026, 4, 3)


@pytest.mark.parametrize("text", ["31/02/2026", "yesterday", "13/13/2026", "1 Foo 2026"])
def test_not_dates_say_so(text):
    with pytest.raises(ValueError):
        parse_date(text, DateOrder.DMY)


@given(st.integers(min_value=0, max_value=50))
def test_whole_numbers_from_text_excel_floats_and_commas(n):
    assert parse_whole(str(n), 0, 50, "x") == n
    assert parse_whole(float(n), 0, 50, "x") == n
    assert parse_whole(f" {n}.0 ", 0, 50, "x") == n
    assert parse_whole(f"{n},0", 0, 50, "x") == n


def test_numbers_out_of_range_or_not_whole_are_refused():
    for bad in ("51", "2.5", "ten"):
        with pytest.raises(ValueError):
            parse_whole(bad, 0, 50, "The weeks")
    assert parse_gestation("36+2") == (36, 2)
    assert parse_gestation(" 34 ") == (34, None)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30))
def test_clean_text_trims_and_is_stable(text):
    once = clean_text(text + "\u00a0 ")
    assert once == once.strip() and clean_text(once) == once


def test_phone_numbers_from_excel_lose_their_point_zero():
    assert clean_text(5551234567.0) == "5551234567"


def test_choices_by_word_in_either_language():
    assert parse_choice("Femenino", SEX_WORDS, "sex") is Sex.FEMALE
    assert parse_choice(" M ", SEX_WORDS, "sex") is Sex.MALE
    assert parse_choice("", SEX_WORDS, "sex") is None
    with pytest.raises(ValueError, match="not a sex"):
        parse_choice("zebra", SEX_WORDS, "sex")
