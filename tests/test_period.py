"""The period summary (app.period) and its PDF (app.report_period) on a week made by
`mpp demo-data` (tests/conftest.py demo_week): the PDF read back carries the figures of
--json; the period's counts are the sums of its daily summaries'; its times and its IKM
are computed over the whole range, here recomputed independently from the raw rows."""

from __future__ import annotations

import json
import math
import re
import shutil
import sqlite3
import statistics
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from app import queue
from app.clock import ManualClock
from app.daily import daily_summary
from app.errors import InvalidInput, Refused
from app.ikm import ELEMENT_KEYS, compute_ikm
from app.period import parse_period, period_label, period_summary
from app.report_period import render_period_report
from app.survey import ikm_over
from app.uow import Station
from tests.conftest import DEMO_WEEK, MONDAY_9AM, run_mpp

WEEK = ("2026-W47", date(2026, 11, 16), date(2026, 11, 22))
A4 = (595.28, 841.89)
WIB = ZoneInfo("Asia/Jakarta")


# --- Indonesian formats, written out here independently of app.pdf ---------------------------------


def whole(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def one_decimal(x: float | None) -> str:
    return "-" if x is None else f"{x:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def two_decimals(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}".replace(".", ",")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def stats(d: dict) -> str:
    return " ".join(one_decimal(d[k]) for k in ("mean", "median", "p90", "max"))


def half_up(minutes: float) -> float:
    return float(Decimal(minutes).quantize(Decimal("0.1"), ROUND_HALF_UP))


# --- naming periods -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, start, end", [
    ("2026-W48", date(2026, 11, 23), date(2026, 11, 29)),
    ("2026-w01", date(2025, 12, 29), date(2026, 1, 4)),  # ISO week 1 begins in the year before
    ("2026-11", date(2026, 11, 1), date(2026, 11, 30)),
    ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
    ("2026-11-02..2026-11-20", date(2026, 11, 2), date(2026, 11, 20)),
    (" 2026-11-02 .. 2026-11-20 ", date(2026, 11, 2), date(2026, 11, 20)),
    ("2026-11-20", date(2026, 11, 20), date(2026, 11, 20)),
    ("2026-T4", date(2026, 10, 1), date(2026, 12, 31)),
    ("2026", date(2026, 1, 1), date(2026, 12, 31)),
])  # fmt: skip
def test_a_period_is_read_in_each_form(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("text", ["2026-W54", "2026-W0", "2026-13", "2026-02-30", "20-11-2026", "minggu ini", "",
                                  "2026-11-20..2026-11-02", "2026-11-02..", None])
def test_a_bad_period_is_refused_with_the_forms_named(text):
    with pytest.raises(InvalidInput) as error:
        parse_period(text)
    assert error.value.code == "bad_period"


@pytest.mark.parametrize("start, end, label", [
    (date(2026, 11, 16), date(2026, 11, 22), "Minggu ke-47 2026 (16–22 November 2026)"),
    (date(2026, 11, 1), date(2026, 11, 30), "November 2026"),
    (date(2026, 10, 1), date(2026, 12, 31), "Triwulan IV 2026"),
    (date(2026, 11, 2), date(2026, 11, 20), "2–20 November 2026"),
    (date(2026, 11, 30), date(2026, 12, 4), "30 November – 4 Desember 2026"),
    (date(2026, 12, 28), date(2027, 1, 8), "28 Desember 2026 – 8 Januari 2027"),
    (date(2026, 11, 20), date(2026, 11, 20), "Jumat, 20 November 2026"),
])  # fmt: skip
def test_a_period_is_named_as_a_reader_would(start, end, label):
    assert period_label(start, end) == label


# --- the demo week, reported once -----------------------------------------------------------------


@pytest.fixture(scope="module")
def week(demo_week, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("period")
    db = tmp / "week.sqlite"
    shutil.copyfile(demo_week["db"], db)
    pdf = tmp / "ringkasan-periode.pdf"
    done = run_mpp("report", "period", "--period", WEEK[0], "--out", str(pdf), "--json", "--db", str(db))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    reader = PdfReader(str(pdf))
    pages = [page.extract_text() or "" for page in reader.pages]
    return {"db": db, "json": data, "pdf": pdf, "reader": reader, "text": flat("\n".join(pages))}


@pytest.fixture
def week_station(week):
    station = Station.open(week["db"], ManualClock(MONDAY_9AM))
    yield station
    station.close()


def test_the_pdf_is_a4_with_numbered_pages_and_names_the_period(week):
    reader, text, data = week["reader"], week["text"], week["json"]
    total = len(reader.pages)
    assert 3 <= total <= 12
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
        assert f"Halaman {number} dari {total}" in flat(page.extract_text())
    assert "Ringkasan Periode" in text and "Mal Pelayanan Publik Kota Contoh" in text
    assert data["label"] == "Minggu ke-47 2026 (16–22 November 2026)" and data["label"] in text
    assert (data["start"], data["end"], data["through"]) == ("2026-11-16", "2026-11-22", "2026-11-22")
    assert data["working_days"] == 5 and f"{data['working_days']} hari kerja" in text
    assert data["is_running"] is False and data["pdf"] == str(week["pdf"])


def test_the_headline_service_and_staff_figures_are_in_the_pdf_as_the_json_says(week):
    data, text = week["json"], week["text"]
    assert data["issued"] > 2000  # three real days
    assert data["issued"] == data["served"] + data["absent"] + data["cancelled"] + data["expired"] + data["open"]
    for label, key in [("Tiket terbit", "issued"), ("Dilayani", "served"), ("Tidak hadir", "absent"),
                       ("Dialihkan", "transferred"), ("Batal", "cancelled"), ("Kedaluwarsa", "expired"),
                       ("Kembali setelah tidak hadir", "returned")]:
        assert f"{label} {whole(data[key])}" in text, key
    assert f"Waktu tunggu (menit) {stats(data['wait_minutes'])} {whole(data['waited'])}" in text
    assert f"Waktu layanan (menit) {stats(data['service_minutes'])} {whole(data['served'])}" in text
    assert f"{whole(data['over_target'])} dari {whole(data['waited'])} tiket yang dipanggil" in text
    for s in data["per_service"]:
        counts = [s[k] for k in ("issued", "transferred_in", "served", "absent", "transferred", "cancelled",
                                  "expired")]
        assert f"{s['prefix']} {s['name']} " + " ".join(whole(n) for n in counts) in text, s["code"]
    for p in data["per_staff"]:
        assert f"{p['name']} ({p['username']}) " in text and f" {stats(p['service_minutes'])}" in text


def test_each_day_of_the_trend_is_in_the_pdf_as_the_json_says(week):
    data, text = week["json"], week["text"]
    assert [d["day"] for d in data["days"]] == [f"2026-11-{n}" for n in (16, 17, 18, 19, 20)]  # the working days
    names = {"2026-11-16": "Senin", "2026-11-17": "Selasa", "2026-11-18": "Rabu", "2026-11-19": "Kamis",
             "2026-11-20": "Jumat"}
    for d in data["days"]:
        day = date.fromisoformat(d["day"])
        row = (f"{names[d['day']]}, {day:%d/%m/%Y} {whole(d['issued'])} {whole(d['served'])} "
               f"{one_decimal(d['wait_mean_minutes'])} {whole(d['respondents'])} {two_decimals(d['ikm'])}")
        assert row in text, row
    assert (f"Periode (5 hari) {whole(data['issued'])} {whole(data['served'])} "
            f"{one_decimal(data['wait_minutes']['mean'])} {whole(data['survey']['respondents'])} "
            f"{two_decimals(data['survey']['ikm'])}") in text
    assert {d["day"] for d in data["days"] if d["issued"]} == set(DEMO_WEEK)
    for title in ("Tiket per hari", "Rerata waktu tunggu per hari (menit)", "IKM per hari"):
        assert title in text


def test_the_survey_and_complaints_are_in_the_pdf(week):
    data, text = week["json"], week["text"]
    survey = data["survey"]
    assert survey["respondents"] == 5 and survey["population"] == data["served"]
    assert f"{whole(survey['respondents'])} {two_decimals(survey['ikm'])} {survey['mutu']} ({survey['kinerja']})" in text
    filed = data["complaints"]
    assert filed == {"available": True, "received": 3, "settled": 1, "open": 2, "overdue": 0}
    assert (f"Diterima Diselesaikan Masih terbuka Lewat batas waktu {whole(filed['received'])} "
            f"{whole(filed['settled'])} {whole(filed['open'])} {whole(filed['overdue'])}") in text
    assert "pada periode ini" in text and "pada hari ini" not in text


def test_the_period_counts_are_the_sums_of_its_daily_summaries(week_station):
    start, end = WEEK[1], WEEK[2]
    with week_station.uow(read_only=True) as uow:
        period = period_summary(uow, start, end)
        days = [daily_summary(uow, d) for d in (start + timedelta(days=i) for i in range(5))]
    counted = ("issued", "served", "absent", "transferred", "transferred_in", "cancelled", "expired", "open",
               "returned", "waited", "over_target")
    for key in counted:
        assert getattr(period.totals, key) == sum(getattr(d.totals, key) for d in days), key
    assert period.totals.wait_minutes.count == sum(d.totals.wait_minutes.count for d in days)
    for service in period.per_service:
        daily = [s for d in days for s in d.per_service if s.code == service.code]
        for key in counted:
            assert getattr(service.figures, key) == sum(getattr(s.figures, key) for s in daily), (service.code, key)
    for counter in period.per_counter:
        daily = [c for d in days for c in d.per_counter if c.number == counter.number]
        for key in ("called", "served", "absent", "transferred"):
            assert getattr(counter, key) == sum(getattr(c, key) for c in daily)
    hours = {}
    for d in days:
        for h in d.arrivals_per_hour:
            hours[h.hour] = hours.get(h.hour, 0) + h.arrivals
    assert {h.hour: h.arrivals for h in period.arrivals_per_hour if h.arrivals} == {
        h: n for h, n in hours.items() if n
    }
    assert period.complaints.received == sum(d.complaints.received for d in days)
    assert period.complaints.settled == sum(d.complaints.settled for d in days)
    # the trend is each day's own summary
    trend = {t.day: t for t in period.days}
    for d in days:
        t = trend[d.day]
        assert (t.issued, t.served, t.wait_minutes, t.respondents, t.ikm) == (
            d.issued, d.served, d.wait_minutes, d.survey.respondents, d.survey.ikm)


def test_the_period_times_are_computed_over_every_ticket_of_the_range(week):
    """Waiting times read straight from the file with sqlite3: the first call minus the
    arrival, for every ticket of the week; statistics' median and inclusive quantiles are
    the type-7 definition the summary uses."""
    conn = sqlite3.connect(week["db"])
    rows = conn.execute(
        "SELECT t.issued_at, min(e.created_at) FROM ticket t JOIN ticket_event e ON e.ticket_id = t.id "
        "WHERE e.kind = 'called' AND t.business_date BETWEEN ? AND ? GROUP BY t.id",
        (WEEK[1].isoformat(), WEEK[2].isoformat()),
    ).fetchall()
    conn.close()
    waits = sorted((datetime.fromisoformat(called) - datetime.fromisoformat(issued)).total_seconds() / 60
                   for issued, called in rows)
    expected = {
        "mean": half_up(math.fsum(waits) / len(waits)),
        "median": half_up(statistics.median(waits)),
        "p90": half_up(statistics.quantiles(waits, n=10, method="inclusive")[-1]),
        "max": half_up(waits[-1]),
    }
    data = week["json"]
    assert data["waited"] == len(waits)
    for key, value in expected.items():
        assert data["wait_minutes"][key] == pytest.approx(value, abs=0.051), key


def test_the_period_ikm_is_the_ikm_of_all_its_responses_not_a_mean_of_days(week, week_station):
    conn = sqlite3.connect(week["db"])
    answers = [dict(zip(ELEMENT_KEYS, row)) for row in conn.execute(
        f"SELECT {', '.join(ELEMENT_KEYS)} FROM survey_response WHERE business_date BETWEEN ? AND ?",
        (WEEK[1].isoformat(), WEEK[2].isoformat()),
    )]  # fmt: skip
    conn.close()
    independent = compute_ikm(answers)
    with week_station.uow(read_only=True) as uow:
        period = period_summary(uow, WEEK[1], WEEK[2])
        over = ikm_over(uow, WEEK[1], WEEK[2])
    assert period.survey.respondents == len(answers) == over.respondents == 5
    assert period.survey.ikm == over.ikm_konversi == independent.ikm_konversi
    assert period.survey.mutu == independent.mutu
    daily = [t.ikm for t in period.days if t.ikm is not None]
    assert len(daily) == 2 and sum(daily) / 2 != period.survey.ikm  # the two days weigh 3 and 2 respondents
    assert week["json"]["survey"]["ikm"] == float(period.survey.ikm)


def test_look_at_the_pages(week, tmp_path):
    """The pages as images: every one rendered, none blank (the reviewer opens them too)."""
    import subprocess

    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "40", str(week["pdf"]), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(week["reader"].pages)
    for path in images:
        colours = Image.open(path).convert("L").getcolors(1 << 16)
        assert len(colours) > 10, path.name  # text and charts, not an empty page


# --- small periods built by hand ---------------------------------------------------------------------


def test_a_period_reaching_past_today_is_counted_up_to_now(station, clock):
    for hhmm in ("08:30", "08:40"):
        hour, minute = (int(x) for x in hhmm.split(":"))
        clock.set(datetime(2026, 11, 23, hour, minute, tzinfo=WIB))
        with station.uow() as uow:
            queue.issue_ticket(uow, "KTP")
    clock.set(MONDAY_9AM)
    with station.uow(read_only=True) as uow:
        summary = period_summary(uow, *parse_period("2026-11"))
    assert summary.through == date(2026, 11, 23) and summary.end == date(2026, 11, 30) and summary.is_running
    assert summary.issued == 2 and summary.totals.open == 2
    assert summary.days[-1].day == date(2026, 11, 23) and summary.days[-1].issued == 2
    # the test catalog closes on 2026-11-26; the days up to today exclude weekends
    assert all(d.day.weekday() < 5 for d in summary.days) and summary.working_days == len(summary.days) == 16


def test_a_period_to_come_and_a_range_too_long_are_refused(station):
    with station.uow(read_only=True) as uow:
        with pytest.raises(Refused) as error:
            period_summary(uow, date(2026, 12, 1), date(2026, 12, 31))
        assert error.value.code == "future_period"
        with pytest.raises(InvalidInput) as error:
            period_summary(uow, date(2024, 1, 1), date(2026, 1, 1))
        assert error.value.code == "bad_period" and "at most 366 days" in error.value.message
        with pytest.raises(InvalidInput):
            period_summary(uow, date(2026, 11, 20), date(2026, 11, 2))


def test_a_quiet_period_prints_a_report_of_zeros(station, tmp_path):
    with station.uow(read_only=True) as uow:
        summary = period_summary(uow, date(2026, 11, 9), date(2026, 11, 13))
    assert summary.issued == 0 and summary.survey.respondents == 0 and len(summary.days) == 5
    assert summary.wait_minutes.mean is None and all(d.issued == 0 for d in summary.days)
    folder = tmp_path / "out"
    folder.mkdir()
    path = render_period_report(summary, folder / "sepi.pdf")
    text = flat("\n".join(p.extract_text() for p in PdfReader(str(path)).pages))
    assert "Tiket terbit 0" in text and "Tidak ada tiket pada periode ini." in text
    assert "Belum ada responden survei pada periode ini" in text
    assert "9–13 November 2026" in text
    assert list(folder.iterdir()) == [path]  # no temporary file left beside it


def test_the_json_holds_the_daily_summarys_keys(station):
    with station.uow(read_only=True) as uow:
        data = period_summary(uow, date(2026, 11, 16), date(2026, 11, 20)).to_json()
        daily = daily_summary(uow, date(2026, 11, 20)).to_json()
    assert set(daily) - {"day", "is_today", "closed_reason"} <= set(data)
    assert {"start", "end", "through", "label", "days", "working_days"} <= set(data)
    json.dumps(data)  # plain values only
    for key in ("wait_minutes", "service_minutes"):
        assert set(data[key]) == {"mean", "median", "p90", "max"}


def test_a_bad_cli_period_is_a_usage_error_and_writes_nothing(tmp_path, db_path):
    out = tmp_path / "x.pdf"
    for args in (["--period", "2026-W60"], ["--period", "2026-11", "--from", "2026-11-01"], ["--from", "2026-11-01"],
                 ["--from", "01-11-2026", "--to", "2026-11-20"]):
        done = run_mpp("report", "period", *args, "--out", str(out), "--db", str(db_path))
        assert done.returncode in (1, 2), (args, done.stderr)
        assert done.stderr.startswith("mpp: ") and not out.exists()
    done = run_mpp("report", "period", "--period", "2026-12", "--out", str(out), "--db", str(db_path))
    assert done.returncode == 1 and "has not begun" in done.stderr and not out.exists()
