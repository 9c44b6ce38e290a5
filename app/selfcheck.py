"""`mpp self-check`: does this installation work, on this PC?

Run by the technician after installing (from the bundle too) and by CI on the bundle. It

- reads the station config and opens the station's database (migrating it), if there is one;
- builds a scratch MPP in a temporary folder (the demo catalog, migrations from nothing),
  issues a ticket there and renders it as ESC/POS into a file, and renders the daily summary
  as a PDF;
- starts each station window (the list ui/launcher.STATIONS, the one the demo launcher shows)
  offscreen on the scratch MPP, in its own process as at boot, lets it draw its first screen
  and closes it;
- looks at the devices: the ticket printer, the audio output, the sync hub.

Each finding is a Check in plain words. "fail" is for what a station cannot work without
(the config, the database, the resources, a window); the devices and the hub give "note":
a kiosk without its printer still shows the ticket on screen, a board without sound still
shows the numbers, a station without its hub works alone. Any "fail" makes the exit code 1.
Nothing here touches the station's own data beyond migrating its file.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__

OK, NOTE, FAIL = "ok", "note", "fail"
SCRATCH_NOW = "2026-11-23T09:00+07:00"  # a Monday, open, in the demo catalog's Jakarta time
WINDOW_TIMEOUT_S = 120  # a first start from a cold disk can take a while
DEVICE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # ok, note or fail
    text: str


@dataclass(frozen=True)
class AudioFound:
    outputs: tuple[str, ...]  # the default output first
    problem: str | None = None


# --- devices ---------------------------------------------------------------------------------


def probe_printer(text: str, timeout: float = DEVICE_TIMEOUT_S) -> tuple[bool | None, str]:
    """Whether the ticket printer can be reached, without printing: (None, why) when none is set."""
    from app.errors import InvalidInput
    from app.printing import parse_printer_spec

    if not text.strip():
        return None, 'no ticket printer is set (printer = "")'
    try:
        spec = parse_printer_spec(text)
    except InvalidInput as error:
        return False, error.message
    if spec.kind == "tcp":
        try:
            socket.create_connection((spec.host, spec.port), timeout=timeout).close()
        except OSError as error:
            return False, f"{spec} does not answer ({_reason(error)})"
        return True, f"{spec} answers"
    if spec.kind == "usb":
        try:
            import usb.core

            device = usb.core.find(idVendor=spec.vendor_id, idProduct=spec.product_id)
        except ImportError:
            return False, "pyusb is missing: USB printers cannot be used"
        except usb.core.NoBackendError:
            return False, "this PC has no USB library (libusb): USB printers cannot be used"
        if device is None:
            return False, f"no USB device {spec.vendor_id:04x}:{spec.product_id:04x} is plugged in"
        return True, f"{spec} is plugged in"
    path = Path(spec.path)
    if path.exists() and not path.is_file():
        if os.access(path, os.W_OK):
            return True, f"{spec}: the device is there and this user may write to it"
        return False, f"{spec}: the device is there but this user may not write to it"
    folder = path.parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return True, f"{spec}: tickets are written into that file (a test or demo printer)"
    return False, f"{spec}: cannot write there ({folder} is missing or read-only)"


def probe_hub(url: str, timeout: float = 5.0) -> tuple[bool | None, str]:
    """A hub is reachable when GET <hub_url>/ gets any HTTP answer."""
    if not url:
        return None, "no hub is set: this station works alone"
    import httpx

    try:
        response = httpx.get(url.rstrip("/") + "/", timeout=timeout)
    except httpx.HTTPError as error:
        return False, f"{url} does not answer ({_reason(error)}): the station works alone until it does"
    return True, f"{url} answers (HTTP {response.status_code})"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    cause = error.__cause__ or error.__context__
    if cause is not None and str(cause):
        return _reason(cause)
    return str(error) or type(error).__name__


# --- the checks ------------------------------------------------------------------------------------


def _check_config(config_arg) -> tuple[Check, object]:
    from app.config import StationConfig, default_config_path, load_config
    from app.errors import InvalidInput

    path = Path(config_arg).expanduser() if config_arg else default_config_path()
    try:
        config = load_config(config_arg)
    except InvalidInput as error:
        return Check("station config", FAIL, error.message), StationConfig()
    if not path.exists():
        return Check("station config", NOTE, f"no file at {path}: every default (run `mpp setup`)"), config
    role = f"role {config.role}" if config.role else "no role yet (run `mpp setup`)"
    name = f', "{config.station_name}"' if config.station_name else ""
    return Check("station config", OK, f"{path}: {role}{name}"), config


def _check_database(path: Path) -> Check:
    from sqlalchemy.exc import SQLAlchemyError

    from app.catalog import show_catalog
    from app.errors import MppError
    from app.uow import Station
    from db.engine import make_engine
    from db.migrate import current_revision, head_revision

    if not path.exists():
        return Check("database", NOTE, f"none yet at {path}: the first station start creates it "
                                       "and opens the set-up wizard")
    try:
        engine = make_engine(path.resolve())
        before = current_revision(engine)
        engine.dispose()
        station = Station.open(path)
    except (SQLAlchemyError, OSError) as error:
        return Check("database", FAIL, f"{path} cannot be opened: {error}")
    try:
        head = head_revision()
        migrated = f"migrated from {before or 'nothing'} to {head}" if before != head else f"schema {head}, the latest"
        try:
            with station.uow(read_only=True) as uow:
                catalog = show_catalog(uow)
        except MppError:
            return Check("database", NOTE, f"{path}: {migrated}; no catalog yet: the first station "
                                           "window opens the set-up wizard")
        services = sum(len(a.services) for a in catalog.agencies)
        return Check("database", OK, f'{path}: {migrated}; catalog of "{catalog.mpp_name}" ({catalog.timezone}): '
                                     f"{len(catalog.agencies)} agencies, {services} services, "
                                     f"{len(catalog.counters)} counters")
    finally:
        station.close()


def _scratch_station(workdir: Path):
    """A new database in workdir with the demo catalog: the migrations from nothing."""
    from app.catalog import load_catalog, read_catalog_file
    from app.clock import ManualClock
    from app.paths import DEMO_CATALOG
    from app.uow import Station
    from db.migrate import head_revision

    clock = ManualClock(datetime.fromisoformat(SCRATCH_NOW))
    station = Station.open(workdir / "selfcheck.sqlite", clock)
    with station.uow() as uow:
        summary = load_catalog(uow, read_catalog_file(DEMO_CATALOG))
        uow.commit()
    text = (f"a new database in {workdir} migrated to {head_revision()}; the demo catalog loaded "
            f"({summary.agencies} agencies, {summary.services} services)")
    return station, Check("migrations", OK, text)


def _check_ticket(station, workdir: Path, config) -> Check:
    from app import queue
    from app.catalog import show_catalog
    from app.errors import Refused
    from app.printing import print_ticket

    with station.uow(read_only=True) as uow:
        codes = [s.code for a in show_catalog(uow).agencies for s in a.services]
    ticket = None
    for code in codes:  # the first service open at that hour
        try:
            with station.uow() as uow:
                ticket = queue.issue_ticket(uow, code)
            break
        except Refused:
            continue
    if ticket is None:
        return Check("ticket", FAIL, "the demo catalog issued no ticket")
    out = workdir / "ticket.escpos"
    result = print_ticket(station, ticket.code, f"file:{out}", paper_mm=config.paper_mm,
                          qr=config.printer_qr, language=config.language)
    data = out.read_bytes() if out.exists() else b""
    if not result.printed or not data.startswith(b"\x1b@"):
        return Check("ticket", FAIL, f"ticket {ticket.code} was not rendered: {result.fault_message or 'no ESC/POS'}")
    return Check("ticket", OK, f"ticket {ticket.code} rendered as {len(data):,} bytes of ESC/POS "
                               f"({config.paper_mm} mm paper) into {out}")


def _check_report(station, workdir: Path) -> Check:
    from app.daily import daily_summary
    from app.report_daily import render_daily_report

    with station.uow(read_only=True) as uow:
        summary = daily_summary(uow)
    path = render_daily_report(summary, workdir / "daily-summary.pdf")
    data = path.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    if not data.startswith(b"%PDF") or pages < 1:
        return Check("report", FAIL, f"the daily summary did not come out as a PDF: {path}")
    return Check("report", OK, f"the daily summary of {summary.day.isoformat()} rendered as a "
                               f"{pages}-page PDF into {path}")


def _check_windows(station, workdir: Path, config, report: Callable[[Check], None]) -> list[Check]:
    from app.config import write_config
    from ui.launcher import STATIONS, station_command

    scratch_config = write_config(workdir / "station.toml", config.replace(
        printer=f"file:{workdir / 'window-tickets.escpos'}", database="", hub_url="", hub_token=""))
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "MPP_NOW": SCRATCH_NOW}
    env.pop("MPP_CONFIG", None)
    checks, seen = [], set()
    for command, _text, size in STATIONS:
        if command in seen:
            continue
        seen.add(command)
        shot = workdir / f"{command}.png"
        program, args = station_command(command, "--db", str(station.db.path), "--config", str(scratch_config),
                                        "--screenshot", str(shot), "--size", size)
        started = time.monotonic()
        try:
            run = subprocess.run([program, *args], capture_output=True, text=True, env=env,
                                 timeout=WINDOW_TIMEOUT_S, stdin=subprocess.DEVNULL)
            took = time.monotonic() - started
            why = (run.stderr.strip().splitlines() or [f"exit code {run.returncode}"])[-1]
            done = run.returncode == 0 and shot.exists() and shot.stat().st_size > 0
        except subprocess.TimeoutExpired:
            took, done, why = WINDOW_TIMEOUT_S, False, f"it did not close within {WINDOW_TIMEOUT_S} s"
        if done:
            check = Check(f"{command} window", OK, f"opened offscreen at {size}, drew its first screen "
                                                   f"and closed ({took:.1f} s)")
        else:
            check = Check(f"{command} window", FAIL, f"did not open: {why}")
        report(check)
        checks.append(check)
    return checks


def _check_printer(config) -> Check:
    found, text = probe_printer(config.printer)
    if found:
        return Check("printer", OK, text)
    if found is None and config.role not in ("kiosk", "counter", ""):
        return Check("printer", OK, text + f" (a {config.role} prints no tickets)")
    return Check("printer", NOTE, text + ": tickets show on screen with their QR code only")


def _check_audio(config) -> Check:
    from ui.selfcheck import audio_outputs

    found = audio_outputs()
    if found.outputs:
        others = f" and {len(found.outputs) - 1} more" if len(found.outputs) > 1 else ""
        return Check("audio", OK, f"output device: {found.outputs[0]}{others}")
    why = f" ({found.problem})" if found.problem else ""
    need = "the display board's calls would be silent" if config.role in ("display", "") else "only the display board needs one"
    return Check("audio", NOTE if config.role in ("display", "") else OK, f"no audio output device{why}: {need}")


def _check_hub(config) -> Check:
    found, text = probe_hub(config.hub_url)
    return Check("hub", NOTE if found is False else OK, text)


def _check_logs() -> Check:
    from app.logs import crash_reports, log_dir

    reports = crash_reports()
    if not reports:
        return Check("logs", OK, f"{log_dir()}; no crash reports")
    return Check("logs", NOTE, f"{log_dir()}; {len(reports)} crash report(s), the newest {reports[-1].name}")


def run_self_check(db_path: Path, config_arg, workdir: Path, report: Callable[[Check], None] = lambda c: None) -> list[Check]:
    """Every check, in order; `report` is told of each as it is found."""
    checks: list[Check] = []

    def add(check: Check) -> None:
        checks.append(check)
        report(check)

    def attempt(name: str, step: Callable[[], Check]) -> None:
        try:
            add(step())
        except Exception as error:  # a check that breaks is a finding, not the end of the self-check
            add(Check(name, FAIL, f"{type(error).__name__}: {error}"))

    config_check, config = _check_config(config_arg)
    add(config_check)
    attempt("database", lambda: _check_database(db_path))
    station = None
    try:
        station, migrations = _scratch_station(workdir)
        add(migrations)
    except Exception as error:
        add(Check("migrations", FAIL, f"a new database could not be made in {workdir}: {type(error).__name__}: {error}"))
    if station is not None:
        try:
            attempt("ticket", lambda: _check_ticket(station, workdir, config))
            attempt("report", lambda: _check_report(station, workdir))
            try:
                checks.extend(_check_windows(station, workdir, config, report))
            except Exception as error:
                add(Check("windows", FAIL, f"{type(error).__name__}: {error}"))
        finally:
            station.close()
    attempt("printer", lambda: _check_printer(config))
    attempt("audio", lambda: _check_audio(config))
    attempt("hub", lambda: _check_hub(config))
    attempt("logs", _check_logs)
    return checks


def summary(checks: list[Check]) -> str:
    failed = [c.name for c in checks if c.status == FAIL]
    notes = sum(c.status == NOTE for c in checks)
    also = f" {notes} note(s) above are worth a look." if notes else ""
    if failed:
        return f"{len(failed)} essential check(s) failed: {', '.join(failed)}. This station is not ready.{also}"
    return f"Everything essential works (mpp-desk {__version__}).{also}"


def format_check(check: Check) -> str:
    return f"{check.status.upper():<4}  {check.name}: {check.text}"
