"""The supervisor's window, driven the way a supervisor works it: signing in, the
live figures following another process, the daily summary made, previewed,
saved and printed, an export, the complaints desk, backups and every tab's
layout at 1366x768. The PDFs are read back with pypdf against app.daily."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app import complaints, keys, queue
from app.auth import MAX_FAILURES
from app.clock import ManualClock
from app.config import StationConfig
from app.daily import daily_summary
from app.supervisor import SupervisorDesk, optional
from app.uow import Station
from tests.conftest import MONDAY_9AM, layout_problems, read_rows, run_mpp
from ui.complaint_form import stage_text
from ui.supervisor.window import SupervisorWindow

WIB = ZoneInfo("Asia/Jakarta")
DEMO_DAY = date(2026, 11, 20)  # a Friday made by `mpp demo-data`, before the test clock's Monday
COMPLAINT = {
    "identitas": "anonim",
    "instansi": "DUKCAPIL",
    "waktu_kejadian": "2026-11-13",
    "tempat": "Loket 2",
    "uraian": "Antrean tidak bergerak selama satu jam.",
    "kerugian": "Waktu kerja hilang.",
    "tuntutan": "Loket ditambah pada jam sibuk.",
    "kanal": "loket",
}


@pytest.fixture(autouse=True)
def key_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "keys" / "personal-data.key"
    monkeypatch.setenv(keys.KEY_ENV, str(path))
    return path


@pytest.fixture(scope="module")
def demo_day(tmp_path_factory, demo_template) -> Path:
    """The demo MPP with a full Friday made by `mpp demo-data`, built once."""
    path = tmp_path_factory.mktemp("supervisor") / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    made = run_mpp("demo-data", "--date", DEMO_DAY.isoformat(), "--db", str(path))
    assert made.returncode == 0, made.stderr
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def demo_station(demo_day, tmp_path):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_day, path)
    station = Station.open(path, ManualClock(MONDAY_9AM))
    yield station
    station.close()


@pytest.fixture
def make_window(qtbot, tmp_path):
    def make(station, *, auto_backup: bool = False) -> SupervisorWindow:
        desk = SupervisorDesk(station, StationConfig(), backup_dir=tmp_path / "backups")
        window = SupervisorWindow(desk, auto_backup=auto_backup)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    return make


def sign_in(qtbot, window, username="budi", secret="rahasia-budi") -> None:
    page = window.sign_in_page
    page.user.clear()
    QTest.keyClicks(page.user, username)
    QTest.keyClick(page.user, Qt.Key.Key_Return)  # on to the password
    QTest.keyClicks(page.secret, secret)
    QTest.keyClick(page.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.db.busy)


def signed_in(qtbot, window, username="budi", secret="rahasia-budi") -> SupervisorWindow:
    sign_in(qtbot, window, username, secret)
    qtbot.waitUntil(lambda: window.figures is not None)
    return window


def card(window, name) -> str:
    return window.live_page.cards[name].value.text()


def fill_save_dialog(qtbot, page, path: Path) -> None:
    """Type a file name into the save dialog the page opened, and accept it."""
    qtbot.waitUntil(lambda: page.file_dialog is not None and page.file_dialog.isVisible())
    page.file_dialog.selectFile(str(path))
    page.file_dialog.accept()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def whole(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- signing in --------------------------------------------------------------------------------------


def test_a_wrong_password_then_a_counter_account_are_refused_then_the_supervisor_gets_in(qtbot, make_window,
                                                                                          station, db_path):
    window = make_window(station)
    sign_in(qtbot, window, "budi", "salah")
    message = window.sign_in_page.message.text()
    assert str(MAX_FAILURES - 1) in message
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.sign_in_page.secret.text() == ""  # typed again, never kept
    sign_in(qtbot, window, "siti", "rahasia-siti")  # a counter's account
    assert window.sign_in_page.message.text() not in ("", message)
    assert window.pages.currentWidget() is window.sign_in_page
    signed_in(qtbot, window)
    assert window.pages.currentWidget() is window.main_page
    assert window.tabs.currentWidget() is window.live_page
    assert window.staff_name.text().startswith("Budi Santoso")
    assert window.mpp_name.text() == "MPP Uji"
    # the counter's lockout counts here too: the failure was recorded in the file, then cleared
    assert read_rows(db_path, "SELECT count(*) FROM local_state WHERE key = 'sign_in:budi'") == [(0,)]
    window.sign_out_button.click()
    assert window.pages.currentWidget() is window.sign_in_page and window.staff is None


def test_the_sign_in_form_is_the_counters_without_the_counter(qtbot, make_window, station):
    window = make_window(station)
    page = window.sign_in_page
    assert not page.counter.isVisibleTo(window) and not page.counter_label.isVisibleTo(window)
    assert page.secret.echoMode() == QLineEdit.EchoMode.Password
    assert layout_problems(page) == []


# --- the live view -------------------------------------------------------------------------------------


def test_the_live_view_follows_a_ticket_issued_by_another_process(qtbot, make_window, station, db_path):
    window = signed_in(qtbot, make_window(station))
    assert card(window, "waiting") == "0"
    assert window.live_page.service_row("KK")[2] == "0"
    result = run_mpp("ticket", "issue", "KK", "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    # nothing here asks for a reload: the ChangeWatcher sees the other process's commit
    qtbot.waitUntil(lambda: card(window, "waiting") == "1", timeout=3000)
    row = window.live_page.service_row("KK")
    assert row[1:3] == ["1", "1"]  # issued, waiting
    assert "B001" in row[-1]
    # a counter in another process calls it: waiting 0, one at a counter
    assert run_mpp("ticket", "call", "1", "--db", str(db_path)).returncode == 0
    qtbot.waitUntil(lambda: card(window, "waiting") == "0", timeout=3000)
    assert window.live_page.service_row("KK")[3] == "1"
    assert window.live_page.cards["longest"].value.text() == "—"


def test_the_longest_wait_moves_with_the_clock_and_overdue_complaints_stand_out(qtbot, make_window, station, clock):
    clock.set(datetime(2026, 11, 16, 10, 0, tzinfo=WIB))
    with station.uow() as uow:
        complaints.add_complaint(uow, COMPLAINT, complaints.CLI)  # never verified: overdue by Monday the 23rd
    clock.set(MONDAY_9AM)
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")
    window = signed_in(qtbot, make_window(station))
    assert window.live_page.cards["complaints"].property("alert") == "true"
    assert card(window, "complaints") == "1"
    assert "0" in window.live_page.cards["longest"].value.text()
    clock.set(datetime(2026, 11, 23, 9, 40, tzinfo=WIB))
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        window.clock_timer.timeout.emit()  # the slow timer's tick, without waiting 30 s
    assert "40" in window.live_page.cards["longest"].value.text()
    assert window.live_page.cards["longest"].property("alert") == "true"  # KTP's target is 30 minutes
    assert "A001" in window.live_page.cards["longest"].detail.text()


# --- the daily summary -----------------------------------------------------------------------------------


def make_daily_report(qtbot, window, day: date) -> None:
    page = window.report_page
    window.tabs.setCurrentWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("day"))
    page.day.setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(page.ready, timeout=30000):
        page.build.click()


def test_the_daily_summary_is_made_previewed_saved_and_printed_from_the_window(qtbot, make_window, demo_station,
                                                                                tmp_path):
    window = signed_in(qtbot, make_window(demo_station), "tati", "demo-supervisor1")
    make_daily_report(qtbot, window, DEMO_DAY)
    page = window.report_page
    with demo_station.uow(read_only=True) as uow:
        expected = daily_summary(uow, DEMO_DAY)
    assert expected.issued > 500  # a real day
    # the preview holds the PDF's pages
    reader = PdfReader(str(page.pdf_path))
    assert page.document.pageCount() == len(reader.pages) >= 2
    text = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    assert "Jumat, 20 November 2026" in text
    for label, value in [("Tiket terbit", expected.issued), ("Dilayani", expected.served),
                         ("Tidak hadir", expected.absent), ("Dialihkan", expected.transferred),
                         ("Batal", expected.cancelled), ("Kedaluwarsa", expected.expired)]:
        assert f"{label} {whole(value)}" in text, label
    for service in expected.per_service:
        assert f"{service.prefix} {service.name} {whole(service.figures.issued)}" in text, service.code

    # saved where the supervisor chose: the same file
    page.save_button.click()
    target = tmp_path / "out" / "ringkasan"
    target.parent.mkdir()
    fill_save_dialog(qtbot, page, target)
    saved = target.with_name("ringkasan.pdf")
    qtbot.waitUntil(lambda: saved.exists() and not window.files.busy)
    assert saved.read_bytes() == page.pdf_path.read_bytes()
    assert str(saved) in page.status.text()

    # printed through the print dialog (to a PDF file, the printer of a machine without one)
    page.print_button.click()
    qtbot.waitUntil(lambda: page.print_dialog is not None and page.print_dialog.isVisible())
    printed = tmp_path / "printed.pdf"
    page.print_dialog.findChild(QLineEdit, "filename").setText(str(printed))
    page.print_dialog.accept()
    qtbot.waitUntil(printed.exists)
    paper = PdfReader(str(printed))
    assert len(paper.pages) == len(reader.pages)
    width, height = (float(x) * 25.4 / 72 for x in (paper.pages[0].mediabox.width, paper.pages[0].mediabox.height))
    assert (round(width), round(height)) == (210, 297)  # A4


def test_a_day_to_come_or_a_closed_day_gets_a_plain_sentence(qtbot, make_window, demo_station):
    window = signed_in(qtbot, make_window(demo_station), "tati", "demo-supervisor1")
    page = window.report_page
    window.tabs.setCurrentWidget(page)
    page.day.setDate(QDate(2026, 11, 22))  # a Sunday: closed, no tickets
    page.build.click()
    qtbot.waitUntil(lambda: page.build.isEnabled() and not window.db.busy)
    assert page.status.property("kind") == "error" and page.status.text()
    assert page.pdf_path is None and not page.print_button.isEnabled()
    # a day to come cannot even be picked
    page.day.setDate(QDate(2026, 12, 1))
    assert page.day.date() == QDate(2026, 11, 23)


@pytest.mark.skipif(optional("period") is None or optional("report_period") is None,
                    reason="app.period is not there yet")
def test_a_week_report_is_made_from_the_window(qtbot, make_window, demo_station):
    period = optional("period")
    window = signed_in(qtbot, make_window(demo_station), "tati", "demo-supervisor1")
    page = window.report_page
    window.tabs.setCurrentWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("week"))
    page.day.setDate(QDate(2026, 11, 18))
    assert page.period() == ("week", date(2026, 11, 16), date(2026, 11, 22))
    with qtbot.waitSignal(page.ready, timeout=30000):
        page.build.click()
    with demo_station.uow(read_only=True) as uow:
        expected = period.period_summary(uow, date(2026, 11, 16), date(2026, 11, 22))
    text = flat(" ".join(p.extract_text() or "" for p in PdfReader(str(page.pdf_path)).pages))
    assert f"Tiket terbit {whole(expected.issued)}" in text
    assert f"Dilayani {whole(expected.served)}" in text
    assert page.suggested_name == "laporan-2026-11-16-sd-2026-11-22.pdf"


# --- export ------------------------------------------------------------------------------------------------


@pytest.mark.skipif(optional("export") is None, reason="app.export is not there yet")
def test_the_days_tickets_are_exported_to_a_csv_file_from_the_window(qtbot, make_window, demo_station, tmp_path):
    window = signed_in(qtbot, make_window(demo_station), "tati", "demo-supervisor1")
    page = window.export_page
    window.tabs.setCurrentWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("tickets"))
    for field in (page.start, page.end):
        field.setDate(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day))
    page.format_buttons["csv"].click()
    page.export.click()
    target = tmp_path / "tiket"
    with qtbot.waitSignal(page.exported, timeout=30000) as written:
        fill_save_dialog(qtbot, page, target)
    path = tmp_path / "tiket.csv"
    tickets = read_rows(demo_station.db.path, "SELECT count(*) FROM ticket WHERE business_date = ?",
                        DEMO_DAY.isoformat())[0][0]
    text = path.read_text(encoding="utf-8-sig")
    delimiter = csv.Sniffer().sniff(text.splitlines()[0]).delimiter
    rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    assert written.args[0] == tickets == len(rows) - 1 > 500
    assert str(path) in page.status.text()


def test_an_export_whose_first_day_follows_its_last_is_refused_before_any_dialog(qtbot, make_window, station):
    window = signed_in(qtbot, make_window(station))
    page = window.export_page
    if not page.export.isEnabled():
        pytest.skip("app.export is not there yet")
    page.start.setDate(QDate(2026, 11, 20))
    page.end.setDate(QDate(2026, 11, 2))
    page.export.click()
    assert page.file_dialog is None
    assert page.status.property("kind") == "error"


# --- the complaints desk ------------------------------------------------------------------------------------


def test_the_complaints_desk_lists_the_overdue_first_in_red_and_moves_one_on(qtbot, make_window, station, clock,
                                                                             db_path):
    clock.set(datetime(2026, 11, 16, 10, 0, tzinfo=WIB))
    with station.uow() as uow:
        late = complaints.add_complaint(uow, COMPLAINT, complaints.CLI).nomor
    clock.set(MONDAY_9AM)
    with station.uow() as uow:
        fresh = complaints.add_complaint(uow, COMPLAINT | {"waktu_kejadian": "2026-11-22"}, complaints.CLI).nomor
    window = signed_in(qtbot, make_window(station))
    page = window.complaints_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 2)
    first, second = page.table.topLevelItem(0), page.table.topLevelItem(1)
    assert (first.text(0), second.text(0)) == (late, fresh)
    assert first.background(0).color() != second.background(0).color()  # the overdue one stands out
    assert first.text(5) and not second.text(5)

    page.table.setCurrentItem(first)
    page.open_button.click()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.view is not None)
    assert dialog.view.nomor == late and dialog.view.overdue
    assert dialog.to.findData("diverifikasi") >= 0
    # rejecting without a reason is refused, and nothing changes
    dialog.to.setCurrentIndex(dialog.to.findData("ditolak"))
    dialog.apply.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.property("kind") == "error"
    assert read_rows(db_path, "SELECT stage FROM complaint WHERE nomor = ?", late) == [("diterima",)]
    # verified, with a note
    dialog.to.setCurrentIndex(dialog.to.findData("diverifikasi"))
    QTest.keyClicks(dialog.note, "Berkas lengkap, diteruskan ke Disdukcapil.")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.apply.click()
    assert read_rows(db_path, "SELECT stage FROM complaint WHERE nomor = ?", late) == [("diverifikasi",)]
    assert read_rows(db_path, "SELECT e.note, s.username FROM complaint_event e JOIN complaint c ON c.id = "
                              "e.complaint_id LEFT JOIN staff s ON s.id = e.staff_id WHERE c.nomor = ? AND "
                              "e.to_stage = 'diverifikasi'", late) == [("Berkas lengkap, diteruskan ke Disdukcapil.",
                                                                       "budi")]
    assert dialog.history.topLevelItemCount() == 2
    # the list follows: a new stage with a new deadline, no longer overdue
    qtbot.waitUntil(lambda: not any(r.overdue for r in page.rows), timeout=5000)
    moved = next(page.table.topLevelItem(i) for i in range(page.table.topLevelItemCount())
                 if page.table.topLevelItem(i).text(0) == late)
    assert moved.text(1) == stage_text("diverifikasi") and moved.text(5) == ""
    dialog.close()


def test_a_supervisor_sees_the_name_only_when_asked_and_the_asking_is_logged(qtbot, make_window, station, db_path):
    with station.uow() as uow:
        nomor = complaints.add_complaint(uow, COMPLAINT | {"identitas": "terbuka", "nama": "Siti Nur'aini",
                                                           "alamat": "Jl. Merdeka 1", "waktu_kejadian": "2026-11-22"},
                                         complaints.CLI).nomor  # fmt: skip
    window = signed_in(qtbot, make_window(station))
    page = window.complaints_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 1)
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.open_selected()
    dialog = page.dialog
    qtbot.waitUntil(lambda: dialog.view is not None)
    assert dialog.view.nomor == nomor and dialog.view.shown == () and dialog.show_name.isVisibleTo(dialog)
    assert read_rows(db_path, "SELECT count(*) FROM complaint_access") == [(0,)]
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show_name.click()
    assert dialog.view.identity.nama == "Siti Nur'aini" and dialog.view.identity.alamat is None
    assert read_rows(db_path, "SELECT actor, fields FROM complaint_access") == [("budi", "nama")]
    assert not dialog.show_name.isVisibleTo(dialog)
    dialog.close()


# --- backups -------------------------------------------------------------------------------------------------


@pytest.mark.skipif(optional("backup") is None, reason="app.backup is not there yet")
def test_a_backup_is_made_on_start_then_by_hand_and_restored_after_a_check_and_a_confirmation(
        qtbot, make_window, station, db_path, tmp_path):
    window = make_window(station, auto_backup=True)
    folder = tmp_path / "backups"
    qtbot.waitUntil(lambda: window.last_backup is not None, timeout=10000)
    assert Path(window.last_backup).parent == folder
    signed_in(qtbot, window)
    page = window.backup_page
    window.tabs.setCurrentWidget(page)
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.backup_button.click()
    qtbot.waitUntil(lambda: len(page.entries) >= 1 and not window.files.busy)
    newest = page.entries[0]
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")  # after the backup: the restore takes it away
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(2,)]
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.confirm is not None and page.confirm.isVisible(), timeout=10000)
    with qtbot.waitSignal(page.changed, timeout=15000):
        page.restore_confirm.click()
    assert newest.path.exists()
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(1,)]
    qtbot.waitUntil(lambda: card(window, "waiting") == "1", timeout=5000)


# --- administration ----------------------------------------------------------------------------------------------


def test_the_administration_tab_holds_the_admin_panel_of_the_signed_in_user(qtbot, make_window, station):
    from ui.supervisor.window import admin_panel_class

    window = signed_in(qtbot, make_window(station))
    window.tabs.setCurrentWidget(window.admin_holder)
    if admin_panel_class() is None:
        assert window.admin_missing.isVisibleTo(window)
        pytest.skip("ui.supervisor.admin is not there yet")
    assert window.admin_panel is not None and window.admin_panel.isVisibleTo(window)
    window.sign_out_button.click()
    assert window.admin_panel is None


# --- how it looks --------------------------------------------------------------------------------------------------


def test_every_tab_fits_1366x768_on_a_demo_day(qtbot, make_window, demo_station, tmp_path):
    window = signed_in(qtbot, make_window(demo_station), "tati", "demo-supervisor1")
    make_daily_report(qtbot, window, DEMO_DAY)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.db.busy and not window.files.busy)
        page = window.tabs.currentWidget()
        assert layout_problems(page) == [], window.tabs.tabText(index)
        window.grab().save(str(tmp_path / f"tab-{index}.png"))


def test_the_supervisor_command_renders_its_sign_in_screen(tmp_path, db_path):
    result = run_mpp("supervisor", "--db", str(db_path), "--screenshot", str(tmp_path / "s.png"))
    if result.returncode == 2 and "invalid choice" in result.stderr:
        pytest.skip("`mpp supervisor` is not in app/cli_supervisor.py yet")
    assert result.returncode == 0, result.stderr
    from PIL import Image

    assert Image.open(tmp_path / "s.png").size == (1366, 768)
