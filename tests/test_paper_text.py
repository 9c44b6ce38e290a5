"""Laying out text of any script for paper (app.paper_text): fonts per run, Arabic joining,
right-to-left order. The order is checked against python-bidi's Rust algorithm (the crate
unicode-bidi) as the reference; widths are measured with the real fonts through reportlab.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest
from bidi import get_display
from bidi.mirror import MIRRORED
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.paper_text import FACES, MISSING, clusters, coverage, lay_out, shape, unprintable
from app.pdf import register_script_fonts, script_font

HEBREW = "שלום עולם"
ARABIC = "مرحبا بكم"


def length(face, bold, text) -> float:
    return float(len(text))


def pdf_width(face, bold, text) -> float:
    return stringWidth(text, script_font(face, bold), 10)


def visual(text: str) -> str:
    """One unwrapped line as drawn, left to right."""
    (line,) = lay_out(text, 10**9, length)
    return "".join(run.text for run in line.runs)


def faces(text: str) -> list[tuple[str, str]]:
    (line,) = lay_out(text, 10**9, length)
    return [(run.face.key, run.text) for run in line.runs]


def test_each_run_goes_to_the_font_that_has_it():
    assert faces("Ni'matul Nur 'Aini") == [("sans", "Ni'matul Nur 'Aini")]
    assert faces("Budi 👍🏽 ok") == [("sans", "Budi "), ("emoji", "👍🏽"), ("sans", " ok")]
    assert faces(f"Tempat {HEBREW} ok") == [("sans", "Tempat "), ("hebrew", HEBREW[::-1]), ("sans", " ok")]
    # a digit is Noto Sans's, a keycap (digit, VS16, U+20E3) Noto Emoji's
    assert faces("1 1️⃣") == [("sans", "1 "), ("emoji", "1️⃣")]


def test_right_to_left_runs_read_right_to_left_and_brackets_mirror():
    assert visual(HEBREW) == "םלוע םולש"
    assert visual(f"Nama: {HEBREW} (בסדר) selesai") == "Nama: (רדסב) םלוע םולש selesai"
    assert visual("abc (שלום) d") == "abc (םולש) d"
    # numbers inside right-to-left text keep their own order
    assert visual("חדר 12 ב") == "ב 12 רדח"


def test_arabic_is_joined_and_keeps_its_marks():
    shaped = shape("مرحبا")
    assert shaped == "ﻣﺮﺣﺒﺎ"  # initial meem, final reh, initial hah, medial beh, final alef
    assert unicodedata.normalize("NFKC", shaped) == "مرحبا"
    assert shape("لا") == "ﻻ"  # lam-alef, the one ligature Arabic cannot do without
    with_marks = "بِسْمِ"
    assert unicodedata.normalize("NFKC", shape(with_marks)) == with_marks
    # outside Arabic nothing changes, joiners of emoji sequences included
    assert shape("👨\u200d👩\u200d👧 Ni'matul") == "👨\u200d👩\u200d👧 Ni'matul"


def test_marks_stay_on_their_letter():
    assert clusters("e\u0301 👨\u200d👩\u200d👧 🇮🇩🇮") == ["e\u0301", " ", "👨\u200d👩\u200d👧", " ", "🇮🇩", "🇮"]
    # drawn before their letter in a right-to-left run, where Hebrew fonts expect them
    assert visual("\u05d1\u05b4\u05bc") == "\u05bc\u05b4\u05d1"  # bet, hiriq, dagesh


def test_paragraphs_wrap_and_a_right_to_left_one_says_so():
    lines = lay_out(f"one two three\n\n{HEBREW} אחד", 9, length)
    texts = ["".join(run.text for run in line.runs) for line in lines]
    assert texts == ["one two", "three", "", "םלוע םולש", "דחא"]
    assert [line.rtl for line in lines] == [False, False, False, True, True]
    # a word longer than the line is cut, between clusters
    assert ["".join(r.text for r in line.runs) for line in lay_out("abcdefgh", 3, length)] == ["abc", "def", "gh"]


def test_what_no_font_has_is_marked():
    assert not unprintable(f"Ni'matul {HEBREW} {ARABIC} 😡👨\u200d👩\u200d👧 Ω Ж é")
    assert unprintable("中文")
    assert visual("a 中 b") == f"a {MISSING} b"


def test_faces_exist_and_bold_maps_what_regular_does():
    from reportlab.pdfbase.ttfonts import TTFontFace

    from app.paths import resource_path

    for face in FACES:
        if face.bold:
            bold = frozenset(TTFontFace(str(resource_path("fonts", face.bold))).charToGlyph)
            assert bold == coverage(face), face.key
    assert {"\u05d0", "\u0627", "\ufefb"} <= {chr(c) for c in coverage(FACES[1]) | coverage(FACES[2])}
    assert ord("😀") in coverage(FACES[3])


# --- properties -------------------------------------------------------------------------------------

LETTERS = "abcXYZ שלוםאבג مرحبا 0123 ٣٤ ()[]{}.,-+%!?:;'\"/"


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(LETTERS), min_size=1, max_size=40).filter(str.strip))
def test_order_is_the_unicode_bidi_algorithms(text):
    text = " ".join(text.split())  # one line, single spaces: as wrapping leaves a line
    reference = get_display(shape(text))  # the Rust unicode-bidi crate's order; it does not mirror (L4)
    drawn = visual(text)
    assert len(drawn) == len(reference)
    for got, ref in zip(drawn, reference):
        assert got == ref or {ref, got} in ({"(", ")"}, {"[", "]"}, {"{", "}"})


words = st.sampled_from(["Ni'matul", "Nur 'Aini", "Nur’aini", HEBREW, ARABIC, "بِسْمِ", "😡", "👨\u200d👩\u200d👧",
                         "👍🏽", "🇮🇩", "(בסדר)", "12", "中文", "Ελληνικά", "\n", "\t"])  # fmt: skip
any_char = st.characters(blacklist_categories=("Cc", "Cs"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(words, st.text(any_char, max_size=6)), min_size=1, max_size=20).map(" ".join),
       st.floats(min_value=30, max_value=500))  # fmt: skip
def test_every_line_fits_and_nothing_is_lost(text, width):
    register_script_fonts()
    lines = lay_out(text, width, pdf_width)
    for line in lines:
        assert line.width == pytest.approx(sum(pdf_width(run.face, False, run.text) for run in line.runs))
        # only a single cluster wider than the line may stick out
        assert line.width <= width + 1e-6 or len(clusters("".join(r.text for r in line.runs))) == 1
    # every visible character typed is drawn once (Arabic in its joined forms, a bracket in a
    # right-to-left run mirrored), or marked as missing
    fold = {**MIRRORED, **{v: k for k, v in MIRRORED.items()}}
    drawn = Counter(min(ch, fold.get(ch, ch)) for line in lines for run in line.runs for ch in run.text)
    typed = Counter(min(ch, fold.get(ch, ch)) for ch in shape(text) if not invisible(ch))
    lost = {ch for ch, n in typed.items() if drawn[ch] != n}
    assert not lost or drawn[MISSING]
    # lost: what no font has, or a mark on a letter whose font lacks that mark
    assert all(not any(ord(ch) in coverage(face) for face in FACES) or unicodedata.combining(ch) for ch in lost)


def invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cf" or "VARIATION SELECTOR" in unicodedata.name(ch, "")
