"""Exports of tickets, survey responses and complaints (app.export) of the demo week,
read back with the csv module and openpyxl and checked against the database read
directly with sqlite3; personal data only for a role that may see it, and logged."""

from __future__ import annotations

import csv
import io
import shutil
import stat
from datetime import date, datetime, time, timezone
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from app import complaints
from app.clock import ManualClock
from app.complaint_export import COLUMNS as COMPLAINT_COLUMNS
from app.complaint_export import WITHHELD
from app.errors import InvalidInput, Refused
from app.export import KINDS, STATUS_LABELS, TICKET_COLUMNS, export_table
from app.survey import ikm_over, ikm_of_file
from app.survey_file import COLUMNS as SURVEY_COLUMNS
from app.survey_file import read_survey_file
from app.uow import Station
from tests.conftest import MONDAY_9AM, read_rows, run_mpp

START, END = date(2026, 11, 16), date(2026, 11, 22)
WIB = ZoneInfo("Asia/Jakarta")
HEADS = [c.name for c in TICKET_COLUMNS]


@pytest.fixture(scope="module")
def week(demo_week, tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "week.sqlite"
    shutil.copyfile(demo_week["db"], db)
    return {"db": db, "key": demo_week["key"]}


@pytest.fixture
def week_station(week, monkeypatch):
    monkeypatch.setenv("MPP_KEY_FILE", str(week["key"]))
    station = Station.open(week["db"], ManualClock(MONDAY_9AM))
    yield station
    station.close()


def actor(station, username):
    with station.uow(read_only=True) as uow:
        return complaints.staff_actor(uow, username)


def export(station, kind, path, who=complaints.CLI, start=START, end=END) -> int:
    with station.uow() as uow:
        return export_table(uow, kind, start, end, path, actor=who)


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def read_xlsx(path) -> list[list]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)  # never a formula
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def minutes(seconds: float) -> float:
    return float(Decimal(seconds / 60).quantize(Decimal("0.1"), ROUND_HALF_UP))


def local_time(stored: str | None) -> time | None:
    if stored is None:
        return None
    moment = datetime.fromisoformat(stored).replace(tzinfo=timezone.utc).astimezone(WIB)
    return moment.time().replace(microsecond=0)


def tickets_in_the_file(db) -> dict[tuple[str, str], dict]:
    """Each ticket of the week as the export should show it, from the file itself."""
    rows = read_rows(db, """
        SELECT t.business_date, t.code, s.code, s.name, a.name, i.code, t.priority_group, t.status, c.number,
               t.issued_at, t.started_at, t.finished_at,
               (SELECT min(e.created_at) FROM ticket_event e WHERE e.ticket_id = t.id AND e.kind = 'called'),
               (SELECT st.full_name FROM ticket_event e JOIN staff st ON st.id = e.staff_id
                 WHERE e.ticket_id = t.id ORDER BY e.created_at DESC, e.id DESC LIMIT 1),
               (SELECT e.from_status FROM ticket_event e WHERE e.ticket_id = t.id AND e.kind = 'expired')
        FROM ticket t JOIN service s ON s.id = t.service_id JOIN agency a ON a.id = s.agency_id
        JOIN service i ON i.id = t.issued_service_id LEFT JOIN counter c ON c.id = t.counter_id
        WHERE t.business_date BETWEEN ? AND ?""", START.isoformat(), END.isoformat())  # fmt: skip
    found = {}
    for (day, code, service, name, agency, issued_for, group, status, counter, issued, started, finished, called,
         staff, expired_from) in rows:
        if status == "expired" and expired_from == "absent":
            status = "absent"
        wait = (datetime.fromisoformat(called) - datetime.fromisoformat(issued)).total_seconds() if called else None
        served = status == "done" and started and finished
        took = (datetime.fromisoformat(finished) - datetime.fromisoformat(started)).total_seconds() if served else None
        found[(day, code)] = {
            "Tanggal": date.fromisoformat(day), "Nomor Tiket": code, "Kode Layanan": service, "Layanan": name,
            "Instansi": agency, "Layanan Awal": issued_for, "priority": group, "Status": STATUS_LABELS[status],
            "Loket": counter, "Jam Ambil": local_time(issued), "Jam Panggil": local_time(called),
            "Jam Mulai": local_time(started), "Jam Selesai": local_time(finished), "Petugas": staff,
            "Waktu Tunggu (menit)": None if wait is None else minutes(wait),
            "Waktu Layanan (menit)": None if took is None else minutes(took),
        }  # fmt: skip
    return found


# --- tickets ------------------------------------------------------------------------------------------


def test_the_tickets_csv_holds_every_ticket_as_the_file_does(week, week_station, tmp_path):
    out = tmp_path / "tiket.csv"
    written = export(week_station, "tickets", out)
    expected = tickets_in_the_file(week["db"])
    rows = read_csv(out)
    assert rows[0] == HEADS
    assert written == len(rows) - 1 == len(expected) > 2000
    seen = set()
    for row in rows[1:]:
        cells = dict(zip(HEADS, row, strict=True))
        want = expected[(cells["Tanggal"], cells["Nomor Tiket"])]
        seen.add((cells["Tanggal"], cells["Nomor Tiket"]))
        for key in ("Kode Layanan", "Layanan", "Instansi", "Layanan Awal", "Status"):
            assert cells[key] == want[key], key
        assert cells["Loket"] == ("" if want["Loket"] is None else str(want["Loket"]))
        assert cells["Petugas"] == (want["Petugas"] or "")
        for key in ("Jam Ambil", "Jam Panggil", "Jam Mulai", "Jam Selesai"):
            assert cells[key] == ("" if want[key] is None else want[key].isoformat()), key
        for key in ("Waktu Tunggu (menit)", "Waktu Layanan (menit)"):  # the decimal comma
            assert cells[key] == ("" if want[key] is None else str(want[key]).replace(".", ",")), key
        assert (cells["Prioritas"] == "") == (want["priority"] is None)
    assert seen == set(expected)


def test_the_tickets_statuses_add_up_to_the_period_summary(week, week_station, tmp_path):
    from app.period import period_summary

    out = tmp_path / "tiket.csv"
    export(week_station, "tickets", out)
    statuses = [row[HEADS.index("Status")] for row in read_csv(out)[1:]]
    with week_station.uow(read_only=True) as uow:
        summary = period_summary(uow, START, END)
    assert statuses.count("Dilayani") == summary.served
    assert statuses.count("Tidak hadir") == summary.absent
    assert statuses.count("Batal") == summary.cancelled
    assert statuses.count("Kedaluwarsa") == summary.expired


def test_the_tickets_xlsx_has_typed_cells_equal_to_the_file(week, week_station, tmp_path):
    out = tmp_path / "tiket.xlsx"
    written = export(week_station, "tickets", out)
    rows = read_xlsx(out)
    assert rows[0] == HEADS and written == len(rows) - 1
    expected = tickets_in_the_file(week["db"])
    for row in rows[1:]:
        cells = dict(zip(HEADS, row, strict=True))
        assert isinstance(cells["Tanggal"], datetime)  # a date cell (openpyxl reads it as a datetime)
        want = expected[(cells["Tanggal"].date().isoformat(), cells["Nomor Tiket"])]
        assert isinstance(cells["Jam Ambil"], time) and cells["Jam Ambil"] == want["Jam Ambil"]
        assert cells["Jam Selesai"] == want["Jam Selesai"]
        assert cells["Loket"] == want["Loket"] and cells["Status"] == want["Status"]
        assert cells["Waktu Tunggu (menit)"] == want["Waktu Tunggu (menit)"]
        assert cells["Waktu Layanan (menit)"] == want["Waktu Layanan (menit)"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


# --- survey ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_survey_export_is_a_survey_file_with_the_databases_ikm(week, week_station, tmp_path, suffix):
    out = tmp_path / f"survei{suffix}"
    written = export(week_station, "survey", out)
    header = read_csv(out)[0] if suffix == ".csv" else read_xlsx(out)[0]
    assert tuple(header) == SURVEY_COLUMNS  # anonymous: no ticket, no time of day
    rows = read_survey_file(out)
    stored = read_rows(week["db"], "SELECT count(*) FROM survey_response WHERE business_date BETWEEN ? AND ?",
                       START.isoformat(), END.isoformat())[0][0]
    assert written == len(rows) == stored == 5
    with week_station.uow(read_only=True) as uow:
        database = ikm_over(uow, START, END)
    from_file = ikm_of_file(out)
    assert from_file.ikm_konversi == database.ikm_konversi and from_file.nrr == database.nrr
    assert sorted((r.tanggal, r.layanan, r.usia or 0) for r in rows) == sorted(
        (date.fromisoformat(d), code, age or 0) for d, code, age in read_rows(
            week["db"], "SELECT r.business_date, s.code, r.usia FROM survey_response r JOIN service s "
            "ON s.id = r.service_id"))  # fmt: skip


# --- complaints and personal data ----------------------------------------------------------------------


def access_log(db) -> list[tuple[str, str, str, str]]:
    return read_rows(db, "SELECT c.identitas, a.actor, a.fields, a.purpose FROM complaint_access a "
                         "JOIN complaint c ON c.id = a.complaint_id ORDER BY c.nomor, a.created_at")


def test_a_supervisor_exports_complaints_without_contacts_and_the_name_shown_is_logged(week, week_station,
                                                                                       tmp_path):
    before = access_log(week["db"])
    out = tmp_path / "pengaduan.csv"
    assert export(week_station, "complaints", out, actor(week_station, "tati")) == 3
    rows = read_csv(out)
    assert tuple(rows[0]) == COMPLAINT_COLUMNS
    by_kind = {row[COMPLAINT_COLUMNS.index("Klasifikasi")]: dict(zip(COMPLAINT_COLUMNS, row)) for row in rows[1:]}
    terbuka, anonim, rahasia = by_kind["Terbuka"], by_kind["Anonim"], by_kind["Rahasia"]
    assert terbuka["Nama Pelapor"] == "Siti Nur'aini"
    for column in ("NIK", "Telepon", "Email", "Alamat"):
        assert terbuka[column] == WITHHELD and rahasia[column] == WITHHELD and anonim[column] == ""
    assert rahasia["Nama Pelapor"] == WITHHELD and rahasia["Isi Laporan"] == WITHHELD
    text = out.read_text(encoding="utf-8-sig")
    assert "3201014708900001" not in text and "0812-3456-7890" not in text and "Budi Rahasia" not in text
    assert access_log(week["db"])[len(before):] == [("terbuka", "tati", "nama", "export")]


def test_a_complaint_handler_exports_everything_and_every_complaint_is_logged(week, week_station, tmp_path):
    before = access_log(week["db"])
    out = tmp_path / "pengaduan.xlsx"
    assert export(week_station, "complaints", out, actor(week_station, "nadia")) == 3
    rows = read_xlsx(out)
    by_kind = {row[COMPLAINT_COLUMNS.index("Klasifikasi")]: dict(zip(COMPLAINT_COLUMNS, row)) for row in rows[1:]}
    assert by_kind["Terbuka"]["NIK"] == "3201014708900001" and by_kind["Terbuka"]["Telepon"] == "0812-3456-7890"
    assert by_kind["Rahasia"]["Nama Pelapor"] == "Budi Rahasia"
    assert isinstance(by_kind["Terbuka"]["Tanggal Pengaduan"], datetime)
    logged = access_log(week["db"])[len(before):]
    assert sorted((kind, who, purpose) for kind, who, _fields, purpose in logged) == [
        ("rahasia", "nadia", "export"), ("terbuka", "nadia", "export")]  # anonim holds no personal data
    assert all("nik" in fields.split(",") for _k, _w, fields, _p in logged)


def test_a_counter_role_may_export_nothing_and_nothing_is_written_or_logged(week, week_station, tmp_path):
    before = access_log(week["db"])
    for kind in KINDS:
        out = tmp_path / f"{kind}.csv"
        with pytest.raises(Refused) as error:
            export(week_station, kind, out, actor(week_station, "asep"))
        assert error.value.code == "forbidden" and not out.exists()
    assert access_log(week["db"]) == before


@pytest.mark.parametrize("kind, name, start, end, code", [
    ("visitors", "x.csv", START, END, "bad_kind"),
    ("tickets", "x.pdf", START, END, "bad_output"),
    ("tickets", "x.csv", END, START, "bad_range"),
    ("tickets", "missing/x.csv", START, END, "bad_output"),
])  # fmt: skip
def test_bad_requests_are_refused_and_write_nothing(week_station, tmp_path, kind, name, start, end, code):
    with pytest.raises(InvalidInput) as error:
        export(week_station, kind, tmp_path / name, start=start, end=end)
    assert error.value.code == code
    assert not any(p.suffix in (".csv", ".pdf") for p in tmp_path.rglob("*"))


def test_the_command_line_exports_as_a_staff_member(week, tmp_path):
    out = tmp_path / "pengaduan.csv"
    done = run_mpp("export", "complaints", "--from", START.isoformat(), "--to", END.isoformat(), "--out", str(out),
                   "--as", "tati", "--json", "--db", str(week["db"]), env_extra={"MPP_KEY_FILE": str(week["key"])})
    assert done.returncode == 0, done.stderr
    assert '"rows": 3' in done.stdout and '"role": "supervisor"' in done.stdout
    done = run_mpp("export", "complaints", "--from", START.isoformat(), "--to", END.isoformat(), "--out",
                   str(tmp_path / "no.csv"), "--as", "asep", "--db", str(week["db"]))
    assert done.returncode == 1 and "may not export" in done.stderr and not (tmp_path / "no.csv").exists()
    done = run_mpp("export", "tickets", "--from", "2026-11-20", "--to", "2026-11-20", "--out",
                   str(tmp_path / "t.xlsx"), "--db", str(week["db"]))  # the admin operator by default
    assert done.returncode == 0, done.stderr
    issued = read_rows(week["db"], "SELECT count(*) FROM ticket WHERE business_date = '2026-11-20'")[0][0]
    assert f"{issued} tickets row(s)" in done.stdout and len(read_xlsx(tmp_path / "t.xlsx")) == issued + 1
