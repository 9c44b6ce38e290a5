"""The NIK (Nomor Induk Kependudukan): 16 digits with a structure.

    PP KK CC DDMMYY SSSS
    |  |  |  |      '-- sequence number, 0001-9999 (never 0000)
    |  |  |  '--------- birth date; women add 40 to the day (a woman born on the 7th has 47)
    |  |  '------------ kecamatan (district) within the regency, 01-99
    |  '--------------- kabupaten/kota (regency or city) within the province, 01-99
    '------------------ province, a Kemendagri region code (PROVINCES below)

The birth year has two digits only, so a date is valid when it exists in 19YY or
20YY (29 February needs a year divisible by four; 00 is 2000, a leap year).

A NIK is personal data: no message here repeats the number or any part of it,
so a problem can be shown, printed or logged safely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.errors import InvalidInput

# Province codes of the Kemendagri region code list, as the first two digits of a NIK.
# 91-96: Papua before 2022 was 91 (Papua) and 92 (Papua Barat); the provinces formed in
# 2022 took 93 (Papua Selatan), 94 (Papua Tengah), 95 (Papua Pegunungan) and 96 (Papua
# Barat Daya). A NIK keeps the code of the region where it was first issued.
PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40
_DIGITS = re.compile(r"[0-9]{16}", re.ASCII)
CODE = "bad_nik"


@dataclass(frozen=True)
class NikInfo:
    nik: str  # the 16 digits
    province_code: str
    province: str
    regency_code: str  # kabupaten/kota, 2 digits
    district_code: str  # kecamatan, 2 digits
    birth_day: int
    birth_month: int
    birth_year_2: int  # the two digits of the year as written
    female: bool
    sequence: int

    def birth_date(self, today: date) -> date:
        """The birth date, with the century that puts it on or before `today`."""
        year = 2000 + self.birth_year_2
        if year > today.year:
            year -= 100
        # YY and 19YY/20YY share leap years here: 00 is read as 2000 until 2100
        return date(year, self.birth_month, self.birth_day)


def normalize_nik(text: str) -> str:
    """The NIK as stored: spaces between digit groups ("3201 0123 4567 0001") removed."""
    return text.replace(" ", "").strip()


def nik_problems(text: object) -> list[str]:
    """Every way `text` is not a valid NIK (empty when it is one). Never quotes the number."""
    if not isinstance(text, str):
        return ["the NIK must be text of 16 digits"]
    nik = normalize_nik(text)
    if not _DIGITS.fullmatch(nik):
        if not nik:
            return ["the NIK is empty"]
        if not all("0" <= ch <= "9" for ch in nik):
            return ["the NIK must hold digits 0-9 only"]
        return [f"the NIK must have 16 digits ({len(nik)} given)"]
    problems = []
    if nik[0:2] not in PROVINCES:
        problems.append("the NIK's first two digits are no province code")
    if nik[2:4] == "00":
        problems.append("the NIK's regency (kabupaten/kota) code, digits 3-4, cannot be 00")
    if nik[4:6] == "00":
        problems.append("the NIK's district (kecamatan) code, digits 5-6, cannot be 00")
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
    if not _date_exists(day, month, year):
        problems.append(
            "the NIK's birth date, digits 7-12 (DDMMYY, with 40 added to the day for women), is no date"
        )
    if nik[12:16] == "0000":
        problems.append("the NIK's sequence number, its last four digits, cannot be all zeros")
    return problems


def _date_exists(day: int, month: int, year_2: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    try:
        date(2000 + year_2, month, day)  # 2000-2099 covers 29 February whenever 19YY could
    except ValueError:
        return False
    return True


def is_valid_nik(text: object) -> bool:
    return not nik_problems(text)


def parse_nik(text: str) -> NikInfo:
    """The parts of a valid NIK; InvalidInput (code "bad_nik") listing every problem otherwise."""
    problems = nik_problems(text)
    if problems:
        raise InvalidInput("invalid NIK: " + "; ".join(problems), code=CODE, problems=problems)
    nik = normalize_nik(text)
    raw_day = int(nik[6:8])
    female = raw_day > FEMALE_DAY_OFFSET
    return NikInfo(
        nik=nik,
        province_code=nik[0:2],
        province=PROVINCES[nik[0:2]],
        regency_code=nik[2:4],
        district_code=nik[4:6],
        birth_day=raw_day - FEMALE_DAY_OFFSET if female else raw_day,
        birth_month=int(nik[8:10]),
        birth_year_2=int(nik[10:12]),
        female=female,
        sequence=int(nik[12:16]),
    )
