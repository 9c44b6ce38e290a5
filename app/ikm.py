"""The IKM (Indeks Kepuasan Masyarakat) of PermenPAN-RB No. 14 Tahun 2017.

Pure arithmetic, no database: the survey service aggregates SUM(score) and
COUNT(score) per element in SQL and calls `ikm_from_totals`; `compute_ikm`
does the same aggregation in Python for lists of responses (files, tests).

Everything is computed with exact fractions and the exact weight 1/9; the only
rounding is the final conversion to the 25-100 scale, to two decimals, half up.
The figure a spreadsheet using 0.111 per NRR would print is given beside it,
so a user comparing with such a sheet can see where the difference comes from.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from app.errors import InvalidInput


@dataclass(frozen=True)
class Element:
    key: str
    unsur: str
    # the rest of "Bagaimana pendapat Saudara tentang ...", as in the regulation
    question: str
    # the answers for the scores 1, 2, 3 and 4
    answers: tuple[str, str, str, str]

    @property
    def full_question(self) -> str:
        return f"Bagaimana pendapat Saudara tentang {self.question}?"

    def answer(self, score: int) -> str:
        """The printed answer for a score 1..4."""
        return self.answers[_check_score(score, self.key) - 1]


# The regulation's text order: pengaduan 8th, sarana 9th (its sample form swaps them).
ELEMENTS: tuple[Element, ...] = (
    Element(
        "persyaratan",
        "Persyaratan",
        "kesesuaian persyaratan pelayanan dengan jenis pelayanannya",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Element(
        "prosedur",
        "Sistem, Mekanisme, dan Prosedur",
        "kemudahan prosedur pelayanan di unit ini",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    Element(
        "waktu",
        "Waktu Penyelesaian",
        "kecepatan waktu dalam memberikan pelayanan",
        ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    ),
    Element(
        "biaya",
        "Biaya/Tarif",
        "kewajaran biaya/tarif dalam pelayanan",
        ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    ),
    Element(
        "produk",
        "Produk Spesifikasi Jenis Pelayanan",
        "kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Element(
        "kompetensi",
        "Kompetensi Pelaksana",
        "kompetensi/kemampuan petugas dalam pelayanan",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    Element(
        "perilaku",
        "Perilaku Pelaksana",
        "perilaku petugas dalam pelayanan terkait kesopanan dan keramahan",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    ),
    Element(
        "pengaduan",
        "Penanganan Pengaduan, Saran dan Masukan",
        "penanganan pengaduan pengguna layanan",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    ),
    Element(
        "sarana",
        "Sarana dan Prasarana",
        "kualitas sarana dan prasarana",
        ("Buruk", "Cukup", "Baik", "Sangat Baik"),
    ),
)
ELEMENT_KEYS: tuple[str, ...] = tuple(e.key for e in ELEMENTS)
ELEMENTS_BY_KEY: dict[str, Element] = {e.key: e for e in ELEMENTS}

WEIGHT = Fraction(1, len(ELEMENTS))  # exactly 1/9, never 0.11 or 0.111
SCALE = 25  # IKM unit pelayanan = IKM x 25
SHEET_WEIGHT = Decimal("0.111")

# (lowest rounded konversi, mutu, kinerja), best first; skm.md's table
CATEGORIES: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)

# Krejcie and Morgan: S = X^2 N P(1-P) / (d^2 (N-1) + X^2 P(1-P))
KM_CHI2 = Fraction("3.841")
KM_P = Fraction(1, 2)
KM_D = Fraction(5, 100)


@dataclass(frozen=True)
class IkmResult:
    respondents: int
    totals: dict[str, int]  # sum of scores per element key (all nine keys)
    answered: dict[str, int]  # respondents who answered each element (all nine keys)
    nrr: dict[str, float | None]  # full precision; None where nobody answered
    ikm: float | None  # 1-4 scale, unrounded
    ikm_konversi: Decimal | None  # IKM x 25, rounded half up to 2 decimals (the only rounding)
    ikm_sheet_0111: Decimal | None  # what a sheet weighting each NRR by 0.111 prints
    mutu: str | None  # A/B/C/D from the rounded konversi
    kinerja: str | None  # Sangat Baik / Baik / Kurang Baik / Tidak Baik
    missing: tuple[str, ...]  # element keys nobody answered

    def nrr_exact(self, key: str) -> Fraction | None:
        """The NRR of one element as an exact fraction (None where nobody answered)."""
        if key not in ELEMENTS_BY_KEY:
            raise InvalidInput(f"unknown survey element {key!r}")
        n = self.answered[key]
        return Fraction(self.totals[key], n) if n else None

    @property
    def ikm_exact(self) -> Fraction | None:
        nrrs = [self.nrr_exact(k) for k in ELEMENT_KEYS]
        present = [x for x in nrrs if x is not None]
        return sum(present, Fraction(0)) / len(present) if present else None


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round an exact non-negative value half up (away from zero) to `places` decimals."""
    if value < 0:
        raise ValueError("round_half_up is for non-negative values")
    unit = 10**places
    units = math.floor(value * unit + Fraction(1, 2))
    return Decimal(units).scaleb(-places)


def _check_score(score, key: str) -> int:
    if isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 4:
        raise InvalidInput(f"the score for {key} must be a whole number from 1 to 4, not {score!r}")
    return score


def _count(value, what: str) -> int:
    if value is None:  # SQL's SUM over no rows
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"{what} must be a whole number of at least 0, not {value!r}")
    return value


def ikm_from_totals(respondents: int, totals: Mapping[str, int], answered: Mapping[str, int]) -> IkmResult:
    """The IKM from the sum of scores and the number of answers per element.

    `respondents` counts every response, including those that left an element
    blank. An element absent from the mappings (or None, as SQL's SUM gives
    over no rows) has no answers.
    """
    respondents = _count(respondents, "the number of respondents")
    unknown = sorted(set(totals) - set(ELEMENT_KEYS)) + sorted(set(answered) - set(ELEMENT_KEYS) - set(totals))
    if unknown:
        raise InvalidInput(f"unknown survey element(s): {', '.join(map(repr, unknown))}")

    problems: list[str] = []
    sums: dict[str, int] = {}
    counts: dict[str, int] = {}
    for key in ELEMENT_KEYS:
        total = _count(totals.get(key), f"the total for {key}")
        n = _count(answered.get(key), f"the number of answers for {key}")
        if n > respondents:
            problems.append(f"{key}: {n} answers from only {respondents} respondents")
        if not n <= total <= 4 * n:
            problems.append(f"{key}: a total of {total} cannot come from {n} scores of 1 to 4")
        sums[key], counts[key] = total, n
    if problems:
        raise InvalidInput("inconsistent survey totals: " + "; ".join(problems))

    nrr = {k: Fraction(sums[k], counts[k]) if counts[k] else None for k in ELEMENT_KEYS}
    present = [k for k in ELEMENT_KEYS if nrr[k] is not None]
    missing = tuple(k for k in ELEMENT_KEYS if nrr[k] is None)

    ikm = konversi = sheet = None
    mutu = kinerja = None
    if present:
        if not missing:
            ikm = sum((nrr[k] * WEIGHT for k in ELEMENT_KEYS), Fraction(0))
        else:
            # Decision (skm.md is silent): when nobody answered some element, the
            # IKM is the mean of the NRRs that exist, i.e. each present element
            # weighs 1/len(present). The absent elements are listed in `missing`
            # so the report can say the index rests on fewer than nine unsur.
            ikm = sum((nrr[k] for k in present), Fraction(0)) / len(present)
        konversi = round_half_up(ikm * SCALE)
        mutu, kinerja = mutu_for(konversi)
        sheet = _sheet_konversi(nrr, SHEET_WEIGHT, None)

    return IkmResult(
        respondents=respondents,
        totals=sums,
        answered=counts,
        nrr={k: (float(v) if v is not None else None) for k, v in nrr.items()},
        ikm=float(ikm) if ikm is not None else None,
        ikm_konversi=konversi,
        ikm_sheet_0111=sheet,
        mutu=mutu,
        kinerja=kinerja,
        missing=missing,
    )


def _sheet_konversi(nrr: Mapping[str, Fraction | None], weight: Decimal, nrr_places: int | None) -> Decimal | None:
    # A sheet has a cell per element; with an element nobody answered it shows
    # #DIV/0! rather than a figure, so there is nothing to compare with.
    if any(nrr[k] is None for k in ELEMENT_KEYS):
        return None
    w = Fraction(weight)
    values = [nrr[k] for k in ELEMENT_KEYS]
    if nrr_places is not None:
        values = [Fraction(round_half_up(v, nrr_places)) for v in values]
    return round_half_up(sum((v * w for v in values), Fraction(0)) * SCALE)


def spreadsheet_konversi(
    result: IkmResult, weight: Decimal | str = SHEET_WEIGHT, *, nrr_places: int | None = None
) -> Decimal | None:
    """What a spreadsheet prints as IKM x 25 when it weights each NRR by `weight`
    (0.111 or 0.11 in the wild) instead of 1/9, optionally rounding each NRR to
    `nrr_places` decimals first. Computed exactly, the result rounded half up to
    two decimals. None when some element has no answers (the sheet shows #DIV/0!).
    """
    nrr = {k: result.nrr_exact(k) for k in ELEMENT_KEYS}
    return _sheet_konversi(nrr, Decimal(weight), nrr_places)


def compute_ikm(responses: Iterable[Mapping[str, int | None]]) -> IkmResult:
    """The IKM of a list of responses, each mapping element key -> 1..4, or None
    (or no entry) for an element left blank. A blank leaves that element's NRR
    only; the response still counts as a respondent."""
    totals = dict.fromkeys(ELEMENT_KEYS, 0)
    answered = dict.fromkeys(ELEMENT_KEYS, 0)
    respondents = 0
    problems: list[str] = []
    for number, response in enumerate(responses, start=1):
        respondents += 1
        unknown = [k for k in response if k not in ELEMENTS_BY_KEY]
        if unknown:
            problems.append(f"response {number}: unknown element(s) {', '.join(map(repr, unknown))}")
        for key in ELEMENT_KEYS:
            score = response.get(key)
            if score is None:
                continue
            try:
                _check_score(score, key)
            except InvalidInput as error:
                problems.append(f"response {number}: {error.message}")
                continue
            totals[key] += score
            answered[key] += 1
    if problems:
        raise InvalidInput("invalid survey responses: " + "; ".join(problems), problems=problems)
    return ikm_from_totals(respondents, totals, answered)


def mutu_for(ikm_konversi: Decimal) -> tuple[str, str]:
    """(mutu, kinerja) for an IKM on the 25-100 scale, per skm.md's table.

    The table applies to the IKM rounded to two decimals; a value with more
    decimals is rounded half up first, so 88.305 is A like 88.31."""
    if isinstance(ikm_konversi, bool) or not isinstance(ikm_konversi, (Decimal, int, float)):
        raise InvalidInput(f"an IKM konversi must be a number, not {ikm_konversi!r}")
    value = Decimal(str(ikm_konversi)) if isinstance(ikm_konversi, float) else Decimal(ikm_konversi)
    if not value.is_finite() or not Decimal(25) <= value <= Decimal(100):
        raise InvalidInput(f"an IKM konversi lies from 25 to 100, not {ikm_konversi}")
    rounded = round_half_up(Fraction(value))
    for lowest, mutu, kinerja in CATEGORIES:
        if rounded >= lowest:
            return mutu, kinerja
    raise AssertionError("unreachable: 25.00 is the lowest bound")


def krejcie_morgan(population: int) -> int:
    """The minimum number of respondents for `population` people served in the
    period, by Krejcie and Morgan's formula rounded to the nearest whole number."""
    population = _count(population, "the population")
    if population == 0:
        return 0
    pq = KM_P * (1 - KM_P)
    s = KM_CHI2 * population * pq / (KM_D**2 * (population - 1) + KM_CHI2 * pq)
    return math.floor(s + Fraction(1, 2))


def sample_ok(respondents: int, population: int) -> bool:
    """Whether `respondents` reach Krejcie and Morgan's minimum for `population`."""
    respondents = _count(respondents, "the number of respondents")
    return respondents >= krejcie_morgan(population)
