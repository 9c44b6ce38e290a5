"""`mpp self-check` from the source tree (tests/test_bundle.py runs it from the bundle): a
real station file, a printer and a hub listening on loopback, every station window opened in
its own process, the ticket and the report read back."""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pypdf import PdfReader

from app.config import StationConfig, write_config
from app.selfcheck import FAIL, NOTE, OK, _check_config, _check_database, probe_hub, probe_printer
from tests.conftest import read_rows, run_mpp


@pytest.fixture
def printer_port():
    """A TCP port where something listens, as a network ticket printer does."""
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    listening.listen()
    yield listening.getsockname()[1]
    listening.close()


@pytest.fixture
def closed_port():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


@pytest.fixture
def hub_url():
    """An HTTP server answering GET / (the hub of issue 9 answers there too)."""

    class Hub(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200 if self.path == "/" else 404)
            self.end_headers()
            self.wfile.write(b'{"hub": "mpp-desk"}')

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.slow
def test_self_check_of_a_ready_station_opens_every_window_and_renders_paper(tmp_path, db_path, printer_port, hub_url):
    from PIL import Image

    from ui.launcher import STATIONS

    config = write_config(tmp_path / "station.toml", StationConfig(
        role="kiosk", station_name="Kiosk lobi 1", printer=f"tcp:127.0.0.1:{printer_port}", hub_url=hub_url,
        hub_token="secret", paper_mm=58))
    out = tmp_path / "out"
    result = run_mpp("self-check", "--json", "--db", str(db_path), "--config", str(config), "--out", str(out),
                     env_extra={"MPP_LOG_DIR": str(tmp_path / "logs")})
    data = json.loads(result.stdout)
    checks = {c["name"]: c for c in data["checks"]}
    assert result.returncode == 0 and data["ok"], result.stdout
    assert all(c["status"] != FAIL for c in data["checks"])
    assert checks["station config"]["status"] == OK and "role kiosk" in checks["station config"]["text"]
    assert checks["database"]["status"] == OK and 'catalog of "MPP Uji"' in checks["database"]["text"]
    assert checks["printer"]["status"] == OK and f"127.0.0.1:{printer_port} answers" in checks["printer"]["text"]
    assert checks["hub"]["status"] == OK and "HTTP 200" in checks["hub"]["text"]
    # every station of the one list, each opened in its own process and closed
    commands = list(dict.fromkeys(command for command, _, _ in STATIONS))
    assert [name.removesuffix(" window") for name in checks if name.endswith(" window")] == commands
    for command in commands:
        picture = Image.open(out / f"{command}.png")
        assert len(picture.convert("RGB").getcolors(1 << 20)) > 20, f"{command} drew nothing"
    # the ticket: ESC/POS for the 58 mm paper of this station's config, its number in it
    ticket = (out / "ticket.escpos").read_bytes()
    code = checks["ticket"]["text"].split()[1]
    assert ticket.startswith(b"\x1b@") and code.encode() in ticket and "58 mm" in checks["ticket"]["text"]
    report = PdfReader(out / "daily-summary.pdf")
    assert f"{len(report.pages)}-page PDF" in checks["report"]["text"]
    assert "Ringkasan Harian" in report.pages[0].extract_text()
    # the station's own file was only migrated: no ticket was issued in it
    assert read_rows(db_path, "SELECT count(*) FROM ticket") == [(0,)]


def test_what_a_station_cannot_work_without_fails_in_plain_words(tmp_path):
    broken = tmp_path / "station.toml"
    broken.write_text('role = "kiosk"\nprinter_port = 9100\n')
    check, config = _check_config(str(broken))
    assert check.status == FAIL and "unknown key 'printer_port'" in check.text
    assert config == StationConfig()  # the rest of the self-check goes on with the defaults
    garbage = tmp_path / "mpp.sqlite"
    garbage.write_bytes(b"this is a spreadsheet, not a database" * 100)
    check = _check_database(garbage)
    assert check.status == FAIL and str(garbage) in check.text
    check = _check_database(tmp_path / "none.sqlite")
    assert check.status == NOTE and "set-up wizard" in check.text
    assert not (tmp_path / "none.sqlite").exists()  # a self-check creates no station file


def test_self_check_exits_non_zero_when_something_essential_fails(tmp_path):
    broken = tmp_path / "station.toml"
    broken.write_text("role = 'kiosk'\nidle_seconds = 1\n")
    garbage = tmp_path / "mpp.sqlite"
    garbage.write_bytes(b"not a database" * 500)
    result = run_mpp("self-check", "--db", str(garbage), "--config", str(broken),
                     env_extra={"MPP_LOG_DIR": str(tmp_path / "logs")})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("FAIL  station config:") and "idle_seconds" in line for line in lines)
    assert any(line.startswith("FAIL  database:") for line in lines)
    assert "2 essential check(s) failed: station config, database" in lines[-1]


def test_the_printer_is_looked_at_without_printing(tmp_path, printer_port, closed_port):
    assert probe_printer(f"tcp:127.0.0.1:{printer_port}") == (True, f"tcp:127.0.0.1:{printer_port} answers")
    found, text = probe_printer(f"tcp:127.0.0.1:{closed_port}")
    assert found is False and "does not answer (connection refused)" in text
    assert probe_printer("")[0] is None
    found, text = probe_printer(f"file:{tmp_path / 'tickets.escpos'}")
    assert found is True and not (tmp_path / "tickets.escpos").exists()  # nothing written
    found, text = probe_printer(f"file:{tmp_path / 'no' / 'such' / 'dir' / 'x'}")
    assert found is False and "cannot write there" in text
    found, text = probe_printer("usb:fffe:fffd")  # no such device anywhere
    assert found is False and ("no USB device fffe:fffd" in text or "libusb" in text)


def test_a_hub_is_reachable_when_get_slash_answers(hub_url, closed_port):
    assert probe_hub(hub_url) == (True, f"{hub_url} answers (HTTP 200)")
    found, text = probe_hub(f"http://127.0.0.1:{closed_port}", timeout=2)
    assert found is False and "does not answer" in text
    assert probe_hub("")[0] is None

