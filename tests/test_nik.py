"""The NIK: 16 digits, province, regency, district, birth date (+40 for women), sequence."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.nik import PROVINCES, is_valid_nik, nik_problems, normalize_nik, parse_nik

WOMAN = "3201014708900001"  # Jawa Barat, regency 01, district 01, born 7 August 1990 (47 = 7 + 40), no. 1
MAN = "3171051203850123"  # DKI Jakarta, city 71, district 05, born 12 March 1985, no. 123


def test_a_womans_nik_parses():
    info = parse_nik(WOMAN)
    assert (info.province_code, info.province, info.regency_code, info.district_code) == ("32", "Jawa Barat", "01", "01")
    assert info.female and (info.birth_day, info.birth_month, info.birth_year_2) == (7, 8, 90)
    assert info.birth_date(date(2026, 11, 23)) == date(1990, 8, 7)
    assert info.sequence == 1


def test_a_mans_nik_parses():
    info = parse_nik(MAN)
    assert info.province == "DKI Jakarta" and info.regency_code == "71" and info.district_code == "05"
    assert not info.female and info.birth_date(date(2026, 11, 23)) == date(1985, 3, 12)
    assert info.sequence == 123


def test_the_century_is_the_one_that_is_not_in_the_future():
    child = parse_nik("3201011505200001")  # born 15 May 2020
    assert child.birth_date(date(2026, 11, 23)) == date(2020, 5, 15)
    assert parse_nik("3201011505270001").birth_date(date(2026, 11, 23)) == date(1927, 5, 15)


def test_spaces_between_groups_are_allowed_and_removed():
    assert normalize_nik("3201 0147 0890 0001") == WOMAN
    assert parse_nik(" 3201 0147 0890 0001 ").nik == WOMAN


@pytest.mark.parametrize(
    "nik, fragment",
    [
        ("", "empty"),
        ("320101470890001", "16 digits (15 given)"),
        ("32010147089000011", "16 digits (17 given)"),
        ("320101470890000A", "digits 0-9 only"),
        ("3201-0147-0890-0001", "digits 0-9 only"),
        ("٣٢٠١٠١٤٧٠٨٩٠٠٠٠١", "digits 0-9 only"),  # Arabic-Indic digits are digits, but not a NIK's
        ("１２０１０１４７０８９０００１", "digits 0-9 only"),  # full-width digits
        ("0001014708900001", "no province code"),
        ("1001014708900001", "no province code"),
        ("2001014708900001", "no province code"),
        ("9901014708900001", "no province code"),
        ("3200014708900001", "regency"),
        ("3201004708900001", "district"),
        ("3201010008900001", "birth date"),  # day 00
        ("3201013208900001", "birth date"),  # day 32
        ("3201014008900001", "birth date"),  # 40: a woman's day 0
        ("3201017208900001", "birth date"),  # 72: a woman's day 32
        ("3201011500900001", "birth date"),  # month 00
        ("3201011513900001", "birth date"),  # month 13
        ("3201013002900001", "birth date"),  # 30 February
        ("3201012902230001", "birth date"),  # 29 February 2023 / 1923: no leap year
        ("3201013104900001", "birth date"),  # 31 April
        ("3201014708900000", "sequence"),
        ("3201018008900001", "birth date"),  # 80: a woman's day 40
    ],
)
def test_invalid_niks_are_refused_with_the_reason(nik, fragment):
    problems = nik_problems(nik)
    assert problems and any(fragment in p for p in problems), problems
    assert not is_valid_nik(nik)
    with pytest.raises(InvalidInput) as refused:
        parse_nik(nik)
    assert refused.value.code == "bad_nik"


@pytest.mark.parametrize(
    "nik",
    [
        "3201012902240001",  # 29 February 2024
        "3201016902240001",  # a woman born 29 February 2024 (29 + 40)
        "3201012902000001",  # 29 February 2000
        "3201017112990001",  # a woman born 31 December 1999
        "1101010101000001",  # Aceh
        "9601010101000001",  # Papua Barat Daya (2022)
        "3201019999999999"[:6] + "0101009999",  # sequence 9999
    ],
)
def test_edges_that_are_valid(nik):
    assert nik_problems(nik) == []


def test_every_problem_is_listed_at_once():
    problems = nik_problems("0000000000000000")
    assert len(problems) == 5  # province, regency, district, birth date, sequence


def test_non_text_is_refused():
    assert nik_problems(3201014708900001) == ["the NIK must be text of 16 digits"]
    assert nik_problems(None)


# --- properties ------------------------------------------------------------------------------

codes = st.sampled_from(sorted(PROVINCES))
two = st.integers(1, 99).map(lambda n: f"{n:02d}")
births = st.dates(date(1900, 1, 1), date(2026, 11, 23))


@given(codes, two, two, births, st.booleans(), st.integers(1, 9999))
def test_any_well_built_nik_is_valid_and_parses_back(province, regency, district, born, female, sequence):
    day = born.day + (40 if female else 0)
    nik = f"{province}{regency}{district}{day:02d}{born.month:02d}{born.year % 100:02d}{sequence:04d}"
    info = parse_nik(nik)
    assert (info.province_code, info.regency_code, info.district_code) == (province, regency, district)
    assert info.female == female and info.sequence == sequence
    assert (info.birth_day, info.birth_month, info.birth_year_2) == (born.day, born.month, born.year % 100)


@given(st.text(max_size=30))
def test_no_text_makes_it_raise_and_no_message_repeats_the_number(text):
    for message in nik_problems(text):
        # a message may say how many digits there are, never which
        assert not re.search(r"[0-9]{4}", message), message


@given(st.from_regex(r"[0-9]{16}", fullmatch=True))
def test_sixteen_digits_are_judged_by_structure_only(nik):
    problems = nik_problems(nik)
    assert not any(re.search(r"[0-9]{4}", p) for p in problems)
    assert is_valid_nik(nik) == (problems == [])
    assert is_valid_nik(nik) == (
        nik[:2] in PROVINCES and nik[2:4] != "00" and nik[4:6] != "00" and nik[12:] != "0000"
        and _real_date(int(nik[6:8]) - 40 if int(nik[6:8]) > 40 else int(nik[6:8]), int(nik[8:10]), int(nik[10:12]))
    )  # fmt: skip


def _real_date(day: int, month: int, year_2: int) -> bool:
    try:
        return day > 0 and date(2000 + year_2, month, day) is not None
    except ValueError:
        return False
