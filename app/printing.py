"""The kiosk's thermal queue ticket, printed through python-escpos.

Three layers, each usable alone:
- render_ticket turns a TicketSlip (plain, already resolved values) into ESC/POS bytes;
- send_to_printer delivers bytes to a printer named by a spec: usb:VID:PID, tcp:HOST[:PORT], file:PATH;
- print_ticket does both for a ticket in the database, and records a failed print on the
  ticket's history so staff see it (the ticket itself is already issued and stays valid).

escpos is imported inside the functions that need it: importing it costs a quarter of a
second (it parses its printer database) and calls logging.basicConfig(), which the
command line and config parsing should not pay for.
"""

from __future__ import annotations

import errno
import functools
import ipaddress
import logging
import os
import re
import select
import socket
import stat
import textwrap
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select as sql_select

from app.config import LANGUAGES, PAPER_WIDTHS, QR_MODES
from app.errors import InvalidInput, MppError
from app.fmt import clock_time, long_date
from app.paths import resource_path
from app.queue import PRIORITY_GROUPS, TicketView, find_ticket, ticket_details, today
from db.models import Ticket, TicketEvent

log = logging.getLogger(__name__)

# --- printer specs ------------------------------------------------------------------------

DEFAULT_TCP_PORT = 9100
SPEC_FORMS = (
    "usb:VID:PID (hex, e.g. usb:04b8:0202), tcp:HOST[:PORT] (port 9100 by default, "
    "e.g. tcp:192.168.1.50) or file:PATH (e.g. file:/dev/usb/lp0)"
)

_USB_SPEC = re.compile(r"^usb:(?:0x)?([0-9a-f]{1,4}):(?:0x)?([0-9a-f]{1,4})$", re.IGNORECASE)
# HOST is a name or IPv4 address, or an IPv6 address in brackets; then an optional :PORT
_TCP_SPEC = re.compile(r"^tcp:(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::(\d{1,5}))?$", re.IGNORECASE)
_HOSTNAME = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class PrinterSpec:
    kind: str  # "usb", "tcp" or "file"
    host: str | None = None
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        if self.kind == "usb":
            return f"usb:{self.vendor_id:04x}:{self.product_id:04x}"
        if self.kind == "tcp":
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"tcp:{host}:{self.port}"
        return f"file:{self.path}"


def _bad_printer(text: str) -> InvalidInput:
    return InvalidInput(f"printer {text!r} is not understood; use {SPEC_FORMS}", code="bad_printer")


def parse_printer_spec(text: str) -> PrinterSpec:
    if not isinstance(text, str):
        raise _bad_printer(str(text))
    spec = text.strip()
    kind, _, rest = spec.partition(":")
    kind = kind.lower()
    if kind == "usb":
        match = _USB_SPEC.match(spec)
        if match:
            vendor, product = int(match.group(1), 16), int(match.group(2), 16)
            # 0 is no USB id (and escpos would silently ignore it, matching any device)
            if vendor and product:
                return PrinterSpec("usb", vendor_id=vendor, product_id=product)
    elif kind == "tcp":
        match = _TCP_SPEC.match(spec)
        if match:
            v6, name, port = match.groups()
            port = int(port) if port else DEFAULT_TCP_PORT
            if 1 <= port <= 65535:
                if v6 is not None:
                    try:
                        return PrinterSpec("tcp", host=str(ipaddress.IPv6Address(v6)), port=port)
                    except ValueError:
                        pass
                elif _HOSTNAME.match(name):
                    return PrinterSpec("tcp", host=name, port=port)
    elif kind == "file":
        # the path is taken as written (it may hold spaces); a NUL byte can name no file
        if rest and rest.strip() and "\x00" not in rest:
            return PrinterSpec("file", path=rest)
    raise _bad_printer(text)


# --- faults ---------------------------------------------------------------------------------

FAULT_CODES = ("no_printer", "printer_offline", "printer_no_paper", "printer_error")


class PrinterFault(MppError):
    """The ticket could not be printed. code: one of FAULT_CODES."""

    code = "printer_error"


# --- the QR code ---------------------------------------------------------------------------------

QR_PREFIX = "MPP-T:"
_QR_TEXT = re.compile(
    r"^MPP-T:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", re.IGNORECASE
)


def ticket_qr_payload(ticket_id: uuid.UUID | str) -> str:
    """What the ticket's QR code holds: the survey and complaint flows read the ticket back from it."""
    return QR_PREFIX + str(uuid.UUID(str(ticket_id)))


def parse_ticket_qr(text: str) -> uuid.UUID | None:
    """The ticket id of a scanned ticket QR code, None for anything else.

    A barcode scanner types as a keyboard: it may add a newline or a tab, and with
    caps lock on (or an upper-case-only scanner) the whole text arrives upper-case.
    """
    if not isinstance(text, str):
        return None
    match = _QR_TEXT.match(text.strip())
    return uuid.UUID(match.group(1)) if match else None


# --- what is printed -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TicketSlip:
    """Everything printed on a ticket, already resolved: no database here."""

    mpp_name: str
    code: str
    service_name: str
    agency_name: str
    issued_local: datetime  # aware, in the MPP's zone
    people_ahead: int | None
    estimated_wait_minutes: int | None
    priority_group: str | None  # a key of app.queue.PRIORITY_GROUPS
    qr_payload: str


def slip_for(view: TicketView, mpp_name: str, zone: ZoneInfo) -> TicketSlip:
    return TicketSlip(
        mpp_name=mpp_name,
        code=view.code,
        service_name=view.service_name,
        agency_name=view.agency_name,
        issued_local=view.issued_at.astimezone(zone),
        people_ahead=view.people_ahead,
        estimated_wait_minutes=view.estimated_wait_minutes,
        priority_group=view.priority_group,
        qr_payload=ticket_qr_payload(view.id),
    )


# Paper labels: printed, not shown on screen, so they live here and not in the Qt translations.
LABELS = {
    "id": {
        "queue_number": "NOMOR ANTRIAN",
        "priority": "Prioritas: {group}",
        # (label, value): the value moves to a line of its own when both do not fit
        "ahead": ("Menunggu di depan Anda:", "{n} orang"),
        "wait": ("Perkiraan waktu tunggu:", "± {n} menit"),
        "keep": "Simpan tiket ini untuk mengisi survei kepuasan dan menyampaikan pengaduan.",
    },
    "en": {
        "queue_number": "QUEUE NUMBER",
        "priority": "Priority: {group}",
        "ahead": ("People waiting ahead of you:", "{n}"),
        "wait": ("Estimated waiting time:", "± {n} min"),
        "keep": "Keep this ticket for the satisfaction survey and for complaints.",
    },
}

# Font A is 12 dots wide; a 58 mm head prints 384 dots, an 80 mm head 576.
COLUMNS = {58: 32, 80: 48}
PAPER_DOTS = {58: 384, 80: 576}
# dots per QR module: the payload fits QR version 3 (29 modules) at error correction M
QR_MODULE_DOTS = {58: 6, 80: 8}
MAX_CHAR_SIZE = 8  # GS ! takes 1..8 times width and height
ESC_T_PC437 = b"\x1bt\x00"


# typographic marks PC437 lacks, printed as their plain forms
_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...", "\u00a0": " ",
})  # fmt: skip


def _fits_cp437(ch: str) -> bool:
    try:
        ch.encode("cp437")
    except UnicodeEncodeError:
        return False
    return True


def _cp437_form(ch: str) -> str | None:
    """How PC437 prints `ch`: itself, its letter without the accent PC437 lacks (ş -> s),
    nothing for an invisible format character (a joiner); None when it has no form."""
    if _fits_cp437(ch):
        return ch
    if unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F:
        return ""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 and base.isprintable() and _fits_cp437(base) else None


def _printable(text: str) -> str:
    """Text as the printer's PC437 code page can print it, one character per column.

    Typographic quotes and dashes become plain ones, accented letters PC437 lacks lose
    their accent; anything else, and any control character (an ESC in a name would be a
    printer command), becomes "?". Runs of whitespace become one space.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text.translate(_PLAIN)):
        if ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch) == "Cc":
            out.append("?")
        else:
            form = _cp437_form(ch)
            out.append("?" if form is None else form)
    return " ".join("".join(out).split())


def needs_picture(text: str) -> bool:
    """Whether `text` holds a character PC437 cannot print even in a plainer form (emoji,
    Arabic, Hebrew, ...): such a text prints as a picture (text_picture)."""
    return any(
        not ch.isspace() and unicodedata.category(ch) != "Cc" and _cp437_form(ch) is None
        for ch in unicodedata.normalize("NFC", text.translate(_PLAIN))
    )


def _wrap(text: str, columns: int) -> list[str]:
    """Lines of at most `columns` characters, broken between words. Only a single word
    longer than a whole line is cut, as nothing else would fit it on the paper."""
    return textwrap.wrap(_printable(text), columns, break_long_words=True, break_on_hyphens=False)


# Noto Sans at 22 px is about as wide as font A: some 48 characters on an 80 mm roll
PICTURE_PX = 22
PICTURE_MARGIN = 3  # dots above and below the lines of a picture


@functools.cache
def _picture_font(file: str, size: int):
    from PIL import ImageFont

    # the basic layout draws the characters as app.paper_text ordered and shaped them
    return ImageFont.truetype(str(resource_path("fonts", file)), size, layout_engine=ImageFont.Layout.BASIC)


def text_picture(text: str, paper_mm: int, *, bold: bool = False, align: str = "left", height: int = 1):
    """`text` drawn as typed, in any script, the width of the paper: a black-and-white
    Pillow image with the fonts and the layout of the A4 PDFs (app.paper_text), wrapped,
    aligned like the text around it (a right-to-left paragraph to the right), `height`
    times as tall as it is wide like text printed that size."""
    from PIL import Image, ImageDraw

    from app.paper_text import MAIN, lay_out

    width = PAPER_DOTS[paper_mm]

    def font(face):
        return _picture_font(face.file(bold), PICTURE_PX)

    lines = lay_out(text, width, lambda face, b, t: font(face).getlength(t), bold=bold)
    # lines as far apart as Noto Sans sets them (about font A's 30 dots); the Arabic font's
    # taller ascent and descent are for marks stacked high, which may reach into the margin
    ascent, descent = font(MAIN).getmetrics()
    picture = Image.new("1", (width, (ascent + descent) * len(lines) + 2 * PICTURE_MARGIN), 1)
    draw = ImageDraw.Draw(picture)
    draw.fontmode = "1"  # no grey edges: a thermal head prints dots or none
    for row, line in enumerate(lines):
        if align == "center":
            x = (width - line.width) / 2
        elif align == "right" or line.rtl:
            x = width - line.width
        else:
            x = 0
        baseline = PICTURE_MARGIN + row * (ascent + descent) + ascent
        for run in line.runs:
            draw.text((x, baseline), run.text, font=font(run.face), fill=0, anchor="ls")
            x += run.width
    if height > 1:
        picture = picture.resize((width, picture.height * height), Image.NEAREST)
    return picture


class _Roll:
    """The ESC/POS bytes of a slip being written (python-escpos's Dummy printer) that keeps
    the style it last set, so a text printed as a picture looks like the lines around it."""

    def __init__(self, paper_mm: int):
        from escpos.printer import Dummy

        # Text goes out in PC437, chosen explicitly: after ESC @ a printer returns to the code
        # page of its memory switches, which need not be PC437.
        self.p = Dummy(magic_encode_args={"encoding": "CP437", "disabled": True})
        _fit_profile(self.p, paper_mm)
        self.paper_mm = paper_mm
        self.columns = COLUMNS[paper_mm]
        self.bold, self.align, self.height = False, "left", 1

    def set(self, **style) -> None:
        self.p.set(**style)
        self.bold = style.get("bold", self.bold)
        self.align = style.get("align", self.align)
        if style.get("custom_size"):
            self.height = style.get("height", 1)

    def lines(self, text: str) -> None:
        """`text` wrapped to the paper: as text, or as a picture when PC437 cannot print it.
        The picture is the paper's width (its own alignment), printed with GS v 0 as the QR code is."""
        if needs_picture(text):
            picture = text_picture(text, self.paper_mm, bold=self.bold, align=self.align, height=self.height)
            self.p.image(picture, impl="bitImageRaster")
        else:
            for line in _wrap(text, self.columns):
                self.p.textln(line)


def _date_line(moment: datetime) -> str:
    # Indonesian form in both languages, as on the kiosk's screen: the MPP's locale
    return f"{long_date(moment.date())}  {clock_time(moment, moment.tzinfo)}"


def _fit_profile(printer, paper_mm: int) -> None:
    """Give this printer object its own copy of the profile, with the paper we print on.

    escpos shares one profile dict among all printers; ours says how wide the paper
    is so that image() can centre the QR code (and stops it warning on stdout).
    """
    import copy

    data = copy.deepcopy(printer.profile.profile_data)
    data["media"]["width"] = {"mm": paper_mm, "pixels": PAPER_DOTS[paper_mm]}
    data["fonts"]["0"]["columns"] = COLUMNS[paper_mm]
    printer.profile.profile_data = data


def _qr_image(payload: str, module_dots: int):
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=module_dots, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image().get_image().convert("RGB")


def render_ticket(slip: TicketSlip, *, paper_mm: int = 80, qr: str = "image", language: str = "id") -> bytes:
    """The ESC/POS bytes of one ticket."""
    if paper_mm not in PAPER_WIDTHS:
        raise InvalidInput(f"paper width is {' or '.join(map(str, PAPER_WIDTHS))} mm, not {paper_mm!r}")
    if qr not in QR_MODES:
        raise InvalidInput(f"the QR code is printed as {' or '.join(QR_MODES)}, not {qr!r}")
    if language not in LANGUAGES:
        raise InvalidInput(f"tickets are printed in {' or '.join(LANGUAGES)}, not {language!r}")
    from escpos.constants import QR_ECLEVEL_M

    labels = LABELS[language]
    columns = COLUMNS[paper_mm]
    roll = _Roll(paper_mm)
    p, lines = roll.p, roll.lines

    p.hw("INIT")
    p._raw(ESC_T_PC437)
    roll.set(align="center", font="a", bold=True)
    lines(slip.mpp_name)
    roll.set(bold=False)
    p.textln("-" * columns)
    p.textln(labels["queue_number"])

    code = _printable(slip.code)
    size = max(1, min(MAX_CHAR_SIZE, columns // max(1, len(code))))
    roll.set(custom_size=True, width=size, height=size, bold=True)
    p.textln(code)
    roll.set(custom_size=True, width=1, height=2, bold=True)  # double height keeps the line width
    lines(slip.service_name)
    roll.set(custom_size=True, width=1, height=1, bold=False)
    lines(slip.agency_name)
    p.ln()

    when = _date_line(slip.issued_local)
    if len(when) <= columns:
        p.textln(when)
    else:
        for part in when.split("  "):
            lines(part)
    if slip.priority_group:
        names = PRIORITY_GROUPS.get(slip.priority_group)
        group = names[0 if language == "id" else 1] if names else slip.priority_group
        roll.set(bold=True)
        lines(labels["priority"].format(group=group))
        roll.set(bold=False)
    for key, n in (("ahead", slip.people_ahead), ("wait", slip.estimated_wait_minutes)):
        label, value = labels[key]
        value = "-" if n is None else value.format(n=n)
        if len(_printable(f"{label} {value}")) <= columns:
            p.textln(_printable(f"{label} {value}"))
        else:
            lines(label)
            lines(value)

    p.ln()
    if qr == "native":
        # the printer draws the code itself (GS ( k); it follows the centring set above
        p.qr(slip.qr_payload, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS[paper_mm], native=True)
        p.ln()
    else:
        # a raster image (GS v 0) prints on every ESC/POS printer; escpos pads it to the paper width
        p.image(_qr_image(slip.qr_payload, QR_MODULE_DOTS[paper_mm]), impl="bitImageRaster", center=True)
    lines(labels["keep"])
    p.cut(mode="PART")  # feeds the ticket past the cutter first
    return p.output


# --- sending -----------------------------------------------------------------------------------------

# How long to wait for an answer to the paper status query. A printer that answers does
# so at once (DLE EOT is a real-time command); many cheap printers never answer at all.
STATUS_WAIT = 0.5

# OS errors that mean "the printer is not there", as opposed to something else going wrong
_OFFLINE_ERRNOS = {
    errno.ENOENT, errno.EACCES, errno.EPERM, errno.ENODEV, errno.ENXIO, errno.EIO, errno.EBUSY,
    errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE, errno.ETIMEDOUT,
    errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EHOSTDOWN, errno.ENETDOWN, errno.EAGAIN,
}


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.gaierror):
        return "the host name is not known"
    if isinstance(error, (socket.timeout, TimeoutError)):
        return "no answer in time"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__


def _offline(spec: PrinterSpec, error: BaseException | str) -> PrinterFault:
    reason = error if isinstance(error, str) else _reason(error)
    return PrinterFault(
        f"the ticket printer {spec} cannot be reached ({reason}); check that it is switched on and connected",
        code="printer_offline",
    )


def _failed(spec: PrinterSpec, error: BaseException | str) -> PrinterFault:
    reason = error if isinstance(error, str) else _reason(error)
    return PrinterFault(f"the ticket printer {spec} failed: {reason}", code="printer_error")


def _no_paper(spec: PrinterSpec) -> PrinterFault:
    return PrinterFault(f"the ticket printer {spec} is out of paper", code="printer_no_paper")


def _os_fault(spec: PrinterSpec, error: OSError) -> PrinterFault:
    if isinstance(error, (socket.timeout, TimeoutError, socket.gaierror)) or error.errno in _OFFLINE_ERRNOS:
        return _offline(spec, error)
    return _failed(spec, error)


def _paper_out(status: bytes) -> bool | None:
    """Whether a DLE EOT 4 answer says the paper has run out; None when it is no such answer.

    The answer byte has bits 1 and 4 set and bits 0 and 7 clear; bits 5 and 6 mean
    "paper end", bits 2 and 3 "paper near its end" (still printable).
    """
    if not status:
        return None
    byte = status[0]
    if byte & 0x93 != 0x12:
        return None
    return bool(byte & 0x60)


def _query_paper(printer, timeout_errors: tuple[type[BaseException], ...]) -> bool | None:
    """Ask the paper sensor. A printer that does not answer within the wait is assumed to
    have paper: many cheap printers never answer, and refusing to print on them would
    stop every ticket. Only a clear "paper end" answer stops the print."""
    from escpos.constants import RT_STATUS_PAPER

    try:
        return _paper_out(printer.query_status(RT_STATUS_PAPER))
    except timeout_errors:
        return None


def _send_file(spec: PrinterSpec, data: bytes, timeout: float) -> None:
    path = spec.path
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0  # a regular file still to be created, or nothing: open() tells which
    try:
        if (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)) and hasattr(os, "O_NONBLOCK"):
            _write_device(spec, data, timeout)
        else:
            with open(path, "ab") as f:
                f.write(data)
    except PrinterFault:
        raise
    except IsADirectoryError as error:
        raise _failed(spec, error) from None
    except OSError as error:
        raise _os_fault(spec, error) from None


def _write_device(spec: PrinterSpec, data: bytes, timeout: float) -> None:
    """Write to a device or pipe without blocking past the timeout.

    A plain write to /dev/usb/lp0 blocks while the printer is busy, off-line or out of
    paper, and opening a pipe with nobody reading blocks for ever; non-blocking I/O with
    a deadline turns both into a fault.
    """
    deadline = time.monotonic() + timeout
    fd = os.open(spec.path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
    try:
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _offline(spec, f"it took no data for {timeout:g} s") from None
                select.select([], [fd], [], left)
    finally:
        os.close(fd)


def _send_tcp(spec: PrinterSpec, data: bytes, timeout: float) -> None:
    from escpos.printer import Network

    deadline = time.monotonic() + timeout
    printer = Network(spec.host, spec.port, timeout=timeout)
    try:
        # connected here rather than by Network.open(), which knows IPv4 only and hides the
        # OSError (refused, unreachable, timed out, unknown host) behind its own exception
        printer.device = socket.create_connection((spec.host, spec.port), timeout=timeout)
        printer.device.settimeout(max(0.05, min(STATUS_WAIT, deadline - time.monotonic())))
        if _query_paper(printer, (socket.timeout, TimeoutError)):
            raise _no_paper(spec)
        printer.device.settimeout(max(0.5, deadline - time.monotonic()))
        printer._raw(data)
    except PrinterFault:
        raise
    except OSError as error:
        raise _os_fault(spec, error) from None
    except Exception as error:
        raise _failed(spec, error) from None
    finally:
        printer.close()


def _send_usb(spec: PrinterSpec, data: bytes, timeout: float) -> None:
    try:
        import usb.core
    except ImportError:
        raise _failed(spec, "pyusb is not installed on this PC") from None
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Usb

    deadline = time.monotonic() + timeout
    # pyusb counts in milliseconds, and 0 would mean "wait for ever"
    printer = Usb(spec.vendor_id, spec.product_id, timeout=max(1, int(timeout * 1000)))
    try:
        try:
            printer.open()
        except DeviceNotFoundError as error:
            # not plugged in, switched off, or this user may not use it
            raise _offline(spec, _reason(error.__context__ or error)) from None
        except usb.core.NoBackendError:
            raise _failed(spec, "this PC has no USB library (libusb)") from None
        printer.device.default_timeout = max(1, int(STATUS_WAIT * 1000))  # for the status read
        # a failed read (timeout, or a printer with no status endpoint) leaves the paper unknown
        if _query_paper(printer, (usb.core.USBError, NotImplementedError)):
            raise _no_paper(spec)
        printer.timeout = max(500, int((deadline - time.monotonic()) * 1000))
        printer._raw(data)
    except PrinterFault:
        raise
    except usb.core.USBTimeoutError:
        raise _offline(spec, f"it took no data for {timeout:g} s") from None
    except usb.core.USBError as error:
        if error.errno in _OFFLINE_ERRNOS:
            raise _offline(spec, error) from None
        raise _failed(spec, error) from None
    except Exception as error:
        raise _failed(spec, error) from None
    finally:
        try:
            printer.close()
        except Exception:  # closing a device that vanished must not hide the real fault
            log.debug("closing %s failed", spec, exc_info=True)


def send_to_printer(spec: PrinterSpec, data: bytes, *, timeout: float = 3.0) -> None:
    """Deliver ESC/POS bytes, or raise PrinterFault. Takes about `timeout` seconds at most."""
    if spec.kind == "file":
        _send_file(spec, data, timeout)
    elif spec.kind == "tcp":
        _send_tcp(spec, data, timeout)
    elif spec.kind == "usb":
        _send_usb(spec, data, timeout)
    else:
        raise _failed(spec, f"unknown printer kind {spec.kind!r}")


# --- printing a ticket of the database ------------------------------------------------------------------


@dataclass(frozen=True)
class PrintResult:
    ticket: TicketView
    printed: bool
    fault_code: str | None = None
    fault_message: str | None = None


def _record(station, ticket_id: str, kind: str, note: str | None) -> None:
    """A print event on the ticket's history; the ticket's status does not change."""
    with station.uow() as uow:
        ticket = find_ticket(uow, ticket_id)
        uow.new(
            TicketEvent,
            ticket=ticket,
            kind=kind,
            from_status=ticket.status,
            to_status=ticket.status,
            service_id=ticket.service_id,
            counter_id=None,
            note=note,
        )
        uow.commit()


def print_ticket(
    station,
    ref: str,
    printer: str | PrinterSpec | None,
    *,
    paper_mm: int = 80,
    qr: str = "image",
    language: str = "id",
    reprint: bool = False,
) -> PrintResult:
    """Print a ticket (by id or number of the day). A printer fault is returned, not raised,
    and recorded on the ticket's history: the ticket is issued whatever the printer does."""
    with station.uow(read_only=True) as uow:
        view = ticket_details(uow, ref)  # NotFound / InvalidInput go to the caller
        settings = uow.settings()
        mpp_name, zone = settings.name, ZoneInfo(settings.timezone)
    data = render_ticket(slip_for(view, mpp_name, zone), paper_mm=paper_mm, qr=qr, language=language)
    try:
        if printer is None or (isinstance(printer, str) and not printer.strip()):
            raise PrinterFault("no ticket printer is set up for this kiosk", code="no_printer")
        if isinstance(printer, str):
            try:
                spec = parse_printer_spec(printer)
            except InvalidInput as error:
                # the ticket exists; a mistyped setting is a fault for staff, not the citizen's error
                raise PrinterFault(error.message, code="printer_error") from None
        else:
            spec = printer
        send_to_printer(spec, data)
    except PrinterFault as fault:
        log.warning("ticket %s not printed: %s", view.code, fault.message)
        _record(station, view.id, "print_failed", f"{fault.code}: {fault.message}")
        return PrintResult(view, printed=False, fault_code=fault.code, fault_message=fault.message)
    if reprint:
        _record(station, view.id, "reprinted", str(spec))
    return PrintResult(view, printed=True)


def print_faults(uow, day: date | None = None) -> list[tuple[str, datetime, str]]:
    """(ticket code, when, note) of the tickets that failed to print on a business day, oldest first."""
    day = day or today(uow)
    zone = ZoneInfo(uow.settings().timezone)
    start = datetime.combine(day, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    rows = uow.session.execute(
        sql_select(Ticket.code, TicketEvent.created_at, TicketEvent.note)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(TicketEvent.kind == "print_failed", TicketEvent.created_at >= start, TicketEvent.created_at < end)
        .order_by(TicketEvent.created_at, TicketEvent.id)
    ).all()
    return [(code, at, note) for code, at, note in rows]
