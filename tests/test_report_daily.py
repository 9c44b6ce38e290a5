"""`mpp report daily`: the PDF of a day made by `mpp demo-data`, read back with
pypdf, carries exactly the figures of its --json, formatted the Indonesian way."""

from __future__ import annotations

import json
import re
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from app import complaints, keys
from app.clock import ManualClock
from app.ikm import ELEMENT_KEYS
from app.survey import record_response
from app.uow import Station
from tests.conftest import run_mpp

DAY = "2026-11-20"  # a Friday, before the test clock's Monday
WIB = ZoneInfo("Asia/Jakarta")
A4 = (595.28, 841.89)
COMPLAINT = {
    "identitas": "anonim",
    "instansi": "SAMSAT",
    "waktu_kejadian": "2026-11-19",
    "tempat": "Loket 7",
    "uraian": "Antrean pajak kendaraan tidak bergerak selama satu jam.",
    "kerugian": "Waktu kerja hilang.",
    "tuntutan": "Loket ditambah pada jam sibuk.",
    "kanal": "kiosk",
}


# --- Indonesian formats, written out here independently of app.pdf -------------------------------


def whole(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def one_decimal(x: float | None) -> str:
    return "-" if x is None else f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def percent(x: float | None) -> str:
    return "-" if x is None else one_decimal(x) + "%"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def stats(d: dict) -> str:
    return " ".join(one_decimal(d[k]) for k in ("mean", "median", "p90", "max"))


# --- one demo day, reported once ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory, demo_template):
    tmp = tmp_path_factory.mktemp("daily")
    db = tmp / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    made = run_mpp("demo-data", "--date", DAY, "--db", str(db))
    assert made.returncode == 0, made.stderr
    # a few survey answers that day, so the report has an IKM to print
    clock = ManualClock(datetime(2026, 11, 20, 14, 0, tzinfo=WIB))
    station = Station.open(db, clock)
    try:
        for i, (code, score) in enumerate([("KTP", 4), ("KTP", 3), ("SKCK", 3), ("SKCK", 2), ("PKB", 4), ("KK", 3)]):
            answers = {k: score for k in ELEMENT_KEYS}
            answers["waktu"] = max(1, score - i % 2)
            with station.uow() as uow:
                record_response(uow, service_code=code, answers=answers)
        # and complaints: two filed that day, one of them settled the same day
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(keys.KEY_ENV, str(tmp / "personal-data.key"))
            filed = []
            for minute in (0, 30):
                clock.set(datetime(2026, 11, 20, 10, minute, tzinfo=WIB))
                with station.uow() as uow:
                    filed.append(complaints.add_complaint(uow, COMPLAINT, complaints.CLI).nomor)
            clock.set(datetime(2026, 11, 20, 11, 0, tzinfo=WIB))
            for to, extra in [("diverifikasi", {}), ("didisposisikan", {}), ("ditindaklanjuti", {}),
                              ("selesai", {"note": "Petugas sudah ditegur."})]:
                with station.uow() as uow:
                    complaints.advance(uow, filed[0], to, actor=complaints.CLI, **extra)
    finally:
        station.close()
    pdf = tmp / "ringkasan.pdf"
    done = run_mpp("report", "daily", "--date", DAY, "--out", str(pdf), "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    reader = PdfReader(str(pdf))
    pages = [page.extract_text() or "" for page in reader.pages]
    return {"json": data, "pdf": pdf, "reader": reader, "text": flat("\n".join(pages)), "db": db}


def test_the_pdf_is_a4_with_numbered_pages(report):
    reader = report["reader"]
    total = len(reader.pages)
    assert 2 <= total <= 12
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
        assert f"Halaman {number} dari {total}" in flat(page.extract_text())
    assert report["json"]["pdf"] == str(report["pdf"])


def test_title_names_the_mpp_and_the_day(report):
    text = report["text"]
    assert text.startswith("Mal Pelayanan Publik Kota Contoh") or "Ringkasan Harian" in text[:300]
    assert "Ringkasan Harian" in text and "Mal Pelayanan Publik Kota Contoh" in text
    assert "Jumat, 20 November 2026" in text
    assert report["json"]["day"] == DAY and report["json"]["is_today"] is False


def test_every_headline_figure_is_in_the_pdf_as_the_json_says(report):
    data, text = report["json"], report["text"]
    assert data["issued"] > 500  # a real day
    assert data["issued"] == data["served"] + data["absent"] + data["cancelled"] + data["expired"] + data["open"]
    for label, key in [("Tiket terbit", "issued"), ("Dilayani", "served"), ("Tidak hadir", "absent"),
                       ("Dialihkan", "transferred"), ("Batal", "cancelled"), ("Kedaluwarsa", "expired"),
                       ("Kembali setelah tidak hadir", "returned")]:
        assert f"{label} {whole(data[key])}" in text, key
    assert f"Waktu tunggu (menit) {stats(data['wait_minutes'])} {whole(data['waited'])}" in text
    assert f"Waktu layanan (menit) {stats(data['service_minutes'])} {whole(data['served'])}" in text
    assert (
        f"Menunggu lebih lama dari target layanan: {whole(data['over_target'])} dari {whole(data['waited'])} tiket "
        f"yang dipanggil ({percent(data['over_target_pct'])})"
    ) in text


def test_every_service_row_is_in_the_pdf_as_the_json_says(report):
    data, text = report["json"], report["text"]
    assert len(data["per_service"]) >= 15
    for s in data["per_service"]:
        counts = [s[k] for k in ("issued", "transferred_in", "served", "absent", "transferred", "cancelled",
                                  "expired")]
        row = f"{s['prefix']} {s['name']} " + " ".join(whole(n) for n in counts)
        assert row in text, row
        times = (f"{s['prefix']} {s['name']} {stats(s['wait_minutes'])} {whole(s['wait_target_minutes'])} "
                 f"{percent(s['over_target_pct'])} {stats(s['service_minutes'])}")
        assert times in text, times
    for a in data["per_agency"]:
        counts = [a[k] for k in ("issued", "transferred_in", "served", "absent", "transferred", "cancelled",
                                  "expired")]
        assert f"{a['name']} " + " ".join(whole(n) for n in counts) in text, a["code"]
    # the MPP's own row closes the table with the headline figures
    total = [data[k] for k in ("issued", "transferred", "served", "absent", "transferred", "cancelled", "expired")]
    assert f"Jumlah {data['mpp']} " + " ".join(whole(n) for n in total) in text


def test_every_counter_and_staff_row_is_in_the_pdf(report):
    data, text = report["json"], report["text"]
    assert len(data["per_counter"]) == 36
    for c in data["per_counter"]:
        people = ", ".join(c["staff"]) or "-"
        row = (f"{c['number']} {c['name']} {people} " + " ".join(whole(c[k]) for k in ("called", "served", "absent",
               "transferred")) + f" {stats(c['service_minutes'])}")
        assert row in text, row
    # simulate_day signs every counter in: each counter has its one staff member, nobody is unrecorded
    assert all(len(c["staff"]) == 1 for c in data["per_counter"])
    assert [p["username"] for p in data["per_staff"]].count(None) == 0 and len(data["per_staff"]) == 16
    for p in data["per_staff"]:
        counters = ", ".join(str(n) for n in p["counters"])
        row = (f"{p['name']} ({p['username']}) {counters} " + " ".join(whole(p[k]) for k in ("called", "served",
               "absent", "transferred")) + f" {stats(p['service_minutes'])}")
        assert row in text, row
    assert sum(p["served"] for p in data["per_staff"]) == data["served"]


def test_the_ikm_and_mutu_are_in_the_pdf(report):
    data, text = report["json"], report["text"]
    survey = data["survey"]
    assert survey["respondents"] == 6 and survey["population"] == data["served"]
    ikm = f"{survey['ikm']:.2f}".replace(".", ",")
    assert f"{whole(survey['respondents'])} {ikm} {survey['mutu']} ({survey['kinerja']})" in text
    prefixes = {s["code"]: s["prefix"] for s in data["per_service"]}
    for s in survey["per_service"]:
        ikm = f"{s['ikm']:.2f}".replace(".", ",")
        assert f"{prefixes[s['code']]} {s['name']} {whole(s['respondents'])} {ikm} {s['mutu']}" in text


def test_arrivals_per_hour_add_up_and_complaints_are_reported(report):
    data, text = report["json"], report["text"]
    assert sum(h["arrivals"] for h in data["arrivals_per_hour"]) == data["issued"]
    assert "Kedatangan per Jam" in text
    filed = data["complaints"]
    assert filed == {"available": True, "received": 2, "settled": 1, "open": 1, "overdue": 0}
    assert (f"Diterima Diselesaikan Masih terbuka Lewat batas waktu {whole(filed['received'])} "
            f"{whole(filed['settled'])} {whole(filed['open'])} {whole(filed['overdue'])}") in text


# --- refusals ------------------------------------------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path, demo_template):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    return db


def test_a_bad_date_is_a_usage_error_and_writes_nothing(demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    done = run_mpp("report", "daily", "--date", "20-11-2026", "--out", str(out), "--db", str(demo_db))
    assert done.returncode == 2
    assert "dates are written YYYY-MM-DD" in done.stderr
    assert not out.exists()


def test_a_closed_day_is_refused_clearly_and_writes_nothing(demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    done = run_mpp("report", "daily", "--date", "2026-11-22", "--out", str(out), "--db", str(demo_db))  # a Sunday
    assert done.returncode == 1
    assert "closed" in done.stderr and "2026-11-22" in done.stderr
    assert not out.exists() and list(tmp_path.glob("*.pdf*")) == []


def test_a_day_to_come_is_refused(demo_db, tmp_path):
    out = tmp_path / "x.pdf"
    done = run_mpp("report", "daily", "--date", "2026-12-01", "--out", str(out), "--db", str(demo_db))
    assert done.returncode == 1 and "has not come yet" in done.stderr
    assert not out.exists()


def test_a_quiet_working_day_prints_a_summary_of_zeros(demo_db, tmp_path):
    out = tmp_path / "sepi.pdf"
    done = run_mpp("report", "daily", "--date", "2026-11-19", "--out", str(out), "--json", "--db", str(demo_db))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["issued"] == 0 and data["wait_minutes"] == {"mean": None, "median": None, "p90": None, "max": None}
    text = flat("\n".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "Tiket terbit 0" in text and "Tidak ada tiket pada hari ini." in text
    assert "Belum ada responden survei pada hari ini" in text
