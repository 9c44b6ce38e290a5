"""The IKM engine (PermenPAN-RB 14/2017). Every expected figure is worked by
hand in the comments from ../shared/domain/skm.md, never taken from the code."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.ikm import (
    ELEMENT_KEYS,
    ELEMENTS,
    compute_ikm,
    ikm_from_totals,
    krejcie_morgan,
    mutu_for,
    sample_ok,
    spreadsheet_konversi,
)

K = ELEMENT_KEYS


def totals_of(*values: int) -> dict[str, int]:
    assert len(values) == 9
    return dict(zip(K, values))


def everyone(n: int) -> dict[str, int]:
    return dict.fromkeys(K, n)


# --- the nine elements ------------------------------------------------------


def test_elements_in_the_regulations_order_with_its_texts():
    assert K == (
        "persyaratan", "prosedur", "waktu", "biaya", "produk",
        "kompetensi", "perilaku", "pengaduan", "sarana",
    )  # fmt: skip
    by_key = {e.key: e for e in ELEMENTS}
    assert by_key["prosedur"].unsur == "Sistem, Mekanisme, dan Prosedur"
    assert by_key["pengaduan"].unsur == "Penanganan Pengaduan, Saran dan Masukan"
    assert by_key["biaya"].answers == ("Sangat mahal", "Cukup mahal", "Murah", "Gratis")
    assert by_key["pengaduan"].answers == (
        "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik",
    )  # fmt: skip
    assert by_key["sarana"].answers == ("Buruk", "Cukup", "Baik", "Sangat Baik")
    assert by_key["perilaku"].question == "perilaku petugas dalam pelayanan terkait kesopanan dan keramahan"
    assert by_key["produk"].question == (
        "kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan"
    )
    assert by_key["waktu"].full_question == (
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"
    )
    assert by_key["kompetensi"].answer(4) == "Sangat kompeten"
    assert all(len(e.answers) == 4 for e in ELEMENTS)


# --- the computation --------------------------------------------------------


def test_the_published_triwulan_report():
    # skm.md: 29 respondents, totals 105,101,100,116,102,105,106,105,115.
    # Sum of totals = 955, so the sum of the NRRs is 955/29 and
    # IKM = 955 / (29 * 9) = 955/261 = 3.65900...
    # konversi = 25 * 955 / 261 = 23875/261 = 91.47509... -> 91.48, mutu A (>= 88.31).
    r = ikm_from_totals(29, totals_of(105, 101, 100, 116, 102, 105, 106, 105, 115), everyone(29))
    assert r.respondents == 29
    assert r.ikm_konversi == Decimal("91.48")
    assert r.ikm == pytest.approx(955 / 261, abs=1e-12)
    assert (r.mutu, r.kinerja) == ("A", "Sangat Baik")
    assert r.missing == ()
    # NRRs kept at full precision: 105/29 = 3.62068965..., biaya 116/29 = 4 exactly
    assert r.nrr["persyaratan"] == pytest.approx(3.6206896551724137, abs=1e-15)
    assert r.nrr["biaya"] == 4.0
    assert r.nrr_exact("waktu") == Fraction(100, 29)
    # The 0.111 sheet: 25 * 0.111 * 955/29 = 2650125/29000 = 91.38362... -> 91.38
    assert r.ikm_sheet_0111 == Decimal("91.38")
    # The report printed 90,56 using 0.11: 25 * 0.11 * 955/29 = 2626.25/29 = 90.5603... -> 90.56
    assert spreadsheet_konversi(r, "0.11") == Decimal("90.56")
    # Rounding each NRR to 2 decimals first: 3.62+3.48+3.45+4.00+3.52+3.62+3.66+3.62+3.97 = 32.94;
    # 32.94 * 0.11 * 25 = 90.585 -> 90.59 (half up): not what the report printed.
    assert spreadsheet_konversi(r, "0.11", nrr_places=2) == Decimal("90.59")


def test_sheet_figure_worked_by_hand():
    # Ten respondents who all answer 3 everywhere: every NRR is 3, IKM 3, konversi 75.00 (C).
    # A 0.111 sheet: 9 * 3 * 0.111 = 2.997; x 25 = 74.925, exactly half way -> 74.93 half up.
    r = compute_ikm([everyone(3)] * 10)
    assert r.ikm == 3.0
    assert r.ikm_konversi == Decimal("75.00")
    assert r.ikm_sheet_0111 == Decimal("74.93")
    assert (r.mutu, r.kinerja) == ("C", "Kurang Baik")
    # All 4: exact 100.00; the sheet: 9 * 4 * 0.111 * 25 = 99.90, which would still be A.
    r = compute_ikm([everyone(4)] * 3)
    assert r.ikm_konversi == Decimal("100.00")
    assert r.ikm_sheet_0111 == Decimal("99.90")
    assert r.mutu == "A"


def test_a_blank_leaves_that_elements_nrr_only():
    # r1 answers 4 everywhere but leaves biaya blank; r2 answers 3 everywhere;
    # r3 answers 1 everywhere but leaves sarana blank.
    r1 = {**everyone(4), "biaya": None}
    r2 = everyone(3)
    r3 = {k: 1 for k in K if k != "sarana"}  # a missing key is a blank too
    r = compute_ikm([r1, r2, r3])
    # the seven others: (4+3+1)/3 = 8/3; biaya: (3+1)/2 = 2; sarana: (4+3)/2 = 7/2
    assert r.respondents == 3
    assert r.answered["biaya"] == 2 and r.answered["sarana"] == 2 and r.answered["waktu"] == 3
    assert r.totals["biaya"] == 4 and r.totals["sarana"] == 7 and r.totals["waktu"] == 8
    assert r.nrr_exact("persyaratan") == Fraction(8, 3)
    assert r.nrr["biaya"] == 2.0
    assert r.nrr["sarana"] == 3.5
    # sum of NRRs = 7 * 8/3 + 2 + 7/2 = 56/3 + 11/2 = 145/6; IKM = 145/54 = 2.685185...
    # konversi = 25 * 145/54 = 3625/54 = 67.1296... -> 67.13, C.
    # (Counting blanks as 0 would give 62.04, D; dropping r1 and r3 would give 75.00.)
    assert r.ikm == pytest.approx(145 / 54, abs=1e-12)
    assert r.ikm_konversi == Decimal("67.13")
    assert r.mutu == "C"
    assert r.missing == ()


def test_an_element_nobody_answered_is_left_out_and_named():
    # Two respondents, all 4 and all 2, both leaving pengaduan blank: eight NRRs of 3.
    # The IKM is the mean of the eight: 3 -> 75.00 (not 8 * 3 / 9 = 2.67 -> 66.67).
    r = compute_ikm([{**everyone(4), "pengaduan": None}, {**everyone(2), "pengaduan": None}])
    assert r.missing == ("pengaduan",)
    assert r.nrr["pengaduan"] is None
    assert r.answered["pengaduan"] == 0 and r.totals["pengaduan"] == 0
    assert r.ikm == 3.0
    assert r.ikm_konversi == Decimal("75.00")
    assert r.ikm_sheet_0111 is None  # such a sheet shows #DIV/0!
    # the same through the SQL path, where SUM over no rows is NULL and the key may be absent
    totals = {k: 6 for k in K if k != "pengaduan"}
    answered = {**{k: 2 for k in K if k != "pengaduan"}, "pengaduan": 0}
    assert ikm_from_totals(2, {**totals, "pengaduan": None}, answered) == r
    assert ikm_from_totals(2, totals, answered) == r


def test_no_respondents_gives_no_figures():
    for r in (compute_ikm([]), ikm_from_totals(0, {}, {})):
        assert r.respondents == 0
        assert r.ikm is None and r.ikm_konversi is None and r.ikm_sheet_0111 is None
        assert r.mutu is None and r.kinerja is None
        assert all(v is None for v in r.nrr.values())
        assert r.missing == K


def test_respondents_who_answered_nothing_still_count():
    # One blank response and one response of all 2: NRRs of 2, IKM 2 -> 50.00, D; 2 respondents.
    r = compute_ikm([dict.fromkeys(K), everyone(2)])
    assert r.respondents == 2
    assert r.ikm_konversi == Decimal("50.00")
    assert (r.mutu, r.kinerja) == ("D", "Tidak Baik")


# --- categories and rounding -------------------------------------------------
# With every element answered by n respondents and the nine totals summing to T,
# the IKM is T / (9n) and the konversi 25T / (9n).


@pytest.mark.parametrize(
    ("n", "totals", "konversi", "mutu"),
    [
        # T = 5*2600 + 4*2599 = 23396: 25*23396/9000 = 584900/9000 = 64.9888... -> 64.99
        (1000, [2600] * 5 + [2599] * 4, "64.99", "D"),
        # T = 9*2600 = 23400: 585000/9000 = 65 exactly
        (1000, [2600] * 9, "65.00", "C"),
        # T = 8*3064 + 3065 = 27577: 689425/9000 = 76.6027... -> 76.60
        (1000, [3064] * 8 + [3065], "76.60", "C"),
        # T = 5*3064 + 4*3065 = 27580: 689500/9000 = 76.6111... -> 76.61
        (1000, [3064] * 5 + [3065] * 4, "76.61", "B"),
        # T = 9*3532 = 31788: 794700/9000 = 88.3 exactly
        (1000, [3532] * 9, "88.30", "B"),
        # T = 5*3532 + 4*3533 = 31792: 794800/9000 = 88.3111... -> 88.31
        (1000, [3532] * 5 + [3533] * 4, "88.31", "A"),
        # Exact ties, rounded half up (half-even would keep the lower category):
        # n = 5000, T = 9*12999 = 116991: 25*116991/45000 = 2924775/45000 = 64.995 -> 65.00
        (5000, [12999] * 9, "65.00", "C"),
        # T = 9*15321 = 137889: 3447225/45000 = 76.605 -> 76.61
        (5000, [15321] * 9, "76.61", "B"),
        # T = 9*17661 = 158949: 3973725/45000 = 88.305 -> 88.31
        (5000, [17661] * 9, "88.31", "A"),
    ],
)
def test_category_boundaries(n, totals, konversi, mutu):
    r = ikm_from_totals(n, totals_of(*totals), everyone(n))
    assert r.ikm_konversi == Decimal(konversi)
    assert str(r.ikm_konversi) == konversi  # always two decimals
    assert r.mutu == mutu


def test_half_up_at_the_second_decimal():
    # 2 respondents; totals 7, 7 and 8 for the other seven:
    # NRRs 3.5, 3.5, 4 x7 -> sum 35; IKM 35/9; konversi 875/9 = 97.222... -> 97.22 (rounds down)
    r = ikm_from_totals(2, totals_of(7, 7, 8, 8, 8, 8, 8, 8, 8), everyone(2))
    assert r.ikm_konversi == Decimal("97.22")
    # 4 respondents, T = 9*4*3 + 1 = 109: 25*109/36 = 2725/36 = 75.69444... -> 75.69
    r = ikm_from_totals(4, totals_of(13, *[12] * 8), everyone(4))
    assert r.ikm_konversi == Decimal("75.69")
    # 8 respondents, T = 9*8*3 + 9 = 225 -> 25*225/72 = 78.125 -> 78.13 (a tie, up)
    r = ikm_from_totals(8, totals_of(*[25] * 9), everyone(8))
    assert r.ikm_konversi == Decimal("78.13")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25.00", ("D", "Tidak Baik")),
        ("64.99", ("D", "Tidak Baik")),
        ("65.00", ("C", "Kurang Baik")),
        ("76.60", ("C", "Kurang Baik")),
        ("76.61", ("B", "Baik")),
        ("78.52", ("B", "Baik")),  # Kota Padang, skm.md
        ("88.30", ("B", "Baik")),
        ("88.31", ("A", "Sangat Baik")),
        ("100", ("A", "Sangat Baik")),
        # more decimals than two: rounded half up first
        ("88.305", ("A", "Sangat Baik")),
        ("88.3049", ("B", "Baik")),
        ("64.995", ("C", "Kurang Baik")),
    ],
)
def test_mutu_for(value, expected):
    assert mutu_for(Decimal(value)) == expected


def test_mutu_for_other_number_types_and_range():
    assert mutu_for(65) == ("C", "Kurang Baik")
    assert mutu_for(76.61) == ("B", "Baik")
    for bad in (Decimal("24.99"), Decimal("100.01"), Decimal("NaN"), "80", True):
        with pytest.raises(InvalidInput):
            mutu_for(bad)


# --- validation ---------------------------------------------------------------


@pytest.mark.parametrize("score", [0, 5, -1, 3.0, "3", True])
def test_scores_are_whole_numbers_from_1_to_4(score):
    with pytest.raises(InvalidInput) as info:
        compute_ikm([everyone(3), {**everyone(3), "waktu": score}])
    assert "response 2" in info.value.message and "waktu" in info.value.message


def test_unknown_element_keys_are_refused():
    with pytest.raises(InvalidInput, match="fasilitas"):
        compute_ikm([{**everyone(3), "fasilitas": 4}])
    with pytest.raises(InvalidInput, match="fasilitas"):
        ikm_from_totals(1, {**everyone(3), "fasilitas": 4}, everyone(1))
    with pytest.raises(InvalidInput, match="fasilitas"):
        ikm_from_totals(1, everyone(3), {**everyone(1), "fasilitas": 1})
    r = compute_ikm([everyone(3)])
    with pytest.raises(InvalidInput):
        r.nrr_exact("fasilitas")


@pytest.mark.parametrize(
    ("respondents", "totals", "answered"),
    [
        (-1, {}, {}),
        (2, everyone(6), everyone(3)),  # more answers than respondents
        (2, everyone(9), everyone(2)),  # 9 cannot come from two scores of at most 4
        (2, everyone(1), everyone(2)),  # 1 cannot come from two scores of at least 1
        (2, everyone(3), {**everyone(2), "waktu": 0}),  # a total with no answers
        (2, {**everyone(6), "biaya": -1}, everyone(2)),
        (2, everyone(6), {**everyone(2), "biaya": 1.0}),
        (True, {}, {}),
    ],
)
def test_inconsistent_totals_are_refused(respondents, totals, answered):
    with pytest.raises(InvalidInput):
        ikm_from_totals(respondents, totals, answered)


# --- Krejcie and Morgan ---------------------------------------------------------

# the published table of skm.md, N:S, typed from it
KM_TABLE = """
10:10, 15:14, 20:19, 25:24, 30:28, 35:32, 40:36, 45:40, 50:44, 55:48, 60:52, 65:56, 70:59, 75:63, 80:66,
85:70, 90:73, 95:76, 100:80, 110:86, 120:92, 130:97, 140:103, 150:108, 160:113, 170:118, 180:123, 190:127,
200:132, 210:136, 220:140, 230:144, 240:148, 250:152, 260:155, 270:159, 280:162, 290:165, 300:169, 320:175,
340:181, 360:186, 380:191, 400:196, 420:201, 440:205, 460:210, 480:214, 500:217, 550:226, 600:234, 650:242,
700:248, 750:254, 800:260, 850:265, 900:269, 950:274, 1000:278, 1100:285, 1200:291, 1300:297, 1400:302,
1500:306, 1600:310, 1700:313, 1800:317, 1900:320, 2000:322, 2200:327, 2400:331, 2600:335, 2800:338,
3000:341, 3500:346, 4000:351, 4500:354, 5000:357, 6000:361, 7000:364, 8000:367, 9000:368, 10000:370,
15000:375, 20000:377, 30000:379, 40000:380, 50000:381, 75000:382, 1000000:384
"""
KM_PAIRS = [tuple(int(x) for x in pair.split(":")) for pair in KM_TABLE.replace("\n", " ").split(",")]


def test_the_table_has_every_row():
    assert len(KM_PAIRS) == 90
    assert KM_PAIRS[0] == (10, 10) and KM_PAIRS[-1] == (1000000, 384)


@pytest.mark.parametrize(("population", "sample"), KM_PAIRS)
def test_krejcie_morgan_table(population, sample):
    assert krejcie_morgan(population) == sample


def test_krejcie_morgan_by_hand_and_edges():
    # N = 100: 3.841*100*0.25 / (0.0025*99 + 3.841*0.25) = 96.025 / 1.20775 = 79.507 -> 80
    assert krejcie_morgan(100) == 80
    # N = 1: 0.96025 / (0 + 0.96025) = 1
    assert krejcie_morgan(1) == 1
    assert krejcie_morgan(0) == 0
    with pytest.raises(InvalidInput):
        krejcie_morgan(-5)


def test_sample_ok():
    assert sample_ok(80, 100)
    assert sample_ok(81, 100)
    assert not sample_ok(79, 100)
    assert sample_ok(29, 30)  # 30 -> 28
    assert not sample_ok(27, 30)
    assert sample_ok(0, 0)
    with pytest.raises(InvalidInput):
        sample_ok(-1, 10)


# --- properties ---------------------------------------------------------------

responses = st.lists(
    st.fixed_dictionaries({k: st.none() | st.integers(1, 4) for k in K}),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(responses)
def test_ikm_and_konversi_stay_in_range(rs):
    r = compute_ikm(rs)
    assert r.respondents == len(rs)
    if r.ikm is None:
        assert all(all(v is None for v in x.values()) for x in rs)
        return
    assert 1 <= r.ikm <= 4
    assert Decimal(25) <= r.ikm_konversi <= Decimal(100)
    assert r.ikm_konversi == r.ikm_konversi.quantize(Decimal("0.01"))
    assert (r.mutu, r.kinerja) == mutu_for(r.ikm_konversi)
    for k in K:
        assert (r.nrr[k] is None) == (k in r.missing)
        if r.nrr[k] is not None:
            assert 1 <= r.nrr[k] <= 4


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_order_of_responses_does_not_matter(data):
    rs = data.draw(responses)
    shuffled = data.draw(st.permutations(rs))
    assert compute_ikm(shuffled) == compute_ikm(rs)
