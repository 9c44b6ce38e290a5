"""Logs and crash reports, in the user log directory (or $MPP_LOG_DIR).

Every `mpp` command started from the command line logs to a rotating file there: a station
(kiosk, counter, display, ...) to a file of its own, the short commands to mpp.log. An
uncaught exception, on the main thread, a worker thread or in a Qt slot, writes a crash
report (crash-YYYYMMDD-HHMMSS-PID.txt: what ran, the error, its traceback and the last log
lines), prints two lines saying where it is, and tells the listeners (ui/app.py ends the
station's event loop with EXIT_CRASH, so it restarts clean: `mpp start` or the boot unit
starts it again). A hard crash (a segmentation fault in Qt or a driver) cannot run Python:
faulthandler writes the stacks into fault-PID.txt, which the next start turns into a crash
report; a clean exit deletes that file.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from app import __version__
from app.paths import APP

log = logging.getLogger(__name__)

EXIT_CRASH = 70  # EX_SOFTWARE: the program stopped on an error of its own
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5  # mpp.log, mpp.log.1 ... mpp.log.5: at most 6 MB per file name
KEEP_CRASH_REPORTS = 50  # a station crashing in a loop must not fill the disk
TAIL_LINES = 30  # log lines copied into a crash report
# commands that run for hours log to a file of their own; the short ones share mpp.log
OWN_LOG = ("kiosk", "survey", "counter", "display", "supervisor", "demo", "hub", "sync", "start")

_program = "mpp"
_log_file: Path | None = None
_fault_file = None
_listeners: list[Callable[[], None]] = []


def log_dir() -> Path:
    env = os.environ.get("MPP_LOG_DIR")
    return Path(env).expanduser() if env else Path(platformdirs.user_log_dir(APP, appauthor=False))


def log_name(command: str | None) -> str:
    return f"{command}.log" if command in OWN_LOG else "mpp.log"


class SharedRotatingFileHandler(RotatingFileHandler):
    """A rotating file that several processes may write (two commands at once). On Windows a
    rollover fails while another process holds the file: it is tried again at the next record."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def start_logging(command: str | None, argv: list[str]) -> Path:
    """Log this process to its file and install the crash handlers. Once per process."""
    global _program, _log_file
    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    _program = " ".join(["mpp", *argv])
    if _log_file is None:
        _log_file = directory / log_name(command)
        handler = SharedRotatingFileHandler(
            _log_file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per sync request otherwise
        if sys.stderr is not None:  # None in a windowed Windows program
            # warnings still reach the terminal, as Python's last-resort handler printed them
            console = logging.StreamHandler()
            console.setLevel(logging.WARNING)
            console.setFormatter(logging.Formatter("%(message)s"))
            root.addHandler(console)
        install_crash_handlers(directory)
    where = f"bundle {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else "source"
    log.info("mpp-desk %s (%s) started: %s", __version__, where, _program)
    return _log_file


def on_crash(listener: Callable[[], None]) -> None:
    """Call listener after a crash report is written (a window ends its event loop)."""
    _listeners.append(listener)


# --- crash reports ------------------------------------------------------------------------------


def install_crash_handlers(directory: Path) -> None:
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    collect_hard_crashes(directory)
    _start_faulthandler(directory)


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    crashed(exc_type, exc, tb, threading.current_thread().name)


def _thread_excepthook(args) -> None:
    if args.exc_type is SystemExit:
        return
    crashed(args.exc_type, args.exc_value, args.exc_traceback, args.thread.name if args.thread else "?")


def crashed(exc_type, exc, tb, thread: str = "MainThread") -> Path | None:
    """Write the report, say where it is, tell the listeners."""
    try:
        path = write_crash_report(exc_type, exc, tb, thread)
    except OSError as error:  # a full disk must not hide the error itself
        path = None
        print(f"mpp: could not write a crash report: {error}", file=sys.stderr or sys.__stderr__)
    log.critical("crashed: %s: %s (report: %s)", exc_type.__name__, exc, path, exc_info=(exc_type, exc, tb))
    out = sys.stderr
    if out is not None:
        if not getattr(sys, "frozen", False):
            traceback.print_exception(exc_type, exc, tb, file=out)  # for the developer at the terminal
        print(f"mpp: {_program} stopped on an unexpected error ({exc_type.__name__}: {exc}).", file=out)
        if path is not None:
            print(f"mpp: the report for the technician is {path}", file=out)
    for listener in list(_listeners):
        try:
            listener()
        except Exception:  # a listener failing must not hide the crash
            log.exception("crash listener failed")
    return path


def _report_path(directory: Path, moment: datetime, pid: int) -> Path:
    return directory / f"crash-{moment:%Y%m%d-%H%M%S}-{pid}.txt"


def _about(pid: int, program: str, started: str | None = None) -> list[str]:
    qt = sys.modules.get("PySide6")
    where = f"bundle in {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else f"source, {sys.executable}"
    lines = [
        f"Program:  {program}",
        f"Version:  mpp-desk {__version__} ({where})",
        f"System:   {platform.platform()}, Python {platform.python_version()}"
        + (f", PySide6 {qt.__version__}" if qt is not None else ""),
        f"Process:  {pid}",
    ]
    if started:
        lines.append(f"Started:  {started}")
    return lines


def _tail(path: Path | None, lines: int = TAIL_LINES) -> list[str]:
    if path is None or not path.exists():
        return []
    with path.open("rb") as f:
        f.seek(max(0, f.seek(0, os.SEEK_END) - 64 * 1024))
        return f.read().decode("utf-8", "replace").splitlines()[-lines:]


def write_crash_report(exc_type, exc, tb, thread: str = "MainThread") -> Path:
    directory = log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now().astimezone()
    path = _report_path(directory, now, os.getpid())
    text = [
        "mpp-desk crash report",
        "",
        "The program stopped on an error it did not expect. Nothing it had saved is lost: every",
        "ticket, call and answer is written to the database before it is shown. Started at boot",
        "(`mpp start`, a systemd unit or a scheduled task), the station starts again by itself.",
        "Send this file to whoever looks after mpp-desk.",
        "",
        f"When:     {now:%Y-%m-%d %H:%M:%S %z}",
        *_about(os.getpid(), _program),
        f"Thread:   {thread}",
        "",
        f"Error:    {exc_type.__name__}: {exc}",
        "",
        *"".join(traceback.format_exception(exc_type, exc, tb)).rstrip("\n").splitlines(),
    ]
    tail = _tail(_log_file)
    if tail:
        text += ["", f"The last lines of {_log_file}:", *tail]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    _prune(directory)
    return path


def crash_reports(directory: Path | None = None) -> list[Path]:
    """The crash reports there, oldest first."""
    return sorted((directory or log_dir()).glob("crash-*.txt"))


def _prune(directory: Path) -> None:
    for old in crash_reports(directory)[:-KEEP_CRASH_REPORTS]:
        old.unlink(missing_ok=True)


# --- hard crashes ----------------------------------------------------------------------------------

FAULT_HEADER = "mpp-desk fault file"


def _start_faulthandler(directory: Path) -> None:
    global _fault_file
    if _fault_file is not None:
        return
    path = directory / f"fault-{os.getpid()}.txt"
    _fault_file = path.open("w", encoding="utf-8")
    started = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
    _fault_file.write(f"{FAULT_HEADER}\t{started}\t{_program}\n")
    _fault_file.flush()
    faulthandler.enable(_fault_file, all_threads=True)
    atexit.register(_stop_faulthandler, path)


def _stop_faulthandler(path: Path) -> None:
    """A clean exit: no hard crash to report."""
    global _fault_file
    faulthandler.disable()
    if _fault_file is not None:
        _fault_file.close()
        _fault_file = None
    path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # there the file of a running process cannot be renamed: the rename below fails
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def collect_hard_crashes(directory: Path) -> list[Path]:
    """Turn the fault files of processes that died hard into crash reports; drop those of
    processes that ended without a word (killed, a power cut)."""
    reports = []
    for fault in sorted(directory.glob("fault-*.txt")):
        try:
            pid = int(fault.stem.removeprefix("fault-"))
        except ValueError:
            continue
        if _alive(pid):
            continue
        try:
            content = fault.read_text(encoding="utf-8", errors="replace")
            header, _, stacks = content.partition("\n")
            if not stacks.strip():
                fault.unlink()
                continue
            _, started, program = (header.split("\t") + ["", ""])[:3]
            moment = datetime.fromtimestamp(fault.stat().st_mtime).astimezone()
            report = _report_path(directory, moment, pid)
            text = [
                "mpp-desk crash report (a hard crash)",
                "",
                "The program stopped at once, without the chance to say why in Python: a fault in Qt,",
                "a graphics or sound driver, or the Python runtime. Below are the stacks of its threads",
                "at that moment, as Python's faulthandler wrote them. Nothing saved is lost; started at",
                "boot, the station started again by itself.",
                "",
                f"When:     {moment:%Y-%m-%d %H:%M:%S %z} (the last write to the fault file)",
                *_about(pid, program or "mpp", started),
                "",
                stacks.rstrip("\n"),
            ]
            fault.replace(report)  # fails on Windows while the process still runs
            report.write_text("\n".join(text) + "\n", encoding="utf-8")
        except OSError:
            continue
        log.error("the run of pid %s crashed hard; report: %s", pid, report)
        reports.append(report)
    if reports:
        _prune(directory)
    return reports
