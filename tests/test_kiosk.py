"""The kiosk driven by taps, on a real station file and real printers (a file,
a refused TCP port), the way a citizen uses it."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt

from app import queue
from app.config import StationConfig
from app.kiosk import Kiosk
from app.printing import print_faults, ticket_qr_payload
from tests.conftest import screenshot_colours, ROOT, read_rows, run_mpp
from ui.app import application
from ui.kiosk.window import KioskWindow
from ui.launcher import LAUNCHER_SIZE



def closed_port() -> int:
    """A port on 127.0.0.1 that nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def printer_file(tmp_path) -> Path:
    return tmp_path / "printer.escpos"


@pytest.fixture
def make_kiosk(qtbot, station, printer_file):
    app = application()

    def make(**config) -> KioskWindow:
        config.setdefault("printer", f"file:{printer_file}")
        window = KioskWindow(Kiosk(station, StationConfig(**config)), app.mpp_translations)
        qtbot.addWidget(window)
        window.resize(1080, 1920)
        window.show()
        qtbot.waitUntil(lambda: window.board is not None)
        return window

    yield make
    app.mpp_translations.set_language("id")


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), f"{widget!r} cannot be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.db.busy and not window.printer.busy)


def take_ticket(qtbot, window, agency: str, service: str, priority: str | None = None):
    tap(qtbot, window.home.take)
    wait_idle(qtbot, window)
    tap(qtbot, window.agencies.grid.tiles[agency])
    tap(qtbot, window.services.grid.tiles[service])
    tap(qtbot, window.standar.take)
    if window.stack.currentWidget() is window.priority:
        tap(qtbot, window.priority.groups[priority] if priority else window.priority.none)
    qtbot.waitUntil(lambda: window.print_result is not None, timeout=10000)
    return window.ticket


def test_a_citizen_takes_a_ticket_by_taps_and_it_prints(qtbot, make_kiosk, station, db_path, printer_file):
    window = make_kiosk()
    assert window.stack.currentWidget() is window.home
    assert window.home.take.text() == "Ambil Nomor Antrian"
    assert window.mpp_name.text() == "MPP Uji"
    assert "Senin, 23 November 2026" in window.clock.text() and "09.00" in window.clock.text()

    tap(qtbot, window.home.take)
    assert set(window.agencies.grid.tiles) == {"DUKCAPIL", "IMIGRASI"}
    tap(qtbot, window.agencies.grid.tiles["DUKCAPIL"])
    assert set(window.services.grid.tiles) == {"KTP", "KK"}
    ktp = window.services.grid.tiles["KTP"]
    assert ktp.title.text() == "KTP-el"
    assert "Nomor A" in ktp.detail.text() and "0 orang menunggu" in ktp.detail.text()

    tap(qtbot, ktp)
    persyaratan_heading, persyaratan = window.standar.sections["persyaratan"]
    assert persyaratan_heading.text() == "Persyaratan"
    assert "Fotokopi Kartu Keluarga" in persyaratan.text()
    assert window.standar.sections["biaya"][1].text() == "Gratis"
    tap(qtbot, window.standar.take)
    assert window.stack.currentWidget() is window.priority
    tap(qtbot, window.priority.none)

    qtbot.waitUntil(lambda: window.print_result is not None, timeout=10000)
    assert window.stack.currentWidget() is window.ticket_screen
    assert window.ticket_screen.number.text() == "A001"
    assert window.ticket_screen.ahead.text().startswith("0 orang di depan Anda")
    assert window.print_result.printed
    assert not window.ticket_screen.qr.isVisible()  # on paper, not on screen
    assert window.ticket_screen.status.text() == "Silakan ambil tiket Anda di bawah layar."

    data = printer_file.read_bytes()
    assert data.startswith(b"\x1b@") and b"A001" in data and b"MPP Uji" in data
    assert b"\x1dV" in data[-8:]  # the cut closes the ticket (the layout is checked in test_printing)
    rows = read_rows(db_path, "SELECT code, status, priority_group FROM ticket")
    assert rows == [("A001", "waiting", None)]


def test_a_priority_citizen_says_so_and_the_ticket_keeps_it(qtbot, make_kiosk, db_path):
    window = make_kiosk()
    ticket = take_ticket(qtbot, window, "DUKCAPIL", "KK", priority="lansia")
    assert ticket.priority_group == "lansia"
    assert "Lanjut usia" in window.ticket_screen.when.text()
    assert read_rows(db_path, "SELECT code, priority_group FROM ticket") == [("B001", "lansia")]


def test_a_service_without_priority_skips_the_question(qtbot, make_kiosk):
    window = make_kiosk()
    tap(qtbot, window.home.take)
    tap(qtbot, window.agencies.grid.tiles["IMIGRASI"])
    tap(qtbot, window.services.grid.tiles["PASPOR"])
    tap(qtbot, window.standar.take)
    qtbot.waitUntil(lambda: window.print_result is not None, timeout=10000)
    assert window.ticket.code == "P001"


def test_a_full_quota_shows_on_the_tile_before_any_tap(qtbot, make_kiosk, station):
    for _ in range(3):  # PASPOR takes 3 a day
        with station.uow() as uow:
            queue.issue_ticket(uow, "PASPOR")
    window = make_kiosk()
    tap(qtbot, window.home.take)
    imigrasi = window.agencies.grid.tiles["IMIGRASI"]
    assert imigrasi.property("available") == "false"
    assert imigrasi.status.text() == "Kuota hari ini (3 nomor) sudah habis"
    tap(qtbot, imigrasi)
    paspor = window.services.grid.tiles["PASPOR"]
    assert paspor.property("available") == "false"
    assert paspor.status.text() == "Kuota hari ini (3 nomor) sudah habis"
    # the standar pelayanan can still be read; only the number is not offered
    tap(qtbot, paspor)
    assert not window.standar.take.isEnabled()
    assert window.standar.status.text() == "Kuota hari ini (3 nomor) sudah habis"


def test_past_the_cutoff_and_a_closed_day_show_on_the_tiles(qtbot, make_kiosk, clock):
    clock.set(datetime(2026, 11, 23, 11, 45, tzinfo=timezone(timedelta(hours=7))))  # IMIGRASI cuts off at 11.30
    window = make_kiosk()
    tap(qtbot, window.home.take)
    assert window.agencies.grid.tiles["IMIGRASI"].status.text() == "Nomor antrian hanya sampai pukul 11.30"
    assert window.agencies.grid.tiles["DUKCAPIL"].property("available") == "true"

    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=timezone(timedelta(hours=7))))  # the catalog's closure day
    window.load_board()
    wait_idle(qtbot, window)
    for code in ("IMIGRASI", "DUKCAPIL"):
        tile = window.agencies.grid.tiles[code]
        assert tile.property("available") == "false"
        assert tile.status.text() == "MPP tutup hari ini: Pemeliharaan gedung"


def test_a_quota_filled_after_the_board_was_drawn_gets_a_clear_message(qtbot, make_kiosk, station, db_path):
    window = make_kiosk()
    tap(qtbot, window.home.take)
    tap(qtbot, window.agencies.grid.tiles["IMIGRASI"])
    tap(qtbot, window.services.grid.tiles["PASPOR"])
    for _ in range(3):  # another kiosk takes the last numbers meanwhile
        with station.uow() as uow:
            queue.issue_ticket(uow, "PASPOR")
    tap(qtbot, window.standar.take)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.message)
    assert window.message.text.text() == "Kuota layanan ini untuk hari ini baru saja habis."
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(3,)]


def test_a_double_tap_gives_one_ticket(qtbot, make_kiosk, db_path):
    window = make_kiosk()
    tap(qtbot, window.home.take)
    tap(qtbot, window.agencies.grid.tiles["IMIGRASI"])
    tap(qtbot, window.services.grid.tiles["PASPOR"])
    qtbot.mouseClick(window.standar.take, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.standar.take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.print_result is not None, timeout=10000)
    wait_idle(qtbot, window)
    assert read_rows(db_path, "SELECT code FROM ticket") == [("P001",)]


def test_a_failing_printer_shows_the_ticket_with_its_qr_and_tells_staff(qtbot, make_kiosk, station, tmp_path):
    window = make_kiosk(printer=f"tcp:127.0.0.1:{closed_port()}")
    ticket = take_ticket(qtbot, window, "DUKCAPIL", "KTP")
    assert not window.print_result.printed
    assert window.print_result.fault_code == "printer_offline"
    page = window.ticket_screen
    assert page.number.text() == "A001"
    assert page.status.text().startswith("Printer tidak dapat mencetak tiket Anda")
    assert page.qr.isVisible()
    # a phone reads the code on the screen back to this ticket
    shot = tmp_path / "qr.png"
    page.qr.grab().save(str(shot))
    found = zxingcpp.read_barcodes(Image.open(shot))
    assert [code.text for code in found] == [ticket_qr_payload(ticket.id)]
    with station.uow(read_only=True) as uow:
        faults = print_faults(uow)
    assert [(code, note.split(":")[0]) for code, _, note in faults] == [("A001", "printer_offline")]
    with station.uow(read_only=True) as uow:
        assert queue.ticket_details(uow, "A001").status == "waiting"


def test_idle_resets_to_home_and_forgets_the_last_citizen(qtbot, make_kiosk):
    window = make_kiosk()
    tap(qtbot, window.home.take)
    tap(qtbot, window.agencies.grid.tiles["DUKCAPIL"])
    tap(qtbot, window.services.grid.tiles["KTP"])
    tap(qtbot, window.language_switch)
    tap(qtbot, window.large_switch)
    assert window.translations.language == "en" and window.large_type
    window._idle.setInterval(300)  # the configured 30 s, shortened for the test
    tap(qtbot, window.standar.take)  # a touch restarts the timer
    assert window.stack.currentWidget() is window.priority
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    assert window.agency_code is None and window.service_code is None and window.ticket is None
    assert window.translations.language == "id" and not window.large_type
    assert window.home.take.text() == "Ambil Nomor Antrian"


def test_the_language_switch_is_on_every_screen_and_changes_every_text(qtbot, make_kiosk):
    window = make_kiosk()
    assert window.language_switch.text() == "English"
    tap(qtbot, window.language_switch)
    assert window.home.take.text() == "Take a queue number"
    assert window.language_switch.text() == "Bahasa Indonesia"
    tap(qtbot, window.home.take)
    assert window.agencies.title.text() == "Choose an agency"
    assert window.agencies.grid.tiles["DUKCAPIL"].detail.text() == "2 services · 0 waiting"
    tap(qtbot, window.agencies.grid.tiles["IMIGRASI"])
    assert window.services.grid.tiles["PASPOR"].detail.text().startswith("Number P")
    assert window.language_switch.isVisible()
    tap(qtbot, window.language_switch)
    assert window.services.grid.tiles["PASPOR"].detail.text().startswith("Nomor P")
    assert window.back_button.text() == "‹ Kembali"


def test_large_type_makes_the_text_bigger(qtbot, make_kiosk):
    window = make_kiosk()
    before = window.home.take.font().pixelSize()
    tap(qtbot, window.large_switch)
    assert window.home.take.font().pixelSize() > before * 1.2


def test_every_interface_text_has_an_indonesian_translation(tmp_path):
    """Every text lupdate finds in ui/ has a finished translation in mpp_id.ts.

    The texts are extracted into an empty file and looked up by (context, source), so
    the check does not depend on how lupdate merges: PySide6 6.11's lupdate reads
    translate(..., n) as a plain message, while mpp_id.ts keeps the plural entries
    that Qt uses at run time."""
    from ui.i18n import ts_path

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(extracted), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    translated = {
        (context.findtext("name"), m.findtext("source"))
        for context in ET.parse(ts_path("id")).iter("context")
        for m in context.iter("message")
        if m.find("translation").get("type") not in ("unfinished", "obsolete", "vanished")
        and "".join(m.find("translation").itertext()).strip()
    }
    needed = {
        (context.findtext("name"), m.findtext("source"))
        for context in ET.parse(extracted).iter("context")
        for m in context.iter("message")
    }
    assert len(needed) > 200  # lupdate found the interface's texts
    assert sorted(needed - translated) == []


# translate("Context", "text", "", n): a text with a count, which lupdate 6.11 may not extract at all
_PLURAL_CALL = re.compile(r'translate\(\s*"(\w+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*"[^"]*"\s*,', re.S)


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_text_with_a_count_has_its_plural_forms(language):
    """Each counted text in ui/ has a plural entry: Indonesian's one form, English's two."""
    from ui.i18n import ts_path

    plurals = {
        (context.findtext("name"), m.findtext("source")): [f.text for f in m.iter("numerusform")]
        for context in ET.parse(ts_path(language)).iter("context")
        for m in context.iter("message")
        if m.get("numerus") == "yes"
    }
    calls = {
        (match[1], match[2])
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for match in _PLURAL_CALL.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(calls) > 10  # the pattern finds them
    forms = 1 if language == "id" else 2
    assert sorted(c for c in calls if len([f for f in plurals.get(c, []) if f]) != forms) == []


@pytest.mark.parametrize("size", ["1080x1920", "1920x1080"])
def test_the_kiosk_renders_its_first_screen_into_a_png(db_path, tmp_path, size):
    out = tmp_path / "kiosk.png"
    result = run_mpp("kiosk", "--db", str(db_path), "--screenshot", str(out), "--size", size)
    assert result.returncode == 0, result.stderr
    colours = screenshot_colours(out, size)
    # not a blank page: the header's dark band and the green button are there
    assert (0x0A, 0x2F, 0x52) in colours and (0x1B, 0x6E, 0x35) in colours


def test_a_bad_size_is_a_usage_error(db_path, tmp_path):
    result = run_mpp("kiosk", "--db", str(db_path), "--screenshot", str(tmp_path / "x.png"), "--size", "big")
    assert result.returncode == 2
    assert "--size must look like 1080x1920" in result.stderr


def test_staff_reprint_a_ticket_from_the_command_line(station, db_path, tmp_path):
    with station.uow() as uow:
        queue.issue_ticket(uow, "KTP")
    out = tmp_path / "reprint.escpos"
    result = run_mpp("ticket", "print", "A001", "--db", str(db_path), "--printer", f"file:{out}")
    assert result.returncode == 0, result.stderr
    assert b"A001" in out.read_bytes()
    kinds = [kind for (kind,) in read_rows(db_path, "SELECT kind FROM ticket_event ORDER BY rowid")]
    assert kinds == ["issued", "reprinted"]

    refused = run_mpp("ticket", "print", "A001", "--db", str(db_path), "--printer", f"tcp:127.0.0.1:{closed_port()}")
    assert refused.returncode == 1
    assert "A001 was not printed" in refused.stderr

    config = tmp_path / "station.toml"
    config.write_text(f'printer = "file:{tmp_path / "from-config.escpos"}"\n')
    assert run_mpp("ticket", "print", "A001", "--db", str(db_path), "--config", str(config)).returncode == 0
    assert b"A001" in (tmp_path / "from-config.escpos").read_bytes()

    config.write_text('printer = "lpt1"\nidle_seconds = "30"\n')
    bad = run_mpp("ticket", "print", "A001", "--db", str(db_path), "--config", str(config))
    assert bad.returncode == 1
    assert "idle_seconds must be int" in bad.stderr and "usb:VID:PID" in bad.stderr


@pytest.mark.slow
def test_the_demo_launcher_opens_on_a_fresh_machine(tmp_path):
    home = {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_CACHE_HOME": str(tmp_path / "cache")}
    out = tmp_path / "demo.png"
    result = run_mpp("demo", "--screenshot", str(out), env_extra=home)
    assert result.returncode == 0, result.stderr
    assert Image.open(out).size == LAUNCHER_SIZE
    config = (tmp_path / "data" / "mpp-desk" / "demo-station.toml").read_text()
    assert 'printer = "file:' in config
