"""Logs and crash reports (app/logs.py), each in a real process of its own: the rotating log,
a crash on the main thread, in a Qt slot and on a worker thread, a hard crash caught by
faulthandler and reported by the next start, and a station killed without a word."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.logs import EXIT_CRASH, KEEP_CRASH_REPORTS, LOG_BACKUPS, LOG_BYTES, crash_reports, write_crash_report
from tests.conftest import ROOT, run_mpp


def python(code: str, log_dir: Path, *, offscreen: bool = False) -> subprocess.CompletedProcess:
    """A program that starts logging as `mpp kiosk` does, then runs `code`."""
    env = os.environ | {"MPP_LOG_DIR": str(log_dir)} | ({"QT_QPA_PLATFORM": "offscreen"} if offscreen else {})
    prelude = "from app.logs import start_logging\nstart_logging('kiosk', ['kiosk', '--kiosk'])\n"
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def only_report(log_dir: Path) -> str:
    reports = crash_reports(log_dir)
    assert len(reports) == 1, reports
    return reports[0].read_text(encoding="utf-8")


def test_an_uncaught_error_leaves_a_readable_report_and_two_plain_lines(tmp_path):
    result = python("""
        import logging
        logging.getLogger("app.kiosk").info("ticket A001 issued")
        def issue():
            raise ValueError("the printer said something odd")
        issue()
    """, tmp_path)
    assert result.returncode != 0
    report = only_report(tmp_path)
    assert "mpp kiosk --kiosk" in report and "Program:" in report and "Version:  mpp-desk" in report
    assert "Error:    ValueError: the printer said something odd" in report
    assert 'in issue' in report and "Traceback (most recent call last)" in report
    assert "ticket A001 issued" in report  # the last log lines come along
    short = [line for line in result.stderr.splitlines() if line.startswith("mpp:")]
    assert short == [
        "mpp: mpp kiosk --kiosk stopped on an unexpected error (ValueError: the printer said something odd).",
        f"mpp: the report for the technician is {crash_reports(tmp_path)[0]}",
    ]
    log = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "started: mpp kiosk --kiosk" in log and "CRITICAL" in log
    assert not list(tmp_path.glob("fault-*.txt"))  # an orderly end: no hard crash to report


def test_an_error_in_a_qt_slot_ends_the_station_with_the_crash_code(tmp_path):
    result = python("""
        from PySide6.QtCore import QTimer
        from ui.app import application
        app = application(offscreen=True)
        def on_tap():
            raise KeyError("service")
        QTimer.singleShot(0, on_tap)
        QTimer.singleShot(10000, app.quit)  # a station that lived on would end here with 0
        raise SystemExit(app.exec())
    """, tmp_path, offscreen=True)
    assert result.returncode == EXIT_CRASH, result.stderr
    report = only_report(tmp_path)
    assert "KeyError: 'service'" in report and "in on_tap" in report and "Thread:   MainThread" in report


def test_an_error_on_a_worker_thread_is_reported_with_the_threads_name(tmp_path):
    result = python("""
        import threading
        def sync():
            raise ConnectionError("hub gone")
        worker = threading.Thread(target=sync, name="sync-worker")
        worker.start()
        worker.join()
    """, tmp_path)
    assert result.returncode == 0  # no event loop to end here; the report is what matters
    report = only_report(tmp_path)
    assert "Thread:   sync-worker" in report and "ConnectionError: hub gone" in report


def test_a_hard_crash_is_reported_by_the_next_start(tmp_path):
    crashed = python("import faulthandler\nfaulthandler._sigsegv()", tmp_path)
    assert crashed.returncode in (-signal.SIGSEGV, 128 + signal.SIGSEGV)
    faults = list(tmp_path.glob("fault-*.txt"))
    assert len(faults) == 1 and "Segmentation fault" in faults[0].read_text()
    assert crash_reports(tmp_path) == []
    python("pass", tmp_path)  # the station starts again
    report = only_report(tmp_path)
    assert "(a hard crash)" in report and "Fatal Python error: Segmentation fault" in report
    assert "mpp kiosk --kiosk" in report and "Started:" in report
    assert not list(tmp_path.glob("fault-*.txt"))
    assert "crashed hard" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_a_station_killed_without_a_word_leaves_no_report(tmp_path):
    killed = python("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", tmp_path)
    assert killed.returncode == -signal.SIGKILL
    assert len(list(tmp_path.glob("fault-*.txt"))) == 1  # its fault file, with only its header
    python("pass", tmp_path)
    assert crash_reports(tmp_path) == [] and not list(tmp_path.glob("fault-*.txt"))


def test_the_log_rotates_and_keeps_a_bounded_history(tmp_path):
    line_bytes = 200
    lines = (LOG_BYTES * (LOG_BACKUPS + 2)) // line_bytes
    result = python(f"""
        import logging
        log = logging.getLogger("app.queue")
        for i in range({lines}):
            log.info("%06d %s", i, "x" * {line_bytes - 60})
    """, tmp_path)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in tmp_path.glob("kiosk.log*"))
    assert files == ["kiosk.log"] + [f"kiosk.log.{n}" for n in range(1, LOG_BACKUPS + 1)]
    assert all(p.stat().st_size <= LOG_BYTES for p in tmp_path.glob("kiosk.log*"))
    newest = (tmp_path / "kiosk.log").read_text(encoding="utf-8").splitlines()[-1]
    assert f"{lines - 1:06d}" in newest


def test_old_crash_reports_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("MPP_LOG_DIR", str(tmp_path))
    for i in range(KEEP_CRASH_REPORTS + 5):
        (tmp_path / f"crash-20260101-0000{i:02d}-1.txt").write_text("old")
    try:
        raise RuntimeError("now")
    except RuntimeError as error:
        path = write_crash_report(type(error), error, error.__traceback__)
    reports = crash_reports(tmp_path)
    assert len(reports) == KEEP_CRASH_REPORTS and reports[-1] == path


def test_every_command_logs_and_mpp_logs_says_where(tmp_path, db_path):
    env = {"MPP_LOG_DIR": str(tmp_path)}
    assert run_mpp("catalog", "show", "--db", str(db_path), env_extra=env).returncode == 0
    assert "started: mpp catalog show" in (tmp_path / "mpp.log").read_text(encoding="utf-8")
    (tmp_path / "crash-20261123-090000-42.txt").write_text("a report")
    shown = run_mpp("logs", "--json", env_extra=env)
    data = json.loads(shown.stdout)
    assert data["dir"] == str(tmp_path)
    assert data["crash_reports"] == [str(tmp_path / "crash-20261123-090000-42.txt")]
    assert str(tmp_path / "mpp.log") in data["logs"]
