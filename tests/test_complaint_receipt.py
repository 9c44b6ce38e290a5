"""The complaint receipt: real ESC/POS bytes (python-escpos) parsed back with their QR code
decoded (zxing-cpp), and a real A4 PDF read back (pypdf), QR code included.

Never on paper: the address, phone, e-mail or NIK; for a rahasia complaint, nothing of it
but its number and dates.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app import complaints as c
from app.complaint_receipt import (
    REPLACEMENT,
    SUMMARY_CHARS,
    print_thermal,
    render_a4,
    render_thermal,
)
from app.errors import InvalidInput
from app.printing import PrinterFault
from tests.test_complaints import BIDI, GOOD, NIK, WIB, file
from tests.test_printing import parse_escpos, raster_image

COLUMNS = {58: 32, 80: 48}
NEVER = (GOOD["alamat"].split("\n")[0], "Bandung 40111", GOOD["telepon"], "3456", GOOD["email"], NIK, "0147")


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MPP_KEY_FILE", str(tmp_path / "personal-data.key"))


def receipt_of(station, **changes) -> c.ReceiptData:
    return file(station, **changes).receipt


def decode_raster(printed) -> list[str]:
    found = []
    for xbytes, rows, bits in printed.rasters:
        found += [r.text for r in zxingcpp.read_barcodes(raster_image(xbytes, rows, bits))]
    return found


# --- thermal -----------------------------------------------------------------------------------


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_thermal_receipt_layout_and_qr(station, paper_mm):
    receipt = receipt_of(station, nama="Nur’aini Ma'ruf", waktu_kejadian="2026-11-20T10:30")
    data = render_thermal(receipt, paper_mm=paper_mm)
    printed = parse_escpos(data)
    text = printed.text()
    lines = {line.text: line for line in printed.lines}
    assert data.startswith(b"\x1b@")
    assert lines["MPP Uji"].bold and lines["MPP Uji"].align == 1
    assert "TANDA TERIMA PENGADUAN" in lines
    number = lines["ADU-2026-000001"]
    assert number.width >= 2 and number.height >= 2 and number.columns <= COLUMNS[paper_mm]
    assert "Senin, 23 November 2026  09.00" in lines
    flat = " ".join(text.split())
    assert "Pelapor: Nur'aini Ma'ruf" in flat  # typographic apostrophe printed plain
    assert "Saluran: Loket" in flat and "Layanan: KTP-el" in flat
    assert "Diverifikasi paling lambat: Jumat, 27 November 2026" in flat
    assert "Diselesaikan paling lambat: Selasa, 23 Februari 2027" in flat
    assert "Waktu kejadian: Jumat, 20 November 2026 pukul 10.30" in flat
    assert "kode QR" in flat and "730 hari" in flat
    assert all(line.columns <= COLUMNS[paper_mm] for line in printed.lines)
    assert decode_raster(printed) == ["MPP-C:ADU-2026-000001"]
    assert printed.commands[-1][0] == b"GS V"  # cut last
    for secret in NEVER:
        assert secret.encode("cp437", "replace") not in data and secret not in text


def test_the_native_qr_holds_the_payload(station):
    printed = parse_escpos(render_thermal(receipt_of(station), qr="native"))
    assert printed.qr_store == [b"MPP-C:ADU-2026-000001"]


def test_anonim_and_rahasia_receipts(station):
    anonymous = " ".join(parse_escpos(render_thermal(receipt_of(station, identitas="anonim"))).text().split())
    assert "Siti" not in anonymous and "dirahasiakan" in anonymous and "Ringkasan" in anonymous
    secret = " ".join(parse_escpos(render_thermal(receipt_of(station, identitas="rahasia"))).text().split())
    assert "ADU-2026-000002" in secret and "Siti" not in secret
    for content in ("Petugas loket", "KTP-el", "Dinas Kependudukan", "Loket 2", "Ringkasan"):
        assert content not in secret


def test_a_long_complaint_is_summarised_on_the_roll(station):
    receipt = receipt_of(station, uraian="Antrian panjang sekali. " * 100)
    text = " ".join(parse_escpos(render_thermal(receipt, paper_mm=80)).text().split())
    summary = text[text.index("Ringkasan: ") + len("Ringkasan: ") :]
    assert summary.startswith("Antrian panjang sekali.")
    assert len(summary[: summary.index("...") + 3]) <= SUMMARY_CHARS + 2


def test_english_receipt(station):
    text = " ".join(parse_escpos(render_thermal(receipt_of(station), language="en")).text().split())
    assert "COMPLAINT RECEIPT" in text and "Complainant: Siti Nur'aini" in text and "Senin, 23 November 2026" in text


def test_printing_to_a_file_printer_and_without_a_printer(station, tmp_path):
    receipt = receipt_of(station)
    out = tmp_path / "lp0"
    assert str(print_thermal(receipt, f"file:{out}", paper_mm=58)) == f"file:{out}"
    assert out.read_bytes() == render_thermal(receipt, paper_mm=58)
    with pytest.raises(PrinterFault) as none:
        print_thermal(receipt, "")
    assert none.value.code == "no_printer"
    with pytest.raises(InvalidInput):
        render_thermal(receipt, paper_mm=76)


# --- A4 ------------------------------------------------------------------------------------------


def read_pdf(data: bytes):
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, " ".join(text.split())


def test_a4_receipt_reads_back(station, tmp_path):
    receipt = receipt_of(station, nama="Nur'aini binti Ma'ruf", uraian="Baris satu.\nBaris dua & <tiga>.",
                         tuntutan="Ελληνικά ok; Ünïcödé ok")  # fmt: skip
    path = tmp_path / "receipt.pdf"
    data = render_a4(receipt, path, printed_at=datetime(2026, 11, 23, 9, 5, tzinfo=WIB))
    assert path.read_bytes() == data and data.startswith(b"%PDF")
    reader, text = read_pdf(data)
    assert len(reader.pages) == 1
    for expected in ("TANDA TERIMA PENGADUAN", "ADU-2026-000001", "Senin, 23 November 2026", "Nur'aini binti Ma'ruf",
                     "Baris satu.", "Baris dua & <tiga>.", "Ελληνικά ok; Ünïcödé ok", "Jumat, 27 November 2026",
                     "Selasa, 23 Februari 2027", "Dinas Kependudukan dan Pencatatan Sipil", "730 hari",
                     "Dicetak: Senin, 23 November 2026 09.05"):  # fmt: skip
        assert expected in text, expected
    for secret in NEVER:
        assert secret not in text
    assert REPLACEMENT not in text  # nothing needed replacing
    fonts = {str(f["/BaseFont"]) for f in (reader.pages[0]["/Resources"]["/Font"].get_object()).values()}
    assert any("NotoSans" in f for f in fonts)
    images = [zxingcpp.read_barcodes(image.image.convert("L")) for image in reader.pages[0].images]
    assert [b.text for found in images for b in found] == ["MPP-C:ADU-2026-000001"]


def test_a4_marks_what_no_font_can_draw_and_says_so(station):
    receipt = receipt_of(station, uraian="Antri lama 中文 😡 مرحبا", nama="Budi 👍")
    _, text = read_pdf(render_a4(receipt))
    assert "Budi 👍" in text and f"Antri lama {REPLACEMENT * 2} 😡" in text
    assert "tercetak sebagai" in text  # the footnote
    # the stored text is untouched
    with station.uow() as uow:
        view = c.staff_view(uow, receipt.nomor, c.Actor("rina", "pengaduan"))
    assert view.uraian == "Antri lama 中文 😡 مرحبا" and view.identity.nama == "Budi 👍"


def test_a4_receipt_of_a_rahasia_complaint_holds_no_content(station):
    _, text = read_pdf(render_a4(receipt_of(station, identitas="rahasia")))
    assert "ADU-2026-000001" in text and "Rahasia" in text
    for content in ("Siti", "Petugas loket", "Dinas Kependudukan", "Loket 2", "Satu hari cuti", *NEVER):
        assert content not in text


def test_a4_receipt_in_english_and_without_the_verify_date(station):
    receipt = replace(receipt_of(station, identitas="anonim"), stage_due=None, settle_due=date(2027, 2, 23))
    _, text = read_pdf(render_a4(receipt, language="en"))
    assert "COMPLAINT RECEIPT" in text and "Anonymous" in text and "Verified by" not in text
    assert "Settled by: Selasa, 23 Februari 2027" in text


# --- every script, as typed ---------------------------------------------------------------------

HEBREW = "שלום עולם"
ARABIC = "مرحبا بكم في الخدمة العامة"
EMOJI = "😡👨‍👩‍👧 👍🏽 ❤️ 🇮🇩 1️⃣"


def presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"


def embedded_fonts(reader) -> set[str]:
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }


def test_a4_receipt_prints_every_script_as_typed(station):
    typed = {
        "nama": "Ni'matul Nur 'Aini",
        "tempat": f"Loket 2, papan {HEBREW}",
        "uraian": f"Antri lama {EMOJI} tidak dilayani.\n{ARABIC}",
        "kerugian": "בִּסְפָרִים",  # Hebrew with its vowel points
        "tuntutan": "Nur’aini minta maaf 🙏",
    }
    reader, text = read_pdf(render_a4(receipt_of(station, **typed)))
    for exact in ("Ni'matul Nur 'Aini", f"Loket 2, papan {HEBREW}", f"Antri lama {EMOJI} tidak dilayani.",
                  "בִּסְפָרִים", "Nur’aini minta maaf 🙏"):  # fmt: skip
        assert exact in text, exact
    assert REPLACEMENT not in text and "?" not in text and "tercetak sebagai" not in text
    # Arabic prints in its joined forms (Arabic Presentation Forms), drawn right to left. A
    # reader gets those forms back in reading order; NFKC folds them to exactly the letters typed.
    lines = reader.pages[0].extract_text().splitlines()
    (arabic,) = [line for line in lines if any(presentation_form(ch) for ch in line)]
    assert unicodedata.normalize("NFKC", arabic) == ARABIC
    assert all(presentation_form(ch) for ch in arabic if not ch.isspace())  # every letter shaped
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular", "NotoEmoji-Regular"} <= embedded_fonts(
        reader
    )


def test_a4_long_mixed_complaint_wraps_onto_a_second_page(station):
    sentence = f"Antri lama {EMOJI} di loket {HEBREW} lalu {ARABIC}. "
    uraian = (sentence * 100)[:5000].strip()
    reader, text = read_pdf(render_a4(receipt_of(station, uraian=uraian)))
    assert len(reader.pages) == 2
    for word in ("😡", "👨‍👩‍👧", "Antri lama", "שלום", "עולם"):
        assert text.count(word) == uraian.count(word), word
    folded = unicodedata.normalize("NFKC", text)
    assert folded.count("الخدمة") == uraian.count("الخدمة")
    assert "tercetak sebagai" not in text


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_thermal_prints_what_pc437_lacks_as_a_picture(station, paper_mm):
    from app.printing import text_picture
    from tests.test_printing import picture_bits

    receipt = receipt_of(station, nama="Nur 'Aini 😀", uraian=f"Antri lama {EMOJI}\n{ARABIC}")
    printed = parse_escpos(render_thermal(receipt, paper_mm=paper_mm))
    flat = " ".join(printed.text().split())
    assert "?" not in printed.text()
    assert "Pelapor" not in flat and "Ringkasan" not in flat  # those two lines are pictures
    assert "Tempat kejadian: Loket 2, MPP Uji" in flat and "Layanan: KTP-el" in flat  # plain Latin stays text
    assert decode_raster(printed) == ["MPP-C:ADU-2026-000001"]
    name, summary, _qr = printed.rasters
    assert name == picture_bits(text_picture("Pelapor: Nur 'Aini 😀", paper_mm))
    assert summary == picture_bits(text_picture(f"Ringkasan: Antri lama {EMOJI} {ARABIC}", paper_mm))
    assert name[0] * 8 == {58: 384, 80: 576}[paper_mm]


# --- any mix of scripts ------------------------------------------------------------------------------

WORDS = ["Ni'matul", "Nur 'Aini", "Nur’aini", "Siti", HEBREW, "בִּסְפָרִים", ARABIC, "بِسْمِ اللهِ", "😡", "👨‍👩‍👧",
         "👍🏽", "🇮🇩", "1️⃣", "(בסדר)", "[مرحبا]", "12", "٣٤", "中文", "Ελληνικά", "Şükrü"]  # fmt: skip
text_chars = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=BIDI + "\u2028\u2029")
mixed = st.lists(st.one_of(st.sampled_from(WORDS), st.text(text_chars, max_size=8)), min_size=1, max_size=12)
one_line = mixed.map(" ".join).map(str.strip).filter(bool)
many_lines = st.lists(one_line, min_size=1, max_size=4).map("\n".join)


@pytest.fixture(scope="module")
def plain_receipt(tmp_path_factory) -> c.ReceiptData:
    return c.ReceiptData(
        mpp_name="MPP Uji", mpp_address="Jl. Merdeka 1", nomor="ADU-2026-000001", qr_payload="MPP-C:ADU-2026-000001",
        filed_local=datetime(2026, 11, 23, 9, tzinfo=WIB), kanal="kiosk", identitas="terbuka", nama="Siti",
        agency_name="Dinas Kependudukan dan Pencatatan Sipil", service_name="KTP-el", waktu_kejadian="2026-11-20",
        tempat="Loket 2", uraian="Antri lama.", kerugian=None, tuntutan=None, stage_due=date(2026, 11, 27),
        settle_due=date(2027, 2, 23), retention_days=730,
    )  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(nama=one_line, tempat=one_line, uraian=many_lines)
def test_any_mix_of_scripts_prints_on_both_receipts(plain_receipt, nama, tempat, uraian):
    receipt = replace(plain_receipt, nama=nama, tempat=tempat, uraian=uraian, tuntutan=uraian)
    reader, text = read_pdf(render_a4(receipt))
    assert "ADU-2026-000001" in text and len(reader.pages) >= 1
    for paper_mm in (58, 80):
        printed = parse_escpos(render_thermal(receipt, paper_mm=paper_mm))
        assert decode_raster(printed) == ["MPP-C:ADU-2026-000001"]
        # what PC437 cannot print is a picture, never "?"
        assert printed.text().count("?") <= (nama + tempat + uraian).count("?")
        assert all(line.columns <= COLUMNS[paper_mm] for line in printed.lines)
