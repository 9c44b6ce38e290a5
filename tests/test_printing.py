"""The thermal ticket: the ESC/POS bytes, their QR code, the printer specs, and what a
failing printer leaves behind. Real parts only: files, FIFOs, and TCP printers faked by a
thread on 127.0.0.1.

The `station` fixture holds tests/fixtures/catalog.toml ("MPP Uji"; KTP-el, prefix A, of the
Dinas Kependudukan dan Pencatatan Sipil, served by loket 1 and 2, 6 minutes a citizen) and
its clock stands at Monday 23 November 2026, 09.00 WIB.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageOps

from app import queue
from app.errors import InvalidInput, NotFound
from app.printing import (
    PICTURE_MARGIN,
    PrinterFault,
    PrinterSpec,
    TicketSlip,
    parse_printer_spec,
    parse_ticket_qr,
    print_faults,
    print_ticket,
    render_ticket,
    send_to_printer,
    slip_for,
    text_picture,
    ticket_qr_payload,
)

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 11, 23)
STATUS_QUERY = b"\x10\x04\x04"  # DLE EOT 4: the paper sensor
PAPER_OK, PAPER_NEAR_END, PAPER_END = b"\x12", b"\x1e", b"\x72"
COLUMNS = {58: 32, 80: 48}
LONG_SERVICE = "Penerbitan Surat Keterangan Pindah Datang Antar Kabupaten Kota Dalam Satu Provinsi"


# --- reading ESC/POS back --------------------------------------------------------------------


@dataclass
class Line:
    text: str = ""
    columns: int = 0  # characters times their width multiplier
    width: int = 1  # the largest width multiplier on the line
    height: int = 1
    bold: bool = False
    align: int = 0


@dataclass
class Slip:
    lines: list[Line] = field(default_factory=list)
    commands: list[tuple[bytes, bytes]] = field(default_factory=list)  # (command, its arguments)
    qr_store: list[bytes] = field(default_factory=list)  # GS ( k store-data payloads
    rasters: list[tuple[int, int, bytes]] = field(default_factory=list)  # (width bytes, height, bits)

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def parse_escpos(data: bytes) -> Slip:
    """Walk the bytes as a printer would: every command we send must be known here."""
    slip = Slip()
    width = height = 1
    bold = False
    align = 0
    line = Line()
    i = 0

    def end_line():
        nonlocal line
        slip.lines.append(line)
        line = Line()

    while i < len(data):
        b = data[i]
        if b == 0x0A:
            end_line()
            i += 1
        elif b == 0x1B:  # ESC
            cmd = data[i + 1 : i + 2]
            if cmd == b"@":
                width = height = 1
                bold, align = False, 0
                slip.commands.append((b"ESC @", b""))
                i += 2
                continue
            assert cmd in b"tEMa!d3", f"unknown command ESC {cmd!r} at {i}"
            arg = data[i + 2]
            if cmd == b"E":
                bold = bool(arg)
            elif cmd == b"a":
                align = arg
            elif cmd == b"!":
                width, height = (2 if arg & 0x20 else 1), (2 if arg & 0x10 else 1)
            slip.commands.append((b"ESC " + cmd, bytes([arg])))
            i += 3
        elif b == 0x1D:  # GS
            cmd = data[i + 1 : i + 2]
            if cmd == b"!":
                arg = data[i + 2]
                width, height = (arg >> 4) + 1, (arg & 0x0F) + 1
                slip.commands.append((b"GS !", bytes([arg])))
                i += 3
            elif cmd == b"V":
                m = data[i + 2]
                n = 4 if m in (65, 66) else 3
                slip.commands.append((b"GS V", data[i + 2 : i + n]))
                i += n
            elif data[i + 1 : i + 3] == b"(k":
                size = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + size]
                slip.commands.append((b"GS ( k", body))
                if body[:3] == b"1P0":
                    slip.qr_store.append(body[3:])
                i += 5 + size
            elif data[i + 1 : i + 3] == b"v0":
                xbytes = data[i + 4] + 256 * data[i + 5]
                rows = data[i + 6] + 256 * data[i + 7]
                bits = data[i + 8 : i + 8 + xbytes * rows]
                assert len(bits) == xbytes * rows, "truncated raster"
                slip.rasters.append((xbytes, rows, bits))
                slip.commands.append((b"GS v 0", b""))
                i += 8 + xbytes * rows
            else:
                raise AssertionError(f"unknown command GS {cmd!r} at {i}")
        elif b < 0x20 or b == 0x7F:
            raise AssertionError(f"stray control byte {b:#04x} at {i}")
        else:
            line.text += bytes([b]).decode("cp437")
            line.columns += width
            line.width = max(line.width, width)
            line.height = max(line.height, height)
            line.bold = line.bold or bold
            line.align = align
            i += 1
    if line.text:
        end_line()
    return slip


def raster_image(xbytes: int, rows: int, bits: bytes) -> Image.Image:
    """A GS v 0 raster as a scannable picture: ESC/POS 1 bits are black, PIL "1" bits white."""
    img = Image.frombytes("1", (xbytes * 8, rows), bits).convert("L")
    img = ImageOps.invert(img)
    img = img.resize((img.width * 3, img.height * 3), Image.NEAREST)
    return ImageOps.expand(img, border=60, fill=255)


# --- helpers ----------------------------------------------------------------------------------


def run(station, service, *args, **kwargs):
    with station.uow() as uow:
        return service(uow, *args, **kwargs)


def issue(station, code="KTP", group=None):
    return run(station, queue.issue_ticket, code, group)


def history(station, ref):
    with station.uow(read_only=True) as uow:
        return queue.ticket_history(uow, ref)


def status(station, ref):
    with station.uow(read_only=True) as uow:
        return queue.ticket_details(uow, ref).status


def faults(station, day=None):
    with station.uow(read_only=True) as uow:
        return print_faults(uow, day)


def expected_bytes(station, view, **options) -> bytes:
    with station.uow(read_only=True) as uow:
        view = queue.ticket_details(uow, view.id)
    return render_ticket(slip_for(view, "MPP Uji", WIB), **options)


def slip(**changes) -> TicketSlip:
    base = TicketSlip(
        mpp_name="MPP Uji",
        code="A001",
        service_name="KTP-el",
        agency_name="Dinas Kependudukan dan Pencatatan Sipil",
        issued_local=datetime(2026, 11, 23, 9, 0, tzinfo=WIB),
        people_ahead=5,
        estimated_wait_minutes=15,
        priority_group=None,
        qr_payload=ticket_qr_payload(uuid.UUID("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")),
    )
    return replace(base, **changes)


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakePrinter:
    """A network printer on 127.0.0.1: answers the paper status query with `answer`
    (or never, when None) and keeps every byte it receives."""

    def __init__(self, answer: bytes | None, read: bool = True):
        self.answer = answer
        self.read = read
        self.received = bytearray()
        self.release = threading.Event()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.spec = f"tcp:127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        conn, _ = self.server.accept()
        with conn:
            conn.settimeout(15)
            if not self.read:  # a wedged printer: takes nothing, says nothing
                self.release.wait(15)
                return
            answered = False
            while True:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.received += chunk
                if self.answer is not None and not answered and STATUS_QUERY in self.received:
                    conn.sendall(self.answer)
                    answered = True

    def finish(self) -> bytes:
        self.release.set()
        self.thread.join(15)
        self.server.close()
        return bytes(self.received)


# --- the bytes on a file printer --------------------------------------------------------------


def test_ticket_bytes_on_a_file_printer(station, tmp_path):
    issue(station)
    issue(station)
    view = issue(station)  # two people ahead, two counters at 6 minutes: 6 minutes
    out = tmp_path / "lp0"
    result = print_ticket(station, view.code, f"file:{out}")
    assert result.printed and result.fault_code is None
    assert result.ticket.code == "A003"

    data = out.read_bytes()
    assert data.startswith(b"\x1b@")
    assert data == expected_bytes(station, view)
    printed = parse_escpos(data)
    lines = {line.text: line for line in printed.lines}

    name = lines["MPP Uji"]
    assert name.bold and name.align == 1  # centred and bold
    assert "QUEUE NUMBER" not in lines and "NOMOR ANTRIAN" in lines
    code = lines["A003"]
    assert code.width >= 4 and code.height >= 4
    assert (b"GS !", bytes([0x77])) in printed.commands  # 8 x 8: the largest GS ! allows
    assert "KTP-el" in lines
    assert "Dinas Kependudukan dan Pencatatan Sipil" in lines
    assert "Senin, 23 November 2026  09.00" in lines
    assert "Menunggu di depan Anda: 2 orang" in lines
    assert "Perkiraan waktu tunggu: ± 6 menit" in lines
    assert "survei" in printed.text() and "pengaduan" in printed.text()
    assert "Prioritas" not in printed.text()

    last_command, args = printed.commands[-1]
    assert last_command == b"GS V" and args[:1] in (b"\x00", b"\x01", b"A", b"B")
    assert data.endswith(b"\x1dV" + args)  # the cut is the very last thing
    assert all(line.columns <= 48 for line in printed.lines)

    # a file printer is appended to, never truncated
    assert print_ticket(station, view.code, f"file:{out}").printed
    assert out.read_bytes() == data * 2
    # printing records nothing unless it is a reprint or a failure
    assert [e.kind for e in history(station, view.code)] == ["issued"]


@pytest.mark.parametrize("paper_mm", [58, 80])
@pytest.mark.parametrize("qr", ["image", "native"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_lines_never_exceed_the_paper(paper_mm, qr, language):
    long = slip(
        mpp_name="Mal Pelayanan Publik Kabupaten Kepulauan Seribu Provinsi Daerah Khusus Jakarta",
        service_name=LONG_SERVICE,
        agency_name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten",
        priority_group="korban_bencana",
        people_ahead=123,
        estimated_wait_minutes=1234,
        issued_local=datetime(2026, 9, 30, 14, 59, tzinfo=WIB),  # a long month name
        code="AB12345",
    )
    printed = parse_escpos(render_ticket(long, paper_mm=paper_mm, qr=qr, language=language))
    width = COLUMNS[paper_mm]
    assert all(line.columns <= width for line in printed.lines), [
        (line.text, line.columns) for line in printed.lines if line.columns > width
    ]
    code = next(line for line in printed.lines if line.text == "AB12345")
    assert code.columns <= width and code.width >= 4
    # the service name is the double-height block: wrapped between whole words
    service = [line.text for line in printed.lines if line.height == 2 and line.width == 1]
    assert len(service) > 1
    assert " ".join(service) == LONG_SERVICE
    assert all(word in LONG_SERVICE.split() for line in service for word in line.split())


def test_a_58mm_priority_ticket_shows_the_group(station, tmp_path):
    view = issue(station, "KTP", "lansia")
    out = tmp_path / "ticket.bin"
    assert print_ticket(station, view.code, f"file:{out}", paper_mm=58).printed
    printed = parse_escpos(out.read_bytes())
    texts = [line.text for line in printed.lines]
    assert "Prioritas: Lanjut usia" in texts
    assert all(line.columns <= 32 for line in printed.lines)
    # on 58 mm the label and its value part when they do not fit together
    assert "Menunggu di depan Anda: 0 orang" in texts
    assert "Perkiraan waktu tunggu:" in texts and "± 0 menit" in texts

    english = tmp_path / "english.bin"
    assert print_ticket(station, view.code, f"file:{english}", paper_mm=58, language="en").printed
    texts = [line.text for line in parse_escpos(english.read_bytes()).lines]
    assert "QUEUE NUMBER" in texts and "Priority: Elderly" in texts
    # dates stay in the MPP's Indonesian form in both languages, as on the kiosk's screen
    assert "Senin, 23 November 2026  09.00" in texts


def test_unknown_wait_prints_a_dash():
    printed = parse_escpos(render_ticket(slip(people_ahead=None, estimated_wait_minutes=None)))
    texts = [line.text for line in printed.lines]
    assert "Menunggu di depan Anda: -" in texts
    assert "Perkiraan waktu tunggu: -" in texts


def test_names_outside_the_code_page_do_not_crash():
    odd = slip(
        mpp_name="MPP Kota Bukittinggi — Ranah Minang",
        service_name="Légalisasi Akta Şirket\x1b@",
        agency_name="Kantor\tImigrasi\nKelas I",
    )
    data = render_ticket(odd, paper_mm=58)
    printed = parse_escpos(data)  # no stray ESC from the name: every command is ours
    texts = [line.text for line in printed.lines]
    assert "MPP Kota Bukittinggi - Ranah" in texts  # the em dash printed plain
    # é is in PC437, Ş loses its cedilla, and the ESC of "\x1b@" is disarmed to "?"
    assert "Légalisasi Akta Sirket?@" in texts
    assert "Kantor Imigrasi Kelas I" in texts
    assert "é".encode("cp437") in data
    assert sum(1 for command, _ in printed.commands if command == b"ESC @") == 1
    assert len(printed.rasters) == 1  # the QR code: all of this is text


def picture_bits(picture) -> tuple[int, int, bytes]:
    """A Pillow picture as GS v 0 carries it: 1 bits are ink."""
    ink = ImageOps.invert(picture.convert("L")).convert("1")
    return ink.width // 8, ink.height, ink.tobytes()


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_text_the_code_page_lacks_prints_as_a_picture(paper_mm):
    odd = slip(mpp_name="MPP ☀ Ranah Minang", service_name="Paspor ✈️ جواز السفر", agency_name="Kantor Imigrasi")
    printed = parse_escpos(render_ticket(odd, paper_mm=paper_mm))
    texts = [line.text for line in printed.lines]
    assert "Kantor Imigrasi" in texts  # plain Latin stays text
    assert not any("?" in t or "MPP" in t or "Paspor" in t for t in texts)  # no "?" for what PC437 lacks
    mpp, service, qr = printed.rasters
    # as drawn with the fonts, the paper's width, bold and centred like the text it stands for
    assert mpp == picture_bits(text_picture("MPP ☀ Ranah Minang", paper_mm, bold=True, align="center"))
    assert mpp[0] * 8 == {58: 384, 80: 576}[paper_mm] and any(mpp[2])
    # the service name prints double height, as its text would
    single = text_picture("Paspor ✈️ جواز السفر", paper_mm, bold=True, align="center")
    assert service == picture_bits(single.resize((single.width, single.height * 2)))
    assert [c.text for c in zxingcpp.read_barcodes(raster_image(*qr))] == [slip().qr_payload]


def ink_columns(picture) -> tuple[int, int]:
    left, _, right, _ = ImageOps.invert(picture.convert("L")).getbbox()
    return left, right


def test_a_picture_line_reads_in_its_direction():
    width = 576
    left, right = ink_columns(text_picture("Nur 'Aini 😀", 80))
    assert left < 4 and right < width / 2  # left to right, from the left
    left, right = ink_columns(text_picture("שלום עולם", 80))
    assert right > width - 4 and left > width / 2  # right to left, from the right
    left, right = ink_columns(text_picture("مرحبا", 80, align="center"))
    assert abs((width - right) - left) <= 2
    # a long text wraps to more lines, as far apart as on one line
    one = text_picture("😀 Nur 'Aini", 58)
    many = text_picture("😀 Nur 'Aini " * 12, 58)
    margins = 2 * PICTURE_MARGIN
    assert many.height > one.height and (many.height - margins) % (one.height - margins) == 0


@pytest.mark.parametrize("value", ["x", 4, 100])
def test_render_refuses_unknown_options(value):
    for options in ({"paper_mm": value}, {"qr": value}, {"language": value}):
        with pytest.raises(InvalidInput):
            render_ticket(slip(), **options)


# --- the QR code --------------------------------------------------------------------------------


def test_native_qr_holds_the_payload(station):
    view = issue(station)
    printed = parse_escpos(expected_bytes(station, view, qr="native"))
    assert printed.qr_store == [ticket_qr_payload(view.id).encode()]
    assert printed.rasters == []
    bodies = [body for command, body in printed.commands if command == b"GS ( k"]
    assert bodies[-1] == b"1Q0"  # stored, then printed


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_image_qr_scans_back_to_the_payload(station, paper_mm):
    view = issue(station)
    printed = parse_escpos(expected_bytes(station, view, qr="image", paper_mm=paper_mm))
    assert printed.qr_store == []
    assert len(printed.rasters) == 1
    xbytes, rows, bits = printed.rasters[0]
    assert xbytes * 8 <= {58: 384, 80: 576}[paper_mm]
    found = zxingcpp.read_barcodes(raster_image(xbytes, rows, bits))
    assert [code.text for code in found] == [ticket_qr_payload(view.id)]
    assert parse_ticket_qr(found[0].text) == uuid.UUID(view.id)


def test_ticket_qr_round_trip():
    ticket_id = uuid.uuid4()
    payload = ticket_qr_payload(ticket_id)
    assert payload == f"MPP-T:{ticket_id}"
    assert ticket_qr_payload(str(ticket_id).upper()) == payload
    assert parse_ticket_qr(payload) == ticket_id
    # as a scanner types it: caps lock, a trailing Enter or Tab
    assert parse_ticket_qr(payload.upper()) == ticket_id
    assert parse_ticket_qr(f"  mpp-t:{ticket_id}\r\n") == ticket_id
    assert parse_ticket_qr(payload + "\t") == ticket_id


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "MPP-T:",
        "MPP-T:not-a-ticket",
        f"MPP-X:{uuid.UUID(int=7)}",
        str(uuid.UUID(int=7)),
        f"MPP-T:{uuid.UUID(int=7)}x",
        f"MPP-T:{uuid.UUID(int=7).hex}",
        f"MPP-T:{{{uuid.UUID(int=7)}}}",
        f"MPP-T: {uuid.UUID(int=7)}",
        f"xMPP-T:{uuid.UUID(int=7)}",
        "https://example.org/?MPP-T:1",
    ],
)
def test_ticket_qr_rejects_junk(junk):
    assert parse_ticket_qr(junk) is None


@given(st.text())
def test_ticket_qr_never_raises(text):
    assert parse_ticket_qr(text) is None or text.strip().upper().startswith("MPP-T:")


# --- printer specs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, spec",
    [
        ("usb:04b8:0202", PrinterSpec("usb", vendor_id=0x04B8, product_id=0x0202)),
        ("USB:0x04B8:0x0202", PrinterSpec("usb", vendor_id=0x04B8, product_id=0x0202)),
        ("usb:416:5011", PrinterSpec("usb", vendor_id=0x0416, product_id=0x5011)),
        ("tcp:192.168.1.50", PrinterSpec("tcp", host="192.168.1.50", port=9100)),
        ("tcp:printer-kiosk.local:9101", PrinterSpec("tcp", host="printer-kiosk.local", port=9101)),
        ("tcp:[::1]:9100", PrinterSpec("tcp", host="::1", port=9100)),
        ("  tcp:10.0.0.7:1  ", PrinterSpec("tcp", host="10.0.0.7", port=1)),
        ("file:/dev/usb/lp0", PrinterSpec("file", path="/dev/usb/lp0")),
        ("file:C:\\Antrian\\tiket kiosk.bin", PrinterSpec("file", path="C:\\Antrian\\tiket kiosk.bin")),
    ],
)
def test_printer_specs(text, spec):
    assert parse_printer_spec(text) == spec
    assert parse_printer_spec(str(spec)) == spec


def test_printer_spec_text():
    assert str(parse_printer_spec("tcp:192.168.1.50")) == "tcp:192.168.1.50:9100"
    assert str(parse_printer_spec("usb:0x4B8:0x202")) == "usb:04b8:0202"
    assert str(parse_printer_spec("file:/dev/usb/lp0")) == "file:/dev/usb/lp0"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "lp0",
        "/dev/usb/lp0",
        "lpt:1",
        "usb:",
        "usb:04b8",
        "usb:04b8:0202:1",
        "usb:zz:0202",
        "usb:12345:0202",
        "usb:0:0",
        "tcp:",
        "tcp:host:0",
        "tcp:host:65536",
        "tcp:host:port",
        "tcp:ho st",
        "tcp:-host",
        "tcp:[::zz]:9100",
        "tcp:192.168.1.50:9100:1",
        "file:",
        "file:   ",
    ],
)
def test_bad_printer_specs(text):
    with pytest.raises(InvalidInput) as exc:
        parse_printer_spec(text)
    assert exc.value.code == "bad_printer"
    for form in ("usb:VID:PID", "tcp:HOST[:PORT]", "file:PATH"):
        assert form in exc.value.message


@settings(max_examples=300)
@given(st.one_of(st.text(), st.text().map(lambda t: "tcp:" + t), st.text().map(lambda t: "usb:" + t)))
def test_any_text_is_a_spec_or_invalid_input(text):
    try:
        spec = parse_printer_spec(text)
    except InvalidInput as error:
        assert error.code == "bad_printer"
    else:
        assert parse_printer_spec(str(spec)) == spec


# --- faults -----------------------------------------------------------------------------------------


def test_closed_tcp_port_is_offline_and_recorded(station):
    view = issue(station)
    port = closed_port()
    started = time.monotonic()
    result = print_ticket(station, view.code, f"tcp:127.0.0.1:{port}")
    assert time.monotonic() - started < 3
    assert not result.printed
    assert result.fault_code == "printer_offline"
    assert f"tcp:127.0.0.1:{port}" in result.fault_message
    assert result.ticket.code == view.code

    events = history(station, view.code)
    assert [e.kind for e in events] == ["issued", "print_failed"]
    failed = events[-1]
    assert failed.from_status == failed.to_status == "waiting"
    assert failed.note == f"printer_offline: {result.fault_message}"
    assert failed.counter_number is None
    assert status(station, view.code) == "waiting"
    assert faults(station) == [(view.code, failed.at, failed.note)]


def test_paper_end_stops_the_print(station):
    view = issue(station)
    printer = FakePrinter(PAPER_END)
    result = print_ticket(station, view.code, printer.spec)
    received = printer.finish()
    assert (result.printed, result.fault_code) == (False, "printer_no_paper")
    assert printer.spec in result.fault_message
    assert received == STATUS_QUERY  # asked, and sent no ticket
    assert [e.kind for e in history(station, view.code)] == ["issued", "print_failed"]
    assert status(station, view.code) == "waiting"


@pytest.mark.parametrize("answer", [PAPER_OK, PAPER_NEAR_END, None, b"\x00"])
def test_a_printer_with_paper_or_silent_prints(station, answer):
    """Adequate or nearly-ended paper prints; so does a printer that never answers the
    status query (cheap ones don't) or answers something that is no status byte."""
    view = issue(station)
    printer = FakePrinter(answer)
    started = time.monotonic()
    result = print_ticket(station, view.code, printer.spec)
    elapsed = time.monotonic() - started
    received = printer.finish()
    assert result.printed, result.fault_message
    assert received == STATUS_QUERY + expected_bytes(station, view)
    assert elapsed < 2.5
    assert [e.kind for e in history(station, view.code)] == ["issued"]
    assert faults(station) == []


def test_a_wedged_tcp_printer_does_not_hang_the_kiosk():
    printer = FakePrinter(None, read=False)
    started = time.monotonic()
    with pytest.raises(PrinterFault) as exc:
        send_to_printer(parse_printer_spec(printer.spec), b"\x1b@" + b"x" * 64_000_000, timeout=1.0)
    assert time.monotonic() - started < 3
    assert exc.value.code == "printer_offline"
    assert printer.spec in exc.value.message
    printer.finish()


def test_unknown_host_is_offline():
    with pytest.raises(PrinterFault) as exc:
        send_to_printer(parse_printer_spec("tcp:no-such-printer.invalid"), b"\x1b@", timeout=1.0)
    assert exc.value.code == "printer_offline"
    assert "tcp:no-such-printer.invalid:9100" in exc.value.message


def test_file_in_a_missing_directory(station, tmp_path):
    view = issue(station)
    path = tmp_path / "no-such-dir" / "lp0"
    result = print_ticket(station, view.code, f"file:{path}")
    assert not result.printed
    assert result.fault_code in ("printer_offline", "printer_error")
    assert str(path) in result.fault_message
    assert not path.parent.exists()
    assert [e.kind for e in history(station, view.code)] == ["issued", "print_failed"]


def test_file_that_is_a_directory(tmp_path):
    with pytest.raises(PrinterFault) as exc:
        send_to_printer(parse_printer_spec(f"file:{tmp_path}"), b"\x1b@")
    assert exc.value.code == "printer_error" and str(tmp_path) in exc.value.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_device_nobody_reads_does_not_hang(tmp_path):
    """A FIFO stands in for /dev/usb/lp0: with no reader (a printer unplugged) and with a
    reader that takes nothing (a printer stuck), the print fails within the timeout."""
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    spec = parse_printer_spec(f"file:{fifo}")
    started = time.monotonic()
    with pytest.raises(PrinterFault) as exc:
        send_to_printer(spec, b"\x1b@", timeout=1.0)
    assert exc.value.code == "printer_offline" and str(fifo) in exc.value.message

    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with pytest.raises(PrinterFault) as exc:
            send_to_printer(spec, b"x" * 4_000_000, timeout=0.5)
        assert exc.value.code == "printer_offline"
        # once the printer takes data again, the next ticket goes through whole
        while True:
            try:
                if not os.read(reader, 1 << 20):
                    break
            except BlockingIOError:
                break
        data = b"\x1b@ticket"
        send_to_printer(spec, data, timeout=0.5)
        assert os.read(reader, 100) == data
    finally:
        os.close(reader)
    assert time.monotonic() - started < 4


def test_usb_printer_not_there():
    spec = parse_printer_spec("usb:1d6b:fffe")
    started = time.monotonic()
    with pytest.raises(PrinterFault) as exc:
        send_to_printer(spec, b"\x1b@", timeout=1.0)
    assert time.monotonic() - started < 5
    # offline when libusb looks and finds nothing; printer_error on a PC without libusb
    assert exc.value.code in ("printer_offline", "printer_error")
    assert "usb:1d6b:fffe" in exc.value.message


@pytest.mark.parametrize("printer", [None, "", "   "])
def test_no_printer(station, printer):
    view = issue(station)
    result = print_ticket(station, view.code, printer)
    assert (result.printed, result.fault_code) == (False, "no_printer")
    assert faults(station)[0][2].startswith("no_printer: ")


def test_a_mistyped_printer_setting_is_a_fault_not_an_error(station):
    view = issue(station)
    result = print_ticket(station, view.code, "lpt:1")
    assert (result.printed, result.fault_code) == (False, "printer_error")
    assert "tcp:HOST[:PORT]" in result.fault_message
    assert len(faults(station)) == 1


def test_bad_refs_are_not_printer_faults(station, tmp_path):
    issue(station)
    with pytest.raises(NotFound):
        print_ticket(station, "A999", f"file:{tmp_path / 'x'}")
    with pytest.raises(InvalidInput):
        print_ticket(station, "???", None)
    assert faults(station) == []
    assert not (tmp_path / "x").exists()


def test_print_faults_of_a_day_oldest_first(station, clock):
    first = issue(station)
    print_ticket(station, first.code, None)
    clock.advance(minutes=5)
    second = issue(station)
    print_ticket(station, second.id, f"tcp:127.0.0.1:{closed_port()}")
    codes = [code for code, _, _ in faults(station)]
    assert codes == [first.code, second.code]
    moments = [at for _, at, _ in faults(station)]
    assert moments[0] < moments[1]

    clock.advance(days=1)  # Tuesday: a new business day, no faults yet
    assert faults(station) == []
    assert [code for code, _, _ in faults(station, MONDAY)] == [first.code, second.code]
    assert faults(station, MONDAY + timedelta(days=2)) == []


# --- reprints ------------------------------------------------------------------------------------------


def test_reprint_is_recorded_and_changes_nothing(station, tmp_path):
    view = issue(station)
    run(station, queue.call_next, 1)
    out = tmp_path / "lp0"
    result = print_ticket(station, view.id, f"file:{out}", reprint=True)
    assert result.printed
    assert result.ticket.status == "called"
    assert result.ticket.people_ahead is None  # no longer waiting: "-" on paper
    assert "Menunggu di depan Anda: -" in parse_escpos(out.read_bytes()).text()
    events = history(station, view.code)
    assert [e.kind for e in events] == ["issued", "called", "reprinted"]
    assert events[-1].from_status == events[-1].to_status == "called"
    assert status(station, view.code) == "called"
    assert faults(station) == []


def test_a_failed_reprint_is_a_print_failure(station):
    view = issue(station)
    result = print_ticket(station, view.code, None, reprint=True)
    assert not result.printed
    assert [e.kind for e in history(station, view.code)] == ["issued", "print_failed"]


def test_printing_imports_no_qt():
    code = "import sys, app.printing; sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent).returncode == 0
