"""The complaint receipt: real ESC/POS bytes (python-escpos) parsed back with their QR code
decoded (zxing-cpp), and a real A4 PDF read back (pypdf), QR code included.

Never on paper: the address, phone, e-mail or NIK; for a rahasia complaint, nothing of it
but its number and dates.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
import zxingcpp
from pypdf import PdfReader

from app import complaints as c
from app.complaint_receipt import (
    REPLACEMENT,
    SUMMARY_CHARS,
    print_thermal,
    printable_on_a4,
    render_a4,
    render_thermal,
)
from app.errors import InvalidInput
from app.printing import PrinterFault
from tests.test_complaints import GOOD, NIK, WIB, file
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


def test_a4_marks_what_the_font_cannot_draw_and_says_so(station):
    receipt = receipt_of(station, uraian="Antri lama 😡 مرحبا", nama="Budi 👍")
    _, text = read_pdf(render_a4(receipt))
    assert f"Budi {REPLACEMENT}" in text and "Antri lama" in text
    assert "tercetak sebagai" in text  # the footnote
    # the stored text is untouched
    with station.uow() as uow:
        view = c.staff_view(uow, receipt.nomor, c.Actor("rina", "pengaduan"))
    assert view.uraian == "Antri lama 😡 مرحبا" and view.identity.nama == "Budi 👍"


def test_glyph_replacement_keeps_what_the_font_has():
    from app.complaint_receipt import _font_glyphs

    glyphs = _font_glyphs()
    assert printable_on_a4("Ma'ruf Nur’aini é ü ß Ω Ж", glyphs) == ("Ma'ruf Nur’aini é ü ß Ω Ж", False)
    shown, replaced = printable_on_a4("a😀b👨‍👩‍👧c", glyphs)
    assert replaced and shown == f"a{REPLACEMENT}b{REPLACEMENT * 3}c"


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
