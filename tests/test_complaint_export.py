"""The SP4N-LAPOR! sheet as CSV and XLSX, read back; and a citizen's own data as JSON."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
from datetime import date, datetime

import openpyxl
import pytest

from app import complaints as c
from app.complaint_export import COLUMNS, WITHHELD, export_citizen_data, export_complaints, title_of
from app.complaints import CLI
from app.errors import InvalidInput, Refused
from tests.test_complaints import GOOD, NIK, WIB, add_staff, advance, file, snapshot

EXOTIC = "Keluhan 😡👍🏽\nمرحبا بكم\nשלום\nNur’aini & Ma'ruf <b>\ttab"


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch):
    monkeypatch.setenv("MPP_KEY_FILE", str(tmp_path / "personal-data.key"))


@pytest.fixture
def handler(station):
    return add_staff(station, "rina", "pengaduan")


def read_csv(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    return [dict(zip(COLUMNS, row)) for row in rows[1:]]


def read_xlsx(path) -> list[dict[str, object]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Pengaduan"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert tuple(rows[0]) == COLUMNS
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)  # never a formula
    return [dict(zip(COLUMNS, row)) for row in rows[1:]]


def export(station, actor, path, **kwargs):
    with station.uow() as uow:
        return export_complaints(uow, actor, path, **kwargs)


def test_the_handlers_sheet_holds_everything_exactly(station, handler, tmp_path):
    first = file(station, uraian=EXOTIC, nama="Nur'aini binti Ma'ruf", layanan=None).nomor
    second = file(station, identitas="anonim", tempat="=HYPERLINK(\"http://x\")", kanal="surat").nomor
    advance(station, second, "bukan_wewenang", forwarded_to="Ombudsman RI")
    for suffix, read in ((".csv", read_csv), (".xlsx", read_xlsx)):
        out = tmp_path / f"lapor{suffix}"
        summary = export(station, handler, out)
        assert (summary.rows, summary.with_personal_data, summary.format) == (2, 2, suffix[1:])
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        one, two = read(out)
        assert one["Nomor Pengaduan"] == first and two["Nomor Pengaduan"] == second
        assert one["Isi Laporan"] == EXOTIC  # emoji, RTL, apostrophes, line breaks and tabs exactly
        assert one["Judul Laporan"] == "Keluhan 😡👍🏽"
        assert one["Nama Pelapor"] == "Nur'aini binti Ma'ruf"
        assert (one["NIK"], one["Telepon"], one["Email"]) == (NIK, GOOD["telepon"], GOOD["email"])
        assert one["Alamat"] == GOOD["alamat"]
        assert (one["Klasifikasi"], one["Saluran"], one["Kode Instansi"]) == ("Terbuka", "Loket", "DUKCAPIL")
        assert one["Instansi Tujuan"] == "Dinas Kependudukan dan Pencatatan Sipil"
        assert one["Status"] == "Diterima" and one["Lewat Batas Waktu"] == "Tidak"
        assert (two["Klasifikasi"], two["Saluran"], two["Status"]) == ("Anonim", "Surat", "Bukan wewenang, diteruskan")
        assert two["Diteruskan Ke"] == "Ombudsman RI"
        if suffix == ".xlsx":
            assert two["Lokasi Kejadian"] == '=HYPERLINK("http://x")'  # text, exact
            assert one["Tanggal Pengaduan"] == datetime(2026, 11, 23) and one["Tanggal Kejadian"] == datetime(2026, 11, 20)
            assert one["Layanan"] is None
        else:
            assert two["Lokasi Kejadian"] == "'=HYPERLINK(\"http://x\")"  # Excel will not run it
            assert one["Tanggal Pengaduan"] == "2026-11-23" and one["Tanggal Kejadian"] == "2026-11-20"
            assert one["Layanan"] == ""
            assert one["Telepon"] == GOOD["telepon"]


def test_a_supervisors_sheet_withholds_what_the_role_may_not_see(station, handler, tmp_path, db_path):
    supervisor = add_staff(station, "budi2", "supervisor")
    open_ = file(station).nomor
    anonymous = file(station, identitas="anonim").nomor
    secret = file(station, identitas="rahasia").nomor
    out = tmp_path / "sheet.csv"
    summary = export(station, supervisor, out)
    assert summary.with_personal_data == 1  # the name of the terbuka complaint
    rows = {r["Nomor Pengaduan"]: r for r in read_csv(out)}
    assert rows[open_]["Nama Pelapor"] == GOOD["nama"]
    assert rows[open_]["NIK"] == rows[open_]["Telepon"] == rows[open_]["Alamat"] == WITHHELD
    assert rows[anonymous]["Nama Pelapor"] == WITHHELD and rows[anonymous]["Isi Laporan"] == GOOD["uraian"]
    stub = rows[secret]
    assert stub["Isi Laporan"] == stub["Instansi Tujuan"] == stub["Nama Pelapor"] == WITHHELD
    assert stub["Status"] == "Diterima" and stub["Tanggal Pengaduan"] == "2026-11-23"
    text = out.read_text(encoding="utf-8-sig")
    assert NIK not in text and GOOD["telepon"] not in text and GOOD["email"] not in text
    log = sqlite3.connect(db_path).execute("SELECT actor, fields, purpose FROM complaint_access").fetchall()
    assert log == [("budi2", "nama", "export")]


def test_a_never_given_value_is_empty_not_withheld(station, handler, tmp_path):
    file(station, identitas="anonim", nama=None, alamat=None, telepon=None, email=None, nik=None)
    export(station, handler, tmp_path / "x.csv")
    [row] = read_csv(tmp_path / "x.csv")
    assert row["Nama Pelapor"] == row["NIK"] == ""


def test_the_range_is_by_day_filed(station, clock, handler, tmp_path):
    file(station)
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=WIB))
    middle = file(station).nomor
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=WIB))
    file(station)
    out = tmp_path / "range.xlsx"
    assert export(station, handler, out, start=date(2026, 11, 24), end=date(2026, 11, 24)).rows == 1
    assert [r["Nomor Pengaduan"] for r in read_xlsx(out)] == [middle]
    with pytest.raises(InvalidInput):
        export(station, handler, out, start=date(2026, 11, 25), end=date(2026, 11, 24))


def test_a_refused_export_writes_nothing_and_logs_nothing(station, handler, tmp_path, db_path):
    file(station)
    before = snapshot(db_path)
    for bad in (tmp_path / "sheet.pdf", tmp_path / "missing" / "sheet.csv", tmp_path):
        with pytest.raises(InvalidInput) as error:
            export(station, handler, bad)
        assert error.value.code == "bad_output"
    with pytest.raises(Refused):
        export(station, add_staff(station, "ani", "counter"), tmp_path / "sheet.csv")
    assert not (tmp_path / "sheet.csv").exists() and not (tmp_path / "sheet.pdf").exists()
    after = snapshot(db_path)
    assert after["complaint_access"] == before["complaint_access"]


def test_titles_are_the_first_line_cut_between_words():
    assert title_of("\n  Antri lama  \nbaris dua") == "Antri lama"
    long = "kata " * 40
    title = title_of(long)
    assert len(title) <= 100 and title.endswith("…") and not title.endswith(" …")


def test_a_citizens_own_data_as_json(station, handler, tmp_path, db_path):
    nomor = file(station, nama="Nur'aini 😀").nomor
    advance(station, nomor, "diverifikasi", note="Kami hubungi Anda besok.", public=True, actor=handler)
    advance(station, nomor, "didisposisikan", note="internal", actor=handler)
    out = tmp_path / "data-saya.json"
    with station.uow() as uow:
        export_citizen_data(uow, handler, out, nik=NIK)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    [one] = data["complaints"]
    assert one["nomor"] == nomor and one["identity"]["nama"] == "Nur'aini 😀" and one["identity"]["nik"] == NIK
    assert [s for _, s in one["stages"]] == ["diterima", "diverifikasi", "didisposisikan"]
    assert [r["text"] for r in one["replies"]] == ["Kami hubungi Anda besok."]
    assert "internal" not in out.read_text(encoding="utf-8")
    assert data["purpose"] == c.PURPOSE_TEXT and "730" in data["retention"]
    with pytest.raises(InvalidInput), station.uow() as uow:
        export_citizen_data(uow, handler, tmp_path / "data.csv", nomor=nomor)
    with station.uow() as uow:
        second = export_citizen_data(uow, CLI, tmp_path / "again.json", nomor=nomor)
    # the first export's access is in the second, with the role that made it
    assert [(role, purpose) for _, role, _, purpose in second.complaints[0].access_log] == [("pengaduan", "citizen_export")]
